"""Key dates and manual reminders on the due list: counted and paged in SQL, built as items.

    window = Window.of(today, until)
    parts, first = other_counts(session, window, held_key_dates)  # {group: (key dates, manual)}
    key_date_items(session, window, (Section.TODAY, Grade.A), held, limit=200)
    manual_items(session, window, (Section.OVERDUE, Grade.B), limit=200)
    candidates, held = snoozed_items(session, window, snoozes)   # placed by the summary

A key date's items come from its rule (its next occurrence and alert window, decided in SQL
over a window of calendar days), a manual reminder's from its due moment's local day. Both
carry their customer's grade and name (schema v8), so a group's count is read from an index
and a page is read in the pane's order without touching the customer table: at 100,000
customers the ~9,000 key dates and reminders of a week used to take 200 ms to read whole.

Snoozes are not applied in SQL: they end with time. The few snoozed items are read apart
(`snoozed_items`) and placed by the summary (`crmdesk.services.due_items.shown_from`); the
SQL counts and pages leave the snoozed key dates out, and manual reminders with a snooze.
"""

from __future__ import annotations

import calendar
import contextlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from crmdesk.data import due_queries
from crmdesk.data.writer import utc_text
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, KeyDateKind, ReminderKind
from crmdesk.services.due_items import GRADES, DueItem, Section, group_key, local_day, parse_utc
from crmdesk.services.key_dates import MAX_LEAD_DAYS
from crmdesk.services.session import Session

__all__ = [
    "GroupId",
    "Snoozed",
    "Window",
    "key_date_items",
    "manual_items",
    "other_counts",
    "read_snoozes",
    "snoozed_items",
    "window_month_days",
]

GroupId = tuple[Section, Grade]
Snoozed = tuple[DueItem, datetime]  # an item and the end of its snooze
Parts = dict[GroupId, tuple[int, int]]  # (key dates, manual reminders) per group
_KINDS = {kind.value: kind for kind in KeyDateKind}


@dataclass(frozen=True)
class Window:
    """The days *today*..*until*: the calendar days key dates are looked up by, and the UTC
    moments manual reminders' sections start at."""

    today: date
    until: date
    days: tuple[date, ...]  # today + n for every n a key date's occurrence may be ahead
    key_days: tuple[tuple[int, int, int, int, str], ...]  # see due_queries.key_date_counts
    bounds: due_queries.Bounds  # local midnights starting today, tomorrow and after *until*

    @classmethod
    def of(cls, today: date, until: date) -> Window:
        span = (until - today).days
        days = tuple(today + timedelta(days=n) for n in range(MAX_LEAD_DAYS + span + 1))
        key_days = tuple(
            (month, day, ahead, days[ahead].year, days[ahead].isoformat())
            for (month, day), ahead in _days_ahead(today, MAX_LEAD_DAYS + span).items()
        )
        tomorrow, after = today + timedelta(days=1), until + timedelta(days=1)
        bounds = (_midnight(today), _midnight(tomorrow), _midnight(after))
        return cls(today, until, days, key_days, bounds)

    @property
    def span(self) -> int:
        return (self.until - self.today).days

    def manual_range(self, section: Section) -> tuple[str, str]:
        """The due moments (from, before) of a section's manual reminders."""
        today_from, tomorrow_from, end = self.bounds
        return {
            Section.OVERDUE: ("", today_from),
            Section.TODAY: (today_from, tomorrow_from),
            Section.UPCOMING: (tomorrow_from, end),
        }[section]


def _midnight(day: date) -> str:
    """The UTC text of the local midnight starting *day*."""
    return utc_text(datetime.combine(day, time()).astimezone())


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


# -- counts --------------------------------------------------------------------------------


def other_counts(
    session: Session, window: Window, held_key_dates: Collection[str]
) -> tuple[Parts, date | None]:
    """Key dates and unsnoozed manual reminders per group; the first day after today either
    starts on (for "what comes next")."""
    parts: dict[GroupId, list[int]] = {}
    firsts: list[date] = []
    rows = due_queries.key_date_counts(session.store, window.key_days, window.span, held_key_dates)
    for grade, starts_today, n, least in rows:
        section = Section.TODAY if starts_today else Section.UPCOMING
        parts.setdefault((section, GRADES[grade]), [0, 0])[0] += n
        if not starts_today:
            firsts.append(window.days[least])
    for grade, per_section in due_queries.manual_counts(session.store, window.bounds).items():
        *numbers, first = per_section
        for section, n in zip(Section, numbers, strict=True):
            if n:
                parts.setdefault((section, GRADES[grade]), [0, 0])[1] += n
        if first is not None:
            firsts.append(local_day(parse_utc(first)))
    return {group: (pair[0], pair[1]) for group, pair in parts.items()}, min(firsts, default=None)


