"""Translatable names for the domain's vocabularies, and the grade colours.

label(Grade.A)                    # "A"
grade_meaning(Grade.A)            # "Clear need, closes within 1 month" (translated)
label(RelationshipStatus.INTENT)  # "Intent" / "意向"
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from crmdesk.domain.enums import (
    CustomerKind,
    EntryKind,
    FollowUpMethod,
    Gender,
    Grade,
    Importance,
    KeyDateKind,
    NeedStatus,
    OpportunityStage,
    PricePreference,
    RelationshipStatus,
    ReminderKind,
    SizeBucket,
    SourceChannel,
    Urgency,
)
from crmdesk.domain.suggest import Reason, ReasonCode
from crmdesk.i18n import QT_TRANSLATE_NOOP as N

CONTEXT = "Labels"

GRADE_COLOURS = {
    Grade.A: QColor("#c62828"),
    Grade.B: QColor("#ef6c00"),
    Grade.C: QColor("#f9a825"),
    Grade.D: QColor("#1565c0"),
    Grade.E: QColor("#757575"),
}

_GRADE_MEANING = {
    Grade.A: N("Labels", "Clear need, closes within 1 month"),
    Grade.B: N("Labels", "Clear need, closes within 3 months"),
    Grade.C: N("Labels", "Clear need, closes within 6 months"),
    Grade.D: N("Labels", "Potential need, or closing 6+ months out"),
    Grade.E: N("Labels", "No need or no chance"),
}

_TEXT: dict[tuple[type, str], str] = {
    (CustomerKind, "person"): N("Labels", "Person"),
    (CustomerKind, "company"): N("Labels", "Company"),
    (RelationshipStatus, "potential"): N("Labels", "Potential"),
    (RelationshipStatus, "intent"): N("Labels", "Intent"),
    (RelationshipStatus, "existing"): N("Labels", "Existing customer"),
    (RelationshipStatus, "churned"): N("Labels", "Churned"),
    (Importance, "key"): N("Labels", "Key"),
    (Importance, "normal"): N("Labels", "Normal"),
    (NeedStatus, "current"): N("Labels", "Current need"),
    (NeedStatus, "future"): N("Labels", "Future need"),
    (NeedStatus, "none"): N("Labels", "No need"),
    (SourceChannel, "phone"): N("Labels", "Phone"),
    (SourceChannel, "email"): N("Labels", "E-mail"),
    (SourceChannel, "trade_show"): N("Labels", "Trade show"),
    (SourceChannel, "web_ad"): N("Labels", "Web ad"),
    (SourceChannel, "referral"): N("Labels", "Referral"),
    (SourceChannel, "walk_in"): N("Labels", "Walk-in"),
    (SourceChannel, "other"): N("Labels", "Other"),
    (SizeBucket, "small"): N("Labels", "Small (< 50 staff)"),
    (SizeBucket, "medium"): N("Labels", "Medium (50–500 staff)"),
    (SizeBucket, "large"): N("Labels", "Large (> 500 staff)"),
    (PricePreference, "value"): N("Labels", "Value"),
    (PricePreference, "premium"): N("Labels", "Premium"),
    (FollowUpMethod, "call"): N("Labels", "Call"),
    (FollowUpMethod, "visit"): N("Labels", "Visit"),
    (FollowUpMethod, "meeting"): N("Labels", "Meeting"),
    (FollowUpMethod, "message"): N("Labels", "WeChat / message"),
    (FollowUpMethod, "email"): N("Labels", "E-mail"),
    (EntryKind, "followup"): N("Labels", "Follow-up"),
    (EntryKind, "note"): N("Labels", "Note"),
    (EntryKind, "feedback"): N("Labels", "Feedback"),
    (EntryKind, "grade_change"): N("Labels", "Grade change"),
    (EntryKind, "status_change"): N("Labels", "Status change"),
    (EntryKind, "order"): N("Labels", "Order"),
    (EntryKind, "opportunity"): N("Labels", "Opportunity"),
    (EntryKind, "import"): N("Labels", "Import"),
    (EntryKind, "merge"): N("Labels", "Merge"),
    (OpportunityStage, "lead"): N("Labels", "Lead"),
    (OpportunityStage, "qualified"): N("Labels", "Qualified"),
    (OpportunityStage, "proposal"): N("Labels", "Proposal"),
    (OpportunityStage, "negotiation"): N("Labels", "Negotiation"),
    (OpportunityStage, "won"): N("Labels", "Won"),
    (OpportunityStage, "lost"): N("Labels", "Lost"),
    (KeyDateKind, "birthday"): N("Labels", "Birthday"),
    (KeyDateKind, "contract_expiry"): N("Labels", "Contract expiry"),
    (KeyDateKind, "renewal"): N("Labels", "Renewal"),
    (KeyDateKind, "custom"): N("Labels", "Other date"),
    (ReminderKind, "followup"): N("Labels", "Follow-up"),
    (ReminderKind, "key_date"): N("Labels", "Key date"),
    (ReminderKind, "manual"): N("Labels", "Reminder"),
    (Gender, "female"): N("Labels", "Female"),
    (Gender, "male"): N("Labels", "Male"),
    (Gender, "other"): N("Labels", "Other"),
    (Gender, "unknown"): N("Labels", "Not given"),
    (Urgency, "overdue"): N("Labels", "Overdue"),
    (Urgency, "today"): N("Labels", "Today"),
    (Urgency, "week"): N("Labels", "Within a week"),
    (Urgency, "month"): N("Labels", "Within a month"),
    (Urgency, "quarter"): N("Labels", "Within three months"),
    (Urgency, "later"): N("Labels", "Later"),
}

_REASONS = {
    ReasonCode.CHURNED: N("Labels", "The customer has churned."),
    ReasonCode.NO_NEED: N("Labels", "The customer has no need."),
    ReasonCode.FUTURE_NEED: N("Labels", "The need is in the future."),
    ReasonCode.CLOSES_WITHIN_1_MONTH: N("Labels", "An open deal closes in %n day(s)."),
    ReasonCode.CLOSES_WITHIN_3_MONTHS: N("Labels", "An open deal closes in %n day(s)."),
    ReasonCode.CLOSES_WITHIN_6_MONTHS: N("Labels", "An open deal closes in %n day(s)."),
    ReasonCode.CLOSES_LATER: N("Labels", "The nearest open deal closes in %n day(s)."),
    ReasonCode.CURRENT_NEED_NO_OPEN_OPPORTUNITY: N(
        "Labels", "A current need, but no open opportunity yet."
    ),
    ReasonCode.CLOSE_DATE_PASSED: N(
        "Labels", "An open deal's close date passed %n day(s) ago: update it."
    ),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, None, n)


def label(value: StrEnum) -> str:
    """The user-facing name of any domain enum value."""
    if isinstance(value, Grade):
        return value.value
    text = _TEXT.get((type(value), value.value))
    return tr(text) if text else value.value


def grade_meaning(grade: Grade) -> str:
    return tr(_GRADE_MEANING[grade])


def reason_text(reason: Reason) -> str:
    return tr(_REASONS[reason.code], reason.days if reason.days is not None else -1)
