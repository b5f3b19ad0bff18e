"""The due list equals a slow reference computed from scratch with the domain rules."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from crmdesk.domain.cadence import next_due
from crmdesk.domain.enums import FollowUpMethod, Grade, KeyDateKind, ReminderKind
from crmdesk.domain.keydates import KeyDateRule, alert_window
from crmdesk.services.customers import create_customer, delete_customer, update_customer
from crmdesk.services.due import DueItem, Section, agenda, due_list
from crmdesk.services.followups import FollowUp, log_followup
from crmdesk.services.key_dates import add_key_date
from crmdesk.services.reminders import (
    add_reminder,
    complete_item,
    complete_key_date,
    complete_reminder,
    snooze_item,
    snooze_reminder,
)
from crmdesk.services.session import Session
from tests.conftest import FakeClock
from tests.helpers import customer

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _populate(session: Session, clock: FakeClock, rng: random.Random) -> None:
    for i in range(150):
        clock.moment = START + timedelta(days=rng.randint(0, 300), hours=rng.randint(0, 8))
        cid = (
            create_customer(session, {"name": f"客户 {i}", "grade": rng.choice("ABCDE")}).created_id
            or ""
        )
        if rng.random() < 0.6:
            clock.moment += timedelta(days=rng.randint(0, 30))
            log_followup(session, cid, FollowUp(FollowUpMethod.CALL, Grade(rng.choice("ABCDE"))))
        if rng.random() < 0.15:
            day = date(2026, 11, 1) + timedelta(days=rng.randint(0, 60))
            update_customer(session, cid, {"manual_next_on": day.isoformat()})
        if rng.random() < 0.4:
            _key_date(session, cid, rng)
        if rng.random() < 0.1:
            due_at = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=rng.randint(0, 60))
            rid = add_reminder(session, cid, due_at, "回电").created_id or ""
            if rng.random() < 0.3:
                complete_reminder(session, rid)
            elif rng.random() < 0.3:
                snooze_reminder(session, rid, due_at + timedelta(days=3))
        if rng.random() < 0.05:
            delete_customer(session, cid)


def _key_date(session: Session, cid: str, rng: random.Random) -> None:
    kind = rng.choice(list(KeyDateKind))
    month, day = rng.choice([(11, 20), (11, 25), (12, 1), (12, 20), (2, 29), (1, 3)])
    rule = KeyDateRule(
        kind=kind,
        month=month,
        day=day,
        year=rng.choice([None, 1988]) if kind == KeyDateKind.BIRTHDAY else _year(month, day),
        yearly=kind == KeyDateKind.BIRTHDAY or rng.random() < 0.5,
        lead_days=rng.choice([0, 3, 30]),
    )
    kid = add_key_date(session, cid, rule).created_id or ""
    if rng.random() < 0.2:
        occurrence = alert_window(rule, date(2026, 11, 23))
        if occurrence:
            complete_key_date(session, kid, occurrence)


def _year(month: int, day: int) -> int:
    return 2028 if (month, day) == (2, 29) else 2026


def _reference(session: Session, day: date) -> set[tuple[str, str, str, str]]:
    """Everything computed again from raw rows, ignoring the stored next_due_on."""
    db = session.store.db
    prefs = session.preferences()
    result = set()
    for cid, grade, last, manual, first in db.execute_sql(
        "SELECT id, grade, last_followup_on, manual_next_on, first_contact_on FROM customer "
        "WHERE deleted_at IS NULL"
    ):
        due = next_due(
            grade=Grade(grade),
            base=date.fromisoformat(last or first),
            cadences=prefs.cadences,
            working_days=prefs.working_days,
            manual=date.fromisoformat(manual) if manual else None,
        )
        if due <= day:
            result.add(("followup", cid, grade, due.isoformat()))
    done = set(
        db.execute_sql(
            "SELECT key_date_id, due_at FROM reminder "
            "WHERE kind = 'key_date' AND done_at IS NOT NULL"
        ).fetchall()
    )
    for kid, cid, kind, month, mday, year, yearly, lead, grade in db.execute_sql(
        "SELECT k.id, k.customer_id, k.kind, k.month, k.day, k.year, k.yearly, k.lead_days, "
        "c.grade FROM key_date k JOIN customer c ON c.id = k.customer_id "
        "WHERE c.deleted_at IS NULL AND k.deleted_at IS NULL"
    ):
        rule = KeyDateRule(KeyDateKind(kind), month, mday, year, bool(yearly), lead)
        occurrence = alert_window(rule, day)
        if occurrence and (kid, occurrence.isoformat()) not in done:
            result.add(("key_date", cid, grade, occurrence.isoformat()))
    for cid, due_at, snoozed, grade in db.execute_sql(
        "SELECT r.customer_id, r.due_at, r.snoozed_until, c.grade FROM reminder r JOIN customer c "
        "ON c.id = r.customer_id WHERE r.kind = 'manual' AND r.done_at IS NULL "
        "AND c.deleted_at IS NULL"
    ):
        if date.fromisoformat((snoozed or due_at)[:10]) <= day:
            result.add(("manual", cid, grade, due_at[:10]))
    return result


@pytest.mark.parametrize("seed", [1, 2])
def test_due_list_equals_the_reference(session: Session, clock: FakeClock, seed: int) -> None:
    _populate(session, clock, random.Random(seed))
    kinds_seen = set()
    for day in [date(2026, 11, 23) + timedelta(days=n) for n in range(0, 40, 3)]:
        due = due_list(session, day)
        got = {(i.kind.value, i.customer_id, i.grade.value, i.due.isoformat()) for i in due.items}
        assert got == _reference(session, day), day
        assert len(got) == len(due.items)
        grades = [item.grade.value for item in due.items]
        assert grades == sorted(grades), "grouped A to E"
        kinds_seen |= {item.kind.value for item in due.items}
    assert kinds_seen == {"followup", "key_date", "manual"}


def test_overdue_days_and_groups(session: Session, clock: FakeClock) -> None:
    clock.moment = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    a = create_customer(session, {"name": "张伟", "grade": "A"}).created_id
    create_customer(session, {"name": "Later", "grade": "E"})
    due = due_list(session, date(2026, 11, 6))
    assert [(i.customer_id, i.overdue_days) for i in due.items] == [(a, 3)]
    assert due.counts() == {"A": 1, "B": 0, "C": 0, "D": 0, "E": 0}


# -- the agenda and snoozes (Today pane) ---------------------------------------------------

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # Monday, the default clock


def _made(session: Session, clock: FakeClock, name: str, grade: str, days_ago: int) -> str:
    clock.moment = NOW - timedelta(days=days_ago)
    cid = create_customer(session, {"name": name, "grade": grade}).created_id or ""
    clock.moment = NOW
    return cid


def _names(items: object) -> list[str]:
    return [item.name for item in items]  # type: ignore[attr-defined]


def test_agenda_sections(session: Session, clock: FakeClock) -> None:
    _made(session, clock, "overdue", "A", 7)
    _made(session, clock, "today", "B", 7)
    _made(session, clock, "in two days", "C", 13)
    _made(session, clock, "B in two days", "B", 5)  # created on the 18th: due Wed 25 Nov
    _made(session, clock, "next month", "D", 0)
    kid_owner = _made(session, clock, "birthday", "E", 0)
    add_key_date(session, kid_owner, KeyDateRule.of(KeyDateKind.BIRTHDAY, 12, 3))  # lead 3

    week = agenda(session)

    assert week.today == date(2026, 11, 23)
    assert week.until == date(2026, 11, 30)
    assert _names(week.section(Section.OVERDUE)) == ["overdue"]
    assert _names(week.section(Section.TODAY)) == ["today"]
    # the birthday's alert starts on 30 Nov, inside the week; "B in two days" is due 25 Nov
    assert _names(week.section(Section.UPCOMING)) == ["B in two days", "in two days", "birthday"]
    birthday = week.section(Section.UPCOMING)[-1]
    assert (birthday.due, birthday.starts) == (date(2026, 12, 3), date(2026, 11, 30))
    assert week.next_due == date(2026, 11, 25)
    assert week.groups(Section.UPCOMING)[Grade.B][0].name == "B in two days"


def test_agenda_equals_the_union_of_the_daily_lists(session: Session, clock: FakeClock) -> None:
    _populate(session, clock, random.Random(3))
    clock.moment = NOW
    week = agenda(session)
    union: dict[tuple[str, str, str], date] = {}
    for offset in range(8):
        day = NOW.date() + timedelta(days=offset)
        for item in due_list(session, day).items:
            union.setdefault(item.key, day)
    assert {i.key: max(week.today, i.starts or i.due) for i in week.items} == union
    assert len(week.items) == len(union)


def test_empty_agenda_tells_the_next_due_day(session: Session, clock: FakeClock) -> None:
    _made(session, clock, "next month", "D", 0)
    week = agenda(session)
    assert week.items == ()
    assert week.next_due == date(2026, 12, 23)
    assert agenda(session, days=40).next_due == date(2026, 12, 23)


def test_an_hour_snooze_hides_a_follow_up_until_it_ends(session: Session, clock: FakeClock) -> None:
    cid = _made(session, clock, "today", "B", 7)
    item = due_list(session, NOW.date()).items[0]
    snooze_item(session, item, NOW + timedelta(hours=1))
    assert due_list(session, NOW.date()).items == ()
    assert agenda(session).items == ()
    assert agenda(session).wake_at == NOW + timedelta(hours=1)
    assert _names(due_list(session, NOW.date(), at=NOW + timedelta(minutes=61)).items) == ["today"]
    clock.moment = NOW + timedelta(hours=1)
    assert _names(due_list(session, NOW.date()).items) == ["today"], "ends at the hour"
    # the due date itself did not move, and a second snooze reuses the same row
    assert customer(session, cid)["next_due_on"] == "2026-11-23"
    snooze_item(session, item, NOW + timedelta(hours=3))
    rows = session.store.db.execute_sql(
        "SELECT count(*) FROM reminder WHERE customer_id = ? AND kind = 'followup'", (cid,)
    ).fetchone()
    assert rows[0] == 1
    assert due_list(session, NOW.date()).items == ()


def test_snoozing_a_follow_up_to_a_day_schedules_it_by_hand(
    session: Session, clock: FakeClock
) -> None:
    cid = _made(session, clock, "overdue", "A", 7)
    item = due_list(session, NOW.date()).items[0]
    snooze_item(session, item, date(2026, 11, 24))
    assert due_list(session, NOW.date()).items == ()
    assert customer(session, cid)["manual_next_on"] == "2026-11-24"
    assert _names(due_list(session, date(2026, 11, 24)).items) == ["overdue"]


def test_snoozing_and_completing_a_key_date(session: Session, clock: FakeClock) -> None:
    cid = _made(session, clock, "birthday", "C", 0)
    add_key_date(session, cid, KeyDateRule.of(KeyDateKind.BIRTHDAY, 11, 25))
    item = due_list(session, NOW.date()).items[0]
    snooze_item(session, item, date(2026, 11, 24))
    assert due_list(session, NOW.date()).items == ()
    assert agenda(session).section(Section.UPCOMING)[0].starts == date(2026, 11, 24)
    clock.moment = NOW + timedelta(days=1)
    tomorrow = due_list(session, date(2026, 11, 24)).items
    assert _names(tomorrow) == ["birthday"]
    complete_item(session, tomorrow[0])
    assert due_list(session, date(2026, 11, 25)).items == ()
    next_year = due_list(session, date(2027, 11, 24)).items
    assert [i.kind for i in next_year if i.ref_id] == [ReminderKind.KEY_DATE], "next year"


def test_snoozing_a_manual_reminder_for_an_hour(session: Session, clock: FakeClock) -> None:
    cid = _made(session, clock, "call back", "D", 0)
    add_reminder(session, cid, NOW, "回电")
    item = due_list(session, NOW.date()).items[0]
    snooze_item(session, item, NOW + timedelta(hours=1))
    assert due_list(session, NOW.date()).items == ()
    # a list for the day as a whole (no moment) still shows it: the snooze ends that day
    assert len(due_list(session, NOW.date(), at=NOW + timedelta(hours=2)).items) == 1
    assert len(due_list(session, date(2026, 11, 24)).items) == 1
    with pytest.raises(ValueError, match="logged"):
        complete_item(session, _followup_item(cid))


def _followup_item(cid: str) -> DueItem:
    return DueItem(ReminderKind.FOLLOWUP, cid, "x", None, Grade.A, NOW.date(), 0)
