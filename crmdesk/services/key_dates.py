"""A customer's key dates: birthdays, contract expiries, renewals, custom dates.

    add_key_date(session, customer_id, KeyDateRule.of(KeyDateKind.BIRTHDAY, 4, 15), "")
    update_key_date(session, key_date_id, KeyDateRule.of(KeyDateKind.RENEWAL, 3, 1), "Lease")
    delete_key_date(session, key_date_id)   # a tombstone: reminders no longer fire for it

Each function is one transaction through the write path and returns `Changes`.
"""

from __future__ import annotations

from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services.session import Changes, Session

__all__ = ["MAX_LEAD_DAYS", "add_key_date", "delete_key_date", "update_key_date"]


MAX_LEAD_DAYS = 60  # the due list looks this far ahead for key dates


def add_key_date(
    session: Session,
    customer_id: str,
    rule: KeyDateRule,
    label: str = "",
    contact_id: str | None = None,
) -> Changes:
    values = {"customer_id": customer_id, "contact_id": contact_id, **_values(rule, label)}
    with session.writer().transaction() as tx:
        tx.fetch("customer", customer_id)
        key_date_id = tx.insert("key_date", values)
    return Changes(customers=frozenset({customer_id}), reminders=True, created_id=key_date_id)


def update_key_date(
    session: Session, key_date_id: str, rule: KeyDateRule, label: str = ""
) -> Changes:
    values = _values(rule, label)
    with session.writer().transaction() as tx:
        customer_id = str(tx.fetch("key_date", key_date_id)["customer_id"])
        tx.update("key_date", key_date_id, values)
    return Changes(customers=frozenset({customer_id}), reminders=True)


def _values(rule: KeyDateRule, label: str) -> dict[str, object]:
    if rule.lead_days > MAX_LEAD_DAYS:
        raise ValueError(f"lead time is at most {MAX_LEAD_DAYS} days")
    return {
        "kind": KeyDateKind(rule.kind).value,
        "label": label,
        "month": rule.month,
        "day": rule.day,
        "year": rule.year,
        "yearly": int(rule.yearly),
        "lead_days": rule.lead_days,
    }


def delete_key_date(session: Session, key_date_id: str) -> Changes:
    with session.writer().transaction() as tx:
        customer_id = str(tx.fetch("key_date", key_date_id)["customer_id"])
        tx.soft_delete("key_date", key_date_id)
    return Changes(customers=frozenset({customer_id}), reminders=True)
