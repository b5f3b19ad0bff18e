"""Start crmdesk at login: XDG autostart (Linux), HKCU Run key (Windows), LaunchAgent (macOS).

    autostart = for_platform()                    # this machine's mechanism
    autostart.enable(); autostart.is_enabled(); autostart.disable()

The command started is the running interpreter with ``-m crmdesk`` (or the frozen executable
when crmdesk is packaged). Each mechanism takes its location from the caller, so that tests
write into a temporary folder or a fake registry; `winreg` is imported only on Windows.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "APP_ID",
    "Autostart",
    "LaunchAgent",
    "RunKey",
    "XdgAutostart",
    "default_command",
    "for_platform",
]

APP_ID = "crmdesk"
LAUNCH_AGENT_LABEL = "org.crmdesk.crmdesk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class Autostart(Protocol):
    def enable(self) -> None: ...

    def disable(self) -> None: ...

    def is_enabled(self) -> bool: ...


def default_command() -> list[str]:
    """How to start this crmdesk again: the frozen executable, or python -m crmdesk."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", APP_ID]


def for_platform(command: Sequence[str] | None = None, platform: str = sys.platform) -> Autostart:
    """This platform's mechanism, starting *command* (default: this crmdesk)."""
    argv = list(command or default_command())
    if platform.startswith("win"):
        import winreg  # Windows only

        return RunKey(winreg, argv)
    if platform == "darwin":
        return LaunchAgent(Path.home() / "Library" / "LaunchAgents", argv)
    return XdgAutostart(_xdg_config_home() / "autostart", argv)


def _xdg_config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


class XdgAutostart:
    """A ``crmdesk.desktop`` entry in ``$XDG_CONFIG_HOME/autostart``."""

    def __init__(self, folder: Path, command: Sequence[str]) -> None:
        self.path = folder / f"{APP_ID}.desktop"
        self.command = list(command)

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        exec_line = " ".join(_desktop_quote(arg) for arg in self.command)
        text = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=crmdesk\n"
            "Comment=Follow-up reminders in the tray\n"
            f"Exec={exec_line}\n"
            "Icon=crmdesk\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        _write_atomically(self.path, text.encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        lines = self.path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "Hidden=true" not in lines and "X-GNOME-Autostart-enabled=false" not in lines


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry specification asks."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$") + '"'


class LaunchAgent:
    """``~/Library/LaunchAgents/org.crmdesk.crmdesk.plist`` with RunAtLoad."""

    def __init__(self, folder: Path, command: Sequence[str]) -> None:
        self.path = folder / f"{LAUNCH_AGENT_LABEL}.plist"
        self.command = list(command)

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        plist = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        _write_atomically(self.path, plistlib.dumps(plist))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            plist = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(plist, dict) and plist.get("RunAtLoad") is True


class RunKey:
    """A ``crmdesk`` value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run.

    *registry* is the `winreg` module (or a test double with the same functions).
    """

    def __init__(self, registry: Any, command: Sequence[str]) -> None:
        self.registry = registry
        self.command = list(command)

    @property
    def value(self) -> str:
        """The command line, quoted the Windows way."""
        return " ".join(f'"{arg}"' if " " in arg or not arg else arg for arg in self.command)

    def enable(self) -> None:
        reg = self.registry
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, APP_ID, 0, reg.REG_SZ, self.value)

    def disable(self) -> None:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, APP_ID)
        except FileNotFoundError:
            pass

    def is_enabled(self) -> bool:
        reg = self.registry
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                value, _kind = reg.QueryValueEx(key, APP_ID)
        except FileNotFoundError:
            return False
        return bool(value)


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
