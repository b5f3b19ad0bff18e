"""The Timeline pane: everything that happened with one customer, newest first.

    pane = TimelinePane(ctx)
    pane.show_customer(customer_id)       # None shows a hint instead
    pane.log_followup_action.trigger()    # Ctrl+L: the Log follow-up dialog

One list view over `TimelineModel` (model/view: a thousand entries cost a thousand small
value objects, not a thousand widgets), painted by `TimelineDelegate`; both live in
`crmdesk.ui.timeline_model`. The pane reloads when a change announced on the bus touches the
shown customer.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Grade
from crmdesk.services.customer_view import TimelineItem, customer_fields, timeline
from crmdesk.services.session import Changes, Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.labels import GRADE_COLOURS
from crmdesk.ui.timeline_model import TimelineDelegate, TimelineModel, TimelineView

if TYPE_CHECKING:  # the dialogs are imported when first opened, not at start-up
    from crmdesk.ui.entry_dialogs import EntryDialog


def load_history(
    session: Session, customer_id: str
) -> tuple[dict[str, Any] | None, list[TimelineItem]]:
    """Worker side: the customer's header facts and its timeline, in one job (the detail
    pane reads contacts, key dates and orders itself)."""
    return customer_fields(session, customer_id), timeline(session, customer_id)


class TimelinePane(QWidget):
    """The shown customer's history, with the actions that add to it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: str | None = None
        self._request = 0
        self.model = TimelineModel(self)
        self._build_actions()
        self._build_view()
        ctx.bus.changed.connect(self._on_changed)
        self.show_customer(None)

    # -- building -------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.log_followup_action = self._action(
            self.tr("&Log follow-up…"), self._log_followup, "Ctrl+L"
        )
        self.log_followup_action.setToolTip(self.tr("Log a follow-up and confirm the grade"))
        bold = self.log_followup_action.font()
        bold.setBold(True)
        self.log_followup_action.setFont(bold)  # the most used action in the app
        self.add_note_action = self._action(self.tr("Add &note…"), self._add_note)
        self.add_feedback_action = self._action(self.tr("Add &feedback…"), self._add_feedback)
        self.add_order_action = self._action(self.tr("Add &order…"), self._add_order)
        self.add_opportunity_action = self._action(
            self.tr("Add o&pportunity…"), self._add_opportunity
        )

    def entry_actions(self) -> list[QAction]:
        """Every action that adds to the shown customer's history (for menus)."""
        return [
            self.log_followup_action,
            self.add_note_action,
            self.add_feedback_action,
            self.add_order_action,
            self.add_opportunity_action,
        ]

    def _build_view(self) -> None:
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setMargin(6)
        self.title.setWordWrap(True)
        self.toolbar = QToolBar(self.tr("Timeline"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(self.entry_actions())
        self.view = TimelineView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

    # -- showing --------------------------------------------------------------------------

    def customer_id(self) -> str | None:
        return self._customer_id

    def show_customer(self, customer_id: str | None) -> None:
        self._customer_id = customer_id
        for action in self.entry_actions():
            action.setEnabled(customer_id is not None)
        if customer_id is None:
            self._request += 1
            self.title.clear()
            self.model.set_items([])
            self._show_hint(self.tr("Select a customer to see everything that happened."))
            return
        self.reload()

    def reload(self) -> None:
        """Fetch the shown customer's history again (on the worker)."""
        if self._customer_id is None:
            return
        self._request += 1
        request, customer_id = self._request, self._customer_id
        self._ctx.worker.submit(
            load_history,
            self._ctx.session,
            customer_id,
            on_done=lambda result: self._loaded(request, result),
        )

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.hint

    def hint_text(self) -> str:
        return self.hint.text()

    def _loaded(
        self, request: int, result: tuple[dict[str, Any] | None, list[TimelineItem]]
    ) -> None:
        if request != self._request:
            return  # another customer was chosen meanwhile
        fields, items = result
        self._show_title(fields)
        self.model.set_items(items)
        if items:
            self.stack.setCurrentWidget(self.view)
            return
        shortcut = self.log_followup_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self._show_hint(
            self.tr("No history yet — press %1 to log the first follow-up.").replace("%1", shortcut)
        )

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint)

    def _show_title(self, fields: dict[str, Any] | None) -> None:
        if fields is None:
            self.title.setText("")
            return
        grade = Grade(fields.get("grade") or "D")
        badge = f"<span style='color:{GRADE_COLOURS[grade].name()}'><b>{grade.value}</b></span>"
        due = fields.get("next_due_on") or "—"
        text = self.tr("%1 · grade %2 · next follow-up %3")
        name = f"<b>{html.escape(str(fields.get('name', '')))}</b>"
        self.title.setText(text.replace("%1", name).replace("%2", badge).replace("%3", due))

    def _on_changed(self, changes: Changes) -> None:
        shown = self._customer_id
        if shown is not None and (shown in changes.timeline or shown in changes.customers):
            self.reload()

    # -- actions --------------------------------------------------------------------------

    def _open(self, dialog_class: type[EntryDialog]) -> EntryDialog | None:
        if self._customer_id is None:
            return None
        dialog = dialog_class(self._ctx, self._customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _log_followup(self) -> None:
        from crmdesk.ui.followup_dialog import FollowUpDialog

        self._open(FollowUpDialog)

    def _add_note(self) -> None:
        from crmdesk.ui.entry_dialogs import NoteDialog

        self._open(NoteDialog)

    def _add_feedback(self) -> None:
        from crmdesk.ui.entry_dialogs import FeedbackDialog

        self._open(FeedbackDialog)

    def _add_order(self) -> None:
        from crmdesk.ui.entry_dialogs import OrderDialog

        self._open(OrderDialog)

    def _add_opportunity(self) -> None:
        from crmdesk.ui.entry_dialogs import OpportunityDialog

        self._open(OpportunityDialog)
