"""Restore from a backup, offered by the unlock dialog (the database is closed there).

    dialog = RestoreDialog(worker, db_path, secret="…")   # the unlock dialog's typed secret
    if dialog.exec(): dialog.kept                          # where the replaced file went

Lists the database's backups newest first (daily, by hand, before an upgrade), or takes
another backup file. Restoring checks the backup whole, copies it, checks the copy, and only
then replaces the database; the replaced file is kept beside it under a dated name, so an
older backup than meant loses nothing (`crmdesk.data.backup.restore_backup`). It runs on the
DB worker; Cancel stops it before anything is replaced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services import maintenance
from crmdesk.services.access import StoreError
from crmdesk.services.maintenance import BackupCancelled, BackupFile
from crmdesk.ui.form_widgets import ERROR_COLOUR
from crmdesk.ui.progress_job import ProgressJob
from crmdesk.ui.unlock_dialog import store_error_text
from crmdesk.ui.worker import DbWorker

__all__ = ["RestoreDialog"]

_PATH = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    def __init__(
        self, worker: DbWorker, db_path: Path, secret: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.db_path = db_path
        self.kept: Path | None = None
        self.restored_from: Path | None = None
        self._worker = worker
        self._job: ProgressJob | None = None
        self._build(secret)
        self._fill(maintenance.backups_of(db_path))

    def _build(self, secret: str) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a backup. It is checked first; then it replaces the database, and the "
                "database it replaces is kept beside it under a dated name."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.backup_list = QListWidget()
        self.backup_list.currentItemChanged.connect(self._update_buttons)
        self.backup_list.itemDoubleClicked.connect(self._restore)
        layout.addWidget(self.backup_list, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.other_button = QPushButton(self.tr("Other backup &file…"))
        self.other_button.clicked.connect(self._choose_file)
        layout.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(QLabel(self.tr("Password or recovery code of the backup's day:")))
        self.secret = QLineEdit(secret)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.secret)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 64))

    def _fill(self, found: list[BackupFile]) -> None:
        for backup in found:
            item = QListWidgetItem(self._describe(backup))
            item.setData(_PATH, str(backup.path))
            item.setToolTip(str(backup.path))
            self.backup_list.addItem(item)
        folder = maintenance.backup_folder(self.db_path)
        self.empty.setText(
            self.tr("No backups of this database in %1. Choose one with “Other backup file…”.")
            .replace("%1", str(folder))
        )  # fmt: skip
        self.empty.setVisible(not found)
        self.backup_list.setVisible(bool(found))
        if found:
            self.backup_list.setCurrentRow(0)
        self._update_buttons()

    def _describe(self, backup: BackupFile) -> str:
        when = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{when}  ·  {self.reason_text(backup.reason)}  ·  {_megabytes(backup.size)}"

    def reason_text(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("Daily")
        if reason == "manual":
            return self.tr("Made by hand")
        if reason.startswith("before-v"):
            return self.tr("Before an upgrade")
        return reason

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.db_path.parent),
            self.tr("crmdesk backups (*.db);;All files (*)"),
        )
        if name:
            item = QListWidgetItem(name)
            item.setData(_PATH, name)
            self.backup_list.insertItem(0, item)
            self.backup_list.show()
            self.empty.hide()
            self.backup_list.setCurrentItem(item)

    def _chosen(self) -> Path | None:
        item = self.backup_list.currentItem()
        return Path(item.data(_PATH)) if item is not None else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._chosen() is not None and self._job is None)

    # --- restoring --------------------------------------------------------------------------

    def _restore(self) -> None:
        backup = self._chosen()
        if backup is None or self._job is not None:
            return
        if not self.secret.text():
            self._say(self.tr("Type the password (or the recovery code) first."), error=True)
            return
        self._job = ProgressJob(self)
        self.restored_from = backup
        self._set_busy(True)
        self._say(self.tr("Checking the backup and restoring it… a large database takes a minute."))
        self._worker.submit(
            maintenance.restore, backup, self.db_path, self.secret.text(),
            cancelled=self._job.cancelled, on_done=self._restored, on_error=self._failed,
        )  # fmt: skip

    def reject(self) -> None:
        """Override QDialog.reject: while restoring, Cancel (or Escape) stops it first."""
        if self._job is not None:
            self._job.cancel()
            self._say(self.tr("Stopping…"))
            return
        super().reject()

    def _restored(self, kept: Path | None) -> None:
        self._job = None
        self.kept = kept
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._job = None
        self._set_busy(False)
        if isinstance(exc, BackupCancelled):
            self._say(self.tr("Restore stopped. Nothing was changed."))
        elif isinstance(exc, StoreError):
            self._say(store_error_text(exc), error=True)
        else:
            text = self.tr("The backup could not be restored (%1). Nothing was changed.")
            self._say(text.replace("%1", type(exc).__name__), error=True)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.backup_list, self.other_button, self.secret):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.status.setText(text)


def _megabytes(size: int) -> str:
    megabytes = QCoreApplication.translate("RestoreDialog", "%1 MB")
    return megabytes.replace("%1", f"{size / 1_000_000:,.1f}")
