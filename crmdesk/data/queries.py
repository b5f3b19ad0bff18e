"""Read queries that return plain rows (dicts) for the services to turn into domain values."""

from __future__ import annotations

import json
from collections.abc import Mapping
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

TIMELINE_COLUMNS = (
    "id",
    "kind",
    "occurred_at",
    "method",
    "content",
    "outcome",
    "next_step",
    "satisfaction",
    "complaint",
    "resolution",
    "old_value",
    "new_value",
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


def timeline_rows(store: Store, customer_id: str, limit: int) -> list[tuple[Any, ...]]:
    """Live timeline entries of one customer, newest first, as TIMELINE_COLUMNS tuples.

    The index on (customer_id, occurred_at) gives the order: no sort, and only *limit* rows.
    """
    cursor = store.db.execute_sql(
        f"SELECT {', '.join(TIMELINE_COLUMNS)} FROM timeline_entry "
        "WHERE customer_id = ? AND deleted_at IS NULL ORDER BY occurred_at DESC, rid DESC LIMIT ?",
        (customer_id, limit),
    )
    rows: list[tuple[Any, ...]] = cursor.fetchall()
    return rows


def due_followups(store: Store, day: date) -> list[tuple[str, str, str | None, str, str]]:
    """(id, name, company, grade, next_due_on) of live customers due on or before *day*.

    Tuples, not dicts: at 100,000 customers this is tens of thousands of rows.
    """
    rows: list[tuple[str, str, str | None, str, str]] = store.db.execute_sql(
        "SELECT id, name, company, grade, next_due_on FROM customer "
        "WHERE deleted_at IS NULL AND next_due_on <= ? ORDER BY next_due_on, rid",
        (day.isoformat(),),
    ).fetchall()
    return rows


def key_dates_on_days(
    store: Store, days_ahead: Mapping[tuple[int, int], int], span: int = 0
) -> list[dict[str, Any]]:
    """Key dates of live customers on a (month, day) of *days_ahead* (indexed) that is at most
    their lead days + *span* days ahead: the ones whose alert window can start by then.
    """
    if not days_ahead:
        return []
    values = ",".join("(?, ?, ?)" for _ in days_ahead)
    params = [n for (month, day), ahead in days_ahead.items() for n in (month, day, ahead)]
    return _dicts(
        store.db.execute_sql(
            f"WITH w(month, day, ahead) AS (VALUES {values}) "
            "SELECT k.id, k.customer_id, k.kind, k.label, k.month, k.day, k.year, k.yearly, "
            "k.lead_days, c.name, c.company, c.grade FROM w "
            "JOIN key_date k ON k.month = w.month AND k.day = w.day "
            "JOIN customer c ON c.id = k.customer_id "
            "WHERE w.ahead <= k.lead_days + ? AND k.deleted_at IS NULL AND c.deleted_at IS NULL",
            [*params, span],
        )
    )


def done_key_date_reminders(store: Store, key_date_ids: list[str]) -> set[tuple[str, str]]:
    """(key_date_id, occurrence day) pairs already marked done."""
    if not key_date_ids:
        return set()
    rows = store.db.execute_sql(
        "SELECT key_date_id, substr(due_at, 1, 10) FROM reminder "
        "WHERE key_date_id IN (SELECT value FROM json_each(?)) "
        "AND done_at IS NOT NULL AND deleted_at IS NULL",
        (json.dumps(key_date_ids),),
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
