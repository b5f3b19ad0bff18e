"""The alert schedule with a fake clock: no Qt, no database."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.alerts import (
    AlertReason,
    AlertRules,
    AlertScheduler,
    DueEntry,
    group_by_grade,
)
from crmdesk.domain.cadence import WorkingDays
from crmdesk.domain.enums import Grade

TZ = timezone(timedelta(hours=8))
MONDAY = date(2026, 11, 23)


class Clock:
    """Wall and monotonic time that move together unless told otherwise."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment
        self.mono = 1000.0

    def now(self) -> datetime:
        return self.moment

    def monotonic(self) -> float:
        return self.mono

    def advance(self, delta: timedelta) -> None:
        self.moment += delta
        self.mono += delta.total_seconds()

    def jump(self, delta: timedelta) -> None:  # suspended: the monotonic clock stood still
        self.moment += delta


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), TZ)


def entry(name: str, grade: Grade = Grade.A, day: date = MONDAY, cid: str = "") -> DueEntry:
    return DueEntry(f"followup/{cid or name}/{day}", cid or name, grade, day, name)


def scheduler(moment: datetime, **rules: object) -> tuple[Clock, AlertScheduler]:
    clock = Clock(moment)
    return clock, AlertScheduler(clock, AlertRules(**rules))  # type: ignore[arg-type]


LIST = [entry("张伟"), entry("Acme Trading"), entry("Li Na"), entry("Bob", Grade.B)]


def test_start_groups_todays_list_per_grade() -> None:
    _clock, alerts = scheduler(at(MONDAY, 9))
    alert = alerts.start(LIST)
    assert alert is not None
    assert alert.reason == AlertReason.START
    a, b = alert.groups
    assert (a.grade, a.customers, a.names) == (Grade.A, 3, ("张伟", "Acme Trading", "Li Na"))
    assert (b.grade, b.customers, b.names) == (Grade.B, 1, ("Bob",))
    assert alert.items == 4


def test_groups_count_customers_once_and_name_the_first_few() -> None:
    entries = [entry(f"c{i}", cid=f"c{i}") for i in range(5)]
    entries.append(DueEntry("key_date/c0/x", "c0", Grade.A, MONDAY, "c0"))
    (group,) = group_by_grade(entries, names=True)
    assert group.customers == 5
    assert group.names == ("c0", "c1", "c2")
    assert group.more


def test_the_same_reminder_is_not_announced_twice() -> None:
    clock, alerts = scheduler(at(MONDAY, 9))
    assert alerts.start(LIST) is not None
    for _ in range(10):
        clock.advance(timedelta(minutes=1))
        assert alerts.tick(LIST) is None


def test_a_new_item_is_announced_alone_when_it_falls_due() -> None:
    clock, alerts = scheduler(at(MONDAY, 9))
    alerts.start(LIST)
    clock.advance(timedelta(minutes=5))
    alert = alerts.tick([*LIST, entry("New", Grade.C)])
    assert alert is not None
    assert alert.reason == AlertReason.DUE
    assert [(g.grade, g.names) for g in alert.groups] == [(Grade.C, ("New",))]


def test_todays_items_wait_for_the_morning_time_then_come_as_one_summary() -> None:
    clock, alerts = scheduler(at(MONDAY, 0, 1), quiet_start=time(0), quiet_end=time(0))
    tomorrow = MONDAY + timedelta(days=1)
    entries = [entry("Today"), entry("Tomorrow", day=tomorrow)]
    alerts.tick(entries)
    clock.advance(timedelta(hours=8))  # 08:01 < 08:30
    assert alerts.tick() is None
    clock.advance(timedelta(minutes=30))
    alert = alerts.tick()
    assert alert is not None
    assert alert.reason == AlertReason.MORNING
    assert alert.names == ("Today",)
    clock.advance(timedelta(days=1))
    alert = alerts.tick()
    assert alert is not None
    assert alert.names == ("Tomorrow",)


def test_quiet_hours_hold_alerts_back() -> None:
    clock, alerts = scheduler(at(MONDAY, 22))
    assert alerts.start(LIST) is None
    clock.advance(timedelta(hours=9))  # Tuesday 07:00, still quiet
    assert alerts.tick() is None
    clock.advance(timedelta(hours=2))  # 09:00
    alert = alerts.tick()
    assert alert is not None
    assert alert.items == 4


def test_no_alerts_on_non_working_days() -> None:
    saturday = MONDAY + timedelta(days=5)
    clock, alerts = scheduler(at(saturday, 10), working_days=WorkingDays.of(range(5)))
    assert alerts.start(LIST) is None
    clock.advance(timedelta(days=1))
    assert alerts.tick() is None
    clock.advance(timedelta(days=1))  # Monday 10:00
    alert = alerts.tick()
    assert alert is not None
    assert alert.items == 4


