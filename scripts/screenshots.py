"""Render every pane and dialog in English and Chinese at 1280×800 and 1024×640.

    bash scripts/install-gui-deps.sh        # once: a CJK font (and Xvfb) from Debian
    uv run python scripts/screenshots.py    # writes docs/screenshots/*.png

Runs off-screen on a throwaway demo database; nothing touches the user's profile.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crmdesk.domain.enums import FollowUpMethod, Grade
from crmdesk.services import access
from crmdesk.services.customers import delete_customer, update_customer
from crmdesk.services.demo import fill_demo
from crmdesk.services.followups import FollowUp, log_followup
from crmdesk.services.session import Session
from crmdesk.ui.about_dialog import AboutDialog
from crmdesk.ui.audit_dialog import AuditDialog
from crmdesk.ui.context import AppContext, ChangeBus
from crmdesk.ui.followup_dialog import FollowUpDialog
from crmdesk.ui.i18n import install_translators
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.preferences_dialog import PreferencesDialog
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
    if isinstance(widget, AuditDialog):  # a log reads better wide
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
        "audit": lambda: AuditDialog(ctx, window),
        "about": lambda: AboutDialog(ctx, window),
        "unlock": lambda: UnlockDialog(ctx.worker, ctx.session.store.path, parent=window),
    }
    for name, make in makers.items():
        dialog = make()
        fit(dialog, screen)
        dialog.show()
        settle(ctx)
        save(dialog, f"{name}-{tag}")
        dialog.close()
        dialog.deleteLater()


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
