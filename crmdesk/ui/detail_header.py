"""The Detail pane's header (name, grade badge, facts, notes) and its "deleted — Undo" bar.

    header = DetailHeader()
    header.show_detail(detail)           # None: a new customer, not saved yet
    header.show_grade("B")               # the badge follows the form's grade
    header.set_dirty(True)               # "● Unsaved changes"
    header.note.show()                   # the customer was changed elsewhere
    bar = UndoBar(parent)
    bar.offer(customer_id, name)         # shown for UNDO_SECONDS
    bar.undo.connect(restore)            # with the customer id

Both only show what the pane tells them; neither reads or writes the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crmdesk.domain.enums import Grade
from crmdesk.services.customer_view import CustomerDetail
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning

UNDO_SECONDS = 15


class UndoBar(QFrame):
    """The "Customer deleted — Undo" bar, shown for UNDO_SECONDS after a delete."""

    undo = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setStyleSheet("UndoBar { background: #fff3cd; border: 1px solid #e0c060; }")
        self.text, self.button = QLabel(), QPushButton(self.tr("&Undo"))
        self.button.clicked.connect(self._undo)
        self.timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.shown_id = ""
        self.hide()

    def offer(self, customer_id: str, name: str) -> None:
        self.shown_id = customer_id
        self.text.setText(self.tr("Customer deleted: %1").replace("%1", name))
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()
        self.shown_id = ""

    def _undo(self) -> None:
        customer_id = self.shown_id
        self.dismiss()
        self.undo.emit(customer_id)


class DetailHeader(QWidget):
    """The shown customer's name with its grade badge, next/last follow-up and notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel()
        self.dirty_marker = QLabel(self.tr("● Unsaved changes"))
        self.dirty_marker.setStyleSheet("color: #ef6c00; font-weight: bold;")
        self.facts = QLabel()
        self.note = QLabel(
            self.tr("This customer was changed elsewhere. Save to keep your edits on top.")
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #1565c0;")
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.dirty_marker, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.facts)
        column.addWidget(self.note)

    def show_detail(self, detail: CustomerDetail | None) -> None:
        """The customer's name and follow-up dates; None for a new, unsaved customer."""
        if detail is None:
            self.title.setText(self.tr("New customer"))
            self.facts.setText(self.tr("Not saved yet"))
            return
        fields = detail.fields
        self.title.setText(fields["name"])
        self.facts.setText(
            self.tr("Next follow-up: %1 · Last follow-up: %2")
            .replace("%1", fields.get("next_due_on") or "—")
            .replace("%2", fields.get("last_followup_on") or "—")
        )

    def set_dirty(self, dirty: bool) -> None:
        self.dirty_marker.setVisible(dirty)

    def show_grade(self, value: str | None) -> None:
        """The badge in the grade's colour; hidden when there is no (valid) grade."""
        if value is None or value not in Grade.__members__:
            self.badge.hide()
            return
        grade = Grade(value)
        colour = GRADE_COLOURS[grade].name()
        self.badge.setText(grade.value)
        self.badge.setToolTip(grade_meaning(grade))
        self.badge.setStyleSheet(
            f"background: {colour}; color: white; font-weight: bold; padding: 2px 8px;"
            " border-radius: 4px;"
        )
        self.badge.show()
