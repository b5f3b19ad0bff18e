"""File → Back up now: the pages copied, then the check of the copy, with Cancel.

    BackupProgress.start(window)      # submits the backup on the worker; reports in the status bar

A backup of a big database takes a while (100,000 customers: ~7 s to copy, ~10 s to verify)
and holds the DB worker meanwhile, so it gets a window-modal progress dialog. Cancel (or
Escape) stops it in either phase and leaves no backup file behind
(`crmdesk.data.backup.make_backup`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from crmdesk.services import maintenance
from crmdesk.services.maintenance import BackupCancelled
from crmdesk.ui.progress_job import ProgressJob

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

__all__ = ["BackupProgress"]


class BackupProgress(QProgressDialog):
    """Progress of one manual backup; Cancel stops it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up now"))
        self.setLabelText(self.tr("Copying the database…"))
        self.setCancelButtonText(self.tr("&Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 48))
        self.setRange(0, 0)
        self.job = ProgressJob(self)
        self.job.progressed.connect(self._progress)
        self.canceled.connect(self.job.cancel)

    def reject(self) -> None:
        """Override QDialog.reject: Escape stops the backup as Cancel does (QProgressDialog
        only emits `canceled` for its button)."""
        self.job.cancel()
        super().reject()

    @classmethod
    def start(cls, window: MainWindow) -> BackupProgress:
        dialog = cls(window)
        dialog._submit(window)
        return dialog

    def _submit(self, window: MainWindow) -> None:
        window.statusBar().showMessage(self.tr("Backing up…"))
        self.show()
        window.ctx.worker.submit(
            maintenance.backup, window.ctx.session,
            progress=self.job.report, cancelled=self.job.cancelled,
            on_done=lambda path: self._done(window, path),
            on_error=lambda exc: self._failed(window, exc),
        )  # fmt: skip

    def _progress(self, done: int, total: int) -> None:
        if self.job.cancelled():
            return
        if done >= total:  # copied: the check of the copy reports no steps
            self.setRange(0, 0)
            self.setLabelText(self.tr("Verifying the backup…"))
            return
        self.setRange(0, max(total, 1))
        self.setValue(done)

    def _done(self, window: MainWindow, path: Path) -> None:
        self.close()
        text = self.tr("Backup written and verified: %1").replace("%1", str(path))
        window.statusBar().showMessage(text, 10_000)

    def _failed(self, window: MainWindow, exc: Exception) -> None:
        self.close()
        if isinstance(exc, BackupCancelled):
            text = self.tr("The backup was cancelled; no backup file was left behind.")
            window.statusBar().showMessage(text, 10_000)
            return
        window.statusBar().clearMessage()
        window.ctx.worker.failed.emit(exc)  # reported like every other failed job
