"""Changing and removing a customer's key dates (adding is `timeline.add_key_date`).

    update_key_date(session, key_date_id, KeyDateRule.of(KeyDateKind.RENEWAL, 3, 1), "Lease")
    delete_key_date(session, key_date_id)   # a tombstone: reminders no longer fire for it

Each function is one transaction through the write path and returns `Changes`.
"""

from __future__ import annotations

from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services.session import Changes, Session
from crmdesk.services.timeline import MAX_LEAD_DAYS

__all__ = ["delete_key_date", "update_key_date"]


def update_key_date(
    session: Session, key_date_id: str, rule: KeyDateRule, label: str = ""
) -> Changes:
    if rule.lead_days > MAX_LEAD_DAYS:
        raise ValueError(f"lead time is at most {MAX_LEAD_DAYS} days")
    values = {
        "kind": KeyDateKind(rule.kind).value,
        "label": label,
        "month": rule.month,
        "day": rule.day,
        "year": rule.year,
        "yearly": int(rule.yearly),
        "lead_days": rule.lead_days,
    }
    with session.writer().transaction() as tx:
        customer_id = str(tx.fetch("key_date", key_date_id)["customer_id"])
        tx.update("key_date", key_date_id, values)
    return Changes(customers=frozenset({customer_id}), reminders=True)


def delete_key_date(session: Session, key_date_id: str) -> Changes:
    with session.writer().transaction() as tx:
        customer_id = str(tx.fetch("key_date", key_date_id)["customer_id"])
        tx.soft_delete("key_date", key_date_id)
    return Changes(customers=frozenset({customer_id}), reminders=True)
