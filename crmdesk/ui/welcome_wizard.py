"""First run: create an encrypted database, open a demo database, or open an existing file.

The wizard ends with `choice` set and, for a new or demo database, `session` open.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.services import access
from crmdesk.services.access import StoreError
from crmdesk.services.demo import fill_demo
from crmdesk.services.session import Session
from crmdesk.ui.unlock_dialog import store_error_text
from crmdesk.ui.worker import DbWorker

Create = Callable[[Path, str], tuple[Session, str]]
MIN_PASSWORD = 8
CREATE, DEMO, OPEN = "create", "demo", "open"
START_PAGE, PASSWORD_PAGE, RECOVERY_PAGE, DEMO_PAGE = range(4)


def password_strength(password: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length and variety of characters."""
    if len(password) < MIN_PASSWORD:
        return 0
    kinds = sum(
        any(test(ch) for ch in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = 1 + (len(password) >= 12) + (kinds >= 3)
    return min(score, 3)


def run_blocking(worker: DbWorker, fn: Callable[..., object], *args: object) -> object:
    """Run *fn* on the worker while a local event loop keeps the window painting."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    worker.submit(
        fn, *args, on_done=lambda r: finished("ok", r), on_error=lambda e: finished("error", e)
    )
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["ok"]


class StartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to crmdesk"))
        self.setSubTitle(
            self.tr("Your customers stay on this laptop, encrypted. How do you want to start?")
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.create_option = QRadioButton(self.tr("Create a new encrypted database"), self)
        self.demo_option = QRadioButton(self.tr("Try a demo database with sample customers"), self)
        self.open_option = QRadioButton(self.tr("Open an existing crmdesk database…"), self)
        for button, hint in (
            (self.create_option, self.tr("You choose a password; a recovery code is shown once.")),
            (
                self.demo_option,
                self.tr("Realistic Chinese and English customers; its password is shown."),
            ),
            (self.open_option, self.tr("For example a database copied from another laptop.")),
        ):
            self.group.addButton(button)
            layout.addWidget(button)
            note = QLabel(hint, self)
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(mid); margin-left: 24px; margin-bottom: 8px;")
            layout.addWidget(note)
        self.create_option.setChecked(True)
        layout.addStretch(1)

    def choice(self) -> str:
        if self.create_option.isChecked():
            return CREATE
        return DEMO if self.demo_option.isChecked() else OPEN

    def nextId(self) -> int:
        """Override QWizardPage.nextId."""
        return {CREATE: PASSWORD_PAGE, DEMO: DEMO_PAGE, OPEN: -1}[self.choice()]


class PasswordPage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a password"))
        self.setSubTitle(
            self.tr(
                "It protects every customer record. crmdesk cannot recover it for you; "
                "the recovery code on the next page can."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Database file:"), self))
        row = QHBoxLayout()
        self.location = QLineEdit(str(wizard.default_path), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.password = self._secret_field(layout, self.tr("Password (at least 8 characters):"))
        self.again = self._secret_field(layout, self.tr("Password again:"))
        self.strength = QLabel(self)
        layout.addWidget(self.strength)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.password.textChanged.connect(self._update_strength)
        self.again.textChanged.connect(lambda _t: self.completeChanged.emit())
        self._update_strength("")

    def _secret_field(self, layout: QVBoxLayout, caption: str) -> QLineEdit:
        layout.addWidget(QLabel(caption, self))
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(field)
        return field

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database file"),
            self.location.text(),
            self.tr("crmdesk databases (*.db)"),
        )
        if name:
            self.location.setText(name)

    def _update_strength(self, text: str) -> None:
        texts = [
            self.tr("Too short: use at least 8 characters."),
            self.tr("Weak: longer, with digits or symbols, is safer."),
            self.tr("Fair."),
            self.tr("Strong."),
        ]
        colours = ["#c62828", "#ef6c00", "#f9a825", "#2e7d32"]
        score = password_strength(text)
        self.strength.setText(texts[score] if text else "")
        self.strength.setStyleSheet(f"color: {colours[score]};")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete."""
        return (
            password_strength(self.password.text()) > 0
            and self.password.text() == self.again.text()
        )

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: create the database (off the GUI thread)."""
        path = Path(self.location.text()).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._wizard.create_database(path, self.password.text())
        except (StoreError, OSError) as exc:
            self.error.setText(
                store_error_text(exc) if isinstance(exc, StoreError) else str(exc.strerror or exc)
            )
            return False
        self.password.clear()
        self.again.clear()
        return True


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If you forget your password, this code is the only way back in. "
                "It is shown only now."
            )
        )
        layout = QVBoxLayout(self)
        self.code = QLabel(self)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 4)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Copy"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(wizard.recovery_code))
        save = QPushButton(self.tr("Save to a file…"), self)
        save.clicked.connect(self._save)
        print_button = QPushButton(self.tr("Print…"), self)
        print_button.clicked.connect(self._print)
        for button in (copy, save, print_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.stored = QCheckBox(
            self.tr("I have stored the recovery code somewhere safe (not on this laptop)."), self
        )
        self.stored.toggled.connect(lambda _on: self.completeChanged.emit())
        layout.addWidget(self.stored)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage."""
        self.code.setText(self._wizard.recovery_code)

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete."""
        return self.stored.isChecked()

    def nextId(self) -> int:
        """Override QWizardPage.nextId."""
        return -1

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery code"), "crmdesk-recovery-code.txt"
        )
        if name:
            Path(name).write_text(self._wizard.recovery_code + "\n", encoding="utf-8")

    def _print(self) -> None:
        self._wizard.print_recovery_code()


class DemoPage(QWizardPage):
    def __init__(self, wizard: WelcomeWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.password = "demo-" + "".join(secrets.choice("23456789") for _ in range(4))
        self.setTitle(self.tr("Demo database"))
        self.setSubTitle(
            self.tr(
                "Sample customers to try crmdesk with. "
                "Keep real customers in a database of their own."
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Number of sample customers:"), self))
        self.customers = QSpinBox(self)
        self.customers.setRange(10, 100_000)
        self.customers.setValue(2000)
        layout.addWidget(self.customers)
        note = QLabel(self.tr("Its password is: %1").replace("%1", self.password), self)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(note)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        layout.addStretch(1)

    def nextId(self) -> int:
        """Override QWizardPage.nextId."""
        return -1

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: make the demo database."""
        path = self._wizard.default_path.with_name("crmdesk-demo.db")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._wizard.create_database(path, self.password, demo_customers=self.customers.value())
        except (StoreError, OSError) as exc:
            self.error.setText(store_error_text(exc) if isinstance(exc, StoreError) else str(exc))
            return False
        return True


class WelcomeWizard(QWizard):
    """Ends accepted with `choice` and, unless the user opens an existing file, `session`."""

    def __init__(
        self,
        worker: DbWorker,
        default_path: Path,
        create: Create = access.create,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("crmdesk setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.worker = worker
        self.default_path = default_path
        self.session: Session | None = None
        self.recovery_code = ""
        self.database_path: Path | None = None
        self._create = create
        self.start_page = StartPage(self)
        self.password_page = PasswordPage(self)
        self.recovery_page = RecoveryPage(self)
        self.demo_page = DemoPage(self)
        for page_id, page in enumerate(
            (self.start_page, self.password_page, self.recovery_page, self.demo_page)
        ):
            self.setPage(page_id, page)
        self.resize(640, 480)

    @property
    def choice(self) -> str:
        return self.start_page.choice()

    def create_database(self, path: Path, password: str, demo_customers: int = 0) -> None:
        created = run_blocking(self.worker, self._create, path, password)
        session, code = cast(tuple[Session, str], created)
        if demo_customers:
            run_blocking(self.worker, lambda: fill_demo(session, customers=demo_customers, seed=1))
        self.session, self.recovery_code, self.database_path = session, code, path

    def print_recovery_code(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument(
                self.tr("crmdesk recovery code: %1").replace("%1", self.recovery_code)
            )
            document.print_(printer)
