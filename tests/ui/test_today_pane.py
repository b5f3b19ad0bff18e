"""The Today pane, driven through its widgets over a real database and the worker thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services.customers import create_customer, update_customer
from crmdesk.services.key_dates import add_key_date
from crmdesk.services.reminders import add_reminder
from crmdesk.ui.context import AppContext
from crmdesk.ui.today_model import (
    DUE_COLUMN,
    ITEM_ROLE,
    OVERDUE_COLUMN,
    SECTION_ROLE,
    WHAT_COLUMN,
)
from crmdesk.ui.today_pane import TodayPane
from crmdesk.ui.today_parts import DatePickerDialog
from tests.conftest import NOW, FakeClock
from tests.ui.conftest import wait_idle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # the offscreen platform's own note when a top-level window is shown
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _customer(ctx: AppContext, clock: FakeClock, name: str, grade: str, days_ago: int) -> str:
    """A customer first contacted *days_ago* days before now (the cadence runs from then)."""
    clock.moment = NOW - timedelta(days=days_ago)
    cid = create_customer(ctx.session, {"name": name, "grade": grade}).created_id
    clock.moment = NOW
    assert cid is not None
    return cid


@pytest.fixture
def pane(qtbot: QtBot, ctx: AppContext) -> TodayPane:
    widget = TodayPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    return widget


def _load(qtbot: QtBot, pane: TodayPane) -> None:
    with qtbot.waitSignal(pane.loaded):
        pane.refresh()


def _act(qtbot: QtBot, ctx: AppContext, pane: TodayPane, action: object) -> None:
    """Run a pane action and wait until the change it made has been shown."""
    with qtbot.waitSignal(pane.loaded):
        action()  # type: ignore[operator]
    wait_idle(qtbot, ctx)


def _outline(pane: TodayPane) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """[(section, [(grade heading, [customer names])])] as shown."""
    model = pane.model
    result = []
    for s in range(model.rowCount()):
        section = model.index(s, 0)
        groups = []
        for g in range(model.rowCount(section)):
            group = model.index(g, 0, section)
            names = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
            groups.append((str(group.data())[0], names))
        results_key = str(section.data(SECTION_ROLE))
        result.append((results_key, groups))
    return result


def _names_in(pane: TodayPane, section: str) -> list[str]:
    for key, groups in _outline(pane):
        if key == section:
            return [name for _grade, names in groups for name in names]
    return []


def test_sections_grouped_by_grade_with_counts_in_the_title(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    _customer(ctx, clock, "Overdue A", "A", 7)  # due Tue 17 Nov
    _customer(ctx, clock, "Overdue C", "C", 20)  # due 18 Nov
    _customer(ctx, clock, "Today B", "B", 7)  # due today
    _customer(ctx, clock, "Today E", "E", 365)
    _customer(ctx, clock, "Soon C", "C", 13)  # due Wed 25 Nov
    _customer(ctx, clock, "Soon A", "A", 0)  # due tomorrow
    _customer(ctx, clock, "Later D", "D", 0)  # due in 30 days: not shown
    birthday = _customer(ctx, clock, "Birthday D", "D", 0)
    add_key_date(ctx.session, birthday, KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 25), "王芳")
    reminder = _customer(ctx, clock, "Reminder E", "E", 0)
    add_reminder(ctx.session, reminder, NOW + timedelta(hours=5), "Send the quote")

    with qtbot.waitSignal(pane.title_changed) as title:
        _load(qtbot, pane)

    assert title.args == ["Today — 2 overdue, 4 due"]
    assert _outline(pane) == [
        ("overdue", [("A", ["Overdue A"]), ("C", ["Overdue C"])]),
        (
            "today",
            [("B", ["Today B"]), ("D", ["Birthday D"]), ("E", ["Today E", "Reminder E"])],
        ),
        ("upcoming", [("A", ["Soon A"]), ("C", ["Soon C"])]),
    ]
    overdue_row = pane.model.index(0, 0, pane.model.index(0, 0, pane.model.index(0, 0)))
    assert overdue_row.siblingAtColumn(OVERDUE_COLUMN).data() == "6 days"
    assert (
        overdue_row.siblingAtColumn(OVERDUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    )
    birthday_row = pane.model.index_of(("key_date", birthday, _ref(pane, "Birthday D")))
    assert birthday_row.siblingAtColumn(WHAT_COLUMN).data() == "Birthday · 王芳"
    assert birthday_row.siblingAtColumn(DUE_COLUMN).data() == "Wed 25 Nov"
    assert not pane.message.isVisible()


def _ref(pane: TodayPane, name: str) -> str:
    for index in pane.model.item_indexes():
        item = index.data(ITEM_ROLE)
        if item.name == name:
            return item.ref_id or ""
    raise AssertionError(f"{name} not shown")


def _select(pane: TodayPane, name: str) -> None:
    for index in pane.model.item_indexes():
        if index.data(ITEM_ROLE).name == name:
            pane.tree.setCurrentIndex(index)
            return
    raise AssertionError(f"{name} not shown")


def test_done_on_a_key_date_and_on_a_reminder_removes_them(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    cid = _customer(ctx, clock, "Birthday", "D", 0)
    add_key_date(ctx.session, cid, KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 24))
    other = _customer(ctx, clock, "Reminder", "D", 0)
    add_reminder(ctx.session, other, NOW - timedelta(days=1), "Call back")
    _load(qtbot, pane)
    assert _names_in(pane, "today") == ["Birthday"]
    assert _names_in(pane, "overdue") == ["Reminder"]

    _select(pane, "Birthday")
    _act(qtbot, ctx, pane, lambda: qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton))
    assert _names_in(pane, "today") == []
    assert pane.selected_item() is not None, "the next item is selected"
    assert pane.selected_item().name == "Reminder"  # type: ignore[union-attr]

    _act(qtbot, ctx, pane, pane.done_action.trigger)
    assert _outline(pane) == []
    assert pane.message.isVisible()
    assert "Nothing due today — well done" in pane.message.text()


def test_done_on_a_follow_up_asks_to_log_it(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    cid = _customer(ctx, clock, "Today B", "B", 7)
    _load(qtbot, pane)
    _select(pane, "Today B")
    with qtbot.waitSignal(pane.log_followup_requested) as requested:
        qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    assert requested.args == [cid]
    wait_idle(qtbot, ctx)


def test_snoozing_a_follow_up_until_tomorrow(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    _customer(ctx, clock, "Overdue A", "A", 7)
    _load(qtbot, pane)
    _select(pane, "Overdue A")
    _act(qtbot, ctx, pane, pane.snooze_actions["tomorrow"].trigger)
    assert _names_in(pane, "overdue") == []
    assert _names_in(pane, "today") == []
    assert _names_in(pane, "upcoming") == ["Overdue A"]
    assert "Next due: Tomorrow." in pane.message.text()

    clock.moment = NOW + timedelta(days=1)
    _load(qtbot, pane)
    assert _names_in(pane, "today") == ["Overdue A"]


def test_a_one_hour_snooze_hides_the_follow_up_until_the_hour_has_passed(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    _customer(ctx, clock, "Today B", "B", 7)
    _customer(ctx, clock, "Today C", "C", 15)
    _load(qtbot, pane)
    _select(pane, "Today B")
    _act(qtbot, ctx, pane, pane.snooze_actions["hour"].trigger)
    assert _names_in(pane, "today") == ["Today C"]

    clock.moment = NOW + timedelta(minutes=59)
    _load(qtbot, pane)
    assert _names_in(pane, "today") == ["Today C"]
    clock.moment = NOW + timedelta(minutes=61)
    _load(qtbot, pane)
    assert _names_in(pane, "today") == ["Today B", "Today C"]


def test_a_reminder_snoozed_to_a_picked_date(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    cid = _customer(ctx, clock, "Reminder", "C", 0)
    add_reminder(ctx.session, cid, NOW, "Send samples")
    _load(qtbot, pane)
    _select(pane, "Reminder")
    pane.snooze_actions["pick"].trigger()
    dialog = pane.findChild(DatePickerDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.calendar.setSelectedDate(QDate(2026, 11, 27))
    _act(qtbot, ctx, pane, dialog.accept)
    assert _names_in(pane, "today") == []
    due = pane.model.index_of(("manual", cid, _ref(pane, "Reminder"))).siblingAtColumn(DUE_COLUMN)
    assert _names_in(pane, "upcoming") == ["Reminder"]
    assert due.data() == "Fri 27 Nov"
    assert "first due" in due.data(Qt.ItemDataRole.ToolTipRole)
    clock.moment = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
    _load(qtbot, pane)
    assert _names_in(pane, "overdue") == ["Reminder"]


def test_enter_opens_the_customer(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    _customer(ctx, clock, "First", "A", 7)
    second = _customer(ctx, clock, "Second", "B", 7)
    _load(qtbot, pane)
    pane.tree.setFocus()
    assert pane.selected_item() is not None
    assert pane.selected_item().name == "First"  # type: ignore[union-attr]
    qtbot.keyClick(pane.tree, Qt.Key.Key_Down)  # past the headings to the next item
    qtbot.keyClick(pane.tree, Qt.Key.Key_Down)
    qtbot.keyClick(pane.tree, Qt.Key.Key_Down)
    assert pane.selected_item() is not None
    assert pane.selected_item().name == "Second"  # type: ignore[union-attr]
    with qtbot.waitSignal(ctx.bus.open_customer) as opened:
        qtbot.keyClick(pane.tree, Qt.Key.Key_Return)
    assert opened.args == [second]


def test_empty_pane_says_so_and_what_comes_next(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    _customer(ctx, clock, "Later", "D", 0)  # due Wed 23 Dec
    with qtbot.waitSignal(pane.title_changed) as title:
        _load(qtbot, pane)
    assert title.args == ["Today — all done"]
    assert pane.message.isVisible()
    assert pane.message.text() == "Nothing due today — well done.\nNext due: Wed 23 Dec."
    assert not pane.tree.isVisible()
    assert not pane.done_button.isEnabled()


def test_the_pane_refreshes_when_a_change_is_announced(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    _load(qtbot, pane)
    assert _outline(pane) == []
    with qtbot.waitSignal(pane.loaded):
        ctx.run(create_customer, {"name": "New A", "grade": "A", "first_contact_on": "2026-11-20"})
    assert _names_in(pane, "today") == ["New A"]
    pane.clear()
    assert pane.model.rowCount(QModelIndex()) == 0
    wait_idle(qtbot, ctx)


def test_model_passes_the_qt_model_tester(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FakeClock,
    pane: TodayPane,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    _customer(ctx, clock, "Overdue A", "A", 7)
    _customer(ctx, clock, "Today B", "B", 7)
    _load(qtbot, pane)
    qtmodeltester.check(pane.model, force_py=True)


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Groups of more than 3 items start closed, and are read 2 items at a time."""
    from crmdesk.ui import today_model, today_pane

    monkeypatch.setattr(today_model, "EXPAND_UP_TO", 3)
    monkeypatch.setattr(today_pane, "EXPAND_UP_TO", 3)
    monkeypatch.setattr(today_pane, "PAGE", 2)


