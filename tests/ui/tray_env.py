"""A throwaway desktop for real tray tests: Xvfb, a D-Bus session bus, dunst and trayer.

    with TrayEnvironment() as env:          # every process is stopped on exit, even on failure
        subprocess.run([...], env=env.environ())
        env.notifications()                 # what dunst received (dunstctl history)

`missing()` names the programs that are not installed (scripts/install-tray-deps.sh installs
them on Debian). All waits are bounded.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

PROGRAMS = ("Xvfb", "dbus-daemon", "dunst", "dunstctl", "trayer")
SCREEN = "1024x640x24"


def missing() -> list[str]:
    return [name for name in PROGRAMS if shutil.which(name) is None]


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


def _free_display() -> int:
    for number in range(90, 200):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


class TrayEnvironment:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.display = ""
        self.bus_address = ""
        self._bus_pid: int | None = None
        self._procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> TrayEnvironment:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def environ(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            DISPLAY=self.display,
            DBUS_SESSION_BUS_ADDRESS=self.bus_address,
            QT_QPA_PLATFORM="xcb",
            XDG_RUNTIME_DIR=str(self.folder),
            **extra,
        )
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def _spawn(self, *argv: str) -> subprocess.Popen[bytes]:
        with (self.folder / f"{Path(argv[0]).name}.log").open("wb") as log:
            proc = subprocess.Popen(argv, env=self.environ(), stdout=log, stderr=log)
        self._procs.append(proc)
        return proc

    def _start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        number = _free_display()
        self.display = f":{number}"
        xvfb = self._spawn("Xvfb", self.display, "-screen", "0", SCREEN, "-nolisten", "tcp")
        wait_for(
            lambda: Path(f"/tmp/.X11-unix/X{number}").exists() or xvfb.poll() is not None,
            10,
            "Xvfb",
        )
        if xvfb.poll() is not None:
            raise RuntimeError("Xvfb did not start")
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            capture_output=True, text=True, check=True, timeout=10,
        )  # fmt: skip
        address, pid = out.stdout.split()[:2]
        self.bus_address, self._bus_pid = address, int(pid)
        self._spawn("dunst")
        wait_for(self._dunst_running, 10, "dunst on the session bus")
        self._spawn(
            "trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
            "--height", "28", "--tint", "0x303030", "--transparent", "true", "--alpha", "0",
        )  # fmt: skip
        time.sleep(0.5)  # trayer claims the _NET_SYSTEM_TRAY selection right after mapping

    def _dunst_running(self) -> bool:
        result = subprocess.run(
            ["dunstctl", "is-paused"], env=self.environ(), capture_output=True, timeout=5
        )
        return result.returncode == 0

    def notifications(self) -> list[dict[str, Any]]:
        """Every notification dunst received (shown ones are closed into the history first)."""
        env = self.environ()
        subprocess.run(["dunstctl", "close-all"], env=env, capture_output=True, timeout=5)
        out = subprocess.run(
            ["dunstctl", "history"], env=env, capture_output=True, text=True, timeout=5
        )
        data = json.loads(out.stdout or "{}").get("data", [[]])
        return [{k: v.get("data") for k, v in entry.items()} for entry in data[0]]

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["import", "-window", "root", str(path)],
            env=self.environ(), check=True, capture_output=True, timeout=20,
        )  # fmt: skip

    def stop(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self._procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        self._procs.clear()
        if self._bus_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._bus_pid, signal.SIGTERM)
            self._bus_pid = None
