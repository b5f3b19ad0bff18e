"""The alert service over a real encrypted database, with a fake clock."""

from __future__ import annotations

import time as _time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.domain.alerts import AlertReason
from crmdesk.domain.enums import Grade, KeyDateKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services import alerts as alerts_module
from crmdesk.services.alerts import AlertService
from crmdesk.services.customers import create_customer, update_customer
from crmdesk.services.key_dates import add_key_date
from crmdesk.services.preferences import load_preferences, save_preferences
from crmdesk.services.reminders import add_reminder
from crmdesk.services.session import Changes, Session
from tests.conftest import FakeClock


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    _time.tzset()
    yield
    monkeypatch.undo()
    _time.tzset()


class AlertClock:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.mono = 0.0

    def now(self) -> datetime:
        return self.clock.moment.astimezone()

    def monotonic(self) -> float:
        return self.mono

    def advance(self, delta: timedelta) -> None:
        self.clock.moment += delta
        self.mono += delta.total_seconds()


def add(session: Session, name: str, grade: str) -> str:
    changes = create_customer(
        session, {"name": name, "grade": grade, "manual_next_on": session.today().isoformat()}
    )
    assert changes.created_id
    return changes.created_id


@pytest.fixture
def alerts(session: Session, clock: FakeClock) -> tuple[AlertService, AlertClock]:
    add(session, "张伟", "A")
    add(session, "Acme Trading", "A")
    add(session, "Bob", "B")
    return AlertService(session, AlertClock(clock)), AlertClock(clock)


def test_start_announces_todays_list_grouped_and_the_digest_counts_it(
    alerts: tuple[AlertService, AlertClock],
) -> None:
    service, _clock = alerts
    report = service.start()
    assert report.alert is not None
    assert report.alert.reason == AlertReason.START
    a, b = report.alert.groups
    assert (a.grade, a.customers, set(a.names)) == (Grade.A, 2, {"张伟", "Acme Trading"})
    assert (b.grade, b.names) == (Grade.B, ("Bob",))
    assert report.digest.counts[Grade.A] == 2
    assert report.digest.total == 3
    assert [item.grade for item in report.digest.top] == [Grade.A, Grade.A, Grade.B]


def test_no_second_alert_and_a_new_customer_is_announced(
    session: Session, alerts: tuple[AlertService, AlertClock]
) -> None:
    service, clock = alerts
    service.start()
    clock.advance(timedelta(minutes=1))
    assert service.check().alert is None
    add(session, "Li Na", "C")
    service.invalidate()
    clock.advance(timedelta(minutes=1))
    alert = service.check().alert
    assert alert is not None
    assert alert.names == ("Li Na",)


def test_snooze_all_hides_the_list_for_an_hour_then_announces_it_again(
    alerts: tuple[AlertService, AlertClock],
) -> None:
    service, clock = alerts
    service.start()
    changes = service.snooze()
    assert changes.reminders
    assert len(changes.customers) == 3
    clock.advance(timedelta(minutes=1))
    report = service.check()
    assert report.alert is None
    assert report.digest.total == 0
    clock.advance(timedelta(hours=1))
    again = service.check().alert
    assert again is not None
    assert again.items == 3


def test_locked_counts_only_and_no_names_anywhere(
    session: Session, alerts: tuple[AlertService, AlertClock]
) -> None:
    service, clock = alerts
    service.lock()
    clock.advance(timedelta(minutes=1))
    report = service.start()  # started while locked: counts from memory (none yet)
    assert report.alert is None
    service.unlock(session)
    report = service.lock()
    assert report.digest.locked
    assert report.digest.top == ()
    assert report.digest.total == 3
    assert service.snooze().reminders is False  # nothing can be written while locked


def test_preferences_apply_quiet_hours_and_names(
    session: Session, clock: FakeClock, alerts: tuple[AlertService, AlertClock]
) -> None:
    service, alert_clock = alerts
    save_preferences(session, replace(load_preferences(session), names_in_alerts=False))
    alert = service.start().alert
    assert alert is not None
    assert alert.names == ()
    assert alert.customers == 3
    clock.moment = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)
    other = AlertService(session, alert_clock)
    assert other.start().alert is None  # 22:00 is in the default quiet hours


