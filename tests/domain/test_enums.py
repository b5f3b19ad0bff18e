"""Stored values of the domain enums: changing one would break existing databases."""

from __future__ import annotations

from enum import StrEnum

import pytest

from crmdesk.domain import enums
from crmdesk.domain.enums import Grade, OpportunityStage, RelationshipStatus, Urgency, is_open

EXPECTED_VALUES: dict[type[StrEnum], list[str]] = {
    enums.Grade: ["A", "B", "C", "D", "E"],
    enums.CustomerKind: ["person", "company"],
    enums.RelationshipStatus: ["potential", "intent", "existing", "churned"],
    enums.Importance: ["key", "normal"],
    enums.NeedStatus: ["current", "future", "none"],
    enums.SourceChannel: [
        "phone",
        "email",
        "trade_show",
        "web_ad",
        "referral",
        "walk_in",
        "other",
    ],
    enums.SizeBucket: ["small", "medium", "large"],
    enums.PricePreference: ["value", "premium"],
    enums.FollowUpMethod: ["call", "visit", "meeting", "message", "email"],
    enums.EntryKind: [
        "followup",
        "note",
        "feedback",
        "grade_change",
        "status_change",
        "order",
        "opportunity",
        "import",
        "merge",
    ],
    enums.OpportunityStage: ["lead", "qualified", "proposal", "negotiation", "won", "lost"],
    enums.KeyDateKind: ["birthday", "contract_expiry", "renewal", "custom"],
    enums.ReminderKind: ["followup", "key_date", "manual"],
    enums.Gender: ["female", "male", "other", "unknown"],
    enums.Urgency: ["overdue", "today", "week", "month", "quarter", "later"],
}


@pytest.mark.parametrize(("enum_cls", "values"), list(EXPECTED_VALUES.items()))
def test_stored_values_and_order(enum_cls: type[StrEnum], values: list[str]) -> None:
    assert [member.value for member in enum_cls] == values


@pytest.mark.parametrize(("enum_cls", "values"), list(EXPECTED_VALUES.items()))
def test_values_round_trip_from_stored_strings(enum_cls: type[StrEnum], values: list[str]) -> None:
    for value in values:
        member = enum_cls(value)
        assert member == value
        assert str(member) == value


def test_unknown_stored_value_is_refused() -> None:
    with pytest.raises(ValueError, match="'a'"):
        Grade("a")
    with pytest.raises(ValueError, match="lapsed"):
        RelationshipStatus("lapsed")


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        (OpportunityStage.LEAD, True),
        (OpportunityStage.QUALIFIED, True),
        (OpportunityStage.PROPOSAL, True),
        (OpportunityStage.NEGOTIATION, True),
        (OpportunityStage.WON, False),
        (OpportunityStage.LOST, False),
    ],
)
def test_is_open(stage: OpportunityStage, expected: bool) -> None:
    assert is_open(stage) is expected


def test_urgency_members_are_listed_most_urgent_first() -> None:
    assert next(iter(Urgency)) is Urgency.OVERDUE
    assert list(Urgency)[-1] is Urgency.LATER
