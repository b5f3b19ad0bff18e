"""Grade suggestion: the sales method's rules, totality and monotonicity."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.enums import Grade, NeedStatus, OpportunityStage, RelationshipStatus
from crmdesk.domain.suggest import (
    Reason,
    ReasonCode,
    Suggestion,
    nearest_open_close,
    suggest_grade,
)

TODAY = date(2025, 6, 2)
GRADE_RANK = {grade: rank for rank, grade in enumerate(Grade)}  # A = 0 is the highest

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
close_dates = st.none() | dates


def _suggest(
    need: NeedStatus = NeedStatus.CURRENT,
    relationship: RelationshipStatus = RelationshipStatus.INTENT,
    close_in: int | None = None,
) -> Suggestion:
    close = None if close_in is None else TODAY + timedelta(days=close_in)
    return suggest_grade(need=need, relationship=relationship, nearest_close=close, today=TODAY)


@pytest.mark.parametrize(
    ("close_in", "grade", "code"),
    [
        (0, Grade.A, ReasonCode.CLOSES_WITHIN_1_MONTH),
        (30, Grade.A, ReasonCode.CLOSES_WITHIN_1_MONTH),
        (31, Grade.B, ReasonCode.CLOSES_WITHIN_3_MONTHS),
        (91, Grade.B, ReasonCode.CLOSES_WITHIN_3_MONTHS),
        (92, Grade.C, ReasonCode.CLOSES_WITHIN_6_MONTHS),
        (183, Grade.C, ReasonCode.CLOSES_WITHIN_6_MONTHS),
        (184, Grade.D, ReasonCode.CLOSES_LATER),
        (700, Grade.D, ReasonCode.CLOSES_LATER),
    ],
)
def test_current_need_graded_by_close_date(close_in: int, grade: Grade, code: ReasonCode) -> None:
    assert _suggest(close_in=close_in) == Suggestion(grade, (Reason(code, close_in),))


def test_deal_closing_in_two_weeks_is_a() -> None:
    assert _suggest(close_in=14).grade is Grade.A


def test_close_date_passed_is_a_with_a_warning() -> None:
    result = _suggest(close_in=-5)
    assert result.grade is Grade.A
    assert result.reasons == (
        Reason(ReasonCode.CLOSES_WITHIN_1_MONTH, 0),
        Reason(ReasonCode.CLOSE_DATE_PASSED, 5),
    )


def test_current_need_without_open_opportunity_is_d() -> None:
    assert _suggest() == Suggestion(Grade.D, (Reason(ReasonCode.CURRENT_NEED_NO_OPEN_OPPORTUNITY),))


def test_future_need_is_d_whatever_the_close_date() -> None:
    assert _suggest(NeedStatus.FUTURE, close_in=3) == Suggestion(
        Grade.D, (Reason(ReasonCode.FUTURE_NEED),)
    )


def test_no_need_is_e() -> None:
    assert _suggest(NeedStatus.NONE, close_in=3) == Suggestion(
        Grade.E, (Reason(ReasonCode.NO_NEED),)
    )


def test_churned_is_e_even_with_a_current_need_and_a_near_deal() -> None:
    result = _suggest(NeedStatus.CURRENT, RelationshipStatus.CHURNED, close_in=3)
    assert result == Suggestion(Grade.E, (Reason(ReasonCode.CHURNED),))


def test_churned_without_need_gives_both_reasons() -> None:
    result = _suggest(NeedStatus.NONE, RelationshipStatus.CHURNED)
    assert result.grade is Grade.E
    assert [r.code for r in result.reasons] == [ReasonCode.CHURNED, ReasonCode.NO_NEED]


def test_plain_stored_strings_are_understood() -> None:
    result = suggest_grade(
        need=NeedStatus("none"),
        relationship=RelationshipStatus("churned"),
        nearest_close=None,
        today=TODAY,
    )
    assert result.grade is Grade.E


@pytest.mark.parametrize(
    ("need", "relationship"),
    list(itertools.product(NeedStatus, RelationshipStatus)),
)
@given(close=close_dates, today=dates)
def test_total_over_all_enum_combinations(
    need: NeedStatus, relationship: RelationshipStatus, close: date | None, today: date
) -> None:
    result = suggest_grade(need=need, relationship=relationship, nearest_close=close, today=today)
    assert result.grade in Grade
    assert result.reasons
    assert all(isinstance(r.code, ReasonCode) for r in result.reasons)
    assert all(r.days is None or r.days >= 0 for r in result.reasons)
    dead = need is NeedStatus.NONE or relationship is RelationshipStatus.CHURNED
    assert (result.grade is Grade.E) == dead


@pytest.mark.parametrize(
    ("need", "relationship"),
    list(itertools.product(NeedStatus, RelationshipStatus)),
)
@given(today=dates, first=close_dates, second=close_dates)
def test_nearer_close_never_lowers_the_grade(
    need: NeedStatus,
    relationship: RelationshipStatus,
    today: date,
    first: date | None,
    second: date | None,
) -> None:
    """A nearer close date (or any date against none) never gives a lower grade."""
    dated = [d for d in (first, second) if d is not None]
    near: date | None = min(dated, default=None)
    far: date | None = max(dated) if len(dated) == 2 else None
    grade_near = suggest_grade(
        need=need, relationship=relationship, nearest_close=near, today=today
    )
    grade_far = suggest_grade(need=need, relationship=relationship, nearest_close=far, today=today)
    assert GRADE_RANK[grade_near.grade] <= GRADE_RANK[grade_far.grade]


# --- nearest_open_close ---------------------------------------------------------------


def test_nearest_open_close_ignores_won_lost_and_undated() -> None:
    opportunities = [
        (OpportunityStage.WON, date(2025, 6, 3)),
        (OpportunityStage.LOST, date(2025, 6, 4)),
        (OpportunityStage.LEAD, None),
        (OpportunityStage.PROPOSAL, date(2025, 9, 1)),
        (OpportunityStage.NEGOTIATION, date(2025, 7, 15)),
    ]
    assert nearest_open_close(opportunities, TODAY) == date(2025, 7, 15)


def test_nearest_open_close_keeps_a_passed_date() -> None:
    opportunities = [
        (OpportunityStage.QUALIFIED, date(2025, 5, 1)),
        (OpportunityStage.PROPOSAL, date(2025, 6, 10)),
    ]
    assert nearest_open_close(opportunities, TODAY) == date(2025, 5, 1)


def test_nearest_open_close_none_when_nothing_open() -> None:
    assert nearest_open_close([], TODAY) is None
    assert nearest_open_close([(OpportunityStage.WON, TODAY)], TODAY) is None
    assert nearest_open_close(iter([(OpportunityStage.LEAD, None)]), TODAY) is None


@given(
    st.lists(st.tuples(st.sampled_from(list(OpportunityStage)), close_dates), max_size=10),
    dates,
)
def test_nearest_open_close_is_the_minimum_open_date(
    opportunities: list[tuple[OpportunityStage, date | None]], today: date
) -> None:
    found = nearest_open_close(opportunities, today)
    open_dates = [
        d
        for stage, d in opportunities
        if d is not None and stage not in (OpportunityStage.WON, OpportunityStage.LOST)
    ]
    if not open_dates:
        assert found is None
    else:
        assert found == min(open_dates)
        assert found in open_dates
