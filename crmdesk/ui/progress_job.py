"""One piece of slow work on the DB worker: its progress, and a Cancel the worker checks.

    job = ProgressJob(dialog)
    job.progressed.connect(dialog.show_progress)          # (done, total), on the GUI thread
    ctx.worker.submit(export_customers, …, progress=job.report, cancelled=job.cancelled)
    cancel_button.clicked.connect(job.cancel)

The service calls `report` and `cancelled` on the worker thread; the signal is queued to the
GUI thread, and the stop flag is a `threading.Event`, so both are safe across threads.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

__all__ = ["ProgressJob"]


class ProgressJob(QObject):
    """Progress from the worker thread, and a thread-safe Cancel."""

    progressed = Signal(int, int)  # done, total

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread; the queued signal carries it to the GUI thread."""
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()
