"""One crmdesk GUI process for bench.window, started the way `crmdesk --db PATH` starts.

    QT_QPA_PLATFORM=offscreen python -c "import time; t = time.monotonic(); \
        import bench.window_child as c; c.main(t)" PLAN.json OUT.json

(bench/window.py spawns it; this module is imported, not run as a script, so that its
bytecode is cached like the app's.) PLAN: {"db", "password", "spawned" (the parent's
time.monotonic() just before the spawn), "mode" ("start" or "full"), "typing" [[label, text]],
"rounds", "followups"}. The process imports what the console script imports, creates the
QApplication and calls `crmdesk.app.run_gui` itself; only the unlock dialog is replaced (by
the same `access.unlock` call on the DB worker, with the password already typed: the user's
typing is not start-up time) and the main window class by a subclass that timestamps its
phases. Times are `time.monotonic()`, system-wide on Linux, so comparable with the parent's.

"start" quits once the first page of the list is painted; "full" then scrolls the whole list
(memory), types searches key by key and logs follow-ups. OUT receives a JSON object: stamps,
kdf_ms, memory, search, followup, error.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

STAMPS: dict[str, float] = {}
RESULT: dict[str, Any] = {"stamps": STAMPS, "kdf_ms": 0.0, "db_ms": []}
TIMEOUT_S = 120.0


def now() -> float:
    return time.monotonic()


def stamp(name: str) -> None:
    STAMPS.setdefault(name, now())


def main(started: float) -> None:
    STAMPS["main"] = started
    plan = json.loads(Path(sys.argv[1]).read_text("utf-8"))
    STAMPS["spawned"] = plan["spawned"]
    try:
        code = _run(plan)
    except BaseException:
        RESULT["error"] = traceback.format_exc()
        code = 1
    Path(sys.argv[2]).write_text(json.dumps(RESULT), "utf-8")
    raise SystemExit(code)


def _run(plan: dict[str, Any]) -> int:
    from crmdesk.cli.main import build_parser  # what the `crmdesk` console script runs

    args = build_parser().parse_args(["--db", plan["db"]])
    import crmdesk.app
    from crmdesk.app import run_gui

    stamp("imports")
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv)  # run_gui takes the existing instance
    stamp("qapplication")
    _time_key_derivation()
    _time_list_queries()
    setattr(crmdesk.app, "UnlockDialog", _auto_unlock(plan["password"]))  # noqa: B010
    from crmdesk.ui.main_window import MainWindow

    setattr(crmdesk.app, "MainWindow", _timed_window(MainWindow, plan))  # noqa: B010
    # The daily backup (once a day, on its own thread: ~18 s of copying at 100,000 customers)
    # would land in the middle of these figures on whichever run is first that day; it is
    # measured apart, as "backup now".
    from crmdesk.ui.daily_backup import DailyBackupReporter

    setattr(DailyBackupReporter, "start", lambda *_args: False)  # noqa: B010
    code = run_gui(Path(args.db))
    if "error" in RESULT:
        raise RuntimeError(RESULT["error"])
    return code


def _time_key_derivation() -> None:
    """Argon2id runs inside access.unlock: add up its time."""
    from crmdesk.data import keyfile

    derive = keyfile._derive

    def timed(*args: Any) -> bytes:
        started = now()
        try:
            return derive(*args)
        finally:
            RESULT["kdf_ms"] += (now() - started) * 1000

    setattr(keyfile, "_derive", timed)  # noqa: B010


def _time_list_queries() -> None:
    """The list's id query on the worker thread (search, filters, sorting): its own time."""
    from crmdesk.ui import list_model

    list_ids: Callable[..., list[int]] = getattr(list_model, "list_ids")  # noqa: B009

    def timed(*args: Any) -> list[int]:
        started = now()
        try:
            return list_ids(*args)
        finally:
            RESULT["db_ms"].append((now() - started) * 1000)

    setattr(list_model, "list_ids", timed)  # noqa: B010


