"""First run and unlock, driven through the real dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crmdesk.services import access
from crmdesk.services.customers import create_customer
from crmdesk.ui.unlock_dialog import UnlockDialog
from crmdesk.ui.welcome_wizard import CREATE, DEMO, WelcomeWizard, password_strength
from crmdesk.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.ui.conftest import CHEAP_CREATE


def _click_next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_first_run_creates_an_encrypted_database(
    qtbot: QtBot, worker: DbWorker, db_path: Path
) -> None:
    wizard = WelcomeWizard(worker, db_path, CHEAP_CREATE)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.choice == CREATE
    _click_next(qtbot, wizard)
    page = wizard.password_page
    qtbot.keyClicks(page.password, "short")
    assert "Too short" in page.strength.text()
    assert not page.isComplete()
    page.password.clear()
    qtbot.keyClicks(page.password, PASSWORD)
    qtbot.keyClicks(page.again, PASSWORD + "x")
    assert not page.isComplete()  # the two passwords differ
    qtbot.keyClick(page.again, Qt.Key.Key_Backspace)
    assert page.isComplete()
    _click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    code = wizard.recovery_page.code.text()
    assert len(code) == 39
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.recovery_page.stored.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.session is not None
    wizard.session.store.close()
    worker.run_sync(wizard.session.store.close)
    assert db_path.exists()
    assert b"SQLite format 3" not in db_path.read_bytes()[:16]
    access.unlock(db_path, code).store.close()  # the code shown really opens it


def test_demo_database_has_customers_and_shows_its_password(
    qtbot: QtBot, worker: DbWorker, db_path: Path
) -> None:
    wizard = WelcomeWizard(worker, db_path, CHEAP_CREATE)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.start_page.demo_option.setChecked(True)
    assert wizard.choice == DEMO
    _click_next(qtbot, wizard)
    wizard.demo_page.customers.setValue(30)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=10_000)
    session = wizard.session
    assert session is not None
    assert session.store.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 30
    worker.run_sync(session.store.close)
    session.store.close()
    access.unlock(session.store.path, wizard.demo_page.password).store.close()


def test_password_strength_scale() -> None:
    assert [password_strength(p) for p in ("abc", "abcdefgh", "abcdefgh1234", "Abcdefgh12!x")] == [
        0,
        1,
        2,
        3,
    ]


def test_wrong_then_right_password(qtbot: QtBot, worker: DbWorker, db_path: Path) -> None:
    session, _code = CHEAP_CREATE(db_path, PASSWORD)
    create_customer(session, {"name": "张伟"})
    session.store.close()
    dialog = UnlockDialog(worker, db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.secret, "wrong password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.error.isVisible() and dialog.unlock_button.isEnabled(), timeout=10_000
    )
    assert "Wrong password" in dialog.error.text()
    assert dialog.session is None
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.session is not None
    worker.run_sync(dialog.session.store.close)


def test_damaged_file_says_so_and_offers_another_file(
    qtbot: QtBot, worker: DbWorker, db_path: Path
) -> None:
    session, _code = CHEAP_CREATE(db_path, PASSWORD)
    session.store.close()
    db_path.write_bytes(b"")
    dialog = UnlockDialog(worker, db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.secret, PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert "empty (0 bytes)" in dialog.error.text()
    assert "restore a backup" in dialog.error.text()
    assert dialog.other_button.isVisible()
    assert dialog.session is None
