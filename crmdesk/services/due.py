"""The due list: what the salesperson must do on a day, grouped by grade A→E.

    due = due_list(session, date(2026, 11, 23))
    for grade, items in due.groups.items(): ...
    week = agenda(session)            # overdue, due today and the next 7 days, in one call
    week.section(Section.OVERDUE)

Follow-ups come from each customer's next due date (overdue ones included); key dates from
their alert windows (birthdays a few days ahead, contract expiries a month ahead); manual
reminders from their due or snoozed-until day.

Snoozes. A manual reminder carries its own ``snoozed_until``. A follow-up or a key-date
occurrence is snoozed by an open ``reminder`` row of kind "followup" (per customer) or
"key_date" (per key date and occurrence) whose ``snoozed_until`` is set
(`crmdesk.services.reminders.snooze_item`). An item snoozed until a later day first shows on
that day; one snoozed until later *today* (Snooze ▸ 1 hour) is hidden until that moment
passes, when the list is computed for the current moment (``at``; by default the session's
clock when the day asked for is today). Day-level follow-up snoozes move the hand-scheduled
date instead (`snooze_followup`), as before. Days of snoozes and manual reminders are the
salesperson's local calendar days.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import Any

from crmdesk.data import queries
from crmdesk.data.writer import utc_text
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, KeyDateKind, ReminderKind
from crmdesk.domain.keydates import KeyDateRule, next_occurrence
from crmdesk.services.key_dates import MAX_LEAD_DAYS
from crmdesk.services.session import Session

__all__ = [
    "AGENDA_DAYS",
    "Agenda",
    "DueItem",
    "DueList",
    "Section",
    "agenda",
    "due_list",
    "local_day",
    "parse_utc",
    "window_month_days",
]

AGENDA_DAYS = 7
_GRADES = {grade.value: grade for grade in Grade}


class Section(StrEnum):
    """Where an item sits in the Today pane."""

    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


@dataclass(frozen=True)
class DueItem:
    kind: ReminderKind
    customer_id: str
    name: str
    company: str | None
    grade: Grade
    due: date
    overdue_days: int
    detail: str = ""
    ref_id: str | None = None
    starts: date | None = None  # the first day the item is on the list (None: ``due``)
    key_date_kind: KeyDateKind | None = None  # birthday, contract expiry, … (key dates only)

    @property
    def key(self) -> tuple[str, str, str]:
        """Identifies the item across refreshes (for keeping the selection)."""
        return (self.kind.value, self.customer_id, self.ref_id or "")

    def section(self, today: date) -> Section:
        if (self.starts or self.due) > today:
            return Section.UPCOMING
        return Section.OVERDUE if self.overdue_days > 0 else Section.TODAY

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "id": self.customer_id,
            "name": self.name,
            "company": self.company,
            "grade": self.grade.value,
            "due": self.due.isoformat(),
            "overdue_days": self.overdue_days,
            "detail": self.detail,
            "ref_id": self.ref_id,
        }


@dataclass(frozen=True)
class DueList:
    day: date
    items: tuple[DueItem, ...]

    @property
    def groups(self) -> dict[Grade, list[DueItem]]:
        return _by_grade(self.items)

    def counts(self) -> dict[str, int]:
        return {grade.value: len(items) for grade, items in self.groups.items()}


@dataclass(frozen=True)
class Agenda:
    """Overdue, due-today and upcoming items from *today* to *until*, sorted A→E."""

    today: date
    until: date
    items: tuple[DueItem, ...]
    next_due: date | None = None  # first day after today with something due
    wake_at: datetime | None = None  # when the earliest short snooze ends (refresh then)

    def section(self, section: Section) -> list[DueItem]:
        return [item for item in self.items if item.section(self.today) == section]

    def groups(self, section: Section) -> dict[Grade, list[DueItem]]:
        return _by_grade(self.section(section))

    def count(self, section: Section) -> int:
        return len(self.section(section))


def due_list(session: Session, day: date, *, at: datetime | None = None) -> DueList:
    """Everything on the list of *day*; snoozes ending later today hide items until *at*."""
    if at is None and day == session.today():
        at = session.now()
    return DueList(day=day, items=_collect(session, day, day, at))


def agenda(session: Session, today: date | None = None, days: int = AGENDA_DAYS) -> Agenda:
    """The Today pane's list: overdue, due today and the next *days* days, in one pass."""
    now = session.now()
    today = today or session.today()
    until = today + timedelta(days=days)
    at = now if today == session.today() else None
    items = _collect(session, today, until, at)
    upcoming = [i.starts or i.due for i in items if (i.starts or i.due) > today]
    return Agenda(
        today=today,
        until=until,
        items=items,
        next_due=min(upcoming) if upcoming else _next_after(session, until),
        wake_at=_wake_at(session, at) if at else None,
    )


