"""One database worker thread serving the GUI (style.md example 12).

    ctx.worker.submit(log_followup, ctx.session, cid, entry, on_done=self._logged)

The callable runs on the worker thread; `on_done(result)` or `on_error(exc)` runs back on the
GUI thread. A failure with no `on_error` is announced on `failed`, which the main window shows
as a message (environment errors) or a bug report (anything else).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot


class _Runner(QObject):
    done = Signal(int, object)

    @Slot(object)
    def run_blocking(self, box: list[Any]) -> None:
        call = box.pop()
        try:
            box.append((True, call()))
        except Exception as exc:  # re-raised on the calling thread
            box.append((False, exc))

    @Slot(int, object)
    def run(self, job_id: int, call: Callable[[], Any]) -> None:
        try:
            result = call()
        except Exception as exc:  # handed to the GUI thread, which reports it
            self.done.emit(job_id, (False, exc))
        else:
            self.done.emit(job_id, (True, result))


class _Thread(QThread):
    """The worker thread, its event loop run from Python.

    With Qt's own run(), each queued call entered Python with a new thread state, so the
    thread's `threading.local` data did not last from one job to the next: peewee keeps its
    connection there, and opened a new one (with an empty page cache) for every job.
    """

    def run(self) -> None:
        """Override QThread.run: one Python thread state for the thread's whole life."""
        self.exec()


class DbWorker(QObject):
    """Runs service calls off the GUI thread, one at a time, in submission order."""

    failed = Signal(object)
    busy_changed = Signal(bool)
    _post = Signal(int, object)
    _post_blocking = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _Thread()
        self._thread.setObjectName("crmdesk-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._post.connect(self._runner.run)
        self._post_blocking.connect(
            self._runner.run_blocking, Qt.ConnectionType.BlockingQueuedConnection
        )
        self._runner.done.connect(self._finish)
        self._ids = itertools.count(1)
        self._pending: dict[
            int, tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None]
        ] = {}
        self._thread.start()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        **kwargs: Any,
    ) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._post.emit(job_id, lambda: fn(*args, **kwargs))
        return job_id

    def pending(self) -> int:
        return len(self._pending)

    def run_sync(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run *fn* on the worker thread and wait for it (lock and shutdown only)."""
        box: list[Any] = [lambda: fn(*args)]
        self._post_blocking.emit(box)
        ok, payload = box.pop()
        if not ok:
            raise payload
        return payload

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(int, object)
    def _finish(self, job_id: int, outcome: tuple[bool, Any]) -> None:
        ok, payload = outcome
        on_done, on_error = self._pending.pop(job_id, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if ok:
            if on_done is not None:
                on_done(payload)
        elif on_error is not None:
            on_error(payload)
        else:
            self.failed.emit(payload)
