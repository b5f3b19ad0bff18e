"""The main window's menus: QActions with standard shortcuts, grouped as users expect."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from crmdesk.services import maintenance

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def build_menus(window: MainWindow) -> None:
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _customer_menu(window)
    _tools_menu(window)
    _help_menu(window)


def _action(window: MainWindow, text: str, slot: object, shortcut: object = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
    action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
    return action


def _file_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&File"))
    window.new_action = _action(window, window.tr("&New customer"), window.new_customer, Key.New)
    menu.addAction(window.new_action)
    menu.addAction(window.detail_pane.save_action)
    menu.addSeparator()
    window.backup_action = _action(window, window.tr("&Back up now"), lambda: _backup(window))
    menu.addAction(window.backup_action)
    menu.addSeparator()
    window.lock_action = _action(
        window, window.tr("&Lock"), window.lock_requested.emit, "Ctrl+Shift+L"
    )
    menu.addAction(window.lock_action)
    window.quit_action = _action(window, window.tr("&Quit"), window.close, Key.Quit)
    menu.addAction(window.quit_action)


def _edit_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&Edit"))
    menu.addAction(window.detail_pane.delete_action)
    menu.addSeparator()
    menu.addAction(_action(window, window.tr("&Find customer"), _find(window), Key.Find))
    menu.addSeparator()
    window.preferences_action = _action(
        window, window.tr("&Preferences…"), lambda: _preferences(window), Key.Preferences
    )
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    menu.addAction(window.preferences_action)


def _view_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&View"))
    menu.addAction(
        _action(
            window, window.tr("&Customers"), lambda: window.left_tabs.setCurrentIndex(0), "Ctrl+1"
        )
    )
    menu.addAction(_action(window, window.tr("&Today"), window.show_today, "Ctrl+2"))
    menu.addSeparator()
    menu.addAction(
        _action(window, window.tr("&Save current view…"), window.list_pane.save_current_view)
    )
    menu.addAction(_action(window, window.tr("C&lear filters"), window.list_pane.clear_filters))


def _customer_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&Customer"))
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


def _tools_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&Tools"))
    window.audit_action = _action(window, window.tr("&Audit log…"), lambda: _audit(window))
    menu.addAction(window.audit_action)
    menu.addAction(_action(window, window.tr("&Check database"), lambda: _check(window)))


def _help_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(window.tr("&Help"))
    about = _action(window, window.tr("&About crmdesk"), lambda: _about(window))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    menu.addAction(about)


def _find(window: MainWindow) -> object:
    def find() -> None:
        window.left_tabs.setCurrentIndex(0)
        window.list_pane.focus_search()

    return find


def _preferences(window: MainWindow) -> None:
    from crmdesk.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window.ctx, window)
    dialog.saved.connect(window.preferences_saved.emit)
    dialog.exec()


def _audit(window: MainWindow) -> None:
    from crmdesk.ui.audit_dialog import AuditDialog

    AuditDialog(window.ctx, window).exec()


def _about(window: MainWindow) -> None:
    from crmdesk.ui.about_dialog import AboutDialog

    AboutDialog(window.ctx, window).exec()


def _backup(window: MainWindow) -> None:
    def done(path: Path) -> None:
        window.statusBar().showMessage(
            window.tr("Backup written and verified: %1").replace("%1", str(path)), 10_000
        )

    window.statusBar().showMessage(window.tr("Backing up…"))
    window.ctx.worker.submit(maintenance.backup, window.ctx.session, on_done=done)


def _check(window: MainWindow) -> None:
    def done(report: dict[str, tuple[bool, str]]) -> None:
        lines = [f"{'✔' if ok else '✘'} {name}: {detail}" for name, (ok, detail) in report.items()]
        healthy = all(ok for ok, _ in report.values())
        title = (
            window.tr("Database is healthy") if healthy else window.tr("Database problems found")
        )
        box = QMessageBox.information if healthy else QMessageBox.warning
        box(window, title, "\n".join(lines))

    window.statusBar().showMessage(window.tr("Checking the database…"), 5000)
    window.ctx.worker.submit(maintenance.check, window.ctx.session, on_done=done)
