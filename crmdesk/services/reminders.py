"""Acting on due items: snooze or complete follow-ups, key-date alerts and manual reminders.

    snooze_item(session, item, timedelta(hours=1) + session.now())   # hidden for an hour
    snooze_item(session, item, date(2026, 11, 24))                   # back tomorrow

A follow-up snoozed to a day gets that day as its hand-scheduled date (`snooze_followup`);
snoozed for part of a day it gets an open reminder row of kind "followup" whose
``snoozed_until`` hides it from the due list until then (`snooze_followup_until`). A key-date
occurrence is snoozed the same way with a row of kind "key_date" (`snooze_key_date`).
See `crmdesk.services.due` for how the due list reads them.
"""

from __future__ import annotations

from datetime import date, datetime, time

from crmdesk.data.writer import utc_text
from crmdesk.domain.enums import ReminderKind
from crmdesk.services.customers import update_customer
from crmdesk.services.due import DueItem
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


def snooze_followup_until(session: Session, customer_id: str, until: datetime) -> Changes:
    """Hide a due follow-up until *until* without moving its due date (Snooze ▸ 1 hour)."""
    with session.writer().transaction() as tx:
        customer = tx.fetch("customer", customer_id)
        row = tx.execute(
            "SELECT id FROM reminder WHERE customer_id = ? AND kind = 'followup' "
            "AND done_at IS NULL AND deleted_at IS NULL ORDER BY rid DESC LIMIT 1",
            (customer_id,),
        ).fetchone()
        values = {"due_at": customer["next_due_on"] or tx.now, "snoozed_until": utc_text(until)}
        if row is None:
            tx.insert(
                "reminder",
                {"customer_id": customer_id, "kind": ReminderKind.FOLLOWUP.value, **values},
            )
        else:
            tx.update("reminder", row[0], values)
    return Changes(reminders=True, customers=frozenset({customer_id}))


def snooze_key_date(
    session: Session, key_date_id: str, occurrence: date, until: datetime
) -> Changes:
    """Hide this occurrence of a key date from the due list until *until*."""
    with session.writer().transaction() as tx:
        customer_id = tx.fetch("key_date", key_date_id)["customer_id"]
        row = tx.execute(
            "SELECT id FROM reminder WHERE key_date_id = ? AND kind = 'key_date' "
            "AND substr(due_at, 1, 10) = ? AND done_at IS NULL AND deleted_at IS NULL "
            "ORDER BY rid DESC LIMIT 1",
            (key_date_id, occurrence.isoformat()),
        ).fetchone()
        if row is None:
            tx.insert(
                "reminder",
                {
                    "customer_id": customer_id,
                    "kind": ReminderKind.KEY_DATE.value,
                    "key_date_id": key_date_id,
                    "due_at": occurrence.isoformat(),
                    "snoozed_until": utc_text(until),
                },
            )
        else:
            tx.update("reminder", row[0], {"snoozed_until": utc_text(until)})
    return Changes(reminders=True, customers=frozenset({customer_id}))


def snooze_item(session: Session, item: DueItem, until: date | datetime) -> Changes:
    """Snooze any due item: to a day (back at its start) or to a moment."""
    if item.kind == ReminderKind.FOLLOWUP:
        if isinstance(until, datetime):
            return snooze_followup_until(session, item.customer_id, until)
        return snooze_followup(session, item.customer_id, until)
    moment = until if isinstance(until, datetime) else start_of_day(until)
    if item.ref_id is None:
        raise ValueError(f"a {item.kind} item needs its reference id")
    if item.kind == ReminderKind.KEY_DATE:
        return snooze_key_date(session, item.ref_id, item.due, moment)
    return snooze_reminder(session, item.ref_id, moment)


def complete_item(session: Session, item: DueItem) -> Changes:
    """Mark a key-date occurrence or a manual reminder done (a follow-up is *logged*)."""
    if item.kind == ReminderKind.FOLLOWUP or item.ref_id is None:
        raise ValueError("a follow-up is done when it is logged (log_followup)")
    if item.kind == ReminderKind.KEY_DATE:
        return complete_key_date(session, item.ref_id, item.due)
    return complete_reminder(session, item.ref_id)


def start_of_day(day: date) -> datetime:
    """Local midnight at the start of *day*, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()
