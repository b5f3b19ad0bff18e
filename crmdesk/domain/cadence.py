"""Follow-up cadence: when is a customer next due, and how urgent is it.

The grade sets the interval (A daily ... E yearly, editable in Preferences). The next
follow-up is due ``interval`` days after the last logged follow-up (or the customer's
creation), unless a follow-up was scheduled by hand. A due date that lands on a
non-working day moves forward to the next working day, for every grade: the daily A
cadence therefore skips weekends (logged Friday, due Monday), and a B customer due on a
Saturday also shows up on Monday rather than in a weekend nobody reads the list.
A hand-scheduled date is taken as is: the salesperson chose it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType

from crmdesk.domain.enums import Grade, Urgency

__all__ = [
    "DEFAULT_CADENCE_DAYS",
    "MAX_CADENCE_DAYS",
    "MIN_CADENCE_DAYS",
    "Cadences",
    "WorkingDays",
    "next_due",
    "overdue_days",
    "urgency",
]

MIN_CADENCE_DAYS = 1
MAX_CADENCE_DAYS = 3650

DEFAULT_CADENCE_DAYS: Mapping[Grade, int] = MappingProxyType(
    {Grade.A: 1, Grade.B: 7, Grade.C: 15, Grade.D: 30, Grade.E: 365}
)

_URGENCY_LIMITS: tuple[tuple[int, Urgency], ...] = (
    (7, Urgency.WEEK),
    (31, Urgency.MONTH),
    (92, Urgency.QUARTER),
)


def _check_days(grade: Grade, days: object) -> int:
    if isinstance(days, bool) or not isinstance(days, int):
        raise ValueError(f"cadence for grade {grade} must be an integer")
    if not MIN_CADENCE_DAYS <= days <= MAX_CADENCE_DAYS:
        raise ValueError(f"cadence for grade {grade} must be 1..{MAX_CADENCE_DAYS} days")
    return days


@dataclass(frozen=True)
class Cadences:
    """Follow-up interval in days for every grade (validated, immutable)."""

    by_grade: Mapping[Grade, int] = field(default_factory=lambda: DEFAULT_CADENCE_DAYS)

    def __post_init__(self) -> None:
        missing = [g for g in Grade if g not in self.by_grade]
        if missing:
            raise ValueError(f"cadence missing for grades {', '.join(missing)}")
        extra = [k for k in self.by_grade if k not in set(Grade)]
        if extra:
            raise ValueError(f"unknown grades in cadence: {extra!r}")
        clean = {g: _check_days(g, self.by_grade[g]) for g in Grade}
        object.__setattr__(self, "by_grade", MappingProxyType(clean))

    def __hash__(self) -> int:
        return hash(tuple(self.by_grade[g] for g in Grade))

    def days(self, grade: Grade) -> int:
        return self.by_grade[grade]

    def with_days(self, grade: Grade, days: int) -> Cadences:
        """A copy with one grade's interval changed (validated)."""
        return Cadences({**self.by_grade, grade: days})

    def to_dict(self) -> dict[str, int]:
        """``{"A": 1, "B": 7, ...}``: JSON-ready, for the settings table."""
        return {g.value: self.by_grade[g] for g in Grade}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Cadences:
        """Inverse of :meth:`to_dict`; raises ``ValueError`` on any bad key or value."""
        clean: dict[Grade, int] = {}
        for key, value in data.items():
            try:
                grade = Grade(key)
            except ValueError as exc:
                raise ValueError(f"unknown grade in cadence settings: {key!r}") from exc
            clean[grade] = _check_days(grade, value)
        return cls(clean)


@dataclass(frozen=True)
class WorkingDays:
    """Weekdays (0 = Monday ... 6 = Sunday) on which follow-ups fall due."""

    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})

    def __post_init__(self) -> None:
        if not self.weekdays:
            raise ValueError("at least one working day is required")
        if any(isinstance(d, bool) or d not in range(7) for d in self.weekdays):
            raise ValueError("working days must be weekday numbers 0..6")

    @classmethod
    def of(cls, weekdays: Iterable[int]) -> WorkingDays:
        return cls(frozenset(weekdays))

    def is_working(self, day: date) -> bool:
        return day.weekday() in self.weekdays

    def next_working_on_or_after(self, day: date) -> date:
        """``day`` itself if it is a working day, else the first working day after it."""
        offset = min((wd - day.weekday()) % 7 for wd in self.weekdays)
        return day + timedelta(days=offset)

    def to_list(self) -> list[int]:
        return sorted(self.weekdays)


def next_due(
    *,
    grade: Grade,
    base: date,
    cadences: Cadences,
    working_days: WorkingDays,
    manual: date | None = None,
) -> date:
    """Date the next follow-up is due.

    ``base`` is the date of the last logged follow-up, or the creation date if none.
    A hand-scheduled ``manual`` date wins until it is logged. Otherwise the grade's
    interval is added to ``base`` and the result moved forward to the next working day.
    """
    if manual is not None:
        return manual
    return working_days.next_working_on_or_after(base + timedelta(days=cadences.days(grade)))


def overdue_days(due: date, today: date) -> int:
    """Whole days past ``due`` (0 when due today or later)."""
    return max(0, (today - due).days)


def urgency(due: date, today: date) -> Urgency:
    """Bucket of ``due``: overdue, today, within 7 / 31 / 92 days, or later."""
    ahead = (due - today).days
    if ahead < 0:
        return Urgency.OVERDUE
    if ahead == 0:
        return Urgency.TODAY
    for limit, bucket in _URGENCY_LIMITS:
        if ahead <= limit:
            return bucket
    return Urgency.LATER
