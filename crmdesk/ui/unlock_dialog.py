"""The unlock dialog: password or recovery code; each failure a clear message, no traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import access
from crmdesk.services.access import StoreError
from crmdesk.services.session import Session
from crmdesk.ui.worker import DbWorker

Unlock = Callable[[Path, str], Session]


def store_error_text(exc: StoreError) -> str:
    """The translated message of an environment failure (wrong password, damaged file…)."""
    return QCoreApplication.translate("StoreError", exc.message)


class UnlockDialog(QDialog):
    """Asks for the password (or recovery code) until the database opens or the user gives up."""

    def __init__(
        self,
        worker: DbWorker,
        path: Path,
        unlock: Unlock = access.unlock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock crmdesk"))
        self.session: Session | None = None
        self.path = path
        self._worker = worker
        self._unlock = unlock
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._show_path()
        layout.addWidget(self.file_label)
        self.prompt = QLabel(self.tr("Password:"), self)
        layout.addWidget(self.prompt)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(320)
        layout.addWidget(self.secret)
        self.recovery_toggle = QPushButton(
            self.tr("I forgot my password: use the recovery code"), self
        )
        self.recovery_toggle.setFlat(True)
        self.recovery_toggle.setCheckable(True)
        self.recovery_toggle.toggled.connect(self._toggle_recovery)
        layout.addWidget(self.recovery_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_from_backup)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = buttons.addButton(
            self.tr("Open another database…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_unlock)
        buttons.rejected.connect(self.reject)
        self.other_button.clicked.connect(self._choose_file)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def _show_path(self) -> None:
        self.file_label.setText(self.tr("Database: %1").replace("%1", str(self.path)))

    def _toggle_recovery(self, on: bool) -> None:
        self.prompt.setText(
            self.tr("Recovery code (e.g. ABCD-EFGH-…):") if on else self.tr("Password:")
        )
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.secret.clear()
        self.secret.setFocus()

    def _try_unlock(self) -> None:
        secret = self.secret.text()
        if not secret:
            self._fail(self.tr("Type your password first."))
            return
        self._set_busy(True)
        self._worker.submit(
            self._unlock, self.path, secret, on_done=self._opened, on_error=self._failed
        )

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.session = session
        self.secret.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, StoreError):
            self._fail(store_error_text(exc))
        else:
            self._fail(
                self.tr(
                    "Internal error (%1): the database was not opened. Nothing was changed."
                ).replace("%1", type(exc).__name__)
            )

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.secret.selectAll()
        self.secret.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.secret.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def restore_from_backup(self) -> None:
        from crmdesk.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._worker, self.path, self.secret.text(), self)
        if not dialog.exec():
            return
        self.error.hide()
        restored = dialog.restored_from.name if dialog.restored_from else ""
        text = self.tr("Restored the backup %1.").replace("%1", restored)
        if dialog.kept is not None:
            text += " " + self.tr("The database it replaced was kept as %1.").replace(
                "%1", dialog.kept.name
            )
        self.notice.setText(text)
        self.notice.show()
        self.secret.setText(dialog.secret.text())
        self._try_unlock()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a crmdesk database"),
            str(self.path.parent),
            self.tr("crmdesk databases (*.db);;All files (*)"),
        )
        if name:
            self.path = Path(name)
            self._show_path()
            self.error.hide()