def _group(pane: TodayPane, section: int, grade: int) -> QModelIndex:
    return pane.model.index(grade, 0, pane.model.index(section, 0))


def _shown_names(pane: TodayPane, group: QModelIndex) -> list[str]:
    return [pane.model.index(r, 0, group).data() for r in range(pane.model.rowCount(group))]


@pytest.mark.usefixtures("small_pages")
def test_a_big_group_starts_closed_and_is_read_a_page_at_a_time_when_opened(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    names = [f"Overdue {n}" for n in range(7)]
    for name in reversed(names):
        _customer(ctx, clock, name, "A", 7)
    _customer(ctx, clock, "Small B", "B", 14)
    _load(qtbot, pane)
    big, small = _group(pane, 0, 0), _group(pane, 0, 1)
    assert big.data() == "A · Clear need, closes within 1 month (7)"
    assert pane.model.rowCount(big) == 0, "nothing read for a closed big group"
    assert pane.model.hasChildren(big)
    assert not pane.tree.isExpanded(big)
    assert pane.tree.isExpanded(small)
    assert _shown_names(pane, small) == ["Small B"]

    pane.tree.expand(big)  # read 2 at a time while the last one read is on screen
    qtbot.waitUntil(lambda: pane.model.rowCount(big) == 7)
    wait_idle(qtbot, ctx)
    assert _shown_names(pane, big) == sorted(names)
    assert not pane.model.canFetchMore(big)


@pytest.mark.usefixtures("small_pages")
def test_an_opened_group_stays_open_and_read_after_a_change(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    for n in range(5):
        _customer(ctx, clock, f"Overdue {n}", "A", 7)
    _load(qtbot, pane)
    pane.tree.expand(_group(pane, 0, 0))
    qtbot.waitUntil(lambda: pane.model.rowCount(_group(pane, 0, 0)) == 5)
    wait_idle(qtbot, ctx)
    _select(pane, "Overdue 3")

    with qtbot.waitSignal(pane.loaded):
        ctx.run(
            create_customer, {"name": "Overdue 9", "grade": "A", "manual_next_on": "2026-11-20"}
        )
    group = _group(pane, 0, 0)
    assert group.data() == "A · Clear need, closes within 1 month (6)"
    assert pane.tree.isExpanded(group)
    qtbot.waitUntil(lambda: pane.model.rowCount(group) == 6)
    assert pane.selected_item() is not None
    assert pane.selected_item().name == "Overdue 3"  # type: ignore[union-attr]
    wait_idle(qtbot, ctx)


def test_a_key_date_added_shows_after_the_change(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    cid = _customer(ctx, clock, "Birthday", "C", 0)
    _customer(ctx, clock, "Today B", "B", 7)
    _load(qtbot, pane)
    with qtbot.waitSignal(pane.loaded):
        ctx.run(add_key_date, cid, KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 24))
    assert _names_in(pane, "today") == ["Today B", "Birthday"]
    with qtbot.waitSignal(pane.loaded):
        ctx.run(update_customer, cid, {"grade": "A"})
    assert _outline(pane) == [
        ("today", [("A", ["Birthday"]), ("B", ["Today B"])]),
        ("upcoming", [("A", ["Birthday"])]),  # an A is due daily: the follow-up tomorrow
    ]
    wait_idle(qtbot, ctx)


@pytest.mark.usefixtures("small_pages")
def test_model_with_a_group_read_in_part_passes_the_qt_model_tester(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FakeClock,
    pane: TodayPane,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    for n in range(5):
        _customer(ctx, clock, f"Overdue {n}", "A", 7)
    _load(qtbot, pane)
    pane.tree.expand(_group(pane, 0, 0))
    qtbot.waitUntil(lambda: pane.model.rowCount(_group(pane, 0, 0)) >= 2)
    qtmodeltester.check(pane.model, force_py=True)
    wait_idle(qtbot, ctx)


def test_changes_in_a_burst_are_all_shown(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    first = _customer(ctx, clock, "First", "C", 0)
    second = _customer(ctx, clock, "Second", "D", 0)
    _load(qtbot, pane)
    ctx.run(add_key_date, first, KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 24))
    ctx.run(add_reminder, second, NOW + timedelta(hours=2), "Call back")
    qtbot.waitUntil(lambda: _names_in(pane, "today") == ["First", "Second"])
    wait_idle(qtbot, ctx)


def test_a_group_closed_by_hand_stays_closed_after_a_change(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock, pane: TodayPane
) -> None:
    _customer(ctx, clock, "Overdue A", "A", 7)
    _customer(ctx, clock, "Today B", "B", 7)
    _load(qtbot, pane)
    overdue_a = _group(pane, 0, 0)
    pane.tree.collapse(overdue_a)
    with qtbot.waitSignal(pane.loaded):
        ctx.run(create_customer, {"name": "New A", "grade": "A", "manual_next_on": "2026-11-20"})
    assert _group(pane, 0, 0).data().endswith("(2)")
    assert not pane.tree.isExpanded(_group(pane, 0, 0))
    assert pane.tree.isExpanded(_group(pane, 1, 0))
    wait_idle(qtbot, ctx)
