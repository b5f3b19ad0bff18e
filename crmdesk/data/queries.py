"""Read queries that return plain rows (dicts) for the services to turn into domain values."""

from __future__ import annotations

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


def tag_names(store: Store, customer_id: str) -> list[str]:
    rows = store.db.execute_sql(
        "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.customer_id = ? ORDER BY t.name",
        (customer_id,),
    )
    return [row[0] for row in rows]


def all_tag_names(store: Store) -> list[str]:
    return [row[0] for row in store.db.execute_sql("SELECT name FROM tag ORDER BY name")]
