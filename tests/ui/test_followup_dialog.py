"""The Log follow-up dialog: confirm the grade, preview and override the next date, save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Grade
from crmdesk.services.customers import create_customer
from crmdesk.ui.context import AppContext
from crmdesk.ui.followup_dialog import FollowUpDialog
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


def _customer(ctx: AppContext, grade: str = "B") -> str:
    return create_customer(ctx.session, {"name": "Acme", "grade": grade}).created_id or ""


def _dialog(qtbot: QtBot, ctx: AppContext, cid: str) -> FollowUpDialog:
    dialog = FollowUpDialog(ctx, cid)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.info is not None)
    return dialog


def _followups(ctx: AppContext, cid: str) -> int:
    sql = "SELECT count(*) FROM timeline_entry WHERE customer_id = ? AND kind = 'followup'"
    return int(ctx.session.store.db.execute_sql(sql, (cid,)).fetchone()[0])


def _save(qtbot: QtBot, ctx: AppContext, dialog: FollowUpDialog) -> None:
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, ctx)


def _utc(day: QDate, hour: int) -> QDateTime:
    return QDateTime(day, QTime(hour, 0), QTimeZone.utc())


def test_save_waits_for_the_grade_to_be_confirmed(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx)
    dialog = _dialog(qtbot, ctx, cid)
    assert dialog.chosen_grade() is None  # nothing pre-selected: the grade is re-assessed
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.content, "Call about the quote")
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, ctx)
    assert dialog.isVisible()
    assert _followups(ctx, cid) == 0
    qtbot.mouseClick(dialog.grade_buttons[Grade.B], Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    assert dialog.grade_hint.isHidden()


def test_changing_the_grade_b_to_a_previews_and_stores_the_next_working_day(
    qtbot: QtBot, ctx: AppContext
) -> None:
    cid = _customer(ctx, "B")
    dialog = _dialog(qtbot, ctx, cid)
    assert dialog.next_date.date() == QDate(2026, 11, 30)  # B: every 7 days, from today
    qtbot.keyClicks(dialog.content, "Demo went well")
    qtbot.keyClicks(dialog.outcome, "Wants a quote by Friday")
    qtbot.keyClicks(dialog.next_step, "Send the quote")
    qtbot.mouseClick(dialog.grade_buttons[Grade.A], Qt.MouseButton.LeftButton)
    assert dialog.next_date.date() == QDate(2026, 11, 24)  # A: the next working day
    assert not dialog.is_overridden()
    dialog.content.setFocus()
    _save(qtbot, ctx, dialog)

    row = customer(ctx.session, cid)
    assert (row["grade"], row["next_due_on"], row["manual_next_on"]) == ("A", "2026-11-24", None)
    assert row["last_followup_on"] == "2026-11-23"


def test_the_next_date_follows_the_follow_up_day_over_the_weekend(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = _dialog(qtbot, ctx, _customer(ctx, "C"))
    qtbot.mouseClick(dialog.grade_buttons[Grade.A], Qt.MouseButton.LeftButton)
    dialog.when.setDateTime(_utc(QDate(2026, 11, 20), 14))  # a Friday
    assert dialog.next_date.date() == QDate(2026, 11, 23)  # Saturday moves to Monday
    qtbot.mouseClick(dialog.grade_buttons[Grade.C], Qt.MouseButton.LeftButton)
    assert dialog.next_date.date() == QDate(2026, 12, 7)  # Friday + 15 days, a Saturday


def test_a_hand_picked_next_date_is_stored_as_given(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx, "C")
    dialog = _dialog(qtbot, ctx, cid)
    qtbot.mouseClick(dialog.grade_buttons[Grade.C], Qt.MouseButton.LeftButton)
    assert dialog.next_date.date() == QDate(2026, 12, 8)
    assert not dialog.reset_button.isEnabled()
    dialog.next_date.setFocus()
    dialog.next_date.setCurrentSection(dialog.next_date.Section.DaySection)
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_Down)  # 2026-12-07
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_Down)  # 2026-12-06
    assert dialog.next_date.date() == QDate(2026, 12, 6)
    assert dialog.is_overridden()
    assert "set by hand" in dialog.next_note.text()
    qtbot.mouseClick(dialog.grade_buttons[Grade.A], Qt.MouseButton.LeftButton)
    assert dialog.next_date.date() == QDate(2026, 12, 6)  # the user's choice stays
    _save(qtbot, ctx, dialog)

    row = customer(ctx.session, cid)
    assert (row["grade"], row["manual_next_on"], row["next_due_on"]) == (
        "A",
        "2026-12-06",
        "2026-12-06",
    )


def test_reset_goes_back_to_the_cadence(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx, _customer(ctx, "B"))
    qtbot.mouseClick(dialog.grade_buttons[Grade.B], Qt.MouseButton.LeftButton)
    dialog.next_date.setDate(QDate(2026, 12, 24))
    assert dialog.is_overridden()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_overridden()
    assert dialog.next_date.date() == QDate(2026, 11, 30)


def test_the_whole_dialog_works_from_the_keyboard(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx, "B")
    dialog = _dialog(qtbot, ctx, cid)
    assert QApplication.focusWidget() is dialog.content  # ready to type
    qtbot.keyClicks(dialog.content, "Visited the plant")
    for widget, text in ((dialog.outcome, "Positive"), (dialog.next_step, "Quote")):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in dialog.grade_buttons.values()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.chosen_grade() is Grade.C)  # a mnemonic animates a click
    _save(qtbot, ctx, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert customer(ctx.session, cid)["grade"] == "C"
    assert _followups(ctx, cid) == 1


def test_a_follow_up_in_the_future_is_refused(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx)
    dialog = _dialog(qtbot, ctx, cid)
    qtbot.mouseClick(dialog.grade_buttons[Grade.B], Qt.MouseButton.LeftButton)
    dialog.when.setDateTime(_utc(QDate(2026, 11, 25), 10))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert "future" in dialog.error_text(dialog.when)
    assert _followups(ctx, cid) == 0
    assert dialog.isVisible()


def test_cancel_saves_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx)
    dialog = _dialog(qtbot, ctx, cid)
    qtbot.keyClicks(dialog.content, "half typed")
    qtbot.mouseClick(dialog.grade_buttons[Grade.A], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.content, Qt.Key.Key_Escape)
    wait_idle(qtbot, ctx)
    assert _followups(ctx, cid) == 0
    assert customer(ctx.session, cid)["grade"] == "B"


def test_an_unknown_customer_leaves_save_disabled_and_says_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = FollowUpDialog(ctx, "no-such-customer")
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    assert "could not be opened" in dialog.suggestion.text()
    assert not any(b.isEnabled() for b in dialog.grade_buttons.values())
    assert not dialog.save_button.isEnabled()
