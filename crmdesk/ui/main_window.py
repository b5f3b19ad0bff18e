"""The main window: customer list and Today on the left, detail over timeline on the right.

Layout and column widths are UI state kept in QSettings, apart from the preferences stored
in the database. The window never talks to the database itself: panes do, through services.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from crmdesk.services.access import StoreError
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_pane import DetailPane
from crmdesk.ui.list_pane import CustomerListPane
from crmdesk.ui.menus import MenuBuilder
from crmdesk.ui.timeline_pane import TimelinePane
from crmdesk.ui.today_pane import TodayPane
from crmdesk.ui.unlock_dialog import store_error_text

LIST_TAB, TODAY_TAB = 0, 1


class MainWindow(QMainWindow):
    new_action: QAction
    backup_action: QAction
    lock_action: QAction
    restore_action: QAction
    quit_action: QAction
    preferences_action: QAction
    audit_action: QAction
    duplicates_action: QAction
    import_action: QAction
    export_action: QAction
    undo_import_action: QAction
    lock_requested = Signal()
    restore_requested = Signal()  # lock, then restore from a backup in the unlock dialog
    quit_requested = Signal()
    closed_to_tray = Signal()
    preferences_saved = Signal(object)  # AppPreferences
    list_shown = Signal()  # after reload(): the first page is on screen, the rest is loading

    def __init__(
        self, ctx: AppContext, settings: QSettings, db_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.db_path = db_path
        self._current: str | None = None
        self._rest_to_load = False  # reload(): the other panes load after the list
        self.keep_in_tray = False  # set by the app when the desktop has a tray
        self.setWindowTitle(self.tr("crmdesk"))
        self.list_pane = CustomerListPane(ctx, self)
        self.today_pane = TodayPane(ctx, self)
        self.detail_pane = DetailPane(ctx, self)
        self.timeline_pane = TimelinePane(ctx, self)
        self._build_layout()
        self._build_status_bar()
        MenuBuilder(self).build_menus(self)
        self._window_wide_shortcuts()
        self._connect()
        self.restore_layout()

    # -- layout ----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(self.list_pane, self.tr("Customers"))
        self.left_tabs.addTab(self.today_pane, self.tr("Today"))
        self.right_split = QSplitter(Qt.Orientation.Vertical, self)
        self.right_split.addWidget(self.detail_pane)
        self.right_split.addWidget(self.timeline_pane)
        self.right_split.setStretchFactor(0, 3)
        self.right_split.setStretchFactor(1, 2)
        self.main_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_split.addWidget(self.left_tabs)
        self.main_split.addWidget(self.right_split)
        self.main_split.setStretchFactor(0, 3)
        self.main_split.setStretchFactor(1, 2)
        self.setCentralWidget(self.main_split)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.file_label = QLabel(self.tr("Database: %1").replace("%1", self.db_path.name), self)
        self.file_label.setToolTip(str(self.db_path))
        self.count_label = QLabel(self)
        self.state_label = QLabel(self.tr("Unlocked"), self)
        self.busy_label = QLabel(self)
        bar.addWidget(self.file_label)
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.state_label)

    def _window_wide_shortcuts(self) -> None:
        # the window's Ctrl+N (with the unsaved-changes guard) replaces the pane's own, which
        # would make the shortcut ambiguous; saving and logging work from anywhere
        self.detail_pane.new_action.setShortcut(QKeySequence())
        for action in (self.detail_pane.save_action, self.timeline_pane.log_followup_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _connect(self) -> None:
        self.list_pane.model.loaded.connect(self._list_loaded)
        self.list_pane.model.load_failed.connect(self._list_loaded)
        self.list_pane.current_changed.connect(self.show_customer)
        self.list_pane.activated.connect(lambda _cid: self.detail_pane.setFocus())
        self.list_pane.model.loaded.connect(
            lambda n: self.count_label.setText(self.tr("%n customer(s)", "", n))
        )
        self.ctx.bus.open_customer.connect(self.open_customer)
        self.today_pane.title_changed.connect(
            lambda title: self.left_tabs.setTabText(TODAY_TAB, title)
        )
        self.today_pane.log_followup_requested.connect(self._log_followup_for)
        self.today_pane.current_changed.connect(self.show_customer)  # detail follows Today
        self.detail_pane.saved.connect(self._customer_saved)
        self.ctx.worker.failed.connect(self.show_failure)
        self.ctx.worker.busy_changed.connect(
            lambda busy: self.busy_label.setText(self.tr("Working…") if busy else "")
        )

    # -- customers -------------------------------------------------------------------------
    def show_customer(self, customer_id: str | None) -> None:
        if customer_id == self._current:
            return
        if not self.detail_pane.confirm_leave():
            return
        self._current = customer_id
        self.detail_pane.show_customer(customer_id)
        self.timeline_pane.show_customer(customer_id)

    def open_customer(self, customer_id: str) -> None:
        """Show *customer_id* (from Today, the tray or a search) and bring the window forward."""
        self.show_customer(customer_id)
        self.list_pane.select_customer(customer_id)
        self.show_and_raise()

    def new_customer(self) -> None:
        if self.detail_pane.confirm_leave():
            self._current = None
            self.timeline_pane.show_customer(None)
            self.detail_pane.new_customer()

    def _customer_saved(self, customer_id: str) -> None:
        self._current = customer_id
        self.timeline_pane.show_customer(customer_id)

    def _log_followup_for(self, customer_id: str) -> None:
        self.open_customer(customer_id)
        self.timeline_pane.log_followup_action.trigger()

    def show_today(self) -> None:
        self.left_tabs.setCurrentIndex(TODAY_TAB)
        self.show_and_raise()

    def show_and_raise(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    # -- lock, errors, state ---------------------------------------------------------------
    def clear_for_lock(self) -> None:
        """Forget every customer shown: the models are emptied before the key is dropped."""
        self._current = None
        self.list_pane.clear()
        self.detail_pane.show_customer(None)
        self.timeline_pane.show_customer(None)
        self.today_pane.clear()
        self.count_label.clear()
        self.state_label.setText(self.tr("Locked"))

    def reload(self) -> None:
        """Load everything again (after unlock): the customer list first, the rest after it.

        The other reads (tags, saved views, Today, and what the app hangs on `list_shown`)
        start once the first page is painted: on the worker and for the GIL they would
        compete with it.
        """
        self.state_label.setText(self.tr("Unlocked"))
        self._rest_to_load = True
        self.list_pane.model.reload()

    def _list_loaded(self, *_: object) -> None:
        if self._rest_to_load:
            self._rest_to_load = False
            QTimer.singleShot(0, self, self._load_the_rest)  # after the paint the load asked for

    def _load_the_rest(self) -> None:
        self.list_pane.reload_tags_and_views()
        self.today_pane.refresh()
        self.list_shown.emit()

    def show_failure(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            QMessageBox.warning(self, self.tr("crmdesk"), store_error_text(exc))
            return
        QMessageBox.critical(
            self,
            self.tr("crmdesk: internal error"),
            self.tr(
                "Something went wrong inside crmdesk (%1). Your last change may not have "
                "been saved; everything saved before it is safe. Please report this."
            ).replace("%1", type(exc).__name__),
        )

    def show_alert_banner(self, summary: str, body: str) -> None:
        """Alerts where the desktop has no tray and no notification service."""
        self.statusBar().showMessage(f"{summary} — {body.splitlines()[0] if body else ''}", 60_000)
        self.left_tabs.setTabToolTip(TODAY_TAB, f"{summary}\n{body}")

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/main_split", self.main_split.saveState())
        self.settings.setValue("window/right_split", self.right_split.saveState())
        header = self.list_pane.table.horizontalHeader()
        self.settings.setValue("list/header", header.saveState())

    def restore_layout(self) -> None:
        def restore(key: str, apply: object) -> None:
            value = self.settings.value(key)
            if isinstance(value, QByteArray) and callable(apply):
                apply(value)

        if not isinstance(self.settings.value("window/geometry"), QByteArray):
            self.resize(1280, 800)
            self.main_split.setSizes([640, 480])
            self.right_split.setSizes([400, 400])
        restore("window/geometry", self.restoreGeometry)
        restore("window/state", self.restoreState)
        restore("window/main_split", self.main_split.restoreState)
        restore("window/right_split", self.right_split.restoreState)
        restore("list/header", self.list_pane.table.horizontalHeader().restoreState)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: guard unsaved edits, keep the layout."""
        if not self.detail_pane.confirm_leave():
            event.ignore()
            return
        self.save_layout()
        event.accept()
        if self.keep_in_tray:
            self.hide()
            self.closed_to_tray.emit()
            return
        self.quit_requested.emit()

    def standard_action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action
