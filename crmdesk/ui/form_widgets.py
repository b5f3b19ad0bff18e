"""Small editors shared by the customer form and the contact and key date dialogs.

date = OptionalDate()                    # unticked: no date at all (None)
box = choice_box(Grade, optional=False)  # item data is the stored value
message = error_label()                  # hidden until it has something to say
row = with_message(editor, message)      # the editor with its message underneath
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Grade
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning, label

ERROR_COLOUR = "#c62828"


def error_label() -> QLabel:
    message = QLabel()
    message.setStyleSheet(f"color: {ERROR_COLOUR};")
    message.setWordWrap(True)
    message.hide()
    return message


def with_message(editor: QWidget, message: QLabel) -> QWidget:
    """The editor with its (hidden until needed) error message underneath."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(message)
    return box


class OptionalDate(QWidget):
    """A date that may be unset: unticked means no date at all (None)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.check.setToolTip(self.tr("Set a date"))
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.check.toggled.connect(self._toggled)
        self.check.clicked.connect(lambda on: on and self.edit.setFocus())
        self.edit.dateChanged.connect(self.changed)
        self.set_value(None)

    def value(self) -> str | None:
        return self.edit.date().toString(Qt.DateFormat.ISODate) if self.check.isChecked() else None

    def set_value(self, value: str | None) -> None:
        day = QDate.fromString(value or "", Qt.DateFormat.ISODate)
        self.check.setChecked(day.isValid())
        self.edit.setDate(day if day.isValid() else QDate.currentDate())
        self.edit.setEnabled(day.isValid())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


def choice_box(enum: type[StrEnum], optional: bool) -> QComboBox:
    """A combo of an enum's translated names; item data is the stored value (None = unset)."""
    box = QComboBox()
    if optional:
        box.addItem("—", None)
    for member in enum:
        if isinstance(member, Grade):
            text = f"{label(member)} · {grade_meaning(member)}"
            box.addItem(_swatch(GRADE_COLOURS[member]), text, member.value)
        else:
            box.addItem(label(member), member.value)
    return box


def read_only_table(headers: list[str], stretch_column: int) -> QTableWidget:
    """A table of records picked one row at a time and edited in a dialog, not in place."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