# -- pages ---------------------------------------------------------------------------------


def key_date_items(
    session: Session, window: Window, group: GroupId, held: Collection[str], limit: int = -1
) -> list[DueItem]:
    """The first *limit* key dates of a group (-1: all), in `group_key` order."""
    section, grade = group
    if section == Section.OVERDUE:
        return []  # a key date is never overdue: its item ends on the day
    rows = due_queries.key_date_page(
        session.store,
        window.key_days,
        window.span,
        (grade.value, section == Section.TODAY),
        held,
        limit,
    )
    return _key_dates(window, rows)


def key_dates_of(session: Session, window: Window, customers: Collection[str]) -> list[DueItem]:
    """The key dates of *customers* in the window, snoozed or not."""
    rows = due_queries.key_date_rows(
        session.store, window.key_days, window.span, customer_ids=customers
    )
    return _key_dates(window, rows)


def _key_dates(window: Window, rows: list[due_queries.KeyDateRow]) -> list[DueItem]:
    kind = ReminderKind.KEY_DATE
    days = window.days
    items = []
    for kid, cid, name, company, grade, kd_kind, label, ahead, lead in rows:
        # positional (thousands of key dates in a big customer base); never overdue
        item = DueItem(
            kind, cid, name, company, GRADES[grade], days[ahead], 0, label or kd_kind, kid,
            days[max(0, ahead - lead)], _KINDS[kd_kind],
        )  # fmt: skip
        items.append(item)
    return items


def manual_items(
    session: Session, window: Window, group: GroupId, limit: int = -1
) -> list[DueItem]:
    """The first *limit* unsnoozed manual reminders of a group (-1: all), in `group_key` order.

    Read in due order up to the end of the local day of the *limit*-th one: within a day the
    order is by name."""
    section, grade = group
    since, before = window.manual_range(section)
    items: list[DueItem] = []
    days = _LocalDays()
    rows = due_queries.manual_page(session.store, grade.value, since, before)
    with contextlib.closing(rows):
        for row in rows:
            item = _manual(row, days, window.today)
            if 0 <= limit <= len(items) and (limit == 0 or item.due > items[limit - 1].due):
                break
            items.append(item)
    items.sort(key=group_key)
    return items if limit < 0 else items[:limit]


def manual_of(session: Session, window: Window, customers: Collection[str]) -> list[DueItem]:
    """The unsnoozed manual reminders of *customers* in the window."""
    rows = due_queries.manual_rows_of(session.store, customers, window.bounds[2])
    days = _LocalDays()
    return [_manual(row, days, window.today) for row in rows]


def _manual(row: due_queries.ManualRow, days: _LocalDays, today: date) -> DueItem:
    rid, cid, due_at, _snoozed_until, note, name, company, grade = row
    due = days.of(due_at)
    return DueItem(
        ReminderKind.MANUAL, cid, name, company, GRADES[grade], due, overdue_days(due, today),
        note or "", rid, due,
    )  # fmt: skip


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


def snoozed_items(
    session: Session, window: Window, snoozes: Mapping[SnoozeKey, datetime]
) -> tuple[list[Snoozed], frozenset[str]]:
    """Manual reminders with a snooze, and key dates whose occurrence in the window *snoozes*
    names, each with the end of its snooze; and the ids of those key dates."""
    kids = {key.split("/")[0] for kind, key in snoozes if kind == "key_date"}
    rows = due_queries.key_date_rows(session.store, window.key_days, window.span, key_date_ids=kids)
    candidates: list[Snoozed] = []
    held = set()
    for item in _key_dates(window, rows):
        moment = snoozes.get(("key_date", f"{item.ref_id}/{item.due.isoformat()}"))
        if moment is not None:
            candidates.append((item, moment))
            held.add(item.ref_id or "")
    upto = (window.until + timedelta(days=1)).isoformat()  # a day's margin on the UTC text
    days = _LocalDays()
    for row in due_queries.snoozed_manual_rows(session.store, upto):
        candidates.append((_manual(row, days, window.today), parse_utc(row[3] or "")))
    return candidates, frozenset(held)
