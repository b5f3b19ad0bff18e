"""The Timeline pane: history newest first, the entry dialogs, refresh on changes elsewhere."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import EntryKind, FollowUpMethod, Grade
from crmdesk.services.customer_view import TimelineItem, customer_detail
from crmdesk.services.customers import create_customer
from crmdesk.services.followups import FollowUp, log_followup
from crmdesk.services.session import Changes
from crmdesk.services.timeline import add_note
from crmdesk.ui.context import AppContext
from crmdesk.ui.entry_dialogs import EntryDialog, FeedbackDialog, NoteDialog, OrderDialog
from crmdesk.ui.followup_dialog import FollowUpDialog
from crmdesk.ui.timeline_model import (
    DetailsRole,
    GradesRole,
    HeadlineRole,
    ItemRole,
    TimelineModel,
)
from crmdesk.ui.timeline_pane import TimelinePane
from tests.helpers import customer
from tests.ui.conftest import wait_idle

# Any Qt warning fails a test, except the offscreen platform saying it cannot size windows.
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make *window* the active one, as a user's click would (shortcuts need it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


@pytest.fixture
def cid(ctx: AppContext) -> str:
    return create_customer(ctx.session, {"name": "Acme", "grade": "B"}).created_id or ""


@pytest.fixture
def pane(qtbot: QtBot, ctx: AppContext, cid: str) -> TimelinePane:
    widget = TimelinePane(ctx)
    qtbot.addWidget(widget)
    widget.resize(640, 600)
    widget.show()
    activate(qtbot, widget)
    widget.show_customer(cid)
    wait_idle(qtbot, ctx)
    return widget


def _rows(pane: TimelinePane, role: int = HeadlineRole) -> list[object]:
    return [pane.model.index(r).data(role) for r in range(pane.model.rowCount())]


def _open(qtbot: QtBot, pane: TimelinePane, dialog_class: type[EntryDialog]) -> EntryDialog:
    action = {
        NoteDialog: pane.add_note_action,
        FeedbackDialog: pane.add_feedback_action,
        OrderDialog: pane.add_order_action,
    }[dialog_class]
    action.trigger()
    dialog = pane.findChild(dialog_class)
    assert dialog is not None
    activate(qtbot, dialog)
    return dialog


def _save(qtbot: QtBot, ctx: AppContext, dialog: EntryDialog) -> None:
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, ctx)


def _entries(ctx: AppContext) -> int:
    sql = "SELECT count(*) FROM timeline_entry"
    return int(ctx.session.store.db.execute_sql(sql).fetchone()[0])


def test_without_a_customer_the_pane_hints_and_its_actions_are_off(
    qtbot: QtBot, ctx: AppContext
) -> None:
    pane = TimelinePane(ctx)
    qtbot.addWidget(pane)
    assert pane.is_empty_state()
    assert "Select a customer" in pane.hint_text()
    assert not any(a.isEnabled() for a in pane.entry_actions())
    assert pane.log_followup_action.shortcut() == QKeySequence("Ctrl+L")


def test_an_empty_timeline_says_how_to_start(pane: TimelinePane) -> None:
    assert pane.is_empty_state()
    assert "Ctrl+L" in pane.hint_text()
    assert all(a.isEnabled() for a in pane.entry_actions())
    assert "Acme" in pane.title.text()


def test_ctrl_l_logs_a_follow_up_that_changes_the_grade(
    qtbot: QtBot, ctx: AppContext, pane: TimelinePane, cid: str
) -> None:
    qtbot.keyClick(pane, Qt.Key.Key_L, CTRL)
    dialog = pane.findChild(FollowUpDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.info is not None)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.content, "Demo of the new line")
    qtbot.keyClicks(dialog.outcome, "Will order this month")
    qtbot.mouseClick(dialog.grade_buttons[Grade.A], Qt.MouseButton.LeftButton)
    assert dialog.computed_next_due().isoformat() == "2026-11-24"
    _save(qtbot, ctx, dialog)

    assert not pane.is_empty_state()
    assert _rows(pane) == ["Grade B → A", "Follow-up · Call"]
    assert _rows(pane, GradesRole)[0] == (Grade.B, Grade.A)
    followup = pane.model.index(1).data(ItemRole)
    assert (followup.content, followup.outcome) == ("Demo of the new line", "Will order this month")
    assert "Outcome: Will order this month" in pane.model.index(1).data(DetailsRole)
    assert customer(ctx.session, cid)["next_due_on"] == "2026-11-24"
    assert "next follow-up 2026-11-24" in pane.title.text()


def test_a_note_appears_on_the_timeline(qtbot: QtBot, ctx: AppContext, pane: TimelinePane) -> None:
    dialog = _open(qtbot, pane, NoteDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Write the note" in dialog.error_text(dialog.text)
    qtbot.keyClicks(dialog.text, "Prefers calls after 3 pm")
    _save(qtbot, ctx, dialog)
    assert _rows(pane) == ["Note"]
    assert _rows(pane, DetailsRole) == [["Prefers calls after 3 pm"]]


def test_feedback_needs_a_satisfaction_then_shows_stars_and_complaint(
    qtbot: QtBot, ctx: AppContext, pane: TimelinePane
) -> None:
    dialog = _open(qtbot, pane, FeedbackDialog)
    qtbot.keyClicks(dialog.text, "Delivery was late")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "1 to 5" in dialog.error_text(dialog.satisfaction)
    assert _entries(ctx) == 0
    dialog.satisfaction.setFocus()
    qtbot.keyClicks(dialog.satisfaction, "2")
    dialog.complaint.setFocus()
    qtbot.keyClick(dialog.complaint, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.resolution, "Refunded shipping")
    _save(qtbot, ctx, dialog)
    assert _rows(pane) == ["Feedback · ★★☆☆☆ · Complaint"]
    assert _rows(pane, DetailsRole) == [["Delivery was late", "Resolution: Refunded shipping"]]


def test_an_order_shows_its_amount_and_refuses_a_bad_quantity(
    qtbot: QtBot, ctx: AppContext, pane: TimelinePane, cid: str
) -> None:
    dialog = _open(qtbot, pane, OrderDialog)
    assert isinstance(dialog, OrderDialog)
    qtbot.keyClicks(dialog.product, "Touch panel")
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "abc")
    qtbot.keyClicks(dialog.unit_price, "1,250.50")
    assert dialog.amount.text() == "—"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "quantity" in dialog.error_text(dialog.quantity)
    assert _entries(ctx) == 0
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "3")
    assert dialog.amount.text() == "3,751.50 CNY"
    _save(qtbot, ctx, dialog)

    detail = customer_detail(ctx.session, cid)
    assert detail is not None
    assert [(o["product"], o["amount"]) for o in detail.orders] == [("Touch panel", "3751.50")]
    assert _rows(pane) == ["Order"]
    assert _rows(pane, DetailsRole) == [["Touch panel × 3.00"]]


def test_the_pane_refreshes_when_the_shown_customer_changes_elsewhere(
    qtbot: QtBot, ctx: AppContext, pane: TimelinePane, cid: str
) -> None:
    other = create_customer(ctx.session, {"name": "Other"}).created_id or ""
    ctx.bus.announce(add_note(ctx.session, other, "not shown here"))
    assert ctx.worker.pending() == 0  # another customer's change is ignored
    changes = log_followup(ctx.session, cid, FollowUp(FollowUpMethod.VISIT, Grade.B, "On site"))
    ctx.bus.announce(changes)
    wait_idle(qtbot, ctx)
    assert _rows(pane) == ["Follow-up · Visit"]


def test_a_late_answer_for_the_previous_customer_is_dropped(
    qtbot: QtBot, ctx: AppContext, pane: TimelinePane, cid: str
) -> None:
    add_note(ctx.session, cid, "first customer")
    other = create_customer(ctx.session, {"name": "Other"}).created_id or ""
    add_note(ctx.session, other, "second customer")
    pane.show_customer(cid)
    pane.show_customer(other)
    wait_idle(qtbot, ctx)
    assert _rows(pane, DetailsRole) == [["second customer"]]
    pane.show_customer(None)
    assert pane.is_empty_state()
    assert pane.model.rowCount() == 0
    assert not pane.add_note_action.isEnabled()
    ctx.bus.announce(Changes(timeline=frozenset({other})))
    assert ctx.worker.pending() == 0


def _items(count: int) -> list[TimelineItem]:
    base = TimelineItem(
        id="x",
        kind=EntryKind.FOLLOWUP,
        occurred_at="2026-11-23T09:30:00.000Z",
        method="call",
        content="A long conversation about prices, delivery dates and the service contract " * 2,
        outcome="Positive",
        next_step="Send the quote",
        satisfaction=None,
        complaint=False,
        resolution=None,
        old_value=None,
        new_value=None,
    )
    kinds = list(EntryKind)
    return [replace(base, id=str(n), kind=kinds[n % len(kinds)]) for n in range(count)]


def test_the_model_passes_the_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TimelineModel()
    model.set_items(_items(30))
    qtmodeltester.check(model, force_py=True)


def test_a_thousand_entries_scroll_to_the_last_one_at_any_width(
    qtbot: QtBot, pane: TimelinePane
) -> None:
    """How fast it is, is measured by the bench ("open customer (1,000 entries)"); here: the
    last entry is on screen after scrolling down, before and after the pane narrows."""
    pane.model.set_items(_items(1000))
    pane.stack.setCurrentWidget(pane.view)
    last = pane.model.index(999, 0)
    for width in (900, 500):
        pane.resize(width, 600)
        pane.view.scrollToBottom()
        pane.grab()
        shown = pane.view.viewport().rect()
        assert pane.view.visualRect(last).intersects(shown), width
        assert not pane.view.visualRect(pane.model.index(0, 0)).intersects(shown)


def test_entries_re_wrap_when_the_pane_gets_narrower(qtbot: QtBot, pane: TimelinePane) -> None:
    pane.model.set_items(_items(5))
    pane.stack.setCurrentWidget(pane.view)
    pane.resize(900, 600)
    qtbot.waitUntil(lambda: pane.view.viewport().width() > 800)
    wide = pane.view.visualRect(pane.model.index(0)).height()
    pane.resize(360, 600)
    qtbot.waitUntil(lambda: pane.view.visualRect(pane.model.index(0)).height() > wide)


def test_a_failed_save_keeps_the_dialog_and_reports_the_error(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = NoteDialog(ctx, "no-such-customer")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.text, "Typed with care")
    with qtbot.waitSignal(ctx.worker.failed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Not saved" in dialog.status.text()
    assert dialog.text.toPlainText() == "Typed with care"
    assert dialog.save_button.isEnabled()
    assert _entries(ctx) == 0
