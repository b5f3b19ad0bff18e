"""The Detail pane's two pages: the empty state, and the editor around the customer's fields.

    empty = EmptyPage()
    empty.show_hint(text)                    # "" for the default hint
    empty.new_button.clicked.connect(...)

    editor = EditorPage(ctx)
    editor.set_children(customer_id, contacts, key_dates, new=False)
    editor.enable_buttons(save=True, cancel=True, delete=False)

The pages only lay out and show; the pane decides what the buttons do and when.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crmdesk.ui.contacts_editor import ContactsEditor
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_form import DetailForm
from crmdesk.ui.detail_header import DetailHeader
from crmdesk.ui.key_dates_editor import KeyDatesEditor


class EmptyPage(QWidget):
    """No customer shown: a hint, and a button to create one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New customer"))
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.hint)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)

    def show_hint(self, hint: str = "") -> None:
        self.hint.setText(hint or self.tr("Select a customer in the list, or create one."))


class EditorPage(QWidget):
    """The header, the field tabs with contacts and key dates, and Delete / Cancel / Save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = DetailHeader()
        self.form = DetailForm()
        self.contacts = ContactsEditor(ctx)
        self.key_dates = KeyDatesEditor(ctx)
        self.form.addTab(self.contacts, self.tr("Contacts"))
        self.form.addTab(self.key_dates, self.tr("Key dates"))
        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addWidget(self.form, 1)
        column.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        self.delete_button = QPushButton(self.tr("Delete"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def enable_buttons(self, *, save: bool, cancel: bool, delete: bool) -> None:
        self.save_button.setEnabled(save)
        self.cancel_button.setEnabled(cancel)
        self.delete_button.setEnabled(delete)

    def set_children(
        self, customer_id: str | None, contacts: list[Any], dates: list[Any], *, new: bool
    ) -> None:
        """Show the customer's contacts and key dates; a new customer has none to edit yet."""
        self.contacts.set_customer(customer_id, contacts)
        self.key_dates.set_customer(customer_id, dates)
        self._tab_text(self.contacts, self.tr("Contacts (%1)"), len(contacts), new)
        self._tab_text(self.key_dates, self.tr("Key dates (%1)"), len(dates), new)

    def _tab_text(self, page: QWidget, text: str, count: int, new: bool) -> None:
        index = self.form.indexOf(page)
        self.form.setTabText(index, text.replace("%1", str(count)))
        self.form.setTabEnabled(index, not new)
        self.form.setTabToolTip(index, self.tr("Save the customer first.") if new else "")
