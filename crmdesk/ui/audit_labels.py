"""Readable names for what the audit log records: actions, record kinds, fields, values."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
)

from crmdesk.domain.enums import (
    CustomerKind,
    EntryKind,
    FollowUpMethod,
    Gender,
    Importance,
    KeyDateKind,
    NeedStatus,
    OpportunityStage,
    PricePreference,
    RelationshipStatus,
    ReminderKind,
    SizeBucket,
    SourceChannel,
)
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.audit_log import AuditEvent
from crmdesk.ui.labels import label

CONTEXT = "AuditDialog"


_ACTIONS = {
    "create_database": QT_TRANSLATE_NOOP("AuditDialog", "Database created"),
    "unlock": QT_TRANSLATE_NOOP("AuditDialog", "Unlocked"),
    "open": QT_TRANSLATE_NOOP("AuditDialog", "Opened"),
    "view": QT_TRANSLATE_NOOP("AuditDialog", "Viewed"),
    "create": QT_TRANSLATE_NOOP("AuditDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditDialog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditDialog", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditDialog", "Restored"),
    "backup": QT_TRANSLATE_NOOP("AuditDialog", "Backup"),
    "change_password": QT_TRANSLATE_NOOP("AuditDialog", "Password changed"),
    "demo": QT_TRANSLATE_NOOP("AuditDialog", "Demo data added"),
    "import": QT_TRANSLATE_NOOP("AuditDialog", "Import"),
    "export": QT_TRANSLATE_NOOP("AuditDialog", "Export"),
    "merge": QT_TRANSLATE_NOOP("AuditDialog", "Merge"),
    "sync": QT_TRANSLATE_NOOP("AuditDialog", "Sync"),
    "unmerge": QT_TRANSLATE_NOOP("AuditDialog", "Undo merge"),
    "undo_import": QT_TRANSLATE_NOOP("AuditDialog", "Undo import"),
}
_ENTITIES = {
    "customer": QT_TRANSLATE_NOOP("AuditDialog", "Customer"),
    "contact": QT_TRANSLATE_NOOP("AuditDialog", "Contact"),
    "timeline_entry": QT_TRANSLATE_NOOP("AuditDialog", "Timeline entry"),
    "opportunity": QT_TRANSLATE_NOOP("AuditDialog", "Opportunity"),
    "sale_order": QT_TRANSLATE_NOOP("AuditDialog", "Order"),
    "key_date": QT_TRANSLATE_NOOP("AuditDialog", "Key date"),
    "reminder": QT_TRANSLATE_NOOP("AuditDialog", "Reminder"),
    "tag": QT_TRANSLATE_NOOP("AuditDialog", "Tag"),
    "saved_view": QT_TRANSLATE_NOOP("AuditDialog", "Saved view"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditDialog", "name"),
    "grade": QT_TRANSLATE_NOOP("AuditDialog", "grade"),
    "relationship": QT_TRANSLATE_NOOP("AuditDialog", "status"),
    "importance": QT_TRANSLATE_NOOP("AuditDialog", "importance"),
    "need": QT_TRANSLATE_NOOP("AuditDialog", "need"),
    "source": QT_TRANSLATE_NOOP("AuditDialog", "source"),
    "owner": QT_TRANSLATE_NOOP("AuditDialog", "owner"),
    "phone": QT_TRANSLATE_NOOP("AuditDialog", "phone"),
    "phones": QT_TRANSLATE_NOOP("AuditDialog", "phones"),
    "email": QT_TRANSLATE_NOOP("AuditDialog", "e-mail"),
    "company": QT_TRANSLATE_NOOP("AuditDialog", "company"),
    "city": QT_TRANSLATE_NOOP("AuditDialog", "city"),
    "address": QT_TRANSLATE_NOOP("AuditDialog", "address"),
    "notes": QT_TRANSLATE_NOOP("AuditDialog", "notes"),
    "tags": QT_TRANSLATE_NOOP("AuditDialog", "tags"),
    "title": QT_TRANSLATE_NOOP("AuditDialog", "title"),
    "stage": QT_TRANSLATE_NOOP("AuditDialog", "stage"),
    "amount": QT_TRANSLATE_NOOP("AuditDialog", "amount"),
    "content": QT_TRANSLATE_NOOP("AuditDialog", "content"),
    "next_due_on": QT_TRANSLATE_NOOP("AuditDialog", "next due"),
    "last_followup_on": QT_TRANSLATE_NOOP("AuditDialog", "last follow-up"),
    "manual_next_on": QT_TRANSLATE_NOOP("AuditDialog", "scheduled follow-up"),
    "first_contact_on": QT_TRANSLATE_NOOP("AuditDialog", "first contact"),
    "rows": QT_TRANSLATE_NOOP("AuditDialog", "rows"),
    "file": QT_TRANSLATE_NOOP("AuditDialog", "file"),
    "kind": QT_TRANSLATE_NOOP("AuditDialog", "kind"),
    "method": QT_TRANSLATE_NOOP("AuditDialog", "method"),
    "occurred_at": QT_TRANSLATE_NOOP("AuditDialog", "time"),
    "outcome": QT_TRANSLATE_NOOP("AuditDialog", "outcome"),
    "next_step": QT_TRANSLATE_NOOP("AuditDialog", "next step"),
    "satisfaction": QT_TRANSLATE_NOOP("AuditDialog", "satisfaction"),
    "complaint": QT_TRANSLATE_NOOP("AuditDialog", "complaint"),
    "resolution": QT_TRANSLATE_NOOP("AuditDialog", "resolution"),
    "old_value": QT_TRANSLATE_NOOP("AuditDialog", "from"),
    "new_value": QT_TRANSLATE_NOOP("AuditDialog", "to"),
    "product": QT_TRANSLATE_NOOP("AuditDialog", "product"),
    "specification": QT_TRANSLATE_NOOP("AuditDialog", "specification"),
    "quantity": QT_TRANSLATE_NOOP("AuditDialog", "quantity"),
    "unit_price": QT_TRANSLATE_NOOP("AuditDialog", "unit price"),
    "currency": QT_TRANSLATE_NOOP("AuditDialog", "currency"),
    "ordered_on": QT_TRANSLATE_NOOP("AuditDialog", "order date"),
    "expected_close_on": QT_TRANSLATE_NOOP("AuditDialog", "expected close"),
    "probability": QT_TRANSLATE_NOOP("AuditDialog", "probability"),
    "label": QT_TRANSLATE_NOOP("AuditDialog", "label"),
    "month": QT_TRANSLATE_NOOP("AuditDialog", "month"),
    "day": QT_TRANSLATE_NOOP("AuditDialog", "day"),
    "year": QT_TRANSLATE_NOOP("AuditDialog", "year"),
    "yearly": QT_TRANSLATE_NOOP("AuditDialog", "yearly"),
    "lead_days": QT_TRANSLATE_NOOP("AuditDialog", "days ahead"),
    "due_at": QT_TRANSLATE_NOOP("AuditDialog", "due"),
    "note": QT_TRANSLATE_NOOP("AuditDialog", "note"),
    "done_at": QT_TRANSLATE_NOOP("AuditDialog", "done"),
    "snoozed_until": QT_TRANSLATE_NOOP("AuditDialog", "snoozed until"),
    "industry": QT_TRANSLATE_NOOP("AuditDialog", "industry"),
    "size_bucket": QT_TRANSLATE_NOOP("AuditDialog", "size"),
    "country": QT_TRANSLATE_NOOP("AuditDialog", "country/region"),
    "postal_code": QT_TRANSLATE_NOOP("AuditDialog", "postal code"),
    "wechat": QT_TRANSLATE_NOOP("AuditDialog", "WeChat"),
    "birthday": QT_TRANSLATE_NOOP("AuditDialog", "birthday"),
}
_HIDDEN_FIELDS = frozenset({"ref_id", "batch_id", "key_date_id"})
# (entity or None for any, field) -> the enum whose labels name the stored values
_ENUM_FIELDS: dict[tuple[str | None, str], type[StrEnum]] = {
    ("customer", "kind"): CustomerKind,
    ("timeline_entry", "kind"): EntryKind,
    ("key_date", "kind"): KeyDateKind,
    ("reminder", "kind"): ReminderKind,
    (None, "relationship"): RelationshipStatus,
    (None, "importance"): Importance,
    (None, "need"): NeedStatus,
    (None, "source"): SourceChannel,
    (None, "size_bucket"): SizeBucket,
    (None, "price_preference"): PricePreference,
    (None, "method"): FollowUpMethod,
    (None, "stage"): OpportunityStage,
    (None, "gender"): Gender,
}


def tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("AuditDialog", …)."""
    return QCoreApplication.translate(CONTEXT, text)


