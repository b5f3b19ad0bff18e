"""Closed vocabularies of the CRM domain.

Every enum is a ``StrEnum`` whose value is the exact string stored in the database, so
``Grade("A")`` and ``RelationshipStatus("churned")`` round-trip without a mapping table.
Labels shown to the user are produced by the UI's translations, never here.
"""

from __future__ import annotations

from enum import StrEnum, unique

__all__ = [
    "CLOSED_STAGES",
    "CustomerKind",
    "EntryKind",
    "FollowUpMethod",
    "Gender",
    "Grade",
    "Importance",
    "KeyDateKind",
    "NeedStatus",
    "OpportunityStage",
    "PricePreference",
    "RelationshipStatus",
    "ReminderKind",
    "SizeBucket",
    "SourceChannel",
    "Urgency",
    "is_open",
]


@unique
class Grade(StrEnum):
    """Customer grade, A (closes soonest, followed up daily) to E (no chance)."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"


@unique
class CustomerKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


@unique
class RelationshipStatus(StrEnum):
    """Relationship stages, in the order a customer normally moves through them."""

    POTENTIAL = "potential"
    INTENT = "intent"
    EXISTING = "existing"
    CHURNED = "churned"


@unique
class Importance(StrEnum):
    KEY = "key"
    NORMAL = "normal"


@unique
class NeedStatus(StrEnum):
    CURRENT = "current"
    FUTURE = "future"
    NONE = "none"


@unique
class SourceChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    TRADE_SHOW = "trade_show"
    WEB_AD = "web_ad"
    REFERRAL = "referral"
    WALK_IN = "walk_in"
    OTHER = "other"


@unique
class SizeBucket(StrEnum):
    """Company size by staff: small < 50, medium 50-500, large > 500."""

    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


@unique
class PricePreference(StrEnum):
    VALUE = "value"
    PREMIUM = "premium"


@unique
class FollowUpMethod(StrEnum):
    CALL = "call"
    VISIT = "visit"
    MEETING = "meeting"
    MESSAGE = "message"
    EMAIL = "email"


@unique
class EntryKind(StrEnum):
    """Kinds of timeline entry."""

    FOLLOWUP = "followup"
    NOTE = "note"
    FEEDBACK = "feedback"
    GRADE_CHANGE = "grade_change"
    STATUS_CHANGE = "status_change"
    ORDER = "order"
    OPPORTUNITY = "opportunity"
    IMPORT = "import"
    MERGE = "merge"


@unique
class OpportunityStage(StrEnum):
    LEAD = "lead"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


CLOSED_STAGES: frozenset[OpportunityStage] = frozenset(
    {OpportunityStage.WON, OpportunityStage.LOST}
)


def is_open(stage: OpportunityStage) -> bool:
    """True while an opportunity is still in play (neither won nor lost)."""
    return stage not in CLOSED_STAGES


@unique
class KeyDateKind(StrEnum):
    BIRTHDAY = "birthday"
    CONTRACT_EXPIRY = "contract_expiry"
    RENEWAL = "renewal"
    CUSTOM = "custom"


@unique
class ReminderKind(StrEnum):
    FOLLOWUP = "followup"
    KEY_DATE = "key_date"
    MANUAL = "manual"


@unique
class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


@unique
class Urgency(StrEnum):
    """Bucket of a next-due date relative to today, most urgent first."""

    OVERDUE = "overdue"
    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    LATER = "later"
