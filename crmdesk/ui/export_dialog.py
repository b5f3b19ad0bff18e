"""File → Export…: customers to CSV (UTF-8 with BOM, for Excel) or XLSX, on the worker.

    ExportDialog(ctx, window.list_pane.current_query(), parent=window).exec()

All customers, or those the list shows now (*query*; None leaves only "all"). The file is
written by `crmdesk.services.exporting.export_customers`; the dialog warns that it is not
encrypted, shows the rows written so far with a Cancel (Escape and Close cancel too), and then
says how many rows were written. A cancelled export leaves no file (an earlier one stays).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.customer_list import ListQuery, list_ids
from crmdesk.services.exporting import ExportCancelled, export_customers
from crmdesk.services.session import Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.progress_job import ProgressJob

__all__ = ["ExportDialog", "count_customers"]


def count_customers(session: Session, query: ListQuery | None) -> tuple[int, int | None]:
    """(all live customers, those of *query*) — for the labels of the two choices."""
    shown = len(list_ids(session, query)) if query is not None else None
    return len(list_ids(session, ListQuery())), shown


class ExportDialog(QDialog):
    """File → Export…"""

    def __init__(
        self, ctx: AppContext, query: ListQuery | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = query
        self.written: int | None = None  # rows of the last export
        self.job: ProgressJob | None = None  # the export being written, if any
        self.setWindowTitle(self.tr("Export customers"))
        self._build()
        self.path_edit.setText(str(self._default_path()))
        self.resize(620, 0)
        ctx.worker.submit(count_customers, ctx.session, query, on_done=self._counted)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.csv_radio = QRadioButton(self.tr("&CSV (opens in Excel; UTF-8)"))
        self.xlsx_radio = QRadioButton(self.tr("E&xcel workbook (.xlsx)"))
        self.csv_radio.setChecked(True)
        self.formats = QButtonGroup(self)
        for button in (self.csv_radio, self.xlsx_radio):
            self.formats.addButton(button)
        self.csv_radio.toggled.connect(self._format_changed)
        form.addRow(self.tr("Format:"), self._column(self.csv_radio, self.xlsx_radio))
        self.all_radio = QRadioButton(self.tr("&All customers"))
        self.view_radio = QRadioButton(self.tr("The customers the &list shows now"))
        self.view_radio.setEnabled(self._query is not None)
        (self.view_radio if self._query is not None else self.all_radio).setChecked(True)
        self.scopes = QButtonGroup(self)
        for button in (self.all_radio, self.view_radio):
            self.scopes.addButton(button)
        form.addRow(self.tr("Customers:"), self._column(self.all_radio, self.view_radio))
        self.chinese = QCheckBox(self.tr("C&hinese column names (客户名称, 电话…)"))
        self.chinese.setChecked(QLocale().language() == QLocale.Language.Chinese)
        form.addRow("", self.chinese)
        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("x" * 50))  # a path
        self.choose_button = QPushButton(self.tr("&Browse…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        layout.addLayout(form)
        self.warning = QLabel(
            self.tr(
                "The exported file is NOT encrypted: anyone who gets it can read these "
                "customers' details. Keep it somewhere safe and delete it when it is no "
                "longer needed."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #b45309; font-weight: bold; }")
        layout.addWidget(self.warning)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.cancel_button = self.buttons.addButton(
            self.tr("&Cancel export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @staticmethod
    def _column(*widgets: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget)
        return box

    def _default_path(self) -> Path:
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        stem = self.tr("customers") + "-" + self._ctx.session.today().isoformat()
        return folder / f"{stem}.{self.fmt()}"

    def fmt(self) -> str:
        return "xlsx" if self.xlsx_radio.isChecked() else "csv"

    def query(self) -> ListQuery | None:
        """The list's query, or None for every customer."""
        return self._query if self.view_radio.isChecked() else None

    def _counted(self, counts: tuple[int, int | None]) -> None:
        total, shown = counts
        self.all_radio.setText(self.tr("&All customers (%1)").replace("%1", str(total)))
        if shown is not None:
            text = self.tr("The customers the &list shows now (%1)")
            self.view_radio.setText(text.replace("%1", str(shown)))

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in (".csv", ".xlsx"):
                self.path_edit.setText(str(path.with_suffix("." + self.fmt())))

    def choose_file(self) -> None:
        csv_files, workbooks = self.tr("CSV files (*.csv)"), self.tr("Excel workbooks (*.xlsx)")
        pattern = csv_files if self.fmt() == "csv" else workbooks
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export customers"), self.path_edit.text(), pattern
        )
        if name:
            self.path_edit.setText(name)

    def export(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Choose a file name first."))
            self.path_edit.setFocus()
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != "." + self.fmt():
            path = path.with_name(path.name + "." + self.fmt())
        if path.exists() and not self._overwrite(path):
            return
        self.job = ProgressJob(self)
        self.job.progressed.connect(self._progress)
        self._set_busy(True)
        self.status.setText(self.tr("Writing %1…").replace("%1", path.name))
        self._ctx.worker.submit(
            export_customers, self._ctx.session, path,
            fmt=self.fmt(), query=self.query(), chinese=self.chinese.isChecked(),
            progress=self.job.report, cancelled=self.job.cancelled,
            on_done=lambda count: self._written(path, count), on_error=self._failed,
        )  # fmt: skip

    def cancel(self) -> None:
        """Stop the export being written (it leaves no file)."""
        if self.job is not None and self.cancel_button.isEnabled():
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Override QDialog.reject: Escape and Close cancel a running export first."""
        if self.job is not None:
            self.cancel()
            return
        super().reject()

    def _progress(self, done: int, total: int) -> None:
        if self.job is None or self.job.cancelled():
            return
        if done >= total:  # the file is being finished: no more steps, nothing to cancel
            self.busy.setRange(0, 0)
            self.cancel_button.setEnabled(False)
            self.status.setText(
                self.tr("Wrote %1 customers; saving the file…").replace("%1", str(done))
            )
            return
        self.busy.setRange(0, max(total, 1))
        self.busy.setValue(done)
        text = self.tr("Writing %1 of %2 customers…").replace("%1", str(done))
        self.status.setText(text.replace("%2", str(total)))

    def _overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Export customers"),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _set_busy(self, busy: bool) -> None:
        self.busy.setRange(0, 0)
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        for widget in (self.export_button, self.choose_button, self.path_edit,
                       self.csv_radio, self.xlsx_radio, self.all_radio, self.chinese):  # fmt: skip
            widget.setEnabled(not busy)
        self.view_radio.setEnabled(not busy and self._query is not None)

    def _written(self, path: Path, count: int) -> None:
        self.job = None
        self._set_busy(False)
        self.written = count
        text = self.tr("%1 customers written to %2.").replace("%1", str(count))
        self.status.setText(text.replace("%2", str(path)))

    def _failed(self, exc: Exception) -> None:
        self.job = None
        self._set_busy(False)
        if isinstance(exc, ExportCancelled):
            self.status.setText(self.tr("The export was cancelled; no file was written."))
            return
        if isinstance(exc, OSError):
            text = self.tr("The file cannot be written: %1").replace("%1", exc.strerror or str(exc))
            self.status.setText(text)
            return
        self.status.setText(self.tr("The export failed."))
        self._ctx.worker.failed.emit(exc)  # our bug: reported as one
