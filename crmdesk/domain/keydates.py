"""Key dates (birthdays, contract expiries, renewals, custom): when they next fall and
when to start reminding.

A yearly rule recurs every year on its month and day; 29 February falls on 28 February in
non-leap years. A yearly rule with a year (a birthday with the birth year, a renewal that
starts in a given year) has no occurrence before that year. A one-off rule needs a year and
happens once. The alert window of an occurrence is ``[occurrence - lead_days, occurrence]``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date
from types import MappingProxyType

from crmdesk.domain.enums import KeyDateKind

__all__ = [
    "DEFAULT_LEAD_DAYS",
    "MAX_LEAD_DAYS",
    "KeyDateRule",
    "age_on",
    "alert_window",
    "next_occurrence",
]

DEFAULT_LEAD_DAYS: Mapping[KeyDateKind, int] = MappingProxyType(
    {
        KeyDateKind.BIRTHDAY: 3,
        KeyDateKind.CONTRACT_EXPIRY: 30,
        KeyDateKind.RENEWAL: 30,
        KeyDateKind.CUSTOM: 0,
    }
)

# Longer leads would make the alert windows of a yearly date overlap.
MAX_LEAD_DAYS = 365
_LEAP_YEAR = 2000


@dataclass(frozen=True)
class KeyDateRule:
    """When a key date happens. Invalid combinations raise ``ValueError`` (with a code)."""

    kind: KeyDateKind
    month: int
    day: int
    year: int | None = None
    yearly: bool = True
    lead_days: int = 0

    def __post_init__(self) -> None:
        if not self.yearly and self.year is None:
            raise ValueError("key_date.one_off_needs_year")
        if not 0 <= self.lead_days <= MAX_LEAD_DAYS:
            raise ValueError("key_date.lead_days_out_of_range")
        try:
            date(_LEAP_YEAR if self.year is None else self.year, self.month, self.day)
        except (ValueError, TypeError, OverflowError) as exc:
            raise ValueError("key_date.no_such_date") from exc

    @classmethod
    def of(
        cls,
        kind: KeyDateKind,
        month: int,
        day: int,
        *,
        year: int | None = None,
        yearly: bool = True,
        lead_days: int | None = None,
    ) -> KeyDateRule:
        """A rule whose lead time defaults to the kind's ``DEFAULT_LEAD_DAYS``."""
        lead = DEFAULT_LEAD_DAYS[kind] if lead_days is None else lead_days
        return cls(kind, month, day, year=year, yearly=yearly, lead_days=lead)

    @classmethod
    def from_date(
        cls, kind: KeyDateKind, when: date, *, yearly: bool, lead_days: int | None = None
    ) -> KeyDateRule:
        return cls.of(
            kind, when.month, when.day, year=when.year, yearly=yearly, lead_days=lead_days
        )


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _in_year(rule: KeyDateRule, year: int) -> date:
    if rule.month == 2 and rule.day == 29 and not _is_leap(year):
        return date(year, 2, 28)
    return date(year, rule.month, rule.day)


def next_occurrence(rule: KeyDateRule, on_or_after: date) -> date | None:
    """First occurrence on or after ``on_or_after``, or None if there is none any more."""
    if not rule.yearly:
        assert rule.year is not None  # guaranteed by KeyDateRule validation
        once = date(rule.year, rule.month, rule.day)
        return once if once >= on_or_after else None
    year = max(on_or_after.year, rule.year or MINYEAR)
    occurrence = _in_year(rule, year)
    if occurrence >= on_or_after:
        return occurrence
    return _in_year(rule, year + 1) if year < MAXYEAR else None


def alert_window(rule: KeyDateRule, today: date) -> date | None:
    """The occurrence whose alert window ``[occ - lead_days, occ]`` contains ``today``."""
    occurrence = next_occurrence(rule, today)
    if occurrence is not None and (occurrence - today).days <= rule.lead_days:
        return occurrence
    return None


def age_on(rule: KeyDateRule, on: date) -> int | None:
    """Age reached on ``on`` (typically a birthday occurrence) for a birthday with a year.

    None for other kinds, birthdays without a year, or dates before the birth.
    """
    if rule.kind != KeyDateKind.BIRTHDAY or rule.year is None:
        return None
    if on < date(rule.year, rule.month, rule.day):
        return None
    years = on.year - rule.year
    return years if on >= _in_year(rule, on.year) else years - 1
