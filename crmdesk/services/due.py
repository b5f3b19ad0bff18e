"""The due list: what the salesperson must do on a day, grouped by grade A→E.

    due = due_list(session, date(2026, 11, 23))
    for grade, items in due.groups.items(): ...
    week = agenda(session)            # overdue, due today and the next 7 days, in one call
    week.section(Section.OVERDUE)
    summary = due_summary(session)    # the same week as counts, read a page at a time:
    due_page(session, summary, Section.OVERDUE, Grade.A, offset=0, limit=200)

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
salesperson's local calendar days (`crmdesk.services.due_items.shown_from`).

A big customer base has tens of thousands of items in a week: the Today pane and the tray
use the summary and pages (`crmdesk.services.due_summary`); `due_list` and `agenda` build
every item from the same pieces (the command line, tests, small lists).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from crmdesk.domain.enums import Grade
from crmdesk.services.due_extras import window_month_days
from crmdesk.services.due_items import (
    AGENDA_DAYS,
    DueItem,
    Section,
    local_day,
    order_key,
    parse_utc,
)
from crmdesk.services.due_summary import (
    PAGE,
    DueSummary,
    customer_items,
    due_page,
    due_summary,
    summarise,
)
from crmdesk.services.session import Session

__all__ = [
    "AGENDA_DAYS",
    "PAGE",
    "Agenda",
    "DueItem",
    "DueList",
    "DueSummary",
    "Section",
    "agenda",
    "customer_items",
    "due_list",
    "due_page",
    "due_summary",
    "local_day",
    "parse_utc",
    "window_month_days",
]


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
    summary = summarise(session, day, day, at, horizon=False)
    return DueList(day=day, items=every_item(session, summary))


def agenda(session: Session, today: date | None = None, days: int = AGENDA_DAYS) -> Agenda:
    """The Today pane's list as one tuple: overdue, due today and the next *days* days."""
    summary = due_summary(session, today, days)
    return Agenda(
        today=summary.today,
        until=summary.until,
        items=every_item(session, summary),
        next_due=summary.next_due,
        wake_at=summary.wake_at,
    )


def every_item(session: Session, summary: DueSummary) -> tuple[DueItem, ...]:
    """All the items of *summary*, sorted A→E, then due day, kind, name."""
    items = [
        item
        for section, grade in summary.groups()
        for item in due_page(session, summary, section, grade, limit=-1)
    ]
    items.sort(key=order_key)
    return tuple(items)


def _by_grade(items: Iterable[DueItem]) -> dict[Grade, list[DueItem]]:
    grouped: dict[Grade, list[DueItem]] = {grade: [] for grade in Grade}
    for item in items:
        grouped[item.grade].append(item)
    return grouped
