"""Tools → Audit log: who did what and when, filtered, verified and exported.

    AuditDialog(ctx, parent=window).show()                      # the whole log
    AuditDialog(ctx, parent=window, customer_id=cid).show()     # starts on one customer

Every read runs on the DB worker thread; the table model (`crmdesk.ui.audit_model`) holds one
page of events and fetches older pages as the view scrolls (QAbstractItemModel.fetchMore); the
filters are `crmdesk.ui.audit_filters.AuditFilterBar`. Event contents are customer data: they
are shown here and written only to a file the user picks, never logged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.audit_log import ChainReport, export_csv
from crmdesk.services.audit_log import verify as verify_chain
from crmdesk.ui.audit_filters import AuditFilterBar
from crmdesk.ui.audit_labels import action_text, change_lines, entity_text
from crmdesk.ui.audit_model import COLUMNS, EVENT_ROLE, AuditTableModel, local_time
from crmdesk.ui.context import AppContext

PAGE_SIZE = 200
OK_COLOUR = QColor("#2e7d32")
BAD_COLOUR = QColor("#c62828")


class AuditDialog(QDialog):
    """Tools → Audit log."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, customer_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.model = AuditTableModel(ctx, PAGE_SIZE, self)
        self.model.on_loaded.append(self._show_state)
        self._build(customer_id)
        self._connect()
        self.resize(1100, 640)
        self.filter_bar.start()
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _build(self, customer_id: str | None) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._filter_bar(customer_id))
        self.stack = QStackedWidget()
        self.table = self._table()
        self.empty = QLabel(self.tr("Loading…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an event to see every change."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 100])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._bottom_row())

    def _filter_bar(self, customer_id: str | None) -> AuditFilterBar:
        self.filter_bar = AuditFilterBar(self._ctx, customer_id)
        bar = self.filter_bar  # its widgets, also reachable from the dialog
        self.customer_box, self.completer = bar.customer_box, bar.completer
        self.action_combo = bar.action_combo
        self.since_check, self.since_edit = bar.since_check, bar.since_edit
        self.until_check, self.until_edit = bar.until_check, bar.until_edit
        return bar

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Recompute every event's hash to show whether the log was altered.")
        )
        self.verify_result = QLabel()
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.close_button = QPushButton(self.tr("Close"))
        row.addWidget(self.verify_button)
        row.addWidget(self.verify_result)
        row.addWidget(self.status, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.close_button)
        return row

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)
        self._ctx.bus.changed.connect(self._changed)
        self._listening = True

    # --- filters --------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The filters in force, as keyword arguments of list_events and export_csv."""
        return self.filter_bar.filters()

    def reload(self) -> None:
        self.model.reload(self.filters())

    # --- results --------------------------------------------------------------------------

    def _show_state(self) -> None:
        self.details.setVisible(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        self.details.clear()
        self.empty.setText(
            self.tr("No events match these filters.")
            if any(v is not None for v in self.filters().values())
            else self.tr("The audit log is empty.")
        )
        self.stack.setCurrentWidget(self.empty)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = self.model.data(current, EVENT_ROLE) if current.isValid() else None
        if event is None:
            self.details.clear()
            return
        head = self.tr("Event %1 · %2 · %3 · %4").replace("%1", str(event.seq))
        head = head.replace("%2", local_time(event)).replace("%3", event.actor)
        head = head.replace("%4", action_text(event.action))
        parts = (entity_text(event.entity) if event.entity else "", event.customer or "")
        what = " · ".join(x for x in parts if x)
        self.details.setPlainText("\n".join([head, what, "", *change_lines(event)]))

    def _changed(self, _changes: object) -> None:
        self.filter_bar.load_actions()
        self.reload()

    # --- verify and export ----------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._set_result(self.tr("Verifying…"), None)
        self._ctx.worker.submit(verify_chain, self._ctx.session, on_done=self._verified)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            text = self.tr("Chain intact: %Ln event(s)", None, report.events)
            self._set_result(text, OK_COLOUR)
        else:
            text = self.tr("Tampering detected at event %1").replace(
                "%1", str(report.first_bad_seq)
            )
            self._set_result(text, BAD_COLOUR)

    def _set_result(self, text: str, colour: QColor | None) -> None:
        self.verify_result.setText(text)
        palette = self.verify_result.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            colour or self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.verify_result.setPalette(palette)
        font = self.verify_result.font()
        font.setBold(colour is not None)
        self.verify_result.setFont(font)

    def export(self) -> None:
        suggested = f"audit-log-{self._ctx.session.today().isoformat()}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit log"),
            str(Path.home() / suggested),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        self.export_button.setEnabled(False)
        self._ctx.worker.submit(
            export_csv,
            self._ctx.session,
            path,
            **self.filters(),
            on_done=lambda count: self._exported(path, count),
            on_error=self._export_failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        text = self.tr("Exported %Ln event(s) to %1. The file is not encrypted.", None, count)
        self._set_status(text.replace("%1", path.name))
        self.filter_bar.load_actions()
        self.reload()

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(exc, OSError):
            self._ctx.worker.failed.emit(exc)  # our bug: reported as one
            return
        reason = exc.strerror or type(exc).__name__
        self._set_status(self.tr("Could not export: %1").replace("%1", reason), BAD_COLOUR)

    def _set_status(self, text: str, colour: QColor | None = None) -> None:
        self.status.setText(text)
        palette = self.status.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            colour or self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.status.setPalette(palette)

    def closeEvent(self, event: Any) -> None:
        """Override QDialog.closeEvent: stop listening for changes."""
        self._disconnect_bus()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Override QDialog.done: stop listening for changes."""
        self._disconnect_bus()
        super().done(result)

    def _disconnect_bus(self) -> None:
        if self._listening:
            self._listening = False
            self._ctx.bus.changed.disconnect(self._changed)
