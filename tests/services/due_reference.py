"""The due list as it was computed before summaries and pages: every item built in Python.

The test oracle for `crmdesk.services.due` (tests/services/test_due_pages.py): the same rules
written the slow, obvious way, with the key-date occurrences from the domain's own
`next_occurrence` and each reminder's local day converted one by one.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from crmdesk.data.writer import utc_text
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, KeyDateKind, ReminderKind
from crmdesk.domain.keydates import KeyDateRule, next_occurrence
from crmdesk.services.due import Agenda, DueItem, DueList, Section
from crmdesk.services.due_items import local_day, order_key, parse_utc, shown_from
from crmdesk.services.key_dates import MAX_LEAD_DAYS
from crmdesk.services.session import Session

Candidate = tuple[DueItem, datetime | None]


def reference_due_list(session: Session, day: date, at: datetime | None) -> DueList:
    return DueList(day, collect(session, day, day, at))


def reference_agenda(session: Session, today: date, days: int = 7) -> Agenda:
    at = session.now() if today == session.today() else None
    until = today + timedelta(days=days)
    items = collect(session, today, until, at)
    upcoming = [i.starts or i.due for i in items if i.section(today) == Section.UPCOMING]
    return Agenda(
        today,
        until,
        items,
        next_due=min(upcoming) if upcoming else _next_after(session, until),
        wake_at=_wake_at(session, at) if at else None,
    )


def collect(session: Session, today: date, until: date, at: datetime | None) -> tuple[DueItem, ...]:
    snoozes = _snoozes(session, today)
    candidates = [
        *_followups(session, today, until, snoozes),
        *_key_dates(session, today, until, snoozes),
        *_manual(session, today, until),
    ]
    items = []
    for item, snoozed in candidates:
        starts = shown_from(item, snoozed, today, at)
        if starts is not None and starts <= until:
            items.append(item if starts == item.starts else replace(item, starts=starts))
    items.sort(key=order_key)
    return tuple(items)


def _rows(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return list(session.store.db.execute_sql(sql, params).fetchall())


def _followups(
    session: Session, today: date, until: date, snoozes: dict[tuple[str, str], datetime]
) -> list[Candidate]:
    result = []
    for cid, name, company, grade, next_due_on in _rows(
        session,
        "SELECT id, name, company, grade, next_due_on FROM customer "
        "WHERE deleted_at IS NULL AND next_due_on <= ?",
        (until.isoformat(),),
    ):
        due = date.fromisoformat(next_due_on)
        item = DueItem(
            ReminderKind.FOLLOWUP, cid, name, company, Grade(grade), due,
            overdue_days(due, today), starts=due,
        )  # fmt: skip
        result.append((item, snoozes.get(("followup", cid))))
    return result


def _days_ahead(day: date, lead: int) -> set[tuple[int, int]]:
    days = set()
    for offset in range(lead + 1):
        current = day + timedelta(days=offset)
        days.add((current.month, current.day))
        if (current.month, current.day) == (2, 28) and not calendar.isleap(current.year):
            days.add((2, 29))
    return days


def _key_dates(
    session: Session, today: date, until: date, snoozes: dict[tuple[str, str], datetime]
) -> list[Candidate]:
    """Every live key date: its next occurrence, its alert window, done or not."""
    done = set(
        _rows(
            session,
            "SELECT key_date_id, substr(due_at, 1, 10) FROM reminder "
            "WHERE key_date_id IS NOT NULL AND done_at IS NOT NULL AND deleted_at IS NULL",
        )
    )
    result = []
    for kid, kind, label, month, day, year, yearly, lead, cid, name, company, grade in _rows(
        session,
        "SELECT k.id, k.kind, k.label, k.month, k.day, k.year, k.yearly, k.lead_days, "
        "c.id, c.name, c.company, c.grade FROM key_date k JOIN customer c "
        "ON c.id = k.customer_id WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL",
    ):
        rule = KeyDateRule(KeyDateKind(kind), month, day, year, bool(yearly), lead)
        occurrence = next_occurrence(rule, today)
        if occurrence is None or (kid, occurrence.isoformat()) in done:
            continue
        starts = max(today, occurrence - timedelta(days=lead))
        if starts > until:
            continue
        item = DueItem(
            ReminderKind.KEY_DATE, cid, name, company, Grade(grade), occurrence,
            overdue_days(occurrence, today), detail=label or kind, ref_id=kid, starts=starts,
            key_date_kind=rule.kind,
        )  # fmt: skip
        result.append((item, snoozes.get(("key_date", f"{kid}/{occurrence.isoformat()}"))))
    assert MAX_LEAD_DAYS >= 0
    return result


def _manual(session: Session, today: date, until: date) -> list[Candidate]:
    result = []
    for rid, cid, due_at, snoozed_until, note, name, company, grade in _rows(
        session,
        "SELECT r.id, r.customer_id, r.due_at, r.snoozed_until, r.note, c.name, c.company, "
        "c.grade FROM reminder r JOIN customer c ON c.id = r.customer_id "
        "WHERE r.done_at IS NULL AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
        "AND r.kind = 'manual'",
    ):
        due = local_day(parse_utc(due_at))
        item = DueItem(
            ReminderKind.MANUAL, cid, name, company, Grade(grade), due,
            overdue_days(due, today), detail=note or "", ref_id=rid, starts=due,
        )  # fmt: skip
        result.append((item, parse_utc(snoozed_until) if snoozed_until else None))
    return result


def _snoozes(session: Session, today: date) -> dict[tuple[str, str], datetime]:
    result: dict[tuple[str, str], datetime] = {}
    for kind, cid, kid, due_day, until in _rows(
        session,
        "SELECT kind, customer_id, key_date_id, substr(due_at, 1, 10), snoozed_until "
        "FROM reminder WHERE done_at IS NULL AND deleted_at IS NULL "
        "AND kind IN ('followup', 'key_date') AND snoozed_until >= ?",
        ((today - timedelta(days=1)).isoformat(),),
    ):
        key = (kind, cid) if kind == "followup" else (kind, f"{kid}/{due_day}")
        moment = parse_utc(until)
        result[key] = max(moment, result.get(key, moment))
    return result


def _next_after(session: Session, until: date) -> date | None:
    days = [
        date.fromisoformat(value)
        for (value,) in _rows(
            session,
            "SELECT next_due_on FROM customer WHERE deleted_at IS NULL AND next_due_on > ?",
            (until.isoformat(),),
        )
    ]
    for (value,) in _rows(
        session,
        "SELECT coalesce(snoozed_until, due_at) FROM reminder WHERE done_at IS NULL "
        "AND deleted_at IS NULL AND kind = 'manual'",
    ):
        day = local_day(parse_utc(value))
        if day > until:
            days.append(day)
    return min(days, default=None)


def _wake_at(session: Session, at: datetime) -> datetime | None:
    ends = [
        parse_utc(value)
        for (value,) in _rows(
            session,
            "SELECT snoozed_until FROM reminder WHERE done_at IS NULL AND deleted_at IS NULL "
            "AND snoozed_until IS NOT NULL",
        )
    ]
    return min((end for end in ends if end > at), default=None)


__all__ = ["collect", "reference_agenda", "reference_due_list", "utc_text"]