def _auto_unlock(password: str) -> type:
    """Stands in for UnlockDialog: the dialog's worker call, with the password already typed."""
    from PySide6.QtCore import QEventLoop

    class AutoUnlock:
        def __init__(self, worker: Any, path: Path, unlock: Callable[..., Any], *_: Any) -> None:
            self.worker, self.path, self._unlock = worker, path, unlock
            self.session: Any = None

        def exec(self) -> int:
            stamp("unlock")
            loop = QEventLoop()
            outcome: list[Any] = []

            def finish(value: Any) -> None:
                outcome.append(value)
                loop.quit()

            self.worker.submit(self._unlock, self.path, password, on_done=finish, on_error=finish)
            if not outcome:
                loop.exec()
            stamp("unlocked")
            if isinstance(outcome[0], BaseException):
                raise outcome[0]
            self.session = outcome[0]
            return 1

    return AutoUnlock


def _timed_window(base: type, plan: dict[str, Any]) -> type:
    class BenchWindow(base):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            stamp("window")
            super().__init__(*args, **kwargs)
            stamp("window_built")
            self.bench = Bench(self, plan)

        def show(self) -> None:
            super().show()
            stamp("shown")

    return BenchWindow


def _paint_probe_class() -> type:
    from PySide6.QtCore import QEvent, QObject

    class PaintProbe(QObject):
        """Calls back once a paint of *view* with rows (or of *hint*) has finished.

        The probe paints the widget itself inside its event filter, then stops the event, so
        that the time taken is the end of the paint, not its start.
        """

        def __init__(self, view: Any, hint: Any) -> None:
            super().__init__(view)
            self.view, self.hint = view, hint
            self._callback: Callable[[float], None] | None = None
            self._ready: Callable[[], bool] = lambda: True
            view.viewport().installEventFilter(self)
            hint.installEventFilter(self)

        def arm(self, callback: Callable[[float], None], ready: Callable[[], bool]) -> None:
            self._callback, self._ready = callback, ready

        def eventFilter(self, watched: Any, event: Any) -> bool:
            """Override QObject.eventFilter."""
            if self._callback is None or event.type() != QEvent.Type.Paint or not self._ready():
                return False
            if watched is self.hint:
                if not self.hint.isVisible():
                    return False
                self.hint.event(event)
            else:
                if self.view.model().rowCount() == 0:
                    return False
                self.view.viewportEvent(event)
            callback, self._callback = self._callback, None
            callback(now())
            return True

    return PaintProbe


class Bench:
    """Watches one window: resets and paints of its views; then runs the scenarios."""

    def __init__(self, window: Any, plan: dict[str, Any]) -> None:
        probe = _paint_probe_class()
        self.window, self.plan = window, plan
        self.pane = window.list_pane
        self.list_paint = probe(self.pane.table, self.pane.empty_hint)
        self.timeline_paint = probe(window.timeline_pane.view, window.timeline_pane.hint)
        self.pane.model.modelReset.connect(lambda: stamp("ids"))
        window.today_pane.loaded.connect(self._today_loaded)
        self.list_paint.arm(self._first_paint, lambda: "ids" in STAMPS)

    def _first_paint(self, painted: float) -> None:
        STAMPS.setdefault("painted", painted)
        RESULT["memory"] = {"after_start_mb": rss_mb()}
        self._next()

    def _today_loaded(self) -> None:
        stamp("today_loaded")
        self._next()

    def _next(self) -> None:
        """Once the first page is painted and the Today tab filled: quit, or go on."""
        from PySide6.QtCore import QTimer

        if "painted" in STAMPS and "today_loaded" in STAMPS and "next" not in STAMPS:
            stamp("next")
            QTimer.singleShot(0, self._quit if self.plan["mode"] == "start" else self._scenarios)

    def _scenarios(self) -> None:
        from bench.window_scenarios import run_scenarios

        try:
            run_scenarios(self)
        except BaseException:
            RESULT["error"] = traceback.format_exc()
        self._quit()

    def _quit(self) -> None:
        self.window.quit_requested.emit()


# -- memory ------------------------------------------------------------------------------


def rss_mb() -> float:
    return _status_mb("VmRSS:")


def peak_rss_mb() -> float:
    """This process's own high-water mark (VmHWM). Not ru_maxrss: on Linux that keeps the
    peak of the process that forked this one (the bench, after its exports and backup)."""
    peak = _status_mb("VmHWM:")
    if peak == peak:  # not NaN: Linux
        return peak
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def _status_mb(field: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def collect() -> None:
    gc.collect()
