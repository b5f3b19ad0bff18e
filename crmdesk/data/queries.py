"""Read queries that return plain rows (dicts) for the services to turn into domain values."""

from __future__ import annotations

from datetime import date
from typing import Any

from crmdesk.data.database import Store

LIST_COLUMNS = (
    "id",
    "rid",
    "name",
    "company",
    "grade",
    "phone",
    "city",
    "relationship",
    "importance",
    "last_followup_on",
    "next_due_on",
    "tags",
)


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def customer_row(store: Store, customer_id: str) -> dict[str, Any] | None:
    rows = _dicts(store.db.execute_sql("SELECT * FROM customer WHERE id = ?", (customer_id,)))
    return rows[0] if rows else None


def customers_by_rid(store: Store, rids: list[int]) -> list[dict[str, Any]]:
    """List rows for *rids*, in the order given."""
    if not rids:
        return []
    marks = ",".join("?" * len(rids))
    cols = ", ".join(LIST_COLUMNS)
    rows = _dicts(store.db.execute_sql(f"SELECT {cols} FROM customer WHERE rid IN ({marks})", rids))
    by_rid = {row["rid"]: row for row in rows}
    return [by_rid[rid] for rid in rids if rid in by_rid]


def children(store: Store, table: str, customer_id: str, order: str) -> list[dict[str, Any]]:
    """Live rows of a child table (contact, opportunity, …) for one customer."""
    return _dicts(
        store.db.execute_sql(
            f"SELECT * FROM {table} WHERE customer_id = ? AND deleted_at IS NULL ORDER BY {order}",
            (customer_id,),
        )
    )


def due_followups(store: Store, day: date) -> list[dict[str, Any]]:
    """Live customers whose next follow-up is due on or before *day* (index on next_due_on)."""
    return _dicts(
        store.db.execute_sql(
            "SELECT id, name, company, phone, grade, next_due_on FROM customer "
            "WHERE deleted_at IS NULL AND next_due_on <= ? ORDER BY next_due_on, rid",
            (day.isoformat(),),
        )
    )


def key_dates_on_days(store: Store, month_days: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Key dates of live customers falling on any of the (month, day) pairs (indexed)."""
    if not month_days:
        return []
    values = ",".join("(?, ?)" for _ in month_days)
    params = [n for pair in month_days for n in pair]
    return _dicts(
        store.db.execute_sql(
            "SELECT k.id, k.customer_id, k.kind, k.label, k.month, k.day, k.year, k.yearly, "
            "k.lead_days, c.name, c.company, c.grade FROM key_date k "
            "JOIN customer c ON c.id = k.customer_id "
            f"WHERE (k.month, k.day) IN (VALUES {values}) "
            "AND k.deleted_at IS NULL AND c.deleted_at IS NULL",
            params,
        )
    )


def done_key_date_reminders(store: Store, key_date_ids: list[str]) -> set[tuple[str, str]]:
    """(key_date_id, occurrence day) pairs already marked done."""
    if not key_date_ids:
        return set()
    marks = ",".join("?" * len(key_date_ids))
    rows = store.db.execute_sql(
        "SELECT key_date_id, substr(due_at, 1, 10) FROM reminder "
        f"WHERE key_date_id IN ({marks}) AND done_at IS NOT NULL AND deleted_at IS NULL",
        key_date_ids,
    )
    return {(row[0], row[1]) for row in rows}


def open_manual_reminders(store: Store, day: date) -> list[dict[str, Any]]:
    return _dicts(
        store.db.execute_sql(
            "SELECT r.id, r.customer_id, r.due_at, r.note, c.name, c.company, c.grade "
            "FROM reminder r JOIN customer c ON c.id = r.customer_id "
            "WHERE r.done_at IS NULL AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
            "AND r.kind = 'manual' AND substr(coalesce(r.snoozed_until, r.due_at), 1, 10) <= ? "
            "ORDER BY r.due_at",
            (day.isoformat(),),
        )
    )


def tag_names(store: Store, customer_id: str) -> list[str]:
    rows = store.db.execute_sql(
        "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.customer_id = ? ORDER BY t.name",
        (customer_id,),
    )
    return [row[0] for row in rows]


def all_tag_names(store: Store) -> list[str]:
    return [row[0] for row in store.db.execute_sql("SELECT name FROM tag ORDER BY name")]
