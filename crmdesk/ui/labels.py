"""Translatable names for the domain's vocabularies, and the grade colours.

label(Grade.A)                    # "A"
grade_meaning(Grade.A)            # "Clear need, closes within 1 month" (translated)
label(RelationshipStatus.INTENT)  # "Intent" / "意向"
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject
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
from crmdesk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

GRADE_COLOURS = {
    Grade.A: QColor("#c62828"),
    Grade.B: QColor("#ef6c00"),
    Grade.C: QColor("#f9a825"),
    Grade.D: QColor("#1565c0"),
    Grade.E: QColor("#757575"),
}

_GRADE_MEANING = {
    Grade.A: QT_TRANSLATE_NOOP("Labels", "Clear need, closes within 1 month"),
    Grade.B: QT_TRANSLATE_NOOP("Labels", "Clear need, closes within 3 months"),
    Grade.C: QT_TRANSLATE_NOOP("Labels", "Clear need, closes within 6 months"),
    Grade.D: QT_TRANSLATE_NOOP("Labels", "Potential need, or closing 6+ months out"),
    Grade.E: QT_TRANSLATE_NOOP("Labels", "No need or no chance"),
}

_TEXT: dict[tuple[type, str], str] = {
    (CustomerKind, "person"): QT_TRANSLATE_NOOP("Labels", "Person"),
    (CustomerKind, "company"): QT_TRANSLATE_NOOP("Labels", "Company"),
    (RelationshipStatus, "potential"): QT_TRANSLATE_NOOP("Labels", "Potential"),
    (RelationshipStatus, "intent"): QT_TRANSLATE_NOOP("Labels", "Intent"),
    (RelationshipStatus, "existing"): QT_TRANSLATE_NOOP("Labels", "Existing customer"),
    (RelationshipStatus, "churned"): QT_TRANSLATE_NOOP("Labels", "Churned"),
    (Importance, "key"): QT_TRANSLATE_NOOP("Labels", "Key"),
    (Importance, "normal"): QT_TRANSLATE_NOOP("Labels", "Normal"),
    (NeedStatus, "current"): QT_TRANSLATE_NOOP("Labels", "Current need"),
    (NeedStatus, "future"): QT_TRANSLATE_NOOP("Labels", "Future need"),
    (NeedStatus, "none"): QT_TRANSLATE_NOOP("Labels", "No need"),
    (SourceChannel, "phone"): QT_TRANSLATE_NOOP("Labels", "Phone"),
    (SourceChannel, "email"): QT_TRANSLATE_NOOP("Labels", "E-mail"),
    (SourceChannel, "trade_show"): QT_TRANSLATE_NOOP("Labels", "Trade show"),
    (SourceChannel, "web_ad"): QT_TRANSLATE_NOOP("Labels", "Web ad"),
    (SourceChannel, "referral"): QT_TRANSLATE_NOOP("Labels", "Referral"),
    (SourceChannel, "walk_in"): QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    (SourceChannel, "other"): QT_TRANSLATE_NOOP("Labels", "Other"),
    (SizeBucket, "small"): QT_TRANSLATE_NOOP("Labels", "Small (< 50 staff)"),
    (SizeBucket, "medium"): QT_TRANSLATE_NOOP("Labels", "Medium (50–500 staff)"),
    (SizeBucket, "large"): QT_TRANSLATE_NOOP("Labels", "Large (> 500 staff)"),
    (PricePreference, "value"): QT_TRANSLATE_NOOP("Labels", "Value"),
    (PricePreference, "premium"): QT_TRANSLATE_NOOP("Labels", "Premium"),
    (FollowUpMethod, "call"): QT_TRANSLATE_NOOP("Labels", "Call"),
    (FollowUpMethod, "visit"): QT_TRANSLATE_NOOP("Labels", "Visit"),
    (FollowUpMethod, "meeting"): QT_TRANSLATE_NOOP("Labels", "Meeting"),
    (FollowUpMethod, "message"): QT_TRANSLATE_NOOP("Labels", "WeChat / message"),
    (FollowUpMethod, "email"): QT_TRANSLATE_NOOP("Labels", "E-mail"),
    (EntryKind, "followup"): QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    (EntryKind, "note"): QT_TRANSLATE_NOOP("Labels", "Note"),
    (EntryKind, "feedback"): QT_TRANSLATE_NOOP("Labels", "Feedback"),
    (EntryKind, "grade_change"): QT_TRANSLATE_NOOP("Labels", "Grade change"),
    (EntryKind, "status_change"): QT_TRANSLATE_NOOP("Labels", "Status change"),
    (EntryKind, "order"): QT_TRANSLATE_NOOP("Labels", "Order"),
    (EntryKind, "opportunity"): QT_TRANSLATE_NOOP("Labels", "Opportunity"),
    (EntryKind, "import"): QT_TRANSLATE_NOOP("Labels", "Import"),
    (EntryKind, "merge"): QT_TRANSLATE_NOOP("Labels", "Merge"),
    (OpportunityStage, "lead"): QT_TRANSLATE_NOOP("Labels", "Lead"),
    (OpportunityStage, "qualified"): QT_TRANSLATE_NOOP("Labels", "Qualified"),
    (OpportunityStage, "proposal"): QT_TRANSLATE_NOOP("Labels", "Proposal"),
    (OpportunityStage, "negotiation"): QT_TRANSLATE_NOOP("Labels", "Negotiation"),
    (OpportunityStage, "won"): QT_TRANSLATE_NOOP("Labels", "Won"),
    (OpportunityStage, "lost"): QT_TRANSLATE_NOOP("Labels", "Lost"),
    (KeyDateKind, "birthday"): QT_TRANSLATE_NOOP("Labels", "Birthday"),
    (KeyDateKind, "contract_expiry"): QT_TRANSLATE_NOOP("Labels", "Contract expiry"),
    (KeyDateKind, "renewal"): QT_TRANSLATE_NOOP("Labels", "Renewal"),
    (KeyDateKind, "custom"): QT_TRANSLATE_NOOP("Labels", "Other date"),
    (ReminderKind, "followup"): QT_TRANSLATE_NOOP("Labels", "Follow-up"),
    (ReminderKind, "key_date"): QT_TRANSLATE_NOOP("Labels", "Key date"),
    (ReminderKind, "manual"): QT_TRANSLATE_NOOP("Labels", "Reminder"),
    (Gender, "female"): QT_TRANSLATE_NOOP("Labels", "Female"),
    (Gender, "male"): QT_TRANSLATE_NOOP("Labels", "Male"),
    (Gender, "other"): QT_TRANSLATE_NOOP("Labels", "Other"),
    (Gender, "unknown"): QT_TRANSLATE_NOOP("Labels", "Not given"),
    (Urgency, "overdue"): QT_TRANSLATE_NOOP("Labels", "Overdue"),
    (Urgency, "today"): QT_TRANSLATE_NOOP("Labels", "Today"),
    (Urgency, "week"): QT_TRANSLATE_NOOP("Labels", "Within a week"),
    (Urgency, "month"): QT_TRANSLATE_NOOP("Labels", "Within a month"),
    (Urgency, "quarter"): QT_TRANSLATE_NOOP("Labels", "Within three months"),
    (Urgency, "later"): QT_TRANSLATE_NOOP("Labels", "Later"),
}

_REASONS = {
    ReasonCode.CHURNED: QT_TRANSLATE_NOOP("Labels", "The customer has churned."),
    ReasonCode.NO_NEED: QT_TRANSLATE_NOOP("Labels", "The customer has no need."),
    ReasonCode.FUTURE_NEED: QT_TRANSLATE_NOOP("Labels", "The need is in the future."),
    ReasonCode.CURRENT_NEED_NO_OPEN_OPPORTUNITY: QT_TRANSLATE_NOOP(
        "Labels", "A current need, but no open opportunity yet."
    ),
}


class Plurals(QObject):
    """Texts with a count. pyside6-lupdate marks a message as a plural (one form in Chinese,
    two in English) only for a literal self.tr(text, "", n) call, so they live here."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def deal_closes_in(self, n: int) -> str:
        return self.tr("An open deal closes in %n day(s).", "", n)

    def nearest_deal_closes_in(self, n: int) -> str:
        return self.tr("The nearest open deal closes in %n day(s).", "", n)

    def close_date_passed(self, n: int) -> str:
        return self.tr("An open deal's close date passed %n day(s) ago: update it.", "", n)


_PLURALS: list[Plurals] = []


def plurals() -> Plurals:
    if not _PLURALS:
        _PLURALS.append(Plurals())
    return _PLURALS[0]


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
    days = reason.days if reason.days is not None else 0
    counted = {
        ReasonCode.CLOSES_WITHIN_1_MONTH: plurals().deal_closes_in,
        ReasonCode.CLOSES_WITHIN_3_MONTHS: plurals().deal_closes_in,
        ReasonCode.CLOSES_WITHIN_6_MONTHS: plurals().deal_closes_in,
        ReasonCode.CLOSES_LATER: plurals().nearest_deal_closes_in,
        ReasonCode.CLOSE_DATE_PASSED: plurals().close_date_passed,
    }
    if reason.code in counted:
        return counted[reason.code](days)
    return tr(_REASONS[reason.code])
