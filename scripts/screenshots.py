"""Render every pane and dialog in English and Chinese at 1280×800 and 1024×640.

    bash scripts/install-gui-deps.sh        # once: a CJK font (and Xvfb) from Debian
    uv run python scripts/screenshots.py    # writes docs/screenshots/*.png

Runs off-screen on a throwaway demo database; nothing touches the user's profile.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crmdesk.data.backup import make_backup
from crmdesk.domain.enums import FollowUpMethod, Grade
from crmdesk.services import access, maintenance
from crmdesk.services.customers import delete_customer, update_customer
from crmdesk.services.demo import fill_demo
from crmdesk.services.followups import FollowUp, log_followup
from crmdesk.services.session import Session
from crmdesk.ui.about_dialog import AboutDialog
from crmdesk.ui.audit_dialog import AuditDialog
from crmdesk.ui.backup_progress import BackupProgress
from crmdesk.ui.context import AppContext, ChangeBus
from crmdesk.ui.duplicates_dialog import DuplicatesDialog
from crmdesk.ui.export_dialog import ExportDialog
from crmdesk.ui.followup_dialog import FollowUpDialog
from crmdesk.ui.i18n import install_translators
from crmdesk.ui.import_wizard import ImportWizard
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.preferences_dialog import GENERAL_TAB, PreferencesDialog
from crmdesk.ui.restore_dialog import RestoreDialog
from crmdesk.ui.undo_import_dialog import UndoImportDialog
from crmdesk.ui.unlock_dialog import UnlockDialog
from crmdesk.ui.welcome_wizard import WelcomeWizard
from crmdesk.ui.worker import DbWorker

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZES = (QSize(1280, 800), QSize(1024, 640))
LANGUAGES = ("en", "zh_CN")


def settle(ctx: AppContext, timeout: float = 10.0) -> None:
    """Let the worker finish its jobs and the widgets repaint."""
    deadline = time.monotonic() + timeout
    while ctx.worker.pending() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QCoreApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / f"{name}.png"))


def fit(widget: QWidget, screen: QSize) -> None:
    """A dialog at its natural size, clamped to what the screen leaves free."""
    hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    if isinstance(widget, AuditDialog | DuplicatesDialog):  # lists read better wide
        hint = hint.expandedTo(QSize(int(screen.width() * 0.85), int(screen.height() * 0.8)))
    widget.resize(min(hint.width(), screen.width() - 40), min(hint.height(), screen.height() - 60))


def make_history(session: Session) -> None:
    """A few real edits, so that the audit log shows old → new values."""
    rows = session.store.db.execute_sql("SELECT id FROM customer ORDER BY rid LIMIT 3").fetchall()
    first, second, third = (row[0] for row in rows)
    update_customer(session, first, {"grade": "A", "city": "上海"})
    log_followup(session, second, FollowUp(FollowUpMethod.VISIT, Grade.B, content="现场演示"))
    delete_customer(session, third)


def main_window_shots(ctx: AppContext, window: MainWindow, tag: str) -> None:
    window.left_tabs.setCurrentIndex(0)
    settle(ctx)
    window.list_pane.table.selectRow(3)
    settle(ctx)
    save(window, f"main-{tag}")
    window.show_today()
    settle(ctx)
    save(window, f"today-{tag}")
    window.left_tabs.setCurrentIndex(0)


def dialog_shots(
    ctx: AppContext, window: MainWindow, customer_id: str, tag: str, screen: QSize
) -> None:
    makers: dict[str, Callable[[], QDialog]] = {
        "followup": lambda: FollowUpDialog(ctx, customer_id, window),
        "preferences": lambda: PreferencesDialog(ctx, window),
        "preferences-general": lambda: _on_tab(PreferencesDialog(ctx, window), GENERAL_TAB),
        "audit": lambda: AuditDialog(ctx, window),
        "about": lambda: AboutDialog(ctx, window),
        "unlock": lambda: UnlockDialog(ctx.worker, ctx.session.store.path, parent=window),
        "export": lambda: ExportDialog(ctx, window.list_pane.current_query(), window),
        "duplicates": lambda: DuplicatesDialog(ctx, window),
        "undo-import": lambda: UndoImportDialog(ctx, window),
        "restore": lambda: RestoreDialog(ctx.worker, ctx.session.store.path, "", window),
    }
    for name, make in makers.items():
        dialog = make()
        fit(dialog, screen)
        dialog.show()
        settle(ctx)
        save(dialog, f"{name}-{tag}")
        dialog.close()
        dialog.deleteLater()


def _on_tab(dialog: PreferencesDialog, tab: int) -> PreferencesDialog:
    dialog.tabs.setCurrentIndex(tab)
    return dialog


def export_progress_shot(
    ctx: AppContext, window: MainWindow, folder: Path, tag: str, screen: QSize
) -> None:
    """The export dialog part-way through (rows written so far, Cancel); then cancelled."""
    dialog = ExportDialog(ctx, window.list_pane.current_query(), window)
    fit(dialog, screen)
    dialog.show()
    settle(ctx)
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 30)
    dialog.path_edit.setText(str(folder / f"export-{tag}.csv"))
    dialog.export()
    assert dialog.job is not None
    dialog.job.progressed.emit(4200, 12480)
    QCoreApplication.processEvents()
    save(dialog, f"export-progress-{tag}")
    dialog.cancel()
    gate.set()
    settle(ctx)
    dialog.close()
    dialog.deleteLater()


def backup_progress_shot(ctx: AppContext, window: MainWindow, tag: str) -> None:
    """File → Back up now part-way through the copy; then cancelled (no file left)."""
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 30)
    dialog = BackupProgress.start(window)
    dialog.job.progressed.emit(78_000, 194_000)
    QCoreApplication.processEvents()
    save(dialog, f"backup-progress-{tag}")
    dialog.canceled.emit()  # as the Cancel button does (cancel() alone does not emit it)
    gate.set()
    settle(ctx)


SAMPLE_CSV = (
    "客户名单（2026 年 11 月）\n"
    "客户名称,联系人,手机,邮箱,城市,客户等级,客户状态,最近跟进,备注\n"
    "上海华信科技有限公司,王伟,13912345678,wang@huaxin.cn,上海,A类,意向,2026/11/2,报价已发\n"
    "深圳恒通贸易有限公司,李娜,13800001111,lina@hengtong,深圳,B,潜在,2026年10月5日,\n"
    "Northwind Trading Ltd,Anna Smith,+44 20 7946 0000,anna@northwind.co.uk,London,C,成交,45590,\n"
    ",,,,,,,,\n"
    "合计,3,,,,,,,\n"
)


def _two_sheet_workbook(folder: Path) -> Path:
    """A workbook whose first sheet is a note and whose customers are on the second."""
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["导出自旧系统，2026 年 11 月"])
    people = book.create_sheet("客户")
    for line in SAMPLE_CSV.splitlines()[:4]:
        people.append(line.split(","))
    path = folder / "客户名单.xlsx"
    book.save(path)
    return path


def import_shots(
    ctx: AppContext, window: MainWindow, folder: Path, tag: str, screen: QSize
) -> None:
    sample = folder / "客户名单.csv"
    sample.write_text(SAMPLE_CSV, encoding="gb18030")
    wizard = ImportWizard(ctx, window)
    fit(wizard, screen)
    wizard.resize(min(900, screen.width() - 40), min(600, screen.height() - 60))
    wizard.show()
    wizard.file_page.choose(_two_sheet_workbook(folder))
    settle(ctx)
    save(wizard, f"import-sheets-{tag}")
    wizard.file_page.choose(sample)
    settle(ctx)
    save(wizard, f"import-file-{tag}")
    wizard.next()
    settle(ctx)
    save(wizard, f"import-mapping-{tag}")
    wizard.next()
    settle(ctx)
    save(wizard, f"import-preview-{tag}")
    _saving_shot(ctx, wizard, tag)
    wizard.close()
    wizard.deleteLater()


def _saving_shot(ctx: AppContext, wizard: ImportWizard, tag: str) -> None:
    """The run page once every row is written (busy bar, no Cancel); then rolled back, so
    that the demo database stays as it was."""
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 30)
    wizard.next()
    run = wizard.run_page
    assert run.job is not None
    run.job.progressed.emit(12480, 12480)
    QCoreApplication.processEvents()
    save(wizard, f"import-saving-{tag}")
    run.job.cancel()  # the import's own check rolls it back: not the (disabled) Cancel button
    gate.set()
    settle(ctx)


def wizard_shots(worker: DbWorker, folder: Path, tag: str) -> None:
    wizard = WelcomeWizard(worker, folder / "new.db")
    wizard.show()
    QCoreApplication.processEvents()
    save(wizard, f"wizard-start-{tag}")
    wizard.next()
    wizard.password_page.password.setText("correct horse battery")
    wizard.password_page.again.setText("correct horse battery")
    QCoreApplication.processEvents()
    save(wizard, f"wizard-password-{tag}")
    wizard.recovery_code = "K7QX-M2VA-9RTD-PLW4-ZC3H-Y8NB-F5EJ-U6GS"
    wizard.recovery_page.initializePage()
    wizard.setStartId(2)
    wizard.restart()
    QCoreApplication.processEvents()
    save(wizard, f"wizard-recovery-{tag}")
    wizard.close()


def main() -> int:
    app = QApplication(sys.argv)
    if not any("CJK" in family for family in QFontDatabase.families()):
        print("warning: no CJK font installed (bash scripts/install-gui-deps.sh)", file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-shots-"))
    session, _code = access.create(
        folder / "demo.db", "screenshots", access.cheap_kdf_for_tests(), actor="li.na"
    )
    fill_demo(session, customers=400, seed=7)
    make_history(session)
    for reason in ("before-v8", "daily"):  # what the restore dialog lists
        make_backup(session.store, reason=reason)
    maintenance.backup(session)
    worker = DbWorker()
    ctx = AppContext(session=session, worker=worker, bus=ChangeBus())
    customer_id = ctx.session.store.db.execute_sql(
        "SELECT id FROM customer ORDER BY name LIMIT 1 OFFSET 3"
    ).fetchone()[0]
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    for language in LANGUAGES:
        install_translators(app, language)
        wizard_shots(worker, folder, language)
        for screen in SIZES:
            tag = f"{language}-{screen.width()}x{screen.height()}"
            window = MainWindow(ctx, settings, folder / "demo.db")
            window.resize(screen)
            window.show()
            window.reload()
            main_window_shots(ctx, window, tag)
            dialog_shots(ctx, window, customer_id, tag, screen)
            import_shots(ctx, window, folder, tag, screen)
            export_progress_shot(ctx, window, folder, tag, screen)
            backup_progress_shot(ctx, window, tag)
            window.close()
            window.deleteLater()
            settle(ctx)
    worker.run_sync(session.store.close)
    worker.stop()
    session.store.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
