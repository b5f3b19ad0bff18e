"""The main window's menus: QActions with standard shortcuts, grouped as users expect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from crmdesk.services import maintenance

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


class MenuBuilder(QObject):
    """Builds the menus; a QObject so that its texts have a translation context of their own."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def build_menus(self, window: MainWindow) -> None:
        self._file_menu(window)
        self._edit_menu(window)
        self._view_menu(window)
        self._customer_menu(window)
        self._tools_menu(window)
        self._help_menu(window)

    def _action(
        self, window: MainWindow, text: str, slot: object, shortcut: object = None
    ) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _file_menu(self, window: MainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&File"))
        window.new_action = self._action(
            window, self.tr("&New customer"), window.new_customer, Key.New
        )
        menu.addAction(window.new_action)
        menu.addAction(window.detail_pane.save_action)
        menu.addSeparator()
        window.backup_action = self._action(
            window, self.tr("&Back up now"), lambda: self._backup(window)
        )
        window.restore_action = self._action(
            window, self.tr("&Restore from a backup…"), window.restore_requested.emit
        )
        menu.addAction(window.backup_action)
        menu.addAction(window.restore_action)
        menu.addSeparator()
        window.import_action = self._action(
            window, self.tr("&Import…"), lambda: self._import(window), "Ctrl+I"
        )
        window.export_action = self._action(
            window, self.tr("&Export…"), lambda: self._export(window), "Ctrl+E"
        )
        window.undo_import_action = self._action(
            window, self.tr("&Undo an import…"), lambda: self._undo_import(window)
        )
        for action in (window.import_action, window.export_action, window.undo_import_action):
            menu.addAction(action)
        menu.addSeparator()
        window.lock_action = self._action(
            window, self.tr("&Lock"), window.lock_requested.emit, "Ctrl+Shift+L"
        )
        menu.addAction(window.lock_action)
        window.quit_action = self._action(window, self.tr("&Quit"), window.close, Key.Quit)
        menu.addAction(window.quit_action)

    def _edit_menu(self, window: MainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(window.detail_pane.delete_action)
        menu.addSeparator()
        menu.addAction(
            self._action(window, self.tr("&Find customer"), self._find(window), Key.Find)
        )
        menu.addSeparator()
        window.preferences_action = self._action(
            window, self.tr("&Preferences…"), lambda: self._preferences(window), Key.Preferences
        )
        window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.addAction(window.preferences_action)

    def _view_menu(self, window: MainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&View"))
        menu.addAction(
            self._action(
                window, self.tr("&Customers"), lambda: window.left_tabs.setCurrentIndex(0), "Ctrl+1"
            )
        )
        menu.addAction(self._action(window, self.tr("&Today"), window.show_today, "Ctrl+2"))
        menu.addSeparator()
        menu.addAction(
            self._action(window, self.tr("&Save current view…"), window.list_pane.save_current_view)
        )
        menu.addAction(
            self._action(window, self.tr("C&lear filters"), window.list_pane.clear_filters)
        )

    def _customer_menu(self, window: MainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&Customer"))
        pane = window.timeline_pane
        menu.addAction(pane.log_followup_action)
        menu.addSeparator()
        for action in (
            pane.add_note_action,
            pane.add_feedback_action,
            pane.add_order_action,
            pane.add_opportunity_action,
        ):
            menu.addAction(action)

    def _tools_menu(self, window: MainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&Tools"))
        window.audit_action = self._action(
            window, self.tr("&Audit log…"), lambda: self._audit(window)
        )
        menu.addAction(window.audit_action)
        window.duplicates_action = self._action(
            window, self.tr("Find &duplicates…"), lambda: self._duplicates(window)
        )
        menu.addAction(window.duplicates_action)
        menu.addAction(
            self._action(window, self.tr("&Check database"), lambda: self._check(window))
        )

    def _help_menu(self, window: MainWindow) -> None:
        menu = window.menuBar().addMenu(self.tr("&Help"))
        about = self._action(window, self.tr("&About crmdesk"), lambda: self._about(window))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        menu.addAction(about)

    def _find(self, window: MainWindow) -> object:
        def find() -> None:
            window.left_tabs.setCurrentIndex(0)
            window.list_pane.focus_search()

        return find

    def _preferences(self, window: MainWindow) -> None:
        from crmdesk.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(window.ctx, window)
        dialog.saved.connect(window.preferences_saved.emit)
        dialog.exec()

    def _audit(self, window: MainWindow) -> None:
        from crmdesk.ui.audit_dialog import AuditDialog

        AuditDialog(window.ctx, window).exec()

    def _about(self, window: MainWindow) -> None:
        from crmdesk.ui.about_dialog import AboutDialog

        AboutDialog(window.ctx, window).exec()

    def _duplicates(self, window: MainWindow) -> None:
        from crmdesk.ui.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(window.ctx, window).exec()

    def _import(self, window: MainWindow) -> None:
        from crmdesk.ui.import_wizard import ImportWizard

        ImportWizard(window.ctx, window).exec()

    def _export(self, window: MainWindow) -> None:
        from crmdesk.ui.export_dialog import ExportDialog

        ExportDialog(window.ctx, window.list_pane.current_query(), window).exec()

    def _undo_import(self, window: MainWindow) -> None:
        from crmdesk.ui.undo_import_dialog import UndoImportDialog

        UndoImportDialog(window.ctx, window).exec()

    def _backup(self, window: MainWindow) -> None:
        from crmdesk.ui.backup_progress import BackupProgress

        BackupProgress.start(window)

    def _check(self, window: MainWindow) -> None:
        def done(report: dict[str, tuple[bool, str]]) -> None:
            lines = [
                f"{'✔' if ok else '✘'} {name}: {detail}" for name, (ok, detail) in report.items()
            ]
            healthy = all(ok for ok, _ in report.values())
            title = (
                self.tr("Database is healthy") if healthy else self.tr("Database problems found")
            )
            box = QMessageBox.information if healthy else QMessageBox.warning
            box(window, title, "\n".join(lines))

        window.statusBar().showMessage(self.tr("Checking the database…"), 5000)
        window.ctx.worker.submit(maintenance.check, window.ctx.session, on_done=done)