def test_after_sleep_one_catch_up_summary_not_a_storm() -> None:
    clock, alerts = scheduler(at(MONDAY, 9))
    alerts.start(LIST)
    later = [entry(f"Day{d}", day=MONDAY + timedelta(days=d)) for d in range(1, 4)]
    alerts.tick([*LIST, *later])
    clock.jump(timedelta(days=3))  # Thursday 09:00, after a long sleep
    alert = alerts.tick()
    assert alert is not None
    assert alert.reason == AlertReason.CATCH_UP
    assert alert.names == ("Day1", "Day2", "Day3")
    clock.advance(timedelta(minutes=1))
    assert alerts.tick() is None


def test_a_clock_change_backwards_is_a_jump_too() -> None:
    clock, alerts = scheduler(at(MONDAY, 12))
    alerts.start([])
    clock.jump(timedelta(hours=-1))
    alert = alerts.tick([entry("Late")])
    assert alert is not None
    assert alert.reason == AlertReason.CATCH_UP


def test_snoozed_items_come_back_when_the_snooze_has_passed() -> None:
    clock, alerts = scheduler(at(MONDAY, 9))
    alert = alerts.start(LIST)
    assert alert is not None
    alerts.snooze(alert.keys, clock.now() + timedelta(hours=1))
    clock.advance(timedelta(minutes=59))
    assert alerts.tick(LIST) is None
    clock.advance(timedelta(minutes=2))
    again = alerts.tick(LIST)
    assert again is not None
    assert again.items == 4
    clock.advance(timedelta(minutes=1))
    assert alerts.tick(LIST) is None


def test_an_item_that_left_the_list_and_came_back_is_announced_again() -> None:
    clock, alerts = scheduler(at(MONDAY, 9))
    alerts.start(LIST)
    clock.advance(timedelta(minutes=1))
    assert alerts.tick(LIST[1:]) is None  # snoozed in the Today pane
    clock.advance(timedelta(hours=1))
    alert = alerts.tick(LIST)
    assert alert is not None
    assert alert.names == ("张伟",)


def test_locked_alerts_give_counts_only_and_unlock_names_them() -> None:
    clock, alerts = scheduler(at(MONDAY, 9))
    alerts.start([])
    alerts.lock()
    clock.advance(timedelta(minutes=1))
    locked = alerts.tick(LIST)
    assert locked is not None
    assert locked.locked
    assert locked.items == 4
    assert locked.names == ()
    assert all(e.name == "" for e in alerts.entries)
    clock.advance(timedelta(minutes=1))
    assert alerts.tick() is None
    unlocked = alerts.unlock(LIST)
    assert unlocked is not None
    assert unlocked.reason == AlertReason.UNLOCK
    assert not unlocked.locked
    assert "张伟" in unlocked.names


def test_lock_and_unlock_do_not_repeat_what_was_already_named() -> None:
    _clock, alerts = scheduler(at(MONDAY, 9))
    alerts.start(LIST)
    alerts.lock()
    assert alerts.unlock(LIST) is None


def test_the_never_show_names_preference() -> None:
    _clock, alerts = scheduler(at(MONDAY, 9), show_names=False)
    alert = alerts.start(LIST)
    assert alert is not None
    assert alert.names == ()
    assert alert.customers == 4


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(st.integers(min_value=1, max_value=36 * 60), min_size=1, max_size=30),
    lock_at=st.integers(min_value=0, max_value=30),
)
def test_any_timeline_announces_each_item_at_most_once_named(
    steps: list[int], lock_at: int
) -> None:
    """Whatever the ticks: quiet hours and days off stay quiet, names never leak while locked,
    and nothing is announced twice with names."""
    clock, alerts = scheduler(at(MONDAY, 7), working_days=WorkingDays.of(range(5)))
    entries = [
        entry(f"c{d}{g}", Grade(g), MONDAY + timedelta(days=d)) for d in range(6) for g in "AB"
    ]
    named: list[str] = []
    alerts.start(entries)
    for index, minutes in enumerate(steps):
        if index == lock_at:
            alerts.lock()
        clock.advance(timedelta(minutes=minutes))
        alert = alerts.tick(entries)
        if alert is None:
            continue
        assert alerts.rules.allows(clock.now())
        if alert.locked:
            assert alert.names == ()
        else:
            named.extend(alert.keys)
    assert len(named) == len(set(named))
