"""Due items as values: what is due, for whom, when, and where it sits in the Today pane.

    item.section(today)              # overdue, today or upcoming
    shown_from(item, snoozed, today, at)    # the first day it shows after a snooze
    items.sort(key=order_key)        # grade A→E, then due day, kind, name, customer

See `crmdesk.services.due` for how the list is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum

from crmdesk.domain.enums import Grade, KeyDateKind, ReminderKind

__all__ = [
    "AGENDA_DAYS",
    "GRADES",
    "DueItem",
    "Section",
    "group_key",
    "local_day",
    "order_key",
    "parse_utc",
    "shown_from",
]

AGENDA_DAYS = 7
GRADES = {grade.value: grade for grade in Grade}


class Section(StrEnum):
    """Where an item sits in the Today pane."""

    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
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


GroupKey = tuple[date, str, str, str, str]


def group_key(item: DueItem) -> GroupKey:
    """The order within a grade: due day, kind, name, customer (and the key date or reminder,
    for two of one customer on one day). A page of follow-ups comes from SQL in this order."""
    return (item.due, item.kind, item.name, item.customer_id, item.ref_id or "")


def order_key(item: DueItem) -> tuple[str, GroupKey]:
    """The order of the whole list: grade A→E, then `group_key`."""
    return (item.grade.value, group_key(item))


def shown_from(
    item: DueItem, snoozed: datetime | None, today: date, at: datetime | None
) -> date | None:
    """The first day the item shows, after its snooze; None while hidden later today.

    A snooze that has ended by *at* (the moment the list is for) no longer counts; one that
    ends later today hides the item (when the list is for a moment); one that ends on a later
    day shows it from that day.
    """
    starts = item.starts or item.due
    if snoozed is None or (at is not None and snoozed <= at):
        return starts
    if at is not None and local_day(snoozed) <= today:
        return None
    return max(starts, local_day(snoozed))


def parse_utc(text: str) -> datetime:
    """A stored timestamp ("2026-11-23T09:30:00.000Z") or day ("2026-11-23", UTC midnight)."""
    if len(text) <= 10:
        return datetime.combine(date.fromisoformat(text), time(), UTC)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_day(moment: datetime) -> date:
    """The salesperson's calendar day of *moment*."""
    return moment.astimezone().date()
