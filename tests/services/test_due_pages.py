"""The summary and its pages equal the full list, computed the slow way (due_reference.py).

Generated customers with follow-ups around today, key dates (yearly or once, 29 February,
leads, done, snoozed), manual reminders (snoozed for an hour, a day, passed) and follow-up
snoozes, in several time zones: the counts per section and grade, every page of every group
concatenated, the next due day and the wake-up time all equal the reference's, before and
after a change.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time as _time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from crmdesk.domain.enums import Grade, KeyDateKind, ReminderKind
from crmdesk.domain.keydates import KeyDateRule, next_occurrence
from crmdesk.services import access
from crmdesk.services.customers import create_customer, delete_customer, update_customer
from crmdesk.services.due import Agenda, Section, agenda, due_list, due_page, due_summary
from crmdesk.services.due_summary import DueSummary
from crmdesk.services.key_dates import add_key_date, delete_key_date
from crmdesk.services.reminders import (
    add_reminder,
    complete_key_date,
    complete_reminder,
    snooze_followup_until,
    snooze_key_date,
    snooze_reminder,
)
from crmdesk.services.session import Session
from tests.conftest import FakeClock
from tests.services.due_reference import reference_agenda, reference_due_list

TODAYS = [date(2026, 11, 23), date(2027, 2, 26), date(2028, 2, 27), date(2026, 12, 30)]
ZONES = ["UTC", "Asia/Shanghai", "America/New_York", "Asia/Kathmandu"]
NAMES = ["张伟", "Acme", "Bob", "bob", "王芳"]  # few names: ties broken by customer id
SNOOZES = st.one_of(st.none(), st.integers(-180, 4000))  # minutes from now
EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass
class KeyDateSpec:
    kind: KeyDateKind
    offset: int  # days from today to the date this year (or 29 February)
    year: int | None  # relative: -1, 0, +1 from the occurrence year, or 1988 / None
    yearly: bool
    lead: int
    done: bool
    snooze: int | None


@dataclass
class ReminderSpec:
    hours: int  # from now
    snooze: int | None
    done: bool


@dataclass
class CustomerSpec:
    name: str
    grade: str
    due: int | None  # days from today; None: far ahead
    deleted: bool
    snooze: int | None  # a follow-up snooze, minutes from now
    key_dates: list[KeyDateSpec] = field(default_factory=list)
    reminders: list[ReminderSpec] = field(default_factory=list)


_KEY_DATES = st.builds(
    KeyDateSpec,
    kind=st.sampled_from(list(KeyDateKind)),
    offset=st.one_of(st.integers(-2, 10), st.integers(-3, 70), st.just(999)),  # 999: 29 Feb
    year=st.sampled_from([None, None, 0, 0, -1, 1, 1988]),
    yearly=st.booleans(),
    lead=st.sampled_from([0, 3, 30, 60]),
    done=st.sampled_from([False, False, False, True]),
    snooze=st.one_of(st.none(), SNOOZES),
)
_REMINDERS = st.builds(
    ReminderSpec,
    hours=st.integers(-100, 250),
    snooze=st.one_of(st.none(), SNOOZES),
    done=st.sampled_from([False, False, False, True]),
)
_CUSTOMERS = st.builds(
    CustomerSpec,
    name=st.sampled_from(NAMES),
    grade=st.sampled_from("ABCDE"),
    due=st.one_of(st.none(), st.integers(-12, 12)),
    deleted=st.sampled_from([False] * 9 + [True]),
    snooze=st.one_of(st.none(), st.none(), SNOOZES),
    key_dates=st.lists(_KEY_DATES, max_size=2),
    reminders=st.lists(_REMINDERS, max_size=2),
)


@dataclass
class Scenario:
    today: date
    clock: time
    zone: str
    customers: list[CustomerSpec]


_SCENARIOS = st.builds(
    Scenario,
    today=st.sampled_from(TODAYS),
    clock=st.sampled_from([time(0, 5), time(9, 30), time(23, 50)]),
    zone=st.sampled_from(ZONES),
    customers=st.lists(_CUSTOMERS, max_size=14),
)


@contextlib.contextmanager
def _zone(name: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    _time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        _time.tzset()


@contextlib.contextmanager
def _built(scenario: Scenario) -> Iterator[Session]:
    """A fresh database holding *scenario*, the clock at its moment, in its time zone."""
    now = datetime.combine(scenario.today, scenario.clock, ZoneInfo(scenario.zone))
    with _zone(scenario.zone), tempfile.TemporaryDirectory() as folder:
        session, _code = access.create(
            Path(folder) / "due.db",
            "pw",
            access.cheap_kdf_for_tests(),
            actor="t",
            clock=FakeClock(now),
        )
        try:
            for spec in scenario.customers:
                _add(session, spec)
            yield session
        finally:
            session.store.close()


def _add(session: Session, spec: CustomerSpec) -> None:
    today, now = session.today(), session.now()
    due = today + timedelta(days=100 if spec.due is None else spec.due)
    fields = {"name": spec.name, "grade": spec.grade, "manual_next_on": due.isoformat()}
    cid = create_customer(session, fields).created_id or ""
    for kd in spec.key_dates:
        _add_key_date(session, cid, kd)
    for reminder in spec.reminders:
        rid = add_reminder(session, cid, now + timedelta(hours=reminder.hours), "r").created_id
        if reminder.done:
            complete_reminder(session, rid or "")
        elif reminder.snooze is not None:
            snooze_reminder(session, rid or "", now + timedelta(minutes=reminder.snooze))
    if spec.snooze is not None:
        snooze_followup_until(session, cid, now + timedelta(minutes=spec.snooze))
    if spec.deleted:
        delete_customer(session, cid)


def _add_key_date(session: Session, cid: str, spec: KeyDateSpec) -> None:
    today, now = session.today(), session.now()
    when = today + timedelta(days=spec.offset) if spec.offset != 999 else date(2028, 2, 29)
    year = spec.year if spec.year in (None, 1988) else when.year + (spec.year or 0)
    try:
        rule = KeyDateRule(spec.kind, when.month, when.day, year, spec.yearly, spec.lead)
    except ValueError:  # a one-off date needs its year; 29 February a leap year
        return
    kid = add_key_date(session, cid, rule, "").created_id or ""
    occurrence = next_occurrence(rule, today)
    if occurrence is None:
        return
    if spec.done:
        complete_key_date(session, kid, occurrence)
    elif spec.snooze is not None:
        snooze_key_date(session, kid, occurrence, now + timedelta(minutes=spec.snooze))


def _pages(session: Session, summary: DueSummary, size: int) -> dict[tuple[Section, Grade], list]:
    """Every group read *size* items at a time, and one page past its end."""
    result = {}
    for section, grade in summary.groups():
        items: list = []
        while len(items) < summary.count(section, grade):
            page = due_page(session, summary, section, grade, offset=len(items), limit=size)
            assert page, (section, grade, len(items))
            items += page
        assert due_page(session, summary, section, grade, offset=len(items), limit=size) == []
        result[section, grade] = items
    return result


@given(scenario=_SCENARIOS, size=st.sampled_from([1, 2, 3, 200]))
@EXAMPLES
def test_summary_and_pages_equal_the_full_list(scenario: Scenario, size: int) -> None:
    with _built(scenario) as session:
        expected = reference_agenda(session, scenario.today)
        summary = due_summary(session)

        _events(expected)
        groups: dict[tuple[Section, Grade], list] = {}
        for item in expected.items:
            groups.setdefault((item.section(expected.today), item.grade), []).append(item)
        counts = Counter({group: len(items) for group, items in groups.items()})
        assert {g: n for g, n in summary.counts.items() if n} == dict(counts)
        assert _pages(session, summary, size) == groups
        assert (summary.next_due, summary.wake_at) == (expected.next_due, expected.wake_at)
        assert agenda(session) == expected
        today = reference_due_list(session, scenario.today, session.now())
        assert due_list(session, scenario.today) == today


def _events(week: Agenda) -> None:
    """What the generated lists held (pytest --hypothesis-show-statistics)."""
    for item in week.items:
        event(f"{item.kind.value} in {item.section(week.today).value}")
        if (item.starts or item.due) > item.due and item.kind != ReminderKind.KEY_DATE:
            event(f"{item.kind.value} snoozed to a later day")
    event(f"{min(len(week.items), 20) // 5 * 5}+ items")


_CHANGES = st.sampled_from(
    ["grade", "rename", "delete", "reminder", "key_date", "drop_key_date", "snooze", "done_kd"]
)


@given(scenario=_SCENARIOS, change=_CHANGES, which=st.integers(0, 100))
@EXAMPLES
def test_after_a_change_the_summary_and_pages_still_equal_the_full_list(
    scenario: Scenario, change: str, which: int
) -> None:
    """Key dates and reminders carry copies of their customer's grade and name, and follow-ups
    are tallied per day (schema v8): a change of grade, a deletion, a new reminder or key date,
    a snooze or a key date done shows at once."""
    with _built(scenario) as session:
        ids = [row[0] for row in session.store.db.execute_sql("SELECT id FROM customer")]
        if not ids:
            return
        due_summary(session)
        _change(session, ids[which % len(ids)], change)
        expected = reference_agenda(session, scenario.today)
        summary = due_summary(session)
        groups: dict[tuple[Section, Grade], list] = {}
        for item in expected.items:
            groups.setdefault((item.section(expected.today), item.grade), []).append(item)
        assert {g: n for g, n in summary.counts.items() if n} == {
            g: len(items) for g, items in groups.items()
        }
        assert _pages(session, summary, 3) == groups
        assert (summary.next_due, summary.wake_at) == (expected.next_due, expected.wake_at)


def _change(session: Session, cid: str, change: str) -> None:
    now, today = session.now(), session.today()
    kids = [
        row[0]
        for row in session.store.db.execute_sql(
            "SELECT id FROM key_date WHERE customer_id = ? AND deleted_at IS NULL", (cid,)
        )
    ]
    if change == "grade":
        grade = session.store.db.execute_sql("SELECT grade FROM customer WHERE id = ?", (cid,))
        update_customer(session, cid, {"grade": "B" if grade.fetchone()[0] == "A" else "A"})
    elif change == "rename":
        update_customer(session, cid, {"name": "Aaron", "company": "Zenith"})
    elif change == "delete":
        delete_customer(session, cid)
    elif change == "reminder":
        add_reminder(session, cid, now - timedelta(hours=30), "new")
    elif change == "key_date":
        rule = KeyDateRule(KeyDateKind.BIRTHDAY, today.month, today.day, None, True, 3)
        add_key_date(session, cid, rule)
    elif change == "snooze":
        snooze_followup_until(session, cid, now + timedelta(minutes=90))
    elif kids and change == "drop_key_date":
        delete_key_date(session, kids[0])
    elif kids and change == "done_kd":
        row = session.store.db.execute_sql(
            "SELECT kind, month, day, year, yearly, lead_days FROM key_date WHERE id = ?",
            (kids[0],),
        ).fetchone()
        rule = KeyDateRule(KeyDateKind(row[0]), row[1], row[2], row[3], bool(row[4]), row[5])
        occurrence = next_occurrence(rule, today)
        if occurrence is not None:
            complete_key_date(session, kids[0], occurrence)
