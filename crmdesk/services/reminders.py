"""Acting on due items: snooze or complete follow-ups, key-date alerts and manual reminders."""

from __future__ import annotations

from datetime import date, datetime

from crmdesk.data.writer import utc_text
from crmdesk.domain.enums import ReminderKind
from crmdesk.services.customers import update_customer
from crmdesk.services.session import Changes, Session


def add_reminder(session: Session, customer_id: str, due_at: datetime, note: str = "") -> Changes:
    with session.writer().transaction() as tx:
        tx.fetch("customer", customer_id)
        reminder_id = tx.insert(
            "reminder",
            {
                "customer_id": customer_id,
                "kind": ReminderKind.MANUAL.value,
                "due_at": utc_text(due_at),
                "note": note,
            },
        )
    return Changes(customers=frozenset({customer_id}), reminders=True, created_id=reminder_id)


def snooze_followup(session: Session, customer_id: str, until: date) -> Changes:
    """Move a cadence follow-up to *until* (a hand-scheduled date, kept until logged)."""
    return update_customer(session, customer_id, {"manual_next_on": until.isoformat()})


def snooze_reminder(session: Session, reminder_id: str, until: datetime) -> Changes:
    with session.writer().transaction() as tx:
        customer_id = tx.fetch("reminder", reminder_id)["customer_id"]
        tx.update("reminder", reminder_id, {"snoozed_until": utc_text(until)})
    return Changes(reminders=True, customers=frozenset({customer_id}))


def complete_reminder(session: Session, reminder_id: str) -> Changes:
    with session.writer().transaction() as tx:
        customer_id = tx.fetch("reminder", reminder_id)["customer_id"]
        tx.update("reminder", reminder_id, {"done_at": tx.now})
    return Changes(reminders=True, customers=frozenset({customer_id}))


def complete_key_date(session: Session, key_date_id: str, occurrence: date) -> Changes:
    """Mark this year's occurrence of a key date as handled."""
    with session.writer().transaction() as tx:
        customer_id = tx.fetch("key_date", key_date_id)["customer_id"]
        tx.insert(
            "reminder",
            {
                "customer_id": customer_id,
                "kind": ReminderKind.KEY_DATE.value,
                "key_date_id": key_date_id,
                "due_at": occurrence.isoformat(),
                "done_at": tx.now,
            },
        )
    return Changes(reminders=True, customers=frozenset({customer_id}))
