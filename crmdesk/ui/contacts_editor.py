"""The people at a customer: a table with Add / Edit / Remove and a small validating dialog.

    editor = ContactsEditor(ctx)
    editor.set_customer(customer_id, detail.contacts)

Birthdays are stored as YYYY-MM-DD, or --MM-DD when the year is not known.
"""

from __future__ import annotations

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
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Gender
from crmdesk.domain.validation import ValidationError, clean_email, clean_name
from crmdesk.services.customer_view import customer_detail
from crmdesk.services.customers import add_contact, delete_contact, update_contact
from crmdesk.services.session import Changes, Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_form import check_phones, choice_box, error_label, error_text, with_message
from crmdesk.ui.form_widgets import read_only_table
from crmdesk.ui.key_dates_editor import parse_partial_date

TEXT_FIELDS = ("name", "title", "birthday", "phones", "email", "wechat", "social")


def save_contact(
    session: Session, customer_id: str, contact_id: str | None, fields: dict[str, Any]
) -> Changes:
    """Add or update a contact; a new primary contact takes the flag from the others."""
    if fields.get("is_primary"):
        detail = customer_detail(session, customer_id)
        for other in detail.contacts if detail else []:
            if other["is_primary"] and other["id"] != contact_id:
                update_contact(session, other["id"], {"is_primary": 0})
    if contact_id is None:
        return add_contact(session, customer_id, fields)
    return update_contact(session, contact_id, fields)


def _birthday(text: str) -> str | None:
    if not text.strip():
        return None
    parts = parse_partial_date(text)
    if parts is None:
        raise ValidationError("birthday", "invalid")
    year, month, day = parts
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _phones(text: str) -> str:
    check_phones(text, "phones")
    return ", ".join(p.strip() for p in text.replace("，", ",").split(",") if p.strip())


_CLEANERS = {
    "name": clean_name,
    "email": clean_email,
    "birthday": _birthday,
    "phones": _phones,
}


class ContactDialog(QDialog):
    """Add or edit one contact; OK stays disabled in effect until every field is valid."""

    def __init__(self, contact: dict[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id = contact["id"] if contact else None
        self.setWindowTitle(self.tr("Edit contact") if contact else self.tr("Add contact"))
        self.edits = {key: QLineEdit() for key in TEXT_FIELDS}
        self.messages = {key: error_label() for key in TEXT_FIELDS}
        self.edits["birthday"].setPlaceholderText(self.tr("YYYY-MM-DD, or MM-DD"))
        self.edits["phones"].setPlaceholderText(self.tr("Several numbers: separate with commas"))
        self.gender = choice_box(Gender, optional=True)
        self.primary = QCheckBox(self.tr("Primary contact"))
        self._fields: dict[str, Any] = {}
        self._build()
        self._fill(contact or {})

    def fields(self) -> dict[str, Any]:
        """The cleaned values, once the dialog was accepted."""
        return self._fields

    def accept(self) -> None:
        """Override QDialog.accept: validate, show messages, close only when all is well."""
        values: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for key, edit in self.edits.items():
            text = edit.text().strip()
            try:
                values[key] = _CLEANERS[key](text) if key in _CLEANERS else text or None
            except ValidationError as exc:
                errors[key] = error_text(key, exc.code)
        for key, message in self.messages.items():
            message.setText(errors.get(key, ""))
            message.setVisible(key in errors)
        if errors:
            self.edits[next(iter(errors))].setFocus()
            return
        self._fields = {
            **values,
            "gender": self.gender.currentData(),
            "is_primary": int(self.primary.isChecked()),
        }
        super().accept()

    def _build(self) -> None:
        titles = {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "birthday": self.tr("Birthday"),
            "phones": self.tr("Phones"),
            "email": self.tr("E-mail"),
            "wechat": self.tr("WeChat"),
            "social": self.tr("Other accounts"),
        }
        form = QFormLayout(self)
        for key in TEXT_FIELDS:
            form.addRow(titles[key], with_message(self.edits[key], self.messages[key]))
            if key == "title":
                form.addRow(self.tr("Gender"), self.gender)
        form.addRow("", self.primary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def _fill(self, contact: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(contact.get(key) or "").removeprefix("--"))
        self.gender.setCurrentIndex(max(self.gender.findData(contact.get("gender")), 0))
        self.primary.setChecked(bool(contact.get("is_primary")))


class ContactsEditor(QWidget):
    """Table of contacts with Add / Edit / Remove; changes go straight to the database."""

    COLUMNS = ("name", "title", "phones", "email", "wechat", "is_primary")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: str | None = None
        self._rows: list[dict[str, Any]] = []
        self.dialog: ContactDialog | None = None
        self.table = read_only_table(
            [
                self.tr("Name"),
                self.tr("Title"),
                self.tr("Phones"),
                self.tr("E-mail"),
                self.tr("WeChat"),
                self.tr("Primary"),
            ],
            2,
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(self.edit)
        self._build_buttons()

    def set_customer(self, customer_id: str | None, rows: list[dict[str, Any]]) -> None:
        self._customer_id, self._rows = customer_id, rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, key in enumerate(self.COLUMNS):
                item = QTableWidgetItem(self._cell(row, key))
                if key == "is_primary":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setCurrentCell(-1, -1)
        self._update_buttons()

    def names(self) -> list[str]:
        return [row["name"] for row in self._rows]

    def add(self) -> None:
        self._open(ContactDialog(None, self))

    def edit(self) -> None:
        row = self._current()
        if row is not None:
            self._open(ContactDialog(row, self))

    def remove(self) -> None:
        row = self._current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr("Remove %1 from this customer's contacts?").replace("%1", row["name"]),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._ctx.run(delete_contact, row["id"])

    def _open(self, dialog: ContactDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._accepted)
        dialog.open()

    def _accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or self._customer_id is None:
            return
        self._ctx.run(save_contact, self._customer_id, dialog.contact_id, dialog.fields())
        dialog.deleteLater()

    def _current(self) -> dict[str, Any] | None:
        selected = self.table.selectionModel().selectedRows()
        return self._rows[selected[0].row()] if selected else None

    def _cell(self, row: dict[str, Any], key: str) -> str:
        if key == "is_primary":
            return "✓" if row["is_primary"] else ""
        return str(row.get(key) or "")

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("A&dd…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_customer = self._customer_id is not None
        selected = has_customer and self._current() is not None
        self.add_button.setEnabled(has_customer)
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