# -- collecting ----------------------------------------------------------------------------


def _collect(
    session: Session, today: date, until: date, at: datetime | None
) -> tuple[DueItem, ...]:
    snoozes = _snoozes(session, today)
    candidates = [
        *_followups(session, today, until, snoozes),
        *_key_dates(session, today, until, snoozes),
        *_manual(session, today, until),
    ]
    items = []
    for item, snoozed in candidates:
        starts = _shown_from(item, snoozed, today, at)
        if starts is not None and starts <= until:
            items.append(item if starts == item.starts else replace(item, starts=starts))
    items.sort(key=_ORDER)  # grade A→E, then due day, kind, name (StrEnums compare as text)
    return tuple(items)


def _shown_from(
    item: DueItem, snoozed: datetime | None, today: date, at: datetime | None
) -> date | None:
    """The first day the item shows, after its snooze; None while hidden later today."""
    starts = item.starts or item.due
    if snoozed is None or (at is not None and snoozed <= at):
        return starts
    if at is not None and local_day(snoozed) <= today:
        return None
    return max(starts, local_day(snoozed))


def _item(
    row: dict[str, Any],
    kind: ReminderKind,
    due: date,
    day: date,
    starts: date | None = None,
    **extra: Any,
) -> DueItem:
    """A due item for a row carrying the customer's name, company and grade."""
    return DueItem(
        kind=kind,
        customer_id=row.get("customer_id") or row["id"],
        name=row["name"],
        company=row["company"],
        grade=_GRADES[row["grade"]],
        due=due,
        overdue_days=overdue_days(due, day),
        starts=starts or due,
        **extra,
    )


Candidate = tuple[DueItem, datetime | None]
_Snoozes = dict[tuple[str, str], datetime]


def _followups(session: Session, today: date, until: date, snoozes: _Snoozes) -> list[Candidate]:
    result = []
    kind = ReminderKind.FOLLOWUP
    for cid, name, company, grade, next_due_on in queries.due_followups(session.store, until):
        due = date.fromisoformat(next_due_on)
        # built directly, not through _item: this loop runs for tens of thousands of customers
        item = DueItem(
            kind, cid, name, company, _GRADES[grade], due, overdue_days(due, today), starts=due
        )
        result.append((item, snoozes.get(("followup", cid))))
    return result


def window_month_days(day: date, lead: int = MAX_LEAD_DAYS) -> list[tuple[int, int]]:
    """(month, day) pairs from *day* to *day* + lead; 29 Feb joins 28 Feb in common years."""
    return list(_days_ahead(day, lead))


def _days_ahead(day: date, lead: int) -> dict[tuple[int, int], int]:
    """(month, day) → days from *day* to its first occurrence within *lead* days."""
    ahead: dict[tuple[int, int], int] = {}
    for offset in range(lead + 1):
        current = day + timedelta(days=offset)
        ahead.setdefault((current.month, current.day), offset)
        if (current.month, current.day) == (2, 28) and not calendar.isleap(current.year):
            ahead.setdefault((2, 29), offset)
    return ahead


def _key_dates(session: Session, today: date, until: date, snoozes: _Snoozes) -> list[Candidate]:
    """Key dates whose alert window ``[occurrence - lead, occurrence]`` meets today..until."""
    span = (until - today).days
    rows = queries.key_dates_on_days(session.store, _days_ahead(today, MAX_LEAD_DAYS + span), span)
    found = _occurrences(rows, today)
    done = queries.done_key_date_reminders(session.store, [row["id"] for row, _r, _o in found])
    result = []
    for row, rule, occurrence in found:
        if (row["id"], occurrence.isoformat()) in done:
            continue
        item = _item(
            row,
            ReminderKind.KEY_DATE,
            occurrence,
            today,
            detail=row["label"] or row["kind"],
            ref_id=row["id"],
            starts=max(today, occurrence - timedelta(days=rule.lead_days)),
            key_date_kind=rule.kind,
        )
        snoozed = snoozes.get(("key_date", f"{row['id']}/{occurrence.isoformat()}"))
        result.append((item, snoozed))
    return result


