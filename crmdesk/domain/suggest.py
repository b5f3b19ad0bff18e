"""Grade suggestion: which grade the facts point to, and why.

The suggestion is shown to the salesperson after each logged follow-up; it is never
applied by itself. Reasons are codes with an optional number of days, translated by the UI.

Rules (design §1): a churned relationship or no need gives E; a future need gives D; a
current need is graded by the nearest expected close date of the open opportunities:
within 30 days A, 91 days B, 183 days C, later D; a current need with no dated open
opportunity gives D. A close date already past counts as "closes within 1 month" and adds
``close_date_passed`` so the salesperson updates it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum, unique

from crmdesk.domain.enums import Grade, NeedStatus, OpportunityStage, RelationshipStatus, is_open

__all__ = [
    "CLOSE_WINDOWS",
    "Reason",
    "ReasonCode",
    "Suggestion",
    "nearest_open_close",
    "suggest_grade",
]


@unique
class ReasonCode(StrEnum):
    CHURNED = "churned"
    NO_NEED = "no_need"
    FUTURE_NEED = "future_need"
    CLOSES_WITHIN_1_MONTH = "closes_within_1_month"
    CLOSES_WITHIN_3_MONTHS = "closes_within_3_months"
    CLOSES_WITHIN_6_MONTHS = "closes_within_6_months"
    CLOSES_LATER = "closes_later"
    CURRENT_NEED_NO_OPEN_OPPORTUNITY = "current_need_no_open_opportunity"
    CLOSE_DATE_PASSED = "close_date_passed"


@dataclass(frozen=True)
class Reason:
    """One reason for a suggestion; ``days`` is the number the message refers to, if any.

    For ``closes_*`` codes it is the days until the close date (0 when already past); for
    ``close_date_passed`` the days since it passed.
    """

    code: ReasonCode
    days: int | None = None


@dataclass(frozen=True)
class Suggestion:
    grade: Grade
    reasons: tuple[Reason, ...]


# (max days until the nearest close, grade, reason), checked in order.
CLOSE_WINDOWS: tuple[tuple[int, Grade, ReasonCode], ...] = (
    (30, Grade.A, ReasonCode.CLOSES_WITHIN_1_MONTH),
    (91, Grade.B, ReasonCode.CLOSES_WITHIN_3_MONTHS),
    (183, Grade.C, ReasonCode.CLOSES_WITHIN_6_MONTHS),
)


def nearest_open_close(
    opportunities: Iterable[tuple[OpportunityStage, date | None]], today: date
) -> date | None:
    """Earliest expected close date among open (not won, not lost) opportunities.

    A date already before ``today`` is still returned: an open deal whose close date has
    passed must surface (as ``close_date_passed``), not be silently skipped.
    """
    del today  # part of the stable signature; the earliest open date wins whatever today is
    dates = [close for stage, close in opportunities if close is not None and is_open(stage)]
    return min(dates, default=None)


def _by_close_date(close: date, today: date) -> Suggestion:
    ahead = (close - today).days
    if ahead < 0:
        return Suggestion(
            Grade.A,
            (
                Reason(ReasonCode.CLOSES_WITHIN_1_MONTH, 0),
                Reason(ReasonCode.CLOSE_DATE_PASSED, -ahead),
            ),
        )
    for limit, grade, code in CLOSE_WINDOWS:
        if ahead <= limit:
            return Suggestion(grade, (Reason(code, ahead),))
    return Suggestion(Grade.D, (Reason(ReasonCode.CLOSES_LATER, ahead),))


def suggest_grade(
    *,
    need: NeedStatus,
    relationship: RelationshipStatus,
    nearest_close: date | None,
    today: date,
) -> Suggestion:
    """Suggested grade for a customer, with the reasons, from the facts the rules use."""
    dead: list[Reason] = []
    if relationship == RelationshipStatus.CHURNED:
        dead.append(Reason(ReasonCode.CHURNED))
    if need == NeedStatus.NONE:
        dead.append(Reason(ReasonCode.NO_NEED))
    if dead:
        return Suggestion(Grade.E, tuple(dead))
    if need == NeedStatus.FUTURE:
        return Suggestion(Grade.D, (Reason(ReasonCode.FUTURE_NEED),))
    if nearest_close is None:
        return Suggestion(Grade.D, (Reason(ReasonCode.CURRENT_NEED_NO_OPEN_OPPORTUNITY),))
    return _by_close_date(nearest_close, today)
