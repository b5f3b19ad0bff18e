"""What the Today pane and the tray need from the due list: counts, and one page at a time.

    summary = due_summary(session)                        # overdue, today, the next 7 days
    summary.count(Section.OVERDUE, Grade.A)               # per section and grade
    items = due_page(session, summary, Section.OVERDUE, Grade.A, offset=0, limit=200)

A big customer base has tens of thousands of items due in a week: building each as an object
took most of a second at 100,000 customers, and reading the ~9,000 key dates and reminders
whole another 200 ms. Here every source is counted in SQL per grade and section: follow-ups
from a tally per grade and day (`crmdesk.data.due_queries`), key dates and manual reminders
from their indexes (`crmdesk.services.due_extras`); a page reads each source's first items
in the list's order and merges them.

Snoozed items are few: each summary reads the open snoozes and places the items they name
itself (`shown_from`), leaving them out of the SQL counts and pages (*held*): the counts and
pages are exactly those of the full list, `crmdesk.services.due.agenda`, which is made of them.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from crmdesk.data import due_queries
from crmdesk.data.writer import utc_text
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, ReminderKind
from crmdesk.services.due_extras import (
    GroupId,
    Snoozed,
    Window,
    key_date_items,
    key_dates_of,
    manual_items,
    manual_of,
    other_counts,
    read_snoozes,
    snoozed_items,
)
from crmdesk.services.due_items import (
    AGENDA_DAYS,
    GRADES,
    DueItem,
    Section,
    group_key,
    local_day,
    parse_utc,
    shown_from,
)
from crmdesk.services.session import Session

__all__ = ["PAGE", "DueSummary", "customer_items", "due_page", "due_summary", "summarise"]

PAGE = 200


@dataclass(frozen=True)
class DueSummary:
    """How many items each (section, grade) group holds, and what a page needs to be read."""

    window: Window  # today..until, and what key dates and manual reminders are read by
    at: datetime | None  # the moment the list is for (None: the whole of *today*)
    counts: Mapping[GroupId, int]  # every group, empty ones included
    next_due: date | None = None  # first day after today with something due
    wake_at: datetime | None = None  # when the earliest short snooze ends (refresh then)
    # for due_page: the snoozed items, placed where their snoozes show them; what SQL counted
    # of key dates and manual reminders per group; what it leaves out (snoozed follow-ups'
    # customer rids, snoozed key dates' ids)
    placed: Mapping[GroupId, tuple[DueItem, ...]] = field(default_factory=dict, repr=False)
    parts: Mapping[GroupId, tuple[int, int]] = field(default_factory=dict, repr=False)
    held: frozenset[int] = frozenset()
    held_key_dates: frozenset[str] = frozenset()

    @property
    def today(self) -> date:
        return self.window.today

    @property
    def until(self) -> date:
        return self.window.until

    def count(self, section: Section, grade: Grade | None = None) -> int:
        if grade is not None:
            return self.counts.get((section, grade), 0)
        return sum(self.counts.get((section, g), 0) for g in Grade)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def groups(self, sections: Iterable[Section] = tuple(Section)) -> list[GroupId]:
        """The non-empty groups of *sections*, in the pane's order."""
        return [(s, g) for s in sections for g in Grade if self.counts.get((s, g), 0)]


def due_summary(
    session: Session,
    today: date | None = None,
    days: int = AGENDA_DAYS,
    *,
    horizon: bool = True,
) -> DueSummary:
    """The Today pane's counts: overdue, due *today* and the next *days* days.

    *horizon*: find `next_due` too.
    """
    today = today or session.today()
    at = session.now() if today == session.today() else None
    until = today + timedelta(days=days)
    return summarise(session, today, until, at, horizon=horizon)