def _occurrences(
    rows: list[dict[str, Any]], today: date
) -> list[tuple[dict[str, Any], KeyDateRule, date]]:
    """Each key date row with its rule and next occurrence (those that have one)."""
    found = []
    for row in rows:
        rule = KeyDateRule(
            kind=KeyDateKind(row["kind"]),
            month=row["month"],
            day=row["day"],
            year=row["year"],
            yearly=bool(row["yearly"]),
            lead_days=row["lead_days"],
        )
        occurrence = next_occurrence(rule, today)
        if occurrence is not None:
            found.append((row, rule, occurrence))
    return found


def _manual(session: Session, today: date, until: date) -> list[Candidate]:
    # a day's margin on the UTC text: the exact local day is decided in Python
    rows = session.store.db.execute_sql(
        "SELECT r.id, r.customer_id, r.due_at, r.snoozed_until, r.note, c.name, c.company, "
        "c.grade FROM reminder r JOIN customer c ON c.id = r.customer_id "
        "WHERE r.done_at IS NULL AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
        "AND r.kind = 'manual' AND substr(coalesce(r.snoozed_until, r.due_at), 1, 10) <= ? "
        "ORDER BY r.due_at",
        ((until + timedelta(days=1)).isoformat(),),
    )
    result = []
    for rid, cid, due_at, snoozed_until, note, name, company, grade in rows:
        row = {"customer_id": cid, "name": name, "company": company, "grade": grade}
        due = local_day(parse_utc(due_at))
        item = _item(row, ReminderKind.MANUAL, due, today, detail=note or "", ref_id=rid)
        result.append((item, parse_utc(snoozed_until) if snoozed_until else None))
    return result


def _snoozes(session: Session, today: date) -> _Snoozes:
    """Open follow-up and key-date snoozes that may still matter (indexed: open reminders)."""
    rows = session.store.db.execute_sql(
        "SELECT kind, customer_id, key_date_id, substr(due_at, 1, 10), snoozed_until "
        "FROM reminder WHERE done_at IS NULL AND deleted_at IS NULL "
        "AND kind IN ('followup', 'key_date') AND snoozed_until >= ?",
        ((today - timedelta(days=1)).isoformat(),),
    )
    result: _Snoozes = {}
    for kind, cid, kid, due_day, until in rows:
        key = (kind, cid) if kind == "followup" else (kind, f"{kid}/{due_day}")
        moment = parse_utc(until)
        result[key] = max(moment, result.get(key, moment))
    return result


def _next_after(session: Session, until: date) -> date | None:
    """The first follow-up or manual reminder day after *until* (for "what comes next")."""
    row = session.store.db.execute_sql(
        "SELECT min(next_due_on) FROM customer WHERE deleted_at IS NULL AND next_due_on > ?",
        (until.isoformat(),),
    ).fetchone()
    days = [date.fromisoformat(row[0])] if row and row[0] else []
    for (value,) in session.store.db.execute_sql(
        "SELECT coalesce(snoozed_until, due_at) FROM reminder WHERE done_at IS NULL "
        "AND deleted_at IS NULL AND kind = 'manual' "
        "AND substr(coalesce(snoozed_until, due_at), 1, 10) >= ?",
        (until.isoformat(),),
    ):
        day = local_day(parse_utc(value))
        if day > until:
            days.append(day)
    return min(days, default=None)


def _wake_at(session: Session, at: datetime) -> datetime | None:
    """The earliest snooze that ends after *at* (the pane refreshes then)."""
    rows = session.store.db.execute_sql(
        "SELECT min(snoozed_until) FROM reminder WHERE done_at IS NULL AND deleted_at IS NULL "
        "AND snoozed_until > ?",
        (utc_text(at),),
    ).fetchone()
    return parse_utc(rows[0]) if rows and rows[0] else None


# -- helpers -------------------------------------------------------------------------------

_ORDER = attrgetter("grade", "due", "kind", "name", "customer_id")


def _by_grade(items: Iterable[DueItem]) -> dict[Grade, list[DueItem]]:
    grouped: dict[Grade, list[DueItem]] = {grade: [] for grade in Grade}
    for item in items:
        grouped[item.grade].append(item)
    return grouped


def parse_utc(text: str) -> datetime:
    """A stored timestamp ("2026-11-23T09:30:00.000Z") or day ("2026-11-23", UTC midnight)."""
    if len(text) <= 10:
        return datetime.combine(date.fromisoformat(text), time(), UTC)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_day(moment: datetime) -> date:
    """The salesperson's calendar day of *moment*."""
    return moment.astimezone().date()
