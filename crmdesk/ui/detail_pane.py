"""The Detail pane: one customer's fields, contacts and key dates, edited in place.

    pane = DetailPane(ctx)
    pane.show_customer(customer_id)      # None: the empty state with a "New customer" button
    if pane.confirm_leave():             # Save / Discard / Cancel when there are edits
        pane.show_customer(other_id)
    pane.saved.connect(...)              # the customer id, also of a newly created customer

Field edits are kept in the form until Save (Ctrl+S); contacts and key dates are saved as
soon as their dialogs are accepted. A delete can be undone from the bar it leaves behind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Grade
from crmdesk.domain.validation import ValidationError
from crmdesk.services.customer_view import CustomerDetail, customer_detail
from crmdesk.services.customers import (
    create_customer,
    delete_customer,
    restore_customer,
    set_customer_tags,
    update_customer,
)
from crmdesk.services.session import Changes, Session
from crmdesk.ui.contacts_editor import ContactsEditor
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_form import DetailForm, error_text, validate
from crmdesk.ui.key_dates_editor import KeyDatesEditor
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning

UNDO_SECONDS = 15
NEW_DEFAULTS = {
    "kind": "company",
    "grade": "D",
    "relationship": "potential",
    "importance": "normal",
    "need": "future",
}
Values = dict[str, Any]


def split_tags(text: str | None) -> list[str]:
    """Tags typed as a list separated by commas (either width) or semicolons."""
    return [t.strip() for t in re.split(r"[,，;；]", text or "") if t.strip()]


def save_existing(
    session: Session, customer_id: str, fields: Values, tags: Sequence[str] | None
) -> Changes:
    """Update the changed fields, then the tags when they changed (two transactions)."""
    changes = update_customer(session, customer_id, fields) if fields else Changes()
    if tags is None:
        return changes
    tagged = set_customer_tags(session, customer_id, tags)
    return Changes(customers=changes.customers | tagged.customers, reminders=changes.reminders)


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


class DetailPane(QWidget):
    """Shows and edits one customer; see the module docstring."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: str | None = None
        self._previous_id: str | None = None
        self._new = False
        self._saving = False
        self._generation = 0
        self._baseline: Values = {}
        self._latest: Values = {}
        self._detail: CustomerDetail | None = None
        self._build()
        self._make_actions()
        ctx.bus.changed.connect(self._on_changed)
        self.show_customer(None)

    # -- public API ------------------------------------------------------------------------
    def customer_id(self) -> str | None:
        return self._customer_id

    def show_customer(self, customer_id: str | None) -> None:
        if customer_id != self.undo_bar.shown_id:
            self.undo_bar.dismiss()
        if customer_id is None:
            self._show_empty()
            return
        self._customer_id, self._new = customer_id, False
        self._load(customer_id)

    def new_customer(self) -> None:
        """An empty form in "new" mode, focus on Name."""
        if not self.confirm_leave():
            return
        self.undo_bar.dismiss()
        self._generation += 1
        self._previous_id = self._customer_id
        self._customer_id, self._new, self._detail = None, True, None
        values = {**NEW_DEFAULTS, "first_contact_on": self._ctx.session.today().isoformat()}
        self._set_form(values)
        self._set_children(None, [], [])
        self._show_header(None)
        self.stack.setCurrentWidget(self.editor_page)
        self.form.focus_field("name")

    def is_dirty(self) -> bool:
        return self._editing() and self.form.values() != self._baseline

    def confirm_leave(self) -> bool:
        """Ask Save / Discard / Cancel when there are edits; False means stay."""
        if not self.is_dirty():
            return True
        buttons = QMessageBox.StandardButton
        choice = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("This customer has unsaved changes. Save them?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if choice == buttons.Save:
            return self.save()
        if choice == buttons.Discard:
            self.cancel()
            return True
        return False

    def save(self) -> bool:
        """Validate and save the edits; False (with messages by the fields) when invalid."""
        if not self._editing() or self._saving:
            return not self._saving
        values = self.form.values()
        changed = [k for k in values if self._new or values[k] != self._baseline.get(k)]
        cleaned, errors = validate(values, changed)
        self.form.show_errors({k: error_text(k, code) for k, code in errors.items()})
        if errors:
            return False
        if self._new or changed:
            self._submit_save(values, cleaned, changed)
        return True

    def cancel(self) -> None:
        """Drop the edits: back to the stored values (or out of "new" mode)."""
        if self._new:
            self.show_customer(self._previous_id)
            return
        if self._editing():
            self._set_form(self._latest)

    def delete(self) -> None:
        """Soft delete the shown customer, then offer Undo for a while."""
        customer_id = self._customer_id
        if customer_id is None or self._new:
            return
        name = self._detail.fields["name"] if self._detail else ""
        self._ctx.run(
            delete_customer, customer_id, on_done=lambda _c: self._deleted(customer_id, name)
        )

    # -- loading ---------------------------------------------------------------------------
    def _load(self, customer_id: str, keep_edits: bool = False) -> None:
        self._generation += 1
        generation = self._generation
        self._ctx.worker.submit(
            customer_detail,
            self._ctx.session,
            customer_id,
            on_done=lambda detail: self._loaded(generation, detail, keep_edits),
        )

    def _loaded(self, generation: int, detail: CustomerDetail | None, keep_edits: bool) -> None:
        if generation != self._generation:
            return
        if detail is None or detail.deleted:
            self._show_empty(self.tr("This customer has been deleted."))
            return
        self._detail = detail
        values = {k: detail.fields.get(k) for k in self.form.values()}
        values["tags"] = ", ".join(detail.tags) or None
        if keep_edits and self.is_dirty():
            self._latest = values
            self.note.show()
        else:
            self._set_form(values)
        self._set_children(detail.id, detail.contacts, detail.key_dates)
        self._show_header(detail)
        self.stack.setCurrentWidget(self.editor_page)

    def _set_form(self, values: Values) -> None:
        self.form.load(values)
        self._latest = values
        self._baseline = self.form.values()
        self.note.hide()
        self._update_state()

    def _set_children(self, customer_id: str | None, contacts: list[Any], dates: list[Any]) -> None:
        self.contacts.set_customer(customer_id, contacts)
        self.key_dates.set_customer(customer_id, dates)
        self._tab_text(self.contacts, self.tr("Contacts (%1)"), len(contacts))
        self._tab_text(self.key_dates, self.tr("Key dates (%1)"), len(dates))

    def _tab_text(self, page: QWidget, text: str, count: int) -> None:
        index = self.form.indexOf(page)
        self.form.setTabText(index, text.replace("%1", str(count)))
        self.form.setTabEnabled(index, not self._new)
        self.form.setTabToolTip(index, self.tr("Save the customer first.") if self._new else "")

    def _show_empty(self, hint: str = "") -> None:
        self._generation += 1
        self._customer_id, self._new, self._detail = None, False, None
        self._baseline = {}
        self.empty_hint.setText(hint or self.tr("Select a customer in the list, or create one."))
        self.stack.setCurrentWidget(self.empty_page)
        self._update_state()

    def _on_changed(self, changes: Changes) -> None:
        if self._customer_id in changes.customers and not self._new:
            self._load(self._customer_id, keep_edits=True)

    # -- saving and deleting ---------------------------------------------------------------
    def _submit_save(self, values: Values, cleaned: Values, changed: list[str]) -> None:
        tags = split_tags(cleaned.pop("tags", None))
        session, customer_id = self._ctx.session, self._customer_id
        if customer_id is None:
            fields = dict(cleaned)  # an unset first contact date stays unset
            job: tuple[Any, ...] = (create_customer, session, fields, tags)
        else:
            fields = {k: cleaned[k] for k in changed if k != "tags"}
            job = (save_existing, session, customer_id, fields, tags if "tags" in changed else None)
        previous, self._baseline, self._saving = self._baseline, values, True
        self._update_state()
        self._ctx.worker.submit(
            *job,
            on_done=lambda changes: self._save_done(customer_id, changes),
            on_error=lambda exc: self._save_failed(customer_id, previous, exc),
        )

    def _save_done(self, customer_id: str | None, changes: Changes) -> None:
        self._saving = False
        saved_id = customer_id or changes.created_id or ""
        if customer_id is None and self._new:  # still showing the new form
            self._customer_id, self._new = saved_id, False
        self._ctx.bus.announce(changes)
        if saved_id == self._customer_id and saved_id not in changes.customers:
            self._load(saved_id, keep_edits=True)
        self._update_state()
        self.saved.emit(saved_id)

    def _save_failed(self, customer_id: str | None, previous: Values, exc: Exception) -> None:
        self._saving = False
        if customer_id == self._customer_id and self._editing():
            self._baseline = previous
        self._update_state()
        if isinstance(exc, ValidationError) and exc.field in self.form.values():
            self.form.show_errors({exc.field: error_text(exc.field, exc.code)})
        else:
            self._ctx.worker.failed.emit(exc)

    def _deleted(self, customer_id: str, name: str) -> None:
        if self._customer_id == customer_id:
            self._show_empty()
        self.undo_bar.offer(customer_id, name)
        self.deleted.emit(customer_id)

    def _undo_delete(self, customer_id: str) -> None:
        def restored(_changes: Changes) -> None:
            self.show_customer(customer_id)
            self._ctx.bus.open_customer.emit(customer_id)

        self._ctx.run(restore_customer, customer_id, on_done=restored)

    # -- state -----------------------------------------------------------------------------
    def _editing(self) -> bool:
        return self._new or self._customer_id is not None

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        can_save = (dirty or self._new) and not self._saving
        self.save_action.setEnabled(can_save)
        self.save_button.setEnabled(can_save)
        self.cancel_action.setEnabled(dirty or self._new)
        self.cancel_button.setEnabled(dirty or self._new)
        self.delete_action.setEnabled(self._customer_id is not None and not self._new)
        self.delete_button.setEnabled(self.delete_action.isEnabled())
        self.dirty_marker.setVisible(dirty)
        self._show_grade(self.form.values().get("grade"))

    def _show_header(self, detail: CustomerDetail | None) -> None:
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

    def _show_grade(self, value: str | None) -> None:
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

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo.connect(self._undo_delete)
        self.stack = QStackedWidget()
        self.empty_page = self._build_empty_page()
        self.editor_page = self._build_editor_page()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.editor_page)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.undo_bar)
        column.addWidget(self.stack, 1)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        self.empty_hint = QLabel()
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New customer"))
        self.new_button.clicked.connect(self.new_customer)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(self.empty_hint)
        column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def _build_editor_page(self) -> QWidget:
        page = QWidget()
        self.form = DetailForm()
        self.form.edited.connect(self._update_state)
        self.contacts = ContactsEditor(self._ctx)
        self.key_dates = KeyDatesEditor(self._ctx)
        self.form.addTab(self.contacts, self.tr("Contacts"))
        self.form.addTab(self.key_dates, self.tr("Key dates"))
        column = QVBoxLayout(page)
        column.addLayout(self._build_header())
        column.addWidget(self.form, 1)
        column.addLayout(self._build_buttons())
        return page

    def _build_header(self) -> QVBoxLayout:
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
        top = QHBoxLayout()
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.dirty_marker, 0, Qt.AlignmentFlag.AlignTop)
        header = QVBoxLayout()
        header.addLayout(top)
        header.addWidget(self.facts)
        header.addWidget(self.note)
        return header

    def _build_buttons(self) -> QHBoxLayout:
        self.delete_button = QPushButton(self.tr("Delete"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.delete_button.clicked.connect(self.delete)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    def _make_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New customer"), self.new_customer, keys.New)
        self.save_action = self._action(self.tr("&Save customer"), self.save, keys.Save)
        self.cancel_action = self._action(self.tr("&Discard changes"), self.cancel)
        self.delete_action = self._action(self.tr("&Delete customer"), self.delete, keys.Delete)
        for action in (self.new_action, self.save_action, self.cancel_action):
            self.addAction(action)
        # Delete only from the field tabs: in the contacts table it must not mean "customer".
        for page in self.form.form_pages():
            page.addAction(self.delete_action)

    def _action(self, text: str, slot: Any, key: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action