def summarise(
    session: Session, today: date, until: date, at: datetime | None, *, horizon: bool = True
) -> DueSummary:
    """The summary of *today*..*until* for the moment *at*; *horizon*: also `next_due` (the
    Today pane's "what comes next", not the due list's)."""
    window = Window.of(today, until)
    snoozes = read_snoozes(session, today)
    candidates, held_key_dates = snoozed_items(session, window, snoozes)
    held_out, held = _held_followups(session, today, until, snoozes, candidates)
    placed = _place(candidates, today, until, at)
    parts, first_other = other_counts(session, window, held_key_dates)
    counts = _counts(session, today, until, placed, parts, held_out)
    wake = due_queries.first_snooze_end(session.store, utc_text(at)) if at else None
    wake_at = parse_utc(wake) if wake else None
    summary = DueSummary(window, at, counts, None, wake_at, placed, parts, held, held_key_dates)
    if not horizon:
        return summary
    return replace(summary, next_due=_next_due(session, summary, first_other))


def _held_followups(
    session: Session,
    today: date,
    until: date,
    snoozes: Mapping[tuple[str, str], datetime],
    candidates: list[Snoozed],
) -> tuple[Counter[GroupId], frozenset[int]]:
    """The snoozed follow-ups, added to *candidates*; where each is counted in SQL, and rids."""
    customers = [cid for kind, cid in snoozes if kind == "followup"]
    rows = due_queries.followups_of(session.store, customers, until.isoformat())
    counted: Counter[GroupId] = Counter()
    for _rid, cid, name, company, grade, next_due_on in rows:
        due = date.fromisoformat(next_due_on)
        item = DueItem(
            ReminderKind.FOLLOWUP, cid, name, company, GRADES[grade], due,
            overdue_days(due, today), starts=due,
        )  # fmt: skip
        counted[item.section(today), item.grade] += 1
        candidates.append((item, snoozes["followup", cid]))
    return counted, frozenset(row[0] for row in rows)


def _place(
    candidates: list[Snoozed], today: date, until: date, at: datetime | None
) -> dict[GroupId, tuple[DueItem, ...]]:
    """Each snoozed item in the group its snooze shows it in (nowhere while hidden)."""
    placed: dict[GroupId, list[DueItem]] = {}
    for item, moment in candidates:
        starts = shown_from(item, moment, today, at)
        if starts is None or starts > until:
            continue
        shown = item if starts == item.starts else replace(item, starts=starts)
        placed.setdefault((shown.section(today), shown.grade), []).append(shown)
    return {group: tuple(sorted(items, key=group_key)) for group, items in placed.items()}


def section_ranges(today: date, until: date) -> dict[Section, due_queries.Range]:
    """Each section as a range of follow-up due days (after, upto]."""
    yesterday = (today - timedelta(days=1)).isoformat()
    return {
        Section.OVERDUE: ("", yesterday),
        Section.TODAY: (yesterday, today.isoformat()),
        Section.UPCOMING: (today.isoformat(), until.isoformat()),
    }


def _counts(
    session: Session,
    today: date,
    until: date,
    placed: Mapping[GroupId, tuple[DueItem, ...]],
    parts: Mapping[GroupId, tuple[int, int]],
    held_out: Counter[GroupId],
) -> dict[GroupId, int]:
    ranges = section_ranges(today, until)
    followups = due_queries.followup_counts(session.store, list(ranges.values()))
    counts = {}
    for grade in Grade:
        per_section = followups.get(grade.value, [0] * len(ranges))
        for section, n in zip(ranges, per_section, strict=True):
            group = (section, grade)
            others = sum(parts.get(group, ())) + len(placed.get(group, ()))
            counts[group] = n - held_out[group] + others
    return counts


def _next_due(session: Session, summary: DueSummary, first_other: date | None) -> date | None:
    """The first day after today with an item: in the window, else after it."""
    upcoming = section_ranges(summary.today, summary.until)[Section.UPCOMING]
    first = due_queries.first_followup_day(session.store, upcoming, summary.held)
    days = [date.fromisoformat(first)] if first else []
    if first_other is not None:
        days.append(first_other)
    for grade in Grade:
        items = summary.placed.get((Section.UPCOMING, grade), ())
        days += (item.starts or item.due for item in items)
    if days:
        return min(days)
    return _next_after(session, summary.until)


