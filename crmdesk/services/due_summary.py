"""What the Today pane and the tray need from the due list: counts, and one page at a time.

    summary = due_summary(session)                        # overdue, today, the next 7 days
    summary.count(Section.OVERDUE, Grade.A)               # per section and grade
    items = due_page(session, summary, Section.OVERDUE, Grade.A, offset=0, limit=200)
    later = due_summary(session, previous=summary, changed={customer_id})   # after a change

A big customer base has tens of thousands of follow-ups due in a week; building each as an
object took most of a second at 100,000 customers. Here follow-ups are counted in SQL per
grade and section (ranges of one index, `crmdesk.data.due_queries`) and read a page at a
time in the list's order. Key dates and manual reminders are computed in Python
(`crmdesk.services.due_extras`) and kept in the summary; a page merges them with the
follow-ups read from SQL. A summary made with *previous* and the customers *changed* since
reads again only those customers' key dates and reminders.

Snoozed follow-ups and key dates are few: each summary reads the open snoozes and places the
items they name itself (`shown_from`), leaving those customers' follow-ups out of the SQL
counts and pages (*held*): the counts and pages are exactly those of the full list,
`crmdesk.services.due.agenda`, which is made of them.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from crmdesk.data import due_queries
from crmdesk.data.writer import utc_text
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, ReminderKind
from crmdesk.services.due_extras import (
    Extras,
    GroupId,
    Snoozed,
    read_extras,
    read_snoozes,
    snoozed_key_dates,
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

    today: date
    until: date
    at: datetime | None  # the moment the list is for (None: the whole of *today*)
    counts: Mapping[GroupId, int]  # every group, empty ones included
    next_due: date | None = None  # first day after today with something due
    wake_at: datetime | None = None  # when the earliest short snooze ends (refresh then)
    # for due_page and the next summary: the items computed in Python, placed after their
    # snoozes, and the customers whose follow-ups are among them rather than read from SQL
    extras: Mapping[GroupId, tuple[DueItem, ...]] = field(default_factory=dict, repr=False)
    held: frozenset[int] = frozenset()
    source: Extras | None = field(default=None, repr=False)

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
    previous: DueSummary | None = None,
    changed: Collection[str] | None = None,
    horizon: bool = True,
) -> DueSummary:
    """The Today pane's counts: overdue, due *today* and the next *days* days.

    *changed*: the customers changed since *previous* was made (then only their key dates and
    reminders are read again); None when anything may have changed. *horizon*: find
    `next_due` too.
    """
    today = today or session.today()
    at = session.now() if today == session.today() else None
    until = today + timedelta(days=days)
    return summarise(session, today, until, at, previous=previous, changed=changed, horizon=horizon)


def summarise(
    session: Session,
    today: date,
    until: date,
    at: datetime | None,
    *,
    previous: DueSummary | None = None,
    changed: Collection[str] | None = None,
    horizon: bool = True,
) -> DueSummary:
    """The summary of *today*..*until* for the moment *at*; *horizon*: also `next_due` (the
    Today pane's "what comes next", not the due list's)."""
    extras = _extras(session, today, until, previous, changed)
    snoozes = read_snoozes(session, today)
    groups = dict(extras.placed)
    candidates: list[Snoozed] = list(extras.snoozed)
    for group, pairs in snoozed_key_dates(extras, snoozes).items():
        taken = {id(item) for item, _moment in pairs}
        groups[group] = tuple(item for item in groups[group] if id(item) not in taken)
        candidates += pairs
    held_out, held = _held_followups(session, today, until, snoozes, candidates)
    _place(groups, candidates, today, until, at)
    counts = _counts(session, today, until, groups, held_out)
    wake = due_queries.first_snooze_end(session.store, utc_text(at)) if at else None
    wake_at = parse_utc(wake) if wake else None
    summary = DueSummary(today, until, at, counts, None, wake_at, groups, held, extras)
    return replace(summary, next_due=_next_due(session, summary)) if horizon else summary


def _extras(
    session: Session,
    today: date,
    until: date,
    previous: DueSummary | None,
    changed: Collection[str] | None,
) -> Extras:
    source = previous.source if previous is not None else None
    if source is None or changed is None or (source.today, source.until) != (today, until):
        return read_extras(session, today, until)
    return source.reread(session, changed)


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
    groups: dict[GroupId, tuple[DueItem, ...]],
    candidates: list[Snoozed],
    today: date,
    until: date,
    at: datetime | None,
) -> None:
    """Put each snoozed item where its snooze shows it (or nowhere while hidden)."""
    placed: dict[GroupId, list[DueItem]] = {}
    for item, moment in candidates:
        starts = shown_from(item, moment, today, at)
        if starts is None or starts > until:
            continue
        shown = item if starts == item.starts else replace(item, starts=starts)
        placed.setdefault((shown.section(today), shown.grade), []).append(shown)
    for group, items in placed.items():
        merged = list(groups.get(group, ()))
        for item in items:
            insort(merged, item, key=group_key)
        groups[group] = tuple(merged)


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
    groups: Mapping[GroupId, tuple[DueItem, ...]],
    held_out: Counter[GroupId],
) -> dict[GroupId, int]:
    ranges = section_ranges(today, until)
    followups = due_queries.followup_counts(session.store, list(ranges.values()))
    counts = {}
    for grade in Grade:
        per_section = followups.get(grade.value, [0] * len(ranges))
        for section, n in zip(ranges, per_section, strict=True):
            group = (section, grade)
            counts[group] = n - held_out[group] + len(groups.get(group, ()))
    return counts


def _next_due(session: Session, summary: DueSummary) -> date | None:
    """The first day after today with an item: in the window, else after it."""
    upcoming = section_ranges(summary.today, summary.until)[Section.UPCOMING]
    first = due_queries.first_followup_day(session.store, upcoming, summary.held)
    days = [date.fromisoformat(first)] if first else []
    for grade in Grade:
        items = summary.extras.get((Section.UPCOMING, grade), ())
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

    The group's follow-ups come from SQL (LIMIT/OFFSET on the index), merged with the group's
    other items: with E of those, the page needs at most *limit* + E follow-ups, from at
    most E before *offset*.
    """
    extras = summary.extras.get((section, grade), ())
    due = section_ranges(summary.today, summary.until)[section]
    start = 0 if limit < 0 else max(0, offset - len(extras))
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
    before = bisect_left(extras, group_key(followups[0]), key=group_key) if start else 0
    merged = list(heapq.merge(followups, extras[before:], key=group_key))
    first = offset - start - before  # where *offset* is in merged
    return merged[first:] if limit < 0 else merged[first : first + limit]


def customer_items(
    session: Session,
    summary: DueSummary,
    customers: Collection[str],
    sections: Iterable[Section] = tuple(Section),
) -> list[DueItem]:
    """The items of *customers* in *sections* of *summary*, in no particular order."""
    wanted = set(sections)
    items = [
        item
        for group in summary.groups(wanted)
        for item in summary.extras.get(group, ())
        if item.customer_id in customers
    ]
    rows = due_queries.followups_of(session.store, customers, summary.until.isoformat())
    for rid, cid, name, company, grade, next_due_on in rows:
        if rid in summary.held:
            continue  # snoozed: among the extras
        due = date.fromisoformat(next_due_on)
        item = DueItem(
            ReminderKind.FOLLOWUP, cid, name, company, GRADES[grade], due,
            overdue_days(due, summary.today), starts=due,
        )  # fmt: skip
        if item.section(summary.today) in wanted:
            items.append(item)
    return items


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
