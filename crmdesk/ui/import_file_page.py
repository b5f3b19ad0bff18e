"""The import wizard's first page: choose (or drop) a file, and a workbook's sheet.

    FilePage(wizard)      # see import_wizard.ImportWizard

The file is read on the DB worker thread with a busy bar; a file that cannot be read shows
the reader's translated message ("ImportFileError") and the page stays open for another one.
A workbook with several sheets holding data shows a Sheet combo (the first sheet with data
is read first); choosing another sheet reads that one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from crmdesk.exchange.model import ImportFileError, Table
from crmdesk.services.importing import ImportCancelled, ImportPreview

if TYPE_CHECKING:
    from crmdesk.ui.import_wizard import ImportWizard

__all__ = ["SUFFIXES", "FilePage"]

SUFFIXES = ("csv", "txt", "xlsx", "xlsm", "xls", "ods", "vcf", "vcard")


def _local_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return files[0] if len(files) == 1 else None


class FilePage(QWizardPage):
    """Step 1: choose (or drop) a file; it is read and previewed on the worker."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._loading: Path | None = None
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "An Excel or WPS workbook (.xlsx, .xls), a LibreOffice sheet (.ods), a CSV file, "
                "or phone contacts saved as vCard (.vcf)."
            )
        )
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.drop_zone = QLabel(self.tr("Drop the file here, or choose it below."))
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setMinimumHeight(140)
        self.drop_zone.setStyleSheet("QLabel { border: 2px dashed palette(mid); }")
        layout.addWidget(self.drop_zone)
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Type a path and press Enter, or browse"))
        self.path_edit.returnPressed.connect(self._typed)
        label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        for widget in (label, self.path_edit, self.browse_button):
            row.addWidget(widget)
        layout.addLayout(row)
        layout.addLayout(self._sheet_row())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #c62828; }")
        self.error.hide()
        for shown in (self.busy, self.status, self.error):
            layout.addWidget(shown)
        layout.addStretch(1)

    def _sheet_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setMinimumContentsLength(16)
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.sheet_label.setBuddy(self.sheet_combo)
        row.addWidget(self.sheet_label)
        row.addWidget(self.sheet_combo, 1)
        self._show_sheets(None)
        return row

    def _show_sheets(self, table: Table | None) -> None:
        """The Sheet combo, for a workbook with more than one sheet holding data."""
        sheets = list(table.sheets) if table is not None else []
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        if table is not None and table.sheet in sheets:
            self.sheet_combo.setCurrentIndex(sheets.index(table.sheet))
        for widget in (self.sheet_label, self.sheet_combo):
            widget.setVisible(len(sheets) > 1)

    def _sheet_chosen(self, index: int) -> None:
        path = self._wizard.path
        table = self._wizard.table
        name = self.sheet_combo.itemText(index)
        if path is not None and table is not None and name != table.sheet:
            self.choose(path, sheet=name)

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete: Next once a file has been read."""
        return self._loading is None and self._wizard.preview is not None

    def browse(self) -> None:
        pattern = " ".join(f"*.{suffix}" for suffix in SUFFIXES)
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), self.path_edit.text(),
            self.tr("Spreadsheets and contacts (%1)").replace("%1", pattern),
        )  # fmt: skip
        if name:
            self.choose(Path(name))

    def _typed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.choose(Path(text).expanduser())

    def choose(self, path: Path, sheet: str | None = None) -> None:
        """Read *path* (a workbook's *sheet*) on the worker; the wizard keeps what was read."""
        self._loading = path
        self._wizard.preview = None
        self.path_edit.setText(str(path))
        self.error.hide()
        self.busy.show()
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.completeChanged.emit()
        self.busy.setRange(0, 0)  # busy until the first rows are cleaned
        job = self._wizard.read(
            path,
            on_done=lambda loaded: self._read(path, loaded),
            on_error=lambda exc: self._unreadable(path, exc),
            sheet=sheet,
        )
        job.progressed.connect(self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)

    def _read(self, path: Path, loaded: Any) -> None:
        if path != self._loading:
            return  # another file was chosen meanwhile
        table, preview = loaded
        self._loading = None
        self.busy.hide()
        self._wizard.loaded(path, table, preview)
        self._show_sheets(table)
        self.status.setText(self._described(path, table, preview))
        self.completeChanged.emit()

    def _described(self, path: Path, table: Table, preview: ImportPreview) -> str:
        text = self.tr("%1: %2 rows, %3 columns.")
        name = path.name if len(table.sheets) <= 1 else f"{path.name} ▸ {table.sheet}"
        text = text.replace("%1", name).replace("%2", str(len(preview.rows)))
        text = text.replace("%3", str(len(table.headers)))
        if table.skipped_rows:
            skipped = self.tr("Left out: %1 title, blank or total rows.")
            text += " " + skipped.replace("%1", str(len(table.skipped_rows)))
        return text

    def _unreadable(self, path: Path, exc: Exception) -> None:
        if path != self._loading:
            return
        self._loading = None
        self.busy.hide()
        self.status.clear()
        if path != self._wizard.path:
            self._show_sheets(None)  # another sheet of the same file failed: the choice stays
        if isinstance(exc, ImportCancelled):  # the wizard was closed meanwhile
            return
        if isinstance(exc, ImportFileError):
            message = QCoreApplication.translate("ImportFileError", exc.message)
        elif isinstance(exc, OSError):
            message = self.tr("The file cannot be opened: %1").replace("%1", exc.strerror or "")
        else:
            self._wizard.ctx.worker.failed.emit(exc)  # our bug: reported as one
            return
        self.error.setText(message + "\n" + self.tr("Choose another file."))
        self.error.show()
        self.browse_button.setFocus()
        self.completeChanged.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Override QWidget.dragEnterEvent: accept one local file."""
        if _local_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Override QWidget.dropEvent: read the dropped file."""
        path = _local_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.choose(path)
