"""Composition root: QApplication, translations, first run or unlock, the window, lock.

    sys.exit(run_gui(path))

UI state (window layout, language before unlock) lives in QSettings; preferences live in the
encrypted database. Locking hides the window, empties every model, closes both database
connections (GUI and worker thread) and forgets the key; the unlock dialog resumes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from crmdesk import APP_NAME, __version__
from crmdesk.services import access
from crmdesk.services.session import Session
from crmdesk.ui.alert_center import AlertCenter
from crmdesk.ui.context import AppContext, ChangeBus
from crmdesk.ui.daily_backup import DailyBackupReporter
from crmdesk.ui.i18n import install_translators, resolve_language
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.single_instance import SingleInstance
from crmdesk.ui.tray import app_icon
from crmdesk.ui.unlock_dialog import UnlockDialog
from crmdesk.ui.worker import DbWorker

if TYPE_CHECKING:
    from crmdesk.services.preferences import AppPreferences  # read after the first page

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class CrmdeskApp(QObject):
    """Owns the session lifecycle: start, lock, unlock, language switch, quit."""

    def __init__(
        self,
        qapp: QApplication,
        db_path: Path,
        settings: QSettings,
        *,
        create: Callable[[Path, str], tuple[Session, str]] = access.create,
        unlock: Callable[[Path, str], Session] = access.unlock,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.db_path = db_path
        self.settings = settings
        self._create = create
        self._unlock = unlock
        self.worker = DbWorker()
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.idle = QTimer(self, singleShot=True)
        self.idle.timeout.connect(self.lock)
        install_translators(qapp, self.language())
        self.alerts = AlertCenter(self.worker, settings, self)
        self.alerts.open_requested.connect(self.bring_to_front)
        self.alerts.today_requested.connect(self._show_today)
        self.alerts.customer_requested.connect(self._open_customer)
        self.alerts.lock_requested.connect(self.lock)
        self.alerts.quit_requested.connect(self.quit)
        self.daily_backup = DailyBackupReporter(self)

    # -- start -----------------------------------------------------------------------------
    def language(self) -> str:
        return resolve_language(str(self.settings.value("ui/language", "system")))

    def start(self) -> bool:
        """Run the first-run wizard or the unlock dialog; False if the user gave up."""
        session = self._first_run() if not self.db_path.exists() else self._ask_unlock()
        if session is None:
            return False
        self._open_window(session)
        return True

    def _first_run(self) -> Session | None:
        from crmdesk.ui.welcome_wizard import OPEN, WelcomeWizard  # first run only

        wizard = WelcomeWizard(self.worker, self.db_path, self._create)
        if not wizard.exec():
            return None
        if wizard.choice == OPEN or wizard.session is None:
            return self._choose_and_unlock()
        self.db_path = wizard.database_path or self.db_path
        self.settings.setValue("db/path", str(self.db_path))
        return wizard.session

    def _choose_and_unlock(self) -> Session | None:
        dialog = UnlockDialog(self.worker, self.db_path, self._unlock)
        dialog._choose_file()
        return self._run_unlock(dialog)

    def _ask_unlock(self) -> Session | None:
        return self._run_unlock(UnlockDialog(self.worker, self.db_path, self._unlock))

    def _run_unlock(self, dialog: UnlockDialog) -> Session | None:
        if not dialog.exec():
            return None
        self.db_path = dialog.path
        return dialog.session

    def _open_window(self, session: Session) -> None:
        self.ctx = AppContext(session=session, worker=self.worker, bus=ChangeBus())
        self.ctx.bus.changed.connect(self.alerts.changed)
        self.alerts.snoozed.connect(self.ctx.bus.announce)
        self._make_window()
        self._arm_idle_lock()
        self._after_first_page(session)
        self.qapp.installEventFilter(self)

    def _after_first_page(self, session: Session) -> None:
        """Preferences and alerts are read once the list is on screen (it comes first)."""
        assert self.window is not None

        def start() -> None:
            self._apply_stored_preferences()
            self.alerts.unlocked(session)
            if self.ctx is not None and self.window is not None:
                self.daily_backup.start_soon(self.ctx, self.window)

        self.window.list_shown.connect(start, Qt.ConnectionType.SingleShotConnection)

    def _apply_stored_preferences(self) -> None:
        """The idle minutes live in the database: read them after each unlock."""
        from crmdesk.services.preferences import load_preferences

        assert self.ctx is not None

        def apply(prefs: AppPreferences) -> None:
            self.settings.setValue("ui/auto_lock_minutes", prefs.auto_lock_minutes)
            self._arm_idle_lock()

        self.worker.submit(load_preferences, self.ctx.session, on_done=apply)

    def _make_window(self) -> None:
        assert self.ctx is not None
        self.window = MainWindow(self.ctx, self.settings, self.db_path)
        self.window.lock_requested.connect(self.lock)
        self.window.restore_requested.connect(lambda: self.lock(restore=True))
        self.window.quit_requested.connect(self.quit)
        self.window.preferences_saved.connect(self._preferences_saved)
        self.window.keep_in_tray = self.alerts.has_tray
        self.window.closed_to_tray.connect(self.alerts.close_hint)
        self.alerts.banner.connect(self.window.show_alert_banner)
        self.window.reload()  # the first query runs on the worker while the window shows
        self.window.show()

    # -- lock ------------------------------------------------------------------------------
    def lock(self, *, restore: bool = False) -> None:
        """Lock; with *restore*, the unlock dialog opens its restore from a backup at once
        (the database must be closed to be replaced)."""
        if self.ctx is None or self.window is None or self.window.property("locked"):
            return
        if not self.window.detail_pane.confirm_leave():
            self._arm_idle_lock()
            return
        self.window.setProperty("locked", True)
        self.window.save_layout()
        self.window.hide()
        self.window.clear_for_lock()
        self.alerts.locked()
        self.daily_backup.cancel()
        self._close_session(self.ctx.session)
        dialog = UnlockDialog(self.worker, self.db_path, self._unlock)
        if restore:
            QTimer.singleShot(0, dialog.restore_from_backup)
        if not dialog.exec() or dialog.session is None:
            self.quit()
            return
        self.ctx.session = dialog.session
        self.window.setProperty("locked", False)
        self._after_first_page(dialog.session)
        self.window.show()
        self.window.reload()
        self._arm_idle_lock()

    def _close_session(self, session: Session) -> None:
        self.worker.run_sync(session.store.close)  # the worker thread's connection
        session.store.close()  # the GUI thread's connection
        session.store.data_key = b""

    def _arm_idle_lock(self) -> None:
        minutes = int(str(self.settings.value("ui/auto_lock_minutes", 15) or 0))
        if minutes > 0:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: any keyboard or mouse input restarts the idle timer."""
        if event.type() in _INPUT_EVENTS and self.idle.isActive():
            self.idle.start()
        return False

    # -- preferences, quit -----------------------------------------------------------------
    def _preferences_saved(self, prefs: AppPreferences) -> None:
        self.settings.setValue("ui/auto_lock_minutes", prefs.auto_lock_minutes)
        self._arm_idle_lock()
        if prefs.language != self.settings.value("ui/language", "system"):
            self.settings.setValue("ui/language", prefs.language)
            self.switch_language()

    def switch_language(self) -> None:
        """Install the new translators and rebuild the window (every label retranslated)."""
        install_translators(self.qapp, self.language())
        if self.window is not None:
            self.window.save_layout()
            self.window.quit_requested.disconnect(self.quit)
            self.window.closed_to_tray.disconnect(self.alerts.close_hint)
            self.alerts.banner.disconnect(self.window.show_alert_banner)
            self.window.keep_in_tray = False
            self.window.close()
            self.window.deleteLater()
        self._make_window()

    def bring_to_front(self) -> None:
        """Show the window (or the unlock prompt while locked): a second launch, the tray."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.raise_()
            modal.activateWindow()
        elif self.window is not None:
            self.window.show_and_raise()

    def _show_today(self) -> None:
        if self.window is not None and not self.window.property("locked"):
            self.window.show_today()
        else:
            self.bring_to_front()

    def _open_customer(self, customer_id: str) -> None:
        if self.ctx is not None and self.window is not None and not self.window.property("locked"):
            self.ctx.bus.open_customer.emit(customer_id)
        else:
            self.bring_to_front()

    def quit(self) -> None:
        self.alerts.stop()
        self.idle.stop()
        self.daily_backup.cancel()
        if self.ctx is not None and self.ctx.session.store.data_key:
            self._close_session(self.ctx.session)
        self.worker.stop()
        self.qapp.quit()


def run_gui(db_path: Path | None) -> int:
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setDesktopFileName(APP_NAME)  # matches crmdesk.desktop: the right icon in the dock
    qapp.setWindowIcon(app_icon())
    settings = QSettings()
    remembered = str(settings.value("db/path", "") or "")
    path = db_path or (Path(remembered) if remembered else access.default_db_path())
    guard = SingleInstance(path)
    if not guard.acquire():
        guard.notify_running()  # the running crmdesk comes to the front, even from the tray
        return 0
    app = CrmdeskApp(qapp, path, settings)
    guard.activation_requested.connect(app.bring_to_front)
    try:
        if not app.start():
            app.worker.stop()
            return 0
        return qapp.exec()
    finally:
        guard.release()
