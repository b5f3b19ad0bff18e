"""The "full" mode of bench/window_child.py: after the first page is painted, scroll the
whole list (memory), type searches key by key, log follow-ups (times into RESULT)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench.window_child import (
    RESULT,
    TIMEOUT_S,
    Bench,
    collect,
    now,
    peak_rss_mb,
    rss_mb,
)


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
