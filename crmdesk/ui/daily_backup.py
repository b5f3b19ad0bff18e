"""The daily backup, started after each unlock; the status bar says how it went.

    reporter = DailyBackupReporter(parent)
    reporter.start_soon(ctx, window)  # after `delay_ms`, unless locked meanwhile
    reporter.start(ctx, window)       # now; False when the newest backup is less than a day old

It waits two minutes after the unlock: the first minutes are when the salesperson looks up
who to call, and a backup of a big database keeps a core and the disk busy for a while.

The backup itself runs on a thread of its own (`crmdesk.services.daily_backup`), so the
window stays responsive; locking or quitting stops it. Its callbacks come from that thread
and are carried to the GUI thread by queued signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from crmdesk.services import maintenance
from crmdesk.services.access import StoreError
from crmdesk.services.daily_backup import start_daily_backup

if TYPE_CHECKING:
    from crmdesk.services.session import Session
    from crmdesk.ui.context import AppContext
    from crmdesk.ui.main_window import MainWindow

__all__ = ["DailyBackupReporter"]


class DailyBackupReporter(QObject):
    # plain strings across threads: the backup's thread is not a QThread
    written = Signal(str)  # the backup's path
    failed = Signal(str, str)  # a StoreError's untranslated message, or else the OS's reason

    delay_ms = 120_000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._start_if_current)
        self._ctx: AppContext | None = None
        self._window: MainWindow | None = None
        self._session: Session | None = None
        self.written.connect(self._written)
        self.failed.connect(self._failed)

    def start_soon(self, ctx: AppContext, window: MainWindow) -> None:
        self._ctx, self._window, self._session = ctx, window, ctx.session
        self._timer.start(self.delay_ms)

    def cancel(self) -> None:
        """Forget a backup still waiting for its time (lock, quit)."""
        self._timer.stop()

    def _start_if_current(self) -> None:
        if (current := self._current()) is not None:
            self.start(*current)

    def start(self, ctx: AppContext, window: MainWindow) -> bool:
        self._ctx, self._window, self._session = ctx, window, ctx.session
        thread = start_daily_backup(
            ctx.session, on_done=self._emit_written, on_error=self._emit_failed
        )
        return thread is not None

    def _emit_written(self, path: Path) -> None:
        self.written.emit(str(path))

    def _emit_failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.failed.emit(exc.message, "")
        else:
            reason = exc.strerror if isinstance(exc, OSError) else None
            self.failed.emit("", reason or type(exc).__name__)

    def _current(self) -> tuple[AppContext, MainWindow] | None:
        """The context and window, while the session that made the backup is still open."""
        ctx, window = self._ctx, self._window
        if ctx is None or window is None or ctx.session is not self._session:
            return None
        return None if window.property("locked") else (ctx, window)

    def _written(self, path: str) -> None:
        if (current := self._current()) is None:
            return  # locked since: the backup is there, unaudited
        ctx, window = current
        ctx.worker.submit(maintenance.record_backup, ctx.session, Path(path))
        if not window.statusBar().currentMessage():  # never over an alert shown there
            text = self.tr("Daily backup written and verified: %1").replace("%1", Path(path).name)
            window.statusBar().showMessage(text, 15_000)

    def _failed(self, store_message: str, reason: str) -> None:
        if (current := self._current()) is None:
            return
        _ctx, window = current
        if store_message:  # a full sentence of its own (e.g. no room left)
            told = QCoreApplication.translate("StoreError", store_message)
            text = self.tr("The daily backup was not made: %1").replace("%1", told)
        else:
            text = self.tr(
                "The daily backup could not be written (%1). Your data is unchanged; "
                "try File → Back up now."
            ).replace("%1", reason)
        _show_when_free(window, text)


def _show_when_free(window: MainWindow, text: str) -> None:
    """Show *text* in the status bar now, or once the message there (an alert) has gone."""
    bar = window.statusBar()
    if not bar.currentMessage():
        bar.showMessage(text)
        return

    def cleared(message: str) -> None:
        if not message:
            bar.messageChanged.disconnect(cleared)
            bar.showMessage(text)

    bar.messageChanged.connect(cleared)
