"""File → Import…: a file, its column mapping, a dry run with decisions, then the import.

    ImportWizard(ctx, parent=window).exec()

Reading, mapping and matching run on the DB worker thread (`crmdesk.services.importing`); the
file is read once and kept, so that a changed mapping only cleans and matches again. The import
itself is one transaction on the worker: its progress comes back through `ProgressJob.progressed`
(a queued signal) and Cancel sets a thread-safe flag the service polls, which rolls back
everything. The summary offers "Undo this import" (`import_batches.undo_import`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.model import Table
from crmdesk.exchange.readers import read_table
from crmdesk.services.import_batches import undo_import
from crmdesk.services.importing import (
    Decision,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    clean_table,
    preview_rows,
    run_import,
)
from crmdesk.services.session import Changes, Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.import_file_page import FilePage
from crmdesk.ui.import_pages import MappingPage
from crmdesk.ui.import_preview import PreviewPage
from crmdesk.ui.progress_job import ProgressJob

__all__ = ["ImportWizard", "read_file", "remap"]


# --- work for the DB worker thread ---------------------------------------------------------


def remap(
    session: Session,
    path: Path,
    table: Table,
    mapping: Mapping[int, str],
    job: ProgressJob | None = None,
) -> ImportPreview:
    """The preview of an already read *table* under *mapping* (what preview_import does).

    With *job*: progress by rows cleaned, and Cancel (ImportCancelled)."""
    rows = clean_table(
        session, table, mapping,
        progress=job.report if job else None, cancelled=job.cancelled if job else None,
    )  # fmt: skip
    return preview_rows(
        session, rows, file_name=path.name, kind=table.kind, headers=table.headers,
        mapping=dict(mapping), skipped_rows=table.skipped_rows,
    )  # fmt: skip


def read_file(
    session: Session, path: Path, sheet: str | None = None, job: ProgressJob | None = None
) -> tuple[Table, ImportPreview]:
    """Read *path* (a workbook's *sheet*) once; its preview under the guessed mapping.

    Raises ImportFileError, or ImportCancelled when *job* is cancelled.
    """
    table = read_table(path, sheet=sheet)
    return table, remap(session, path, table, guess_mapping(table.headers), job)


# --- the wizard ----------------------------------------------------------------------------


class ImportWizard(QWizard):
    """File → Import…"""

    FILE, MAPPING, PREVIEW, RUN = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.table: Table | None = None
        self.preview: ImportPreview | None = None
        self.reading: ProgressJob | None = None  # the file being read and cleaned, if any
        self.decisions: dict[int, Decision] = {}  # duplicate row number -> decision
        self.default = Decision.SKIP  # for duplicate rows without a decision of their own
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.mapping_page, self.preview_page, self.run_page)
        ):
            self.setPage(page_id, page)
        self.resize(1000, 640)

    def read(
        self,
        path: Path,
        on_done: Callable[[object], None],
        on_error: Callable[[Exception], None],
        sheet: str | None = None,
    ) -> ProgressJob:
        """Read on the worker; a read still running for another file is cancelled."""
        if self.reading is not None:
            self.reading.cancel()
        self.reading = job = ProgressJob(self)
        self.ctx.worker.submit(
            read_file, self.ctx.session, path, sheet, job, on_done=on_done, on_error=on_error
        )
        return job

    def loaded(self, path: Path, table: Table, preview: ImportPreview) -> None:
        self.path, self.table = path, table
        self.set_preview(preview)

    def set_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.decisions.clear()

    def remap(self, mapping: dict[int, str], on_done: Callable[[ImportPreview], None]) -> None:
        assert self.path is not None
        assert self.table is not None
        self.ctx.worker.submit(
            remap, self.ctx.session, self.path, self.table, mapping, on_done=on_done
        )

    def reject(self) -> None:
        """Override QDialog.reject: while importing, Escape and Close cancel the import;
        a file still being read stops being read."""
        if self.run_page.running:
            self.run_page.cancel()
            return
        if self.reading is not None:
            self.reading.cancel()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent: never close under a running import."""
        if self.run_page.running:
            self.run_page.cancel()
            event.ignore()
            return
        super().closeEvent(event)


class RunPage(QWizardPage):
    """The import with a progress bar and Cancel, then the summary with "Undo this import"."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.job: ProgressJob | None = None
        self.result: ImportResult | None = None
        self.running = False
        self.saving = False  # every row written: the search index and the commit, no Cancel
        self.setTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.note = QLabel(
            self.tr("Cancelling rolls back the whole import: nothing from this file is kept.")
        )
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self._summary())
        layout.addStretch(1)

    def _summary(self) -> QWidget:
        self.summary = QWidget()
        form = QFormLayout(self.summary)
        self.counts = {key: QLabel() for key in ("new", "updated", "skipped", "invalid")}
        form.addRow(self.tr("New customers:"), self.counts["new"])
        form.addRow(self.tr("Existing customers updated:"), self.counts["updated"])
        form.addRow(self.tr("Duplicates skipped:"), self.counts["skipped"])
        form.addRow(self.tr("Invalid rows rejected:"), self.counts["invalid"])
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_button)
        undo_row.addStretch(1)
        form.addRow(undo_row)
        self.summary.hide()
        return self.summary

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: start the import."""
        wizard, ctx = self._wizard, self._wizard.ctx
        assert wizard.preview is not None
        self.job = ProgressJob(self)
        self.job.progressed.connect(self._progress)
        self.running, self.saving = True, False
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        self.status.setText(self.tr("Importing %1…").replace("%1", wizard.preview.file_name))
        ctx.worker.submit(
            run_import, ctx.session, wizard.preview,
            decisions=dict(wizard.decisions), default=wizard.default,
            progress=self.job.report, cancelled=self.job.cancelled,
            on_done=self._done, on_error=self._failed,
        )  # fmt: skip
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete: Finish only once the import is over."""
        return not self.running

    def cancel(self) -> None:
        if self.job is None or not self.running or self.saving:
            return
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling: rolling back everything imported so far…"))

    def _progress(self, done: int, total: int) -> None:
        if self.job is not None and self.job.cancelled():
            return
        if done >= total:  # what remains reports no steps and cannot be cancelled
            self.saving = True
            self.bar.setRange(0, 0)
            self.cancel_button.setEnabled(False)
            self.note.hide()  # "Cancel rolls back everything": no longer on offer
            self.status.setText(
                self.tr("Wrote %1 customers; building the search index and saving…").replace(
                    "%1", str(done)
                )
            )
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(
            self.tr("Imported %1 of %2 customers…")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _finished(self, text: str) -> None:
        self.running = False
        self.bar.hide()
        self.cancel_button.hide()
        self.note.hide()
        self.status.setText(text)
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self._wizard.ctx.bus.announce(result.changes)
        self._finished(self.tr("The import is complete."))
        counts = {"new": result.new, "updated": result.updated}
        counts |= {"skipped": result.duplicates, "invalid": len(result.invalid)}
        for key, value in counts.items():
            self.counts[key].setText(str(value))
        self.summary.show()
        self.undo_button.setEnabled(result.batch_id is not None)
        self.undo_button.setFocus()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ImportCancelled):
            self._finished(
                self.tr(
                    "The import was cancelled. Nothing was imported: "
                    "your customers are as they were."
                )
            )
            return
        self._finished(self.tr("The import failed. Nothing was imported."))
        self._wizard.ctx.worker.failed.emit(exc)  # the window reports it (environment or bug)

    def undo(self) -> None:
        if self.result is None or self.result.batch_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr("Remove the customers this import created and restore the ones it updated?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_button.setEnabled(False)
        self._wizard.ctx.run(undo_import, self.result.batch_id, on_done=self._undone)

    def _undone(self, _changes: Changes) -> None:
        self.status.setText(self.tr("The import was undone."))
        self.summary.setEnabled(False)
