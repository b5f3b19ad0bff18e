"""Follow-up alerts for the running app: the alert service, the tray, notifications, a timer.

    center = AlertCenter(worker, settings)
    center.unlocked(session)      # at start and after every unlock: announce what is due
    center.locked()               # counts only from now on; names forgotten
    center.changed(changes)       # something was logged or snoozed: recompute soon

The checks run on the DB worker thread every minute; the tray (when the desktop has one)
shows today's counts and the top customers; alerts go to the desktop's notification
service, else the tray balloon, else the `banner` signal for the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from crmdesk.services.alerts import AlertService, Report
from crmdesk.services.session import Changes, Session
from crmdesk.ui.tray import TrayIcon
from crmdesk.ui.worker import DbWorker

if TYPE_CHECKING:
    from crmdesk.ui.notifications import Notifier

CHECK_EVERY_MS = 60_000
CHECK_AFTER_CHANGE_MS = 1_000  # changes in a burst are read once, after the panes' own jobs


class AlertCenter(QObject):
    open_requested = Signal()
    today_requested = Signal()
    customer_requested = Signal(str)
    lock_requested = Signal()
    quit_requested = Signal()
    banner = Signal(str, str)
    snoozed = Signal(object)  # Changes

    def __init__(self, worker: DbWorker, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._settings = settings
        self.service = AlertService()
        self.tray = TrayIcon(self) if TrayIcon.available() else None
        self._notifier: Notifier | None = None  # made at the first unlock: see `notifier`
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(CHECK_AFTER_CHANGE_MS)
        self._soon.timeout.connect(self.check)
        self._connect()

    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    @property
    def notifier(self) -> Notifier:
        """The notification channel, made at the first unlock (or first use)."""
        return self._notifier or self._make_notifier()

    def _make_notifier(self) -> Notifier:
        """Connects to the session bus and asks the notification service for its interface:
        blocking D-Bus calls that need not hold up the first window."""
        from crmdesk.ui.notifications import Notifier

        self._notifier = Notifier(self.tray, self)
        self._notifier.open_requested.connect(self.today_requested)
        self._notifier.snooze_requested.connect(self.snooze)
        self._notifier.banner.connect(self.banner)
        return self._notifier

    def _connect(self) -> None:
        if self.tray is None:
            return
        self.tray.open_requested.connect(self.open_requested)
        self.tray.today_requested.connect(self.today_requested)
        self.tray.customer_requested.connect(self.customer_requested)
        self.tray.snooze_requested.connect(lambda: self.snooze(None))
        self.tray.lock_requested.connect(self.lock_requested)
        self.tray.quit_requested.connect(self.quit_requested)

    def unlocked(self, session: Session) -> None:
        if self._notifier is None:
            self._make_notifier()  # ready for the first alert, its D-Bus signals connected
        self._worker.submit(self.service.unlock, session, on_done=self._show)
        self.timer.start()
        if self.tray is not None:
            self.tray.set_locked(False)
            self.tray.show()

    def locked(self) -> None:
        """Call on the GUI thread before the database closes."""
        self._show(self._worker.run_sync(self.service.lock))
        if self.tray is not None:
            self.tray.set_locked(True)

    def check(self) -> None:
        self._worker.submit(self.service.check, on_done=self._show)

    def changed(self, changes: Changes | None = None) -> None:
        """Read again soon: the customers *changes* names (None: everything)."""
        self._worker.submit(self.service.invalidate, changes)
        self._soon.start()

    def snooze(self, keys: object) -> None:
        def done(changes: object) -> None:
            self.snoozed.emit(changes)
            self.check()

        self._worker.submit(self.service.snooze, keys, on_done=done)

    def close_hint(self) -> None:
        if self.tray is not None:
            self.tray.show_close_hint(self._settings)

    def stop(self) -> None:
        self.timer.stop()
        self._soon.stop()
        if self.tray is not None:
            self.tray.hide()

    def _show(self, report: Report) -> None:
        if report.alert is not None:
            self.notifier.show_alert(report.alert)
        if self.tray is not None:
            self.tray.set_digest(report.digest)
