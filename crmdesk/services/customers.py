"""Customer and contact use cases: create, update, soft delete, restore.

Each function is one transaction through the write path and returns `Changes`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from crmdesk.data.tables import Customer
from crmdesk.data.writer import Tx
from crmdesk.domain.cadence import next_due
from crmdesk.domain.enums import Grade
from crmdesk.domain.validation import clean_email, clean_name
from crmdesk.services.session import Changes, Preferences, Session

CUSTOMER_FIELDS = frozenset(Customer._meta.sorted_field_names) - {
    "rid",
    "id",
    "created_at",
    "updated_at",
    "deleted_at",
    "next_due_on",
    "tags",
}
_DUE_INPUTS = frozenset({"grade", "last_followup_on", "manual_next_on"})


def create_customer(session: Session, fields: dict[str, Any], tags: Sequence[str] = ()) -> Changes:
    values = clean_customer_fields(fields)
    values.setdefault("first_contact_on", session.today().isoformat())
    prefs = session.preferences()
    with session.writer().transaction() as tx:
        # the cadence runs from the first contact (the customer's real "creation")
        values["next_due_on"] = due_for(values, _created_day(values), prefs)
        customer_id = tx.insert("customer", values)
        if tags:
            set_tags(tx, customer_id, tags)
    return Changes(customers=frozenset({customer_id}), reminders=True, created_id=customer_id)


def update_customer(session: Session, customer_id: str, fields: dict[str, Any]) -> Changes:
    return save_customer(session, customer_id, fields)


def save_customer(
    session: Session,
    customer_id: str | None,
    fields: dict[str, Any],
    tags: Sequence[str] | None = None,
) -> Changes:
    """Create (customer_id None) or update a customer and its tags in one transaction."""
    if customer_id is None:
        return create_customer(session, fields, tags or ())
    values = clean_customer_fields(fields, partial=True)
    prefs = session.preferences()
    with session.writer().transaction() as tx:
        current = tx.fetch("customer", customer_id)
        if _DUE_INPUTS & values.keys():
            merged = {**current, **values}
            values["next_due_on"] = due_for(merged, _created_day(current), prefs)
        changed = tx.update("customer", customer_id, values)
        wanted = {t.strip() for t in tags or () if t.strip()}
        if tags is not None and wanted != set(_current_tags(tx, customer_id)):
            set_tags(tx, customer_id, tags)
            changed["tags"] = True
    return Changes(
        customers=frozenset({customer_id}) if changed else frozenset(),
        reminders=bool({"next_due_on", "grade"} & changed.keys()),
    )


def _current_tags(tx: Tx, customer_id: str) -> list[str]:
    rows = tx.execute(
        "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.customer_id = ? ORDER BY t.name",
        (customer_id,),
    )
    return [row[0] for row in rows]


def delete_customer(session: Session, customer_id: str) -> Changes:
    with session.writer().transaction() as tx:
        tx.soft_delete("customer", customer_id)
    return Changes(customers=frozenset({customer_id}), reminders=True)


def restore_customer(session: Session, customer_id: str) -> Changes:
    with session.writer().transaction() as tx:
        tx.restore("customer", customer_id)
    return Changes(customers=frozenset({customer_id}), reminders=True)


def add_contact(session: Session, customer_id: str, fields: dict[str, Any]) -> Changes:
    values = dict(fields)
    values["name"] = clean_name(str(values.get("name", "")))
    values["email"] = clean_email(values.get("email"))
    with session.writer().transaction() as tx:
        tx.fetch("customer", customer_id)
        contact_id = tx.insert("contact", {**values, "customer_id": customer_id})
    return Changes(customers=frozenset({customer_id}), created_id=contact_id)


def update_contact(session: Session, contact_id: str, fields: dict[str, Any]) -> Changes:
    values = dict(fields)
    if "name" in values:
        values["name"] = clean_name(str(values["name"]))
    if "email" in values:
        values["email"] = clean_email(values["email"])
    with session.writer().transaction() as tx:
        customer_id = tx.fetch("contact", contact_id)["customer_id"]
        tx.update("contact", contact_id, values)
    return Changes(customers=frozenset({customer_id}))


def delete_contact(session: Session, contact_id: str) -> Changes:
    with session.writer().transaction() as tx:
        customer_id = tx.fetch("contact", contact_id)["customer_id"]
        tx.soft_delete("contact", contact_id)
    return Changes(customers=frozenset({customer_id}))


def set_customer_tags(session: Session, customer_id: str, tags: Sequence[str]) -> Changes:
    with session.writer().transaction() as tx:
        set_tags(tx, customer_id, tags)
    return Changes(customers=frozenset({customer_id}))


def set_tags(tx: Tx, customer_id: str, names: Sequence[str]) -> None:
    """Replace the customer's tags (creating unknown tags) and refresh its tag text."""
    clean = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    tx.execute("DELETE FROM customer_tag WHERE customer_id = ?", (customer_id,))
    for name in clean:
        row = tx.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
        tag_id = row[0] if row else tx.insert("tag", {"name": name})
        tx.execute(
            "INSERT OR IGNORE INTO customer_tag(customer_id, tag_id) VALUES (?, ?)",
            (customer_id, tag_id),
        )
    tx.update("customer", customer_id, {"tags": " ".join(clean)})


def clean_customer_fields(fields: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    unknown = set(fields) - CUSTOMER_FIELDS
    if unknown:
        raise ValueError(f"unknown customer fields: {sorted(unknown)}")
    values = dict(fields)
    if "name" in values or not partial:
        values["name"] = clean_name(str(values.get("name", "")))
    if "email" in values:
        values["email"] = clean_email(values["email"])
    if "grade" in values:
        values["grade"] = Grade(values["grade"]).value
    return values


def due_for(values: dict[str, Any], created: date, prefs: Preferences) -> str:
    last = values.get("last_followup_on")
    manual = values.get("manual_next_on")
    due = next_due(
        grade=Grade(values.get("grade") or "D"),
        base=date.fromisoformat(last) if last else created,
        cadences=prefs.cadences,
        working_days=prefs.working_days,
        manual=date.fromisoformat(manual) if manual else None,
    )
    return due.isoformat()


def _created_day(values: dict[str, Any]) -> date:
    """First contact date, else the day the record was created."""
    first = values.get("first_contact_on")
    return date.fromisoformat(first) if first else date.fromisoformat(values["created_at"][:10])
