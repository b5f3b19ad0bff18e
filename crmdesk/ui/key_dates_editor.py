"""A customer's key dates (birthdays, contract expiries, renewals): list, add, remove.

    editor = KeyDatesEditor(ctx)
    editor.set_customer(customer_id, detail.key_dates)

Dates are typed as YYYY-MM-DD, or MM-DD when the year is unknown (a yearly date).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import DEFAULT_LEAD_DAYS, KeyDateRule
from crmdesk.services.key_dates import MAX_LEAD_DAYS, add_key_date, delete_key_date
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_form import choice_box, error_label, with_message
from crmdesk.ui.form_widgets import read_only_table
from crmdesk.ui.labels import label

_PARTIAL_DATE = re.compile(r"^(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})$")


def parse_partial_date(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) from "2026-03-01", "03-01" or "--03-01"; None if invalid."""
    found = _PARTIAL_DATE.match(text.strip().removeprefix("--"))
    if found is None:
        return None
    year = int(found[1]) if found[1] else None
    month, day = int(found[2]), int(found[3])
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February is allowed
    except ValueError:
        return None
    return year, month, day


def format_partial_date(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


class KeyDateDialog(QDialog):
    """Asks for a key date; `rule()` and `label_text()` hold the answer once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add key date"))
        self.kind = choice_box(KeyDateKind, optional=False)
        self.label_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, or MM-DD"))
        self.date_message = error_label()
        self.yearly = QCheckBox(self.tr("Every year"))
        self.yearly.setChecked(True)
        self.lead = QSpinBox()
        self.lead.setRange(0, MAX_LEAD_DAYS)
        self.lead.setSuffix(self.tr(" days"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Date"), with_message(self.date_edit, self.date_message))
        form.addRow("", self.yearly)
        form.addRow(self.tr("Remind ahead"), self.lead)
        form.addRow(buttons)
        self._rule: KeyDateRule | None = None
        self.setMinimumWidth(380)

    def rule(self) -> KeyDateRule | None:
        return self._rule

    def label_text(self) -> str:
        return self.label_edit.text().strip()

    def accept(self) -> None:
        """Override QDialog.accept: close only with a valid date."""
        parts = parse_partial_date(self.date_edit.text())
        if parts is None:
            self._refuse(self.tr("Type a date like 2027-03-01, or 03-01 for every year."))
            return
        year, month, day = parts
        if not self.yearly.isChecked() and year is None:
            self._refuse(self.tr("A date that happens once needs a year."))
            return
        kind = KeyDateKind(self.kind.currentData())
        self._rule = KeyDateRule(kind, month, day, year, self.yearly.isChecked(), self.lead.value())
        super().accept()

    def _refuse(self, message: str) -> None:
        self.date_message.setText(message)
        self.date_message.show()
        self.date_edit.setFocus()

    def _kind_changed(self) -> None:
        self.lead.setValue(DEFAULT_LEAD_DAYS[KeyDateKind(self.kind.currentData())])


class KeyDatesEditor(QWidget):
    """Table of key dates with Add / Remove; changes go straight to the database."""

    COLUMNS = 5

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: str | None = None
        self._rows: list[dict[str, Any]] = []
        self.dialog: KeyDateDialog | None = None
        self.table = read_only_table(
            [
                self.tr("Kind"),
                self.tr("Label"),
                self.tr("Date"),
                self.tr("Yearly"),
                self.tr("Remind ahead"),
            ],
            1,
        )
        self.add_button = QPushButton(self.tr("&Add…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self._update_buttons()

    def set_customer(self, customer_id: str | None, rows: list[dict[str, Any]]) -> None:
        self._customer_id, self._rows = customer_id, rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(-1, -1)
        self._update_buttons()

    def row_texts(self) -> list[list[str]]:
        return [self._cells(row) for row in self._rows]

    def add(self) -> None:
        self.dialog = KeyDateDialog(self)
        self.dialog.accepted.connect(self._add_accepted)
        self.dialog.open()

    def remove(self) -> None:
        row = self._selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove key date"), self.tr("Remove this key date?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._ctx.run(delete_key_date, row["id"])

    def _add_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or self._customer_id is None or dialog.rule() is None:
            return
        self._ctx.run(add_key_date, self._customer_id, dialog.rule(), dialog.label_text())
        dialog.deleteLater()

    def _cells(self, row: dict[str, Any]) -> list[str]:
        kind = label(KeyDateKind(row["kind"]))
        when = format_partial_date(row.get("year"), row["month"], row["day"])
        yearly = self.tr("Yes") if row["yearly"] else self.tr("No")
        lead = self.tr("%n day(s)", "", int(row["lead_days"]))
        return [kind, row.get("label") or "", when, yearly, lead]

    def _selected(self) -> dict[str, Any] | None:
        selected = self.table.selectionModel().selectedRows()
        return self._rows[selected[0].row()] if selected else None

    def _update_buttons(self) -> None:
        has_customer = self._customer_id is not None
        self.add_button.setEnabled(has_customer)
        self.remove_button.setEnabled(has_customer and self._selected() is not None)
