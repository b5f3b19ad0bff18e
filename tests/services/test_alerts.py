"""The alert service over a real encrypted database, with a fake clock."""

from __future__ import annotations

import time as _time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from crmdesk.domain.alerts import AlertReason
from crmdesk.domain.enums import Grade
from crmdesk.services.alerts import AlertService
from crmdesk.services.customers import create_customer
from crmdesk.services.preferences import load_preferences, save_preferences
from crmdesk.services.session import Session
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