def _next_after(session: Session, until: date) -> date | None:
    """The first follow-up or manual reminder day after *until* (for "what comes next")."""
    first = due_queries.first_followup_day(session.store, (until.isoformat(), "9999-12-31"))
    days = [date.fromisoformat(first)] if first else []
    for value in due_queries.manual_starts_from(session.store, until.isoformat()):
        day = local_day(parse_utc(value))
        if day > until:
            days.append(day)
    return min(days, default=None)


# -- pages ---------------------------------------------------------------------------------


def due_page(
    session: Session,
    summary: DueSummary,
    section: Section,
    grade: Grade,
    offset: int = 0,
    limit: int = PAGE,
) -> list[DueItem]:
    """Items *offset*.. of one group, at most *limit* (-1: all), in the list's order.

    The group's follow-ups come from SQL (LIMIT/OFFSET on the index), merged with its other
    items (key dates, manual reminders, snoozed items): with E of those, the page needs at
    most *limit* + E follow-ups, from at most E before *offset*, and the first *offset* +
    *limit* of each other source.
    """
    group = (section, grade)
    others = _others(session, summary, group, -1 if limit < 0 else offset + limit)
    extra = sum(summary.parts.get(group, ())) + len(summary.placed.get(group, ()))
    due = section_ranges(summary.today, summary.until)[section]
    start = 0 if limit < 0 else max(0, offset - extra)
    rows = due_queries.followup_page(
        session.store,
        grade.value,
        due,
        held=summary.held,
        limit=-1 if limit < 0 else offset + limit - start,
        offset=start,
    )
    followups = _followups(rows, grade, summary.today)
    if start and not followups:
        return []  # fewer follow-ups than *start*: the group ends before *offset*
    before = bisect_left(others, group_key(followups[0]), key=group_key) if start else 0
    merged = list(heapq.merge(followups, others[before:], key=group_key))
    first = offset - start - before  # where *offset* is in merged
    return merged[first:] if limit < 0 else merged[first : first + limit]


def _others(session: Session, summary: DueSummary, group: GroupId, want: int) -> list[DueItem]:
    """The first *want* (-1: all) key dates, manual reminders and snoozed items of *group*."""
    key_dates, manual = summary.parts.get(group, (0, 0))
    sources: list[Iterable[DueItem]] = [summary.placed.get(group, ())]
    if key_dates:
        sources.append(key_date_items(session, summary.window, group, summary.held_key_dates, want))
    if manual:
        sources.append(manual_items(session, summary.window, group, want))
    return list(heapq.merge(*sources, key=group_key))


def customer_items(
    session: Session,
    summary: DueSummary,
    customers: Collection[str],
    sections: Iterable[Section] = tuple(Section),
) -> list[DueItem]:
    """The items of *customers* in *sections* of *summary*, in no particular order."""
    wanted = set(sections)
    today, window = summary.today, summary.window
    items = [
        item
        for group in summary.groups(wanted)
        for item in summary.placed.get(group, ())
        if item.customer_id in customers
    ]
    key_dates = key_dates_of(session, window, customers)
    items += (item for item in key_dates if item.ref_id not in summary.held_key_dates)
    items += manual_of(session, window, customers)
    rows = due_queries.followups_of(session.store, customers, summary.until.isoformat())
    for rid, cid, name, company, grade, next_due_on in rows:
        if rid in summary.held:
            continue  # snoozed: among the placed items
        due = date.fromisoformat(next_due_on)
        item = DueItem(
            ReminderKind.FOLLOWUP, cid, name, company, GRADES[grade], due,
            overdue_days(due, today), starts=due,
        )  # fmt: skip
        items.append(item)
    return [item for item in items if item.section(today) in wanted]


def _followups(rows: list[due_queries.FollowUpRow], grade: Grade, today: date) -> list[DueItem]:
    days: dict[str, tuple[date, int]] = {}
    kind = ReminderKind.FOLLOWUP
    items = []
    for cid, name, company, next_due_on in rows:
        known = days.get(next_due_on)
        if known is None:
            day = date.fromisoformat(next_due_on)
            known = days[next_due_on] = (day, overdue_days(day, today))
        items.append(DueItem(kind, cid, name, company, grade, known[0], known[1], starts=known[0]))
    return items