def action_text(action: str) -> str:
    return tr(_ACTIONS[action]) if action in _ACTIONS else action


def entity_text(entity: str | None) -> str:
    if entity is None:
        return "—"
    return tr(_ENTITIES[entity]) if entity in _ENTITIES else entity


def value_text(entity: str | None, field: str, value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("AuditDialog", "(empty)")
    enum = _ENUM_FIELDS.get((entity, field)) or _ENUM_FIELDS.get((None, field))
    if enum is not None and str(value) in {m.value for m in enum}:
        return label(enum(str(value)))
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return local_time_text(str(value))


def local_time_text(text: str) -> str:
    """A stored UTC timestamp (2026-11-22T09:47:40.303Z) as local time; other text as is."""
    if len(text) != 24 or not text.endswith("Z") or text[10] != "T":
        return text
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00")
    except ValueError:
        return text
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def change_lines(event: AuditEvent) -> list[str]:
    """One readable line per field: "grade: C → B", or "name: 张伟" for a value set from empty."""
    lines = []
    for field, change in event.changes.items():
        if (field == "customer_id" and event.customer) or field in _HIDDEN_FIELDS:
            continue  # the Customer column already names it; internal links mean nothing
        name = tr(_FIELDS[field]) if field in _FIELDS else field.replace("_", " ")
        is_pair = isinstance(change, list) and len(change) == 2
        if is_pair and change[0] not in (None, ""):
            old, new = (value_text(event.entity, field, v) for v in change)
            lines.append(f"{name}: {old} → {new}")
        else:
            new = change[1] if is_pair else change
            lines.append(f"{name}: {value_text(event.entity, field, new)}")
    return lines