def test_a_change_is_read_for_the_customers_it_names(
    session: Session, alerts: tuple[AlertService, AlertClock], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, clock = alerts
    service.start()
    monkeypatch.setattr(alerts_module, "due_page", _unread)  # not the whole list again
    cid = add(session, "Li Na", "C")
    add_key_date(session, cid, KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 24))  # lead 3 days
    service.invalidate(Changes(customers=frozenset({cid}), reminders=True))
    clock.advance(timedelta(minutes=1))
    alert = service.check().alert
    assert alert is not None
    assert alert.items == 2  # the follow-up and the birthday
    assert alert.names == ("Li Na",)
    assert service.digest().counts[Grade.C] == 2


def _unread(*_args: object, **_kw: object) -> None:
    raise AssertionError("the whole list was read again")


def test_only_todays_list_is_kept_and_unchanged_counts_are_not_read_again(
    session: Session, alerts: tuple[AlertService, AlertClock], monkeypatch: pytest.MonkeyPatch
) -> None:
    service, clock = alerts
    later = create_customer(session, {"name": "Next week", "grade": "A"}).created_id
    assert later
    update_customer(session, later, {"manual_next_on": "2026-11-27"})
    service.start()
    assert {entry.name for entry in service.scheduler.entries} == {"张伟", "Acme Trading", "Bob"}
    monkeypatch.setattr(alerts_module, "due_page", _unread)
    clock.advance(timedelta(minutes=6))  # a periodic read: the counts are the same
    assert service.check().digest.total == 3
    monkeypatch.undo()
    add(session, "Written elsewhere", "B")  # no invalidate: another process, say
    clock.advance(timedelta(minutes=6))
    assert service.check().digest.total == 4


def test_snoozing_a_key_date_and_a_reminder_from_their_alert(
    session: Session, alerts: tuple[AlertService, AlertClock]
) -> None:
    service, clock = alerts
    cid = add(session, "Li Na", "C")
    add_key_date(session, cid, KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 24))
    add_reminder(session, cid, session.now(), "Call back")
    alert = service.start().alert
    assert alert is not None
    keys = [key for key in alert.keys if not key.startswith("followup/")]
    assert len(keys) == 2
    changes = service.snooze(keys)
    assert changes.customers == {cid}
    clock.advance(timedelta(minutes=1))
    assert service.check().digest.counts[Grade.C] == 1  # the follow-up is left
    clock.advance(timedelta(hours=1))
    again = service.check().alert
    assert again is not None
    assert set(again.keys) == set(keys)


def test_entries_read_again_per_customer_equal_the_whole_list_read_afresh(
    session: Session, clock: FakeClock
) -> None:
    alert_clock = AlertClock(clock)
    ids = [add(session, name, grade) for name, grade in [("甲", "A"), ("乙", "B"), ("丙", "B")]]
    overdue = create_customer(session, {"name": "Late", "grade": "B"}).created_id or ""
    update_customer(session, overdue, {"manual_next_on": "2026-11-20"})
    service = AlertService(session, alert_clock)
    service.start()
    steps = [
        lambda: add_reminder(session, ids[0], session.now() - timedelta(days=2), "Late call"),
        lambda: add_key_date(session, ids[1], KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 23)),
        lambda: update_customer(session, ids[2], {"grade": "A", "manual_next_on": "2026-11-19"}),
        lambda: update_customer(session, overdue, {"manual_next_on": "2026-12-01"}),
        lambda: add_reminder(session, overdue, session.now() + timedelta(hours=1), "Today"),
    ]
    for step in steps:
        service.invalidate(step())
        alert_clock.advance(timedelta(minutes=1))
        service.check()
        fresh = AlertService(session, alert_clock)
        fresh.start()
        assert service.scheduler.entries == fresh.scheduler.entries
        assert service.digest() == fresh.digest()
