"""Key dates: validation, next occurrence (29 February included), alert windows, age."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import (
    DEFAULT_LEAD_DAYS,
    KeyDateRule,
    age_on,
    alert_window,
    next_occurrence,
)

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
kinds = st.sampled_from(list(KeyDateKind))


@st.composite
def yearly_rules(draw: st.DrawFn) -> KeyDateRule:
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(2000, month)[1]))
    year = draw(st.none() | st.integers(1900, 2200))
    assume(year is None or month != 2 or day != 29 or calendar.isleap(year))
    lead = draw(st.integers(0, 365))
    return KeyDateRule(draw(kinds), month, day, year=year, yearly=True, lead_days=lead)


def birthday(month: int, day: int, year: int | None = None) -> KeyDateRule:
    return KeyDateRule.of(KeyDateKind.BIRTHDAY, month, day, year=year)


# --- validation -----------------------------------------------------------------------


def test_default_lead_days() -> None:
    assert dict(DEFAULT_LEAD_DAYS) == {
        "birthday": 3,
        "contract_expiry": 30,
        "renewal": 30,
        "custom": 0,
    }
    assert birthday(5, 1).lead_days == 3
    assert KeyDateRule.of(KeyDateKind.RENEWAL, 1, 1, lead_days=7).lead_days == 7


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"month": 2, "day": 29, "year": 1990}, "no_such_date"),  # 1990 is not a leap year
        ({"month": 2, "day": 29, "year": 1900}, "no_such_date"),
        ({"month": 2, "day": 30}, "no_such_date"),
        ({"month": 4, "day": 31}, "no_such_date"),
        ({"month": 13, "day": 1}, "no_such_date"),
        ({"month": 0, "day": 1}, "no_such_date"),
        ({"month": 1, "day": 0}, "no_such_date"),
        ({"month": 5, "day": 1, "yearly": False}, "one_off_needs_year"),
        ({"month": 5, "day": 1, "lead_days": -1}, "lead_days_out_of_range"),
        ({"month": 5, "day": 1, "lead_days": 366}, "lead_days_out_of_range"),
    ],
)
def test_invalid_rules_are_refused(kwargs: dict[str, int | bool], code: str) -> None:
    with pytest.raises(ValueError, match=code):
        KeyDateRule(KeyDateKind.CUSTOM, **kwargs)  # type: ignore[arg-type]


def test_leap_day_allowed_without_year_or_in_leap_year() -> None:
    assert birthday(2, 29).year is None
    assert birthday(2, 29, 1992).year == 1992
    assert birthday(2, 29, 2000).year == 2000


# --- examples -------------------------------------------------------------------------


def test_birthday_1992_02_29_falls_on_28_february_in_2025() -> None:
    rule = birthday(2, 29, 1992)
    assert next_occurrence(rule, date(2025, 1, 1)) == date(2025, 2, 28)
    assert next_occurrence(rule, date(2025, 3, 1)) == date(2026, 2, 28)
    assert next_occurrence(rule, date(2027, 3, 1)) == date(2028, 2, 29)
    assert age_on(rule, date(2025, 2, 28)) == 33


def test_birthday_later_this_year_and_next_year() -> None:
    rule = birthday(10, 1)
    assert next_occurrence(rule, date(2025, 6, 1)) == date(2025, 10, 1)
    assert next_occurrence(rule, date(2025, 10, 1)) == date(2025, 10, 1)
    assert next_occurrence(rule, date(2025, 10, 2)) == date(2026, 10, 1)


def test_birthday_alert_starts_three_days_ahead() -> None:
    rule = birthday(6, 10, 1985)
    assert alert_window(rule, date(2025, 6, 6)) is None
    assert alert_window(rule, date(2025, 6, 7)) == date(2025, 6, 10)
    assert alert_window(rule, date(2025, 6, 10)) == date(2025, 6, 10)
    assert alert_window(rule, date(2025, 6, 11)) is None
    assert age_on(rule, date(2025, 6, 10)) == 40


def test_contract_expiry_one_off() -> None:
    rule = KeyDateRule.from_date(KeyDateKind.CONTRACT_EXPIRY, date(2025, 12, 31), yearly=False)
    assert rule.lead_days == 30
    assert next_occurrence(rule, date(2025, 1, 1)) == date(2025, 12, 31)
    assert next_occurrence(rule, date(2025, 12, 31)) == date(2025, 12, 31)
    assert next_occurrence(rule, date(2026, 1, 1)) is None
    assert alert_window(rule, date(2025, 11, 30)) is None
    assert alert_window(rule, date(2025, 12, 1)) == date(2025, 12, 31)
    assert alert_window(rule, date(2026, 1, 1)) is None


def test_yearly_renewal_starting_in_a_future_year() -> None:
    rule = KeyDateRule.of(KeyDateKind.RENEWAL, 3, 1, year=2027)
    assert next_occurrence(rule, date(2025, 6, 1)) == date(2027, 3, 1)
    assert next_occurrence(rule, date(2027, 3, 2)) == date(2028, 3, 1)


def test_alert_window_over_new_year() -> None:
    rule = KeyDateRule.of(KeyDateKind.RENEWAL, 1, 10)  # 30 days lead
    assert alert_window(rule, date(2025, 12, 15)) == date(2026, 1, 10)
    assert alert_window(rule, date(2025, 12, 10)) is None


def test_age_on_edge_cases() -> None:
    rule = birthday(6, 10, 1985)
    assert age_on(rule, date(2025, 6, 9)) == 39
    assert age_on(rule, date(1985, 6, 10)) == 0
    assert age_on(rule, date(1985, 6, 9)) is None
    assert age_on(birthday(6, 10), date(2025, 6, 10)) is None
    renewal = KeyDateRule.of(KeyDateKind.RENEWAL, 6, 10, year=1985)
    assert age_on(renewal, date(2025, 6, 10)) is None
    leapling = birthday(2, 29, 2000)
    assert age_on(leapling, date(2001, 2, 27)) == 0
    assert age_on(leapling, date(2001, 2, 28)) == 1


# --- properties -----------------------------------------------------------------------


@given(rule=yearly_rules(), on_or_after=dates)
def test_yearly_next_occurrence_is_soon_and_on_the_rule(
    rule: KeyDateRule, on_or_after: date
) -> None:
    assume(rule.year is None or rule.year <= on_or_after.year)
    found = next_occurrence(rule, on_or_after)
    assert found is not None
    assert on_or_after <= found < on_or_after + timedelta(days=366)
    if (rule.month, rule.day) == (2, 29) and not calendar.isleap(found.year):
        assert (found.month, found.day) == (2, 28)
    else:
        assert (found.month, found.day) == (rule.month, rule.day)


@given(rule=yearly_rules(), on_or_after=dates)
def test_no_occurrence_is_skipped(rule: KeyDateRule, on_or_after: date) -> None:
    """The day before the found occurrence has it as its next occurrence too."""
    found = next_occurrence(rule, on_or_after)
    assert found is not None
    assert next_occurrence(rule, found) == found
    if found > on_or_after:
        assert next_occurrence(rule, found - timedelta(days=1)) == found


@given(year=st.integers(1901, 2199), birth_year=st.none() | st.sampled_from([1992, 2000]))
def test_leap_day_is_28_february_exactly_in_non_leap_years(
    year: int, birth_year: int | None
) -> None:
    rule = birthday(2, 29, birth_year)
    found = next_occurrence(rule, date(year, 1, 1))
    assert found is not None
    expected = date(year, 2, 29) if calendar.isleap(year) else date(year, 2, 28)
    if birth_year is None or birth_year <= year:
        assert found == expected


@given(
    when=st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)),
    on_or_after=dates,
    kind=kinds,
)
def test_one_off_happens_once(when: date, on_or_after: date, kind: KeyDateKind) -> None:
    rule = KeyDateRule.from_date(kind, when, yearly=False)
    found = next_occurrence(rule, on_or_after)
    assert found == (when if when >= on_or_after else None)


@given(rule=yearly_rules(), today=dates)
def test_alert_window_contains_today(rule: KeyDateRule, today: date) -> None:
    found = alert_window(rule, today)
    upcoming = next_occurrence(rule, today)
    assert upcoming is not None
    in_window = upcoming - timedelta(days=rule.lead_days) <= today <= upcoming
    assert (found is not None) == in_window
    if found is not None:
        assert found == upcoming
