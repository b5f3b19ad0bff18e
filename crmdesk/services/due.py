"""The due list: what the salesperson must do on a day, grouped by grade A→E.

    due = due_list(session, date(2026, 11, 23))
    for grade, items in due.groups.items(): ...

Follow-ups come from each customer's next due date (overdue ones included); key dates from
their alert windows (birthdays a few days ahead, contract expiries a month ahead); manual
reminders from their due or snoozed-until day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from crmdesk.data import queries
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, KeyDateKind, ReminderKind
from crmdesk.domain.keydates import KeyDateRule, alert_window
from crmdesk.services.session import Session
from crmdesk.services.timeline import MAX_LEAD_DAYS


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
        grouped: dict[Grade, list[DueItem]] = {grade: [] for grade in Grade}
        for item in self.items:
            grouped[item.grade].append(item)
        return grouped

    def counts(self) -> dict[str, int]:
        return {grade.value: len(items) for grade, items in self.groups.items()}


def due_list(session: Session, day: date) -> DueList:
    items = [*_followups(session, day), *_key_dates(session, day), *_manual(session, day)]
    items.sort(key=lambda i: (i.grade.value, i.due, i.kind.value, i.name, i.customer_id))
    return DueList(day=day, items=tuple(items))


def _item(row: dict[str, Any], kind: ReminderKind, due: date, day: date, **extra: Any) -> DueItem:
    """A due item for a row carrying the customer's name, company and grade."""
    return DueItem(
        kind=kind,
        customer_id=row.get("customer_id") or row["id"],
        name=row["name"],
        company=row["company"],
        grade=Grade(row["grade"]),
        due=due,
        overdue_days=overdue_days(due, day),
        **extra,
    )


def _followups(session: Session, day: date) -> list[DueItem]:
    return [
        _item(row, ReminderKind.FOLLOWUP, date.fromisoformat(row["next_due_on"]), day)
        for row in queries.due_followups(session.store, day)
    ]


def window_month_days(day: date, lead: int = MAX_LEAD_DAYS) -> list[tuple[int, int]]:
    """(month, day) pairs from *day* to *day* + lead; 29 Feb joins 28 Feb in common years."""
    pairs = []
    for offset in range(lead + 1):
        current = day + timedelta(days=offset)
        pairs.append((current.month, current.day))
        if (current.month, current.day) == (2, 28) and not calendar.isleap(current.year):
            pairs.append((2, 29))
    return pairs


def _key_dates(session: Session, day: date) -> list[DueItem]:
    rows = queries.key_dates_on_days(session.store, window_month_days(day))
    done = queries.done_key_date_reminders(session.store, [r["id"] for r in rows])
    result = []
    for row in rows:
        rule = KeyDateRule(
            kind=KeyDateKind(row["kind"]),
            month=row["month"],
            day=row["day"],
            year=row["year"],
            yearly=bool(row["yearly"]),
            lead_days=row["lead_days"],
        )
        occurrence = alert_window(rule, day)
        if occurrence is None or (row["id"], occurrence.isoformat()) in done:
            continue
        detail = row["label"] or row["kind"]
        result.append(
            _item(row, ReminderKind.KEY_DATE, occurrence, day, detail=detail, ref_id=row["id"])
        )
    return result


def _manual(session: Session, day: date) -> list[DueItem]:
    return [
        _item(
            row,
            ReminderKind.MANUAL,
            date.fromisoformat(row["due_at"][:10]),
            day,
            detail=row["note"] or "",
            ref_id=row["id"],
        )
        for row in queries.open_manual_reminders(session.store, day)
    ]
