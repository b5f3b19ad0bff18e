"""Key dates and manual reminders of a window: read once, then again only for what changed.

    extras = read_extras(session, today, until)          # every key date and reminder due
    extras = extras.reread(session, {customer_id, ...})  # after these customers changed
    extras.placed[Section.TODAY, Grade.A]                # sorted by `group_key`
    extras.snoozed                                       # reminders with a snooze of their own

Follow-ups are counted and paged in SQL (`crmdesk.services.due_summary`); the items here are
computed in Python from their rules (a key date's next occurrence and alert window, a
reminder's local day), and there can be thousands of them in a big customer base: reading
them takes tens of milliseconds at 100,000 customers, most of it finding each one's customer.
A summary keeps them, and the next summary of the same window reads again only the customers
a change names (`Changes.customers`).

Snoozes are not applied here: they end with time, so each summary places the snoozed items
itself (`crmdesk.services.due_items.shown_from`).
"""

from __future__ import annotations

import calendar
import heapq
from bisect import insort
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from crmdesk.data import due_queries
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, KeyDateKind, ReminderKind
from crmdesk.services.due_items import GRADES, DueItem, Section, group_key, local_day, parse_utc
from crmdesk.services.key_dates import MAX_LEAD_DAYS
from crmdesk.services.session import Session

__all__ = [
    "Extras",
    "GroupId",
    "Snoozed",
    "read_extras",
    "read_snoozes",
    "snoozed_key_dates",
    "window_month_days",
]

GroupId = tuple[Section, Grade]
Snoozed = tuple[DueItem, datetime]  # an item and the end of its snooze
_KINDS = {kind.value: kind for kind in KeyDateKind}


@dataclass(frozen=True)
class Extras:
    """Key-date and manual-reminder items of the days *today*..*until*, before snoozes."""

    today: date
    until: date
    placed: Mapping[GroupId, tuple[DueItem, ...]] = field(default_factory=dict)
    snoozed: tuple[Snoozed, ...] = ()  # manual reminders carrying their own snooze

    def reread(self, session: Session, customers: Collection[str]) -> Extras:
        """The same window with the items of *customers* read again."""
        if not customers:
            return self
        gone = set(customers)
        fresh = _read(session, self.today, self.until, gone)
        placed = {}
        for group in {*self.placed, *fresh.placed}:
            kept = [item for item in self.placed.get(group, ()) if item.customer_id not in gone]
            for item in fresh.placed.get(group, ()):
                insort(kept, item, key=group_key)
            if kept:
                placed[group] = tuple(kept)
        snoozed = [pair for pair in self.snoozed if pair[0].customer_id not in gone]
        return Extras(self.today, self.until, placed, (*snoozed, *fresh.snoozed))


def read_extras(session: Session, today: date, until: date) -> Extras:
    """Every key date and manual reminder on the list from *today* to *until*."""
    return _read(session, today, until, None)


def _read(session: Session, today: date, until: date, customers: Collection[str] | None) -> Extras:
    key_dates: dict[GroupId, list[DueItem]] = {}
    for item in _key_dates(session, today, until, customers):  # in group order
        key_dates.setdefault((item.section(today), item.grade), []).append(item)
    manual: dict[GroupId, list[DueItem]] = {}
    snoozed: list[Snoozed] = []
    for item, snooze in _manual(session, today, until, customers):
        if snooze is not None:
            snoozed.append((item, snooze))
        elif item.due <= until:
            manual.setdefault((item.section(today), item.grade), []).append(item)
    placed = {}
    for group in {*key_dates, *manual}:
        ordered = sorted(manual.get(group, ()), key=group_key)
        placed[group] = tuple(heapq.merge(key_dates.get(group, ()), ordered, key=group_key))
    return Extras(today, until, placed, tuple(snoozed))


# -- key dates -----------------------------------------------------------------------------


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


def _key_dates(
    session: Session, today: date, until: date, customers: Collection[str] | None
) -> list[DueItem]:
    """Key dates whose alert window ``[occurrence - lead, occurrence]`` meets today..until."""
    span = (until - today).days
    days = [today + timedelta(days=n) for n in range(MAX_LEAD_DAYS + span + 1)]
    window = [
        (month, day, ahead, days[ahead].year, days[ahead].isoformat())
        for (month, day), ahead in _days_ahead(today, MAX_LEAD_DAYS + span).items()
    ]
    rows = due_queries.key_date_rows(session.store, window, span, customers)
    kind = ReminderKind.KEY_DATE
    items = []
    for kid, cid, name, company, grade, kd_kind, label, ahead, lead in rows:
        # positional (thousands of key dates in a big customer base); never overdue
        item = DueItem(
            kind, cid, name, company, GRADES[grade], days[ahead], 0, label or kd_kind, kid,
            days[max(0, ahead - lead)], _KINDS[kd_kind],
        )  # fmt: skip
        items.append(item)
    return items


# -- manual reminders ------------------------------------------------------------------------


def _manual(
    session: Session, today: date, until: date, customers: Collection[str] | None
) -> list[tuple[DueItem, datetime | None]]:
    # a day's margin on the UTC text: the exact local day is decided in Python
    upto = (until + timedelta(days=1)).isoformat()
    rows = due_queries.manual_rows(session.store, upto, customers)
    days = _LocalDays()
    kind = ReminderKind.MANUAL
    result = []
    for rid, cid, due_at, snoozed_until, note, name, company, grade in rows:
        due = days.of(due_at)
        item = DueItem(
            kind, cid, name, company, GRADES[grade], due, overdue_days(due, today), note or "",
            rid, due,
        )  # fmt: skip
        result.append((item, parse_utc(snoozed_until) if snoozed_until else None))
    return result


class _LocalDays:
    """The local day of stored timestamps, each distinct text converted once."""

    def __init__(self) -> None:
        self._seen: dict[str, date] = {}

    def of(self, text: str) -> date:
        day = self._seen.get(text)
        if day is None:
            day = self._seen[text] = local_day(parse_utc(text))
        return day


# -- snoozes -------------------------------------------------------------------------------

SnoozeKey = tuple[str, str]  # ("followup", customer id) or ("key_date", "kid/occurrence")


def read_snoozes(session: Session, today: date) -> dict[SnoozeKey, datetime]:
    """Open follow-up and key-date snoozes that may still matter (indexed: open snoozes)."""
    since = (today - timedelta(days=1)).isoformat()
    result: dict[SnoozeKey, datetime] = {}
    for kind, cid, kid, due_day, until in due_queries.open_snoozes(session.store, since):
        key = (kind, cid) if kind == "followup" else (kind, f"{kid}/{due_day}")
        moment = parse_utc(until)
        result[key] = max(moment, result.get(key, moment))
    return result


def snoozed_key_dates(
    extras: Extras, snoozes: Mapping[SnoozeKey, datetime]
) -> dict[GroupId, list[Snoozed]]:
    """The key-date items of *extras* that *snoozes* name, by their group."""
    wanted = {key for kind, key in snoozes if kind == "key_date"}
    found: dict[GroupId, list[Snoozed]] = {}
    if not wanted:
        return found
    for group, items in extras.placed.items():
        for item in items:
            if item.kind == ReminderKind.KEY_DATE and _kd_key(item) in wanted:
                moment = snoozes["key_date", _kd_key(item)]
                found.setdefault(group, []).append((item, moment))
    return found


def _kd_key(item: DueItem) -> str:
    return f"{item.ref_id}/{item.due.isoformat()}"
