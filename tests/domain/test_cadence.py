"""Follow-up cadence: next due date, working days, urgency buckets, stored settings."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.cadence import (
    DEFAULT_CADENCE_DAYS,
    Cadences,
    WorkingDays,
    next_due,
    overdue_days,
    urgency,
)
from crmdesk.domain.enums import Grade, Urgency

FRIDAY = date(2025, 3, 7)
SATURDAY = date(2025, 3, 8)
MONDAY = date(2025, 3, 10)
MON_FRI = WorkingDays()

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
grades = st.sampled_from(list(Grade))
working_days = st.frozensets(st.integers(0, 6), min_size=1).map(WorkingDays)
cadences = st.fixed_dictionaries({g: st.integers(1, 3650) for g in Grade}).map(Cadences)


# --- examples a salesperson would recognise ------------------------------------------


def test_defaults_match_the_sales_method() -> None:
    assert dict(DEFAULT_CADENCE_DAYS) == {"A": 1, "B": 7, "C": 15, "D": 30, "E": 365}
    assert Cadences().days(Grade.C) == 15


def test_a_customer_logged_on_friday_is_due_monday() -> None:
    due = next_due(grade=Grade.A, base=FRIDAY, cadences=Cadences(), working_days=MON_FRI)
    assert due == MONDAY


def test_a_customer_logged_on_monday_is_due_tuesday() -> None:
    due = next_due(grade=Grade.A, base=MONDAY, cadences=Cadences(), working_days=MON_FRI)
    assert due == date(2025, 3, 11)


def test_b_customer_due_on_a_saturday_moves_to_monday() -> None:
    # logged Saturday 1 March, +7 days = Saturday 8 March -> Monday 10 March
    due = next_due(grade=Grade.B, base=date(2025, 3, 1), cadences=Cadences(), working_days=MON_FRI)
    assert due == MONDAY


def test_six_day_week_keeps_saturday() -> None:
    six_days = WorkingDays.of(range(6))
    due = next_due(grade=Grade.A, base=FRIDAY, cadences=Cadences(), working_days=six_days)
    assert due == SATURDAY


def test_e_customer_is_due_in_a_year() -> None:
    due = next_due(grade=Grade.E, base=date(2025, 1, 6), cadences=Cadences(), working_days=MON_FRI)
    assert due == date(2026, 1, 6)  # a Tuesday


def test_hand_scheduled_date_wins_even_on_a_sunday() -> None:
    sunday = date(2025, 3, 9)
    due = next_due(
        grade=Grade.A, base=FRIDAY, cadences=Cadences(), working_days=MON_FRI, manual=sunday
    )
    assert due == sunday


def test_edited_cadence_is_used() -> None:
    fast_b = Cadences().with_days(Grade.B, 3)
    due = next_due(grade=Grade.B, base=MONDAY, cadences=fast_b, working_days=MON_FRI)
    assert due == date(2025, 3, 13)
    assert Cadences().days(Grade.B) == 7  # the original is unchanged


# --- properties -----------------------------------------------------------------------


@given(grade=grades, base=dates, cad=cadences, work=working_days)
def test_next_due_is_a_working_day_after_the_interval(
    grade: Grade, base: date, cad: Cadences, work: WorkingDays
) -> None:
    due = next_due(grade=grade, base=base, cadences=cad, working_days=work)
    earliest = base + timedelta(days=cad.days(grade))
    assert due >= base + timedelta(days=1)
    assert earliest <= due < earliest + timedelta(days=7)
    assert work.is_working(due)
    # nothing in between was a working day: it is the first one
    between = (earliest + timedelta(days=n) for n in range((due - earliest).days))
    assert not any(work.is_working(day) for day in between)


@given(grade=grades, base=dates, manual=dates, cad=cadences, work=working_days)
def test_manual_date_always_wins(
    grade: Grade, base: date, manual: date, cad: Cadences, work: WorkingDays
) -> None:
    assert next_due(grade=grade, base=base, cadences=cad, working_days=work, manual=manual) == (
        manual
    )


@given(due=dates, today=dates)
def test_urgency_and_overdue_days_agree(due: date, today: date) -> None:
    late = overdue_days(due, today)
    bucket = urgency(due, today)
    assert late >= 0
    assert (late > 0) == (bucket is Urgency.OVERDUE)
    assert (bucket is Urgency.TODAY) == (due == today)
    if bucket is Urgency.OVERDUE:
        assert due + timedelta(days=late) == today


@given(today=dates, first=st.integers(-400, 400), second=st.integers(-400, 400))
def test_urgency_is_monotone(today: date, first: int, second: int) -> None:
    """A later due date is never more urgent."""
    order = list(Urgency)
    near, far = sorted((first, second))
    near_bucket = urgency(today + timedelta(days=near), today)
    far_bucket = urgency(today + timedelta(days=far), today)
    assert order.index(near_bucket) <= order.index(far_bucket)


@pytest.mark.parametrize(
    ("ahead", "expected"),
    [
        (-1, Urgency.OVERDUE),
        (0, Urgency.TODAY),
        (1, Urgency.WEEK),
        (7, Urgency.WEEK),
        (8, Urgency.MONTH),
        (31, Urgency.MONTH),
        (32, Urgency.QUARTER),
        (92, Urgency.QUARTER),
        (93, Urgency.LATER),
    ],
)
def test_urgency_boundaries(ahead: int, expected: Urgency) -> None:
    assert urgency(MONDAY + timedelta(days=ahead), MONDAY) is expected


def test_overdue_days_examples() -> None:
    assert overdue_days(FRIDAY, MONDAY) == 3
    assert overdue_days(MONDAY, MONDAY) == 0
    assert overdue_days(MONDAY, FRIDAY) == 0


# --- stored settings ------------------------------------------------------------------


@given(cadences)
def test_cadences_json_round_trip(cad: Cadences) -> None:
    stored = json.dumps(cad.to_dict())
    assert Cadences.from_dict(json.loads(stored)) == cad


def test_to_dict_uses_grade_letters() -> None:
    assert Cadences().to_dict() == {"A": 1, "B": 7, "C": 15, "D": 30, "E": 365}


@pytest.mark.parametrize(
    "data",
    [
        {"A": 1, "B": 7, "C": 15, "D": 30},  # E missing
        {"A": 1, "B": 7, "C": 15, "D": 30, "E": 365, "F": 9},  # unknown grade
        {"A": 0, "B": 7, "C": 15, "D": 30, "E": 365},  # below 1
        {"A": 1, "B": 7, "C": 15, "D": 30, "E": 3651},  # above 3650
        {"A": 1.5, "B": 7, "C": 15, "D": 30, "E": 365},  # not an integer
        {"A": "1", "B": 7, "C": 15, "D": 30, "E": 365},
        {"A": True, "B": 7, "C": 15, "D": 30, "E": 365},
        {"a": 1, "B": 7, "C": 15, "D": 30, "E": 365},  # grades are upper case
    ],
)
def test_from_dict_refuses_bad_settings(data: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="grade"):
        Cadences.from_dict(data)


def test_with_days_validates() -> None:
    with pytest.raises(ValueError, match=r"1\.\.3650"):
        Cadences().with_days(Grade.A, 0)
    assert Cadences().with_days(Grade.A, 3650).days(Grade.A) == 3650


def test_cadences_are_immutable_and_hashable() -> None:
    source = dict.fromkeys(Grade, 10)
    cad = Cadences(source)
    source[Grade.A] = 99
    assert cad.days(Grade.A) == 10
    with pytest.raises(TypeError):
        cad.by_grade[Grade.A] = 2  # type: ignore[index]
    assert hash(cad) == hash(Cadences(dict.fromkeys(Grade, 10)))
    assert cad != Cadences()


# --- working days ---------------------------------------------------------------------


def test_working_days_default_is_monday_to_friday() -> None:
    assert MON_FRI.to_list() == [0, 1, 2, 3, 4]
    assert MON_FRI.is_working(FRIDAY)
    assert not MON_FRI.is_working(SATURDAY)
    assert MON_FRI.next_working_on_or_after(SATURDAY) == MONDAY
    assert MON_FRI.next_working_on_or_after(FRIDAY) == FRIDAY


def test_only_sunday_working() -> None:
    sunday_only = WorkingDays.of([6])
    assert sunday_only.next_working_on_or_after(MONDAY) == date(2025, 3, 16)


@pytest.mark.parametrize("days", [[], [7], [-1], [0, 8]])
def test_working_days_validation(days: list[int]) -> None:
    with pytest.raises(ValueError, match="working day"):
        WorkingDays.of(days)


@given(work=working_days, day=dates)
def test_next_working_on_or_after_is_first_working_day(work: WorkingDays, day: date) -> None:
    found = work.next_working_on_or_after(day)
    assert work.is_working(found)
    assert day <= found < day + timedelta(days=7)
    assert all(not work.is_working(day + timedelta(days=n)) for n in range((found - day).days))
