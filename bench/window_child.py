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
        try:
            run_scenarios(self)
        except BaseException:
            RESULT["error"] = traceback.format_exc()
        self._quit()

    def _quit(self) -> None:
        self.window.quit_requested.emit()


# -- scenarios (mode "full") ----------------------------------------------------------------


def run_scenarios(bench: Bench) -> None:
    worker = bench.window.ctx.worker
    wait(lambda: worker.pending() == 0, "the start-up jobs")
    RESULT["memory"].update(scroll_everything(bench))
    RESULT["search"] = type_searches(bench)
    RESULT["followup"] = log_followups(bench)
    RESULT["memory"]["peak_end_mb"] = peak_rss_mb()


def wait(done: Callable[[], bool], what: str, timeout: float = TIMEOUT_S) -> None:
    """Run the event loop until *done()* (polled every 5 ms; the times come from callbacks)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    give_up = QTimer(singleShot=True, interval=int(timeout * 1000))
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start()
    loop.exec()
    poll.stop()
    give_up.stop()
    if not done():
        raise TimeoutError(f"waited {timeout:.0f} s for {what}")


def pause(ms: int) -> None:
    """Let the event loop run for *ms* (queued work settles)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def scroll_everything(bench: Bench) -> dict[str, Any]:
    """Page down from the first row to the last, painting each screen (rows fetched by page)."""
    from PySide6.QtWidgets import QApplication

    table, model = bench.pane.table, bench.pane.model
    bar = table.verticalScrollBar()
    before = rss_mb()
    step = max(1, bar.pageStep())
    pages: list[float] = []
    for value in range(0, bar.maximum() + step, step):
        started = now()
        bar.setValue(min(value, bar.maximum()))
        table.viewport().repaint()
        pages.append((now() - started) * 1000)
    QApplication.processEvents()
    collect()
    pause(500)
    return {
        "before_scroll_mb": before,
        "steady_mb": rss_mb(),
        "peak_mb": peak_rss_mb(),
        "rows": model.rowCount(),
        "cached_rows": model.cached_rows(),
        "page_ms": pages,
    }


def type_searches(bench: Bench) -> list[dict[str, Any]]:
    """Type each query key by key; per key: keystroke → results painted, and its parts."""
    from PySide6.QtTest import QTest

    pane, model = bench.pane, bench.pane.model
    fired: list[float] = []
    resets: list[float] = []
    reload = model.reload

    def timed_reload() -> None:
        fired.append(now())
        reload()

    def reset() -> None:
        resets.append(now())
        if model.rowCount() == 0:  # "no match" again: the hint is painted even if unchanged
            pane.empty_hint.update()

    model.reload = timed_reload
    model.modelReset.connect(reset)
    samples: list[dict[str, Any]] = []

    def settle(action: Callable[[], None]) -> tuple[float, float]:
        """Do *action* (a keystroke), wait for the list to repaint with its results."""
        fired.clear()
        resets.clear()
        painted: list[float] = []
        bench.list_paint.arm(painted.append, lambda: bool(resets))
        started = now()
        action()
        wait(lambda: bool(painted), "the results to be painted")
        return started, painted[0]

    for _ in range(bench.plan["rounds"]):
        for label, text in bench.plan["typing"]:
            if pane.search.text():
                settle(pane.search.clear)
            latin = text.isascii()
            for n, char in enumerate(text, start=1):
                typed = (
                    (lambda c=char: QTest.keyClicks(pane.search, c))
                    if latin
                    else (
                        lambda c=char: pane.search.insert(c)  # how an input method commits
                    )
                )
                started, painted = settle(typed)
                samples.append({
                    "label": label,
                    "chars": n,
                    "key_ms": (painted - started) * 1000,
                    "fired_ms": (painted - fired[0]) * 1000 if fired else None,
                    "reset_ms": (painted - resets[-1]) * 1000,
                    "db_ms": RESULT["db_ms"][-1],
                    "rows": model.rowCount(),
                })  # fmt: skip
    settle(pane.search.clear)
    model.reload = reload
    return samples


def log_followups(bench: Bench) -> list[dict[str, Any]]:
    """Log a follow-up in the real dialog; time Save → list, timeline and Today updated."""
    from crmdesk.ui.followup_dialog import FollowUpDialog

    window, pane = bench.window, bench.pane
    worker = window.ctx.worker
    pane.table.selectRow(0)
    customer_id = pane.model.customer_id(0)
    wait(lambda: window.timeline_pane.customer_id() == customer_id, "the customer to open")
    wait(lambda: worker.pending() == 0, "the customer's detail and timeline")
    results: list[dict[str, Any]] = []
    for _ in range(bench.plan["followups"]):
        window.timeline_pane.log_followup_action.trigger()
        dialog = next(d for d in window.timeline_pane.findChildren(FollowUpDialog) if d.isVisible())
        wait(lambda d=dialog: d.info is not None, "the follow-up form")  # type: ignore[misc]
        dialog.grade_buttons[dialog.info.grade].setChecked(True)
        dialog.content.setPlainText("bench: called, sent the quotation")
        wait(lambda: worker.pending() == 0, "an idle worker")
        results.append(_save_and_watch(bench, dialog))
    return results


def _save_and_watch(bench: Bench, dialog: Any) -> dict[str, float]:
    window, pane = bench.window, bench.pane
    times: dict[str, float] = {}

    def mark(name: str) -> Callable[..., None]:
        def seen(*_: Any) -> None:
            times.setdefault(name, now())

        return seen

    connections = [
        (pane.model.modelReset, mark("list")),  # a new query over the ids, or
        (pane.model.dataChanged, mark("list")),  # the customer's row read again
        (window.timeline_pane.model.modelReset, mark("timeline")),
        (window.today_pane.loaded, mark("today")),
    ]
    for signal, slot in connections:
        signal.connect(slot)
    bench.list_paint.arm(mark("list_painted"), lambda: "list" in times)
    bench.timeline_paint.arm(mark("timeline_painted"), lambda: "timeline" in times)
    rows_before = window.timeline_pane.model.rowCount()
    started = now()
    dialog.save_button.click()
    wanted = ("list", "timeline", "today", "list_painted", "timeline_painted")
    wait(lambda: all(k in times for k in wanted), "the panes to show the follow-up")
    for signal, slot in connections:
        signal.disconnect(slot)
    result = {name: (t - started) * 1000 for name, t in times.items()}
    result["all"] = max(result[k] for k in ("list_painted", "timeline_painted", "today"))
    result["timeline_rows_added"] = window.timeline_pane.model.rowCount() - rows_before
    return result


# -- memory ------------------------------------------------------------------------------


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def collect() -> None:
    gc.collect()
