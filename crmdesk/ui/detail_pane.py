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

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from crmdesk.domain.validation import ValidationError
from crmdesk.services.customer_view import CustomerDetail, customer_detail
from crmdesk.services.customers import delete_customer, restore_customer, save_customer
from crmdesk.services.session import Changes
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_form import NEW_DEFAULTS, error_text, split_tags, validate
from crmdesk.ui.detail_header import UndoBar
from crmdesk.ui.detail_pages import EditorPage, EmptyPage

Values = dict[str, Any]
Tags = list[str]


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
        self._form_of: str | None = None  # the customer whose values the form holds
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
        self.editor_page.set_children(None, [], [], new=True)
        self.header.show_detail(None)
        self.stack.setCurrentWidget(self.editor_page)
        self.form.focus_field("name")

    def is_dirty(self) -> bool:
        """Edits in the form. Until a customer's values arrive the form still holds the previous
        one's (or none), which are not edits of this customer."""
        holds_current = self._new or self._form_of == self._customer_id
        return self._editing() and holds_current and self.form.values() != self._baseline

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
            self.header.note.show()
        else:
            self._set_form(values)
        self.editor_page.set_children(detail.id, detail.contacts, detail.key_dates, new=False)
        self.header.show_detail(detail)
        self.stack.setCurrentWidget(self.editor_page)

    def _set_form(self, values: Values) -> None:
        self.form.load(values)
        self._form_of = self._customer_id
        self._latest = values
        self._baseline = self.form.values()
        self.header.note.hide()
        self._update_state()

    def _show_empty(self, hint: str = "") -> None:
        self._generation += 1
        self._customer_id, self._new, self._detail = None, False, None
        self._baseline, self._form_of = {}, None
        self.empty_page.show_hint(hint)
        self.stack.setCurrentWidget(self.empty_page)
        self._update_state()

    def _on_changed(self, changes: Changes) -> None:
        if self._customer_id in changes.customers and not self._new:
            self._load(self._customer_id, keep_edits=True)

    # -- saving and deleting ---------------------------------------------------------------
    def _submit_save(self, values: Values, cleaned: Values, changed: list[str]) -> None:
        """Save fields and tags in one transaction: a failure saves nothing, keeps the typing."""
        customer_id = self._customer_id
        fields, tags = self._save_arguments(cleaned, changed)
        previous, self._baseline, self._saving = self._baseline, values, True
        self._update_state()
        self._ctx.run(
            save_customer,
            customer_id,
            fields,
            tags,
            on_done=lambda changes: self._save_done(customer_id, changes),
            on_error=lambda exc: self._save_failed(customer_id, previous, exc),
        )

    def _save_arguments(self, cleaned: Values, changed: list[str]) -> tuple[Values, Tags | None]:
        """The fields and tags to save: all for a new customer, else only the changed ones."""
        tags = split_tags(cleaned.pop("tags", None))
        if self._customer_id is None:
            return dict(cleaned), tags  # an unset first contact date stays unset
        fields = {k: cleaned[k] for k in changed if k != "tags"}
        return fields, tags if "tags" in changed else None

    def _save_done(self, customer_id: str | None, changes: Changes) -> None:
        """After the bus has heard of the save: leave "new" mode, reload if nobody did."""
        self._saving = False
        saved_id = customer_id or changes.created_id or ""
        created = customer_id is None
        if created and self._new:  # still showing the new form
            self._customer_id, self._new = saved_id, False
        reloaded = not created and saved_id in changes.customers  # by _on_changed
        if saved_id == self._customer_id and not reloaded:
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
        can_delete = self._customer_id is not None and not self._new
        self.save_action.setEnabled(can_save)
        self.cancel_action.setEnabled(dirty or self._new)
        self.delete_action.setEnabled(can_delete)
        self.editor_page.enable_buttons(save=can_save, cancel=dirty or self._new, delete=can_delete)
        self.header.set_dirty(dirty)
        self.header.show_grade(self.form.values().get("grade"))

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.undo_bar = UndoBar(self)
        self.undo_bar.undo.connect(self._undo_delete)
        self.empty_page = EmptyPage()
        self.empty_page.new_button.clicked.connect(self.new_customer)
        self.editor_page = self._build_editor_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.editor_page)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.undo_bar)
        column.addWidget(self.stack, 1)

    def _build_editor_page(self) -> EditorPage:
        page = EditorPage(self._ctx)
        self.form, self.header = page.form, page.header  # the pane works on these most
        self.form.edited.connect(self._update_state)
        page.delete_button.clicked.connect(self.delete)
        page.cancel_button.clicked.connect(self.cancel)
        page.save_button.clicked.connect(self.save)
        return page

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
