"""SQL for imports and exports: batch records, duplicate-matching scans, export pages.

    insert_batch(db, batch_id, now, "客户.xlsx", "xlsx", {"new": 10})
    for cid, name, company, phone, email in live_customers(db): …
    rows = export_page(db, rids)          # customer columns + primary contact + birthday

Every function takes the peewee database (a Store's `db`) and runs inside the caller's
transaction when there is one. Lists of ids travel as one JSON parameter (`json_each`), so a
page of 1,000 ids is one statement.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

_LIVE_CUSTOMERS = "SELECT id, name, company, phone, email FROM customer WHERE deleted_at IS NULL"
_LIVE_CONTACTS = (
    "SELECT ct.customer_id, ct.phones, ct.email FROM contact ct "
    "JOIN customer c ON c.id = ct.customer_id "
    "WHERE ct.deleted_at IS NULL AND c.deleted_at IS NULL"
)


def _ids(ids: Iterable[str]) -> str:
    return json.dumps(list(ids))


def live_customers(db: Any) -> Iterator[tuple[str, str, str | None, str | None, str | None]]:
    """(id, name, company, phone, email) of every live customer, in one pass."""
    yield from db.execute_sql(_LIVE_CUSTOMERS)


def live_contacts(db: Any) -> Iterator[tuple[str, str, str | None]]:
    """(customer_id, phones, email) of every live contact of a live customer."""
    yield from db.execute_sql(_LIVE_CONTACTS)


def customers_by_id(db: Any, ids: Sequence[str]) -> list[dict[str, Any]]:
    cursor = db.execute_sql(
        "SELECT * FROM customer WHERE id IN (SELECT value FROM json_each(?))", (_ids(ids),)
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def contact_keys(db: Any, ids: Sequence[str]) -> list[tuple[str, str, str, str | None]]:
    """(customer_id, name, phones, email) of the live contacts of *ids*."""
    rows: list[tuple[str, str, str, str | None]] = db.execute_sql(
        "SELECT customer_id, name, phones, email FROM contact WHERE deleted_at IS NULL "
        "AND customer_id IN (SELECT value FROM json_each(?))",
        (_ids(ids),),
    ).fetchall()
    return rows


def tag_ids(db: Any) -> dict[str, str]:
    """Every tag: case-folded name -> id (tag names are unique without case)."""
    return {name.casefold(): tag_id for tag_id, name in db.execute_sql("SELECT id, name FROM tag")}


def tag_links(db: Any, ids: Sequence[str]) -> set[tuple[str, str]]:
    rows = db.execute_sql(
        "SELECT customer_id, tag_id FROM customer_tag "
        "WHERE customer_id IN (SELECT value FROM json_each(?))",
        (_ids(ids),),
    )
    return {(cid, tid) for cid, tid in rows}


def insert_batch(
    db: Any, batch_id: str, now: str, file_name: str, kind: str, counts: dict[str, Any]
) -> None:
    db.execute_sql(
        "INSERT INTO import_batch(id, created_at, updated_at, file_name, kind, counts) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (batch_id, now, now, file_name, kind, json.dumps(counts, ensure_ascii=False)),
    )


def insert_changes(db: Any, rows: Iterable[tuple[str, str, str, str | None]]) -> None:
    """(batch_id, customer_id, action, previous JSON) rows."""
    db.cursor().executemany(
        "INSERT INTO import_change(batch_id, customer_id, action, previous) VALUES (?, ?, ?, ?)",
        rows,
    )


def batch_row(db: Any, batch_id: str) -> dict[str, Any] | None:
    cursor = db.execute_sql(
        "SELECT id, created_at, file_name, kind, counts, undone_at FROM import_batch "
        "WHERE id = ? AND deleted_at IS NULL",
        (batch_id,),
    )
    row = cursor.fetchone()
    if row is None:
        return None
    names = [d[0] for d in cursor.description]
    return dict(zip(names, row, strict=True))


def batch_rows(db: Any) -> list[dict[str, Any]]:
    cursor = db.execute_sql(
        "SELECT id, created_at, file_name, kind, counts, undone_at FROM import_batch "
        "WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC"
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def batch_changes(db: Any, batch_id: str) -> list[tuple[str, str, str | None]]:
    """(customer_id, action, previous JSON) of one batch."""
    rows: list[tuple[str, str, str | None]] = db.execute_sql(
        "SELECT customer_id, action, previous FROM import_change WHERE batch_id = ?", (batch_id,)
    ).fetchall()
    return rows


def tombstone_created(db: Any, batch_id: str, now: str) -> None:
    """Soft-delete the customers a batch created, with their contacts, key dates and entries."""
    created = "SELECT customer_id FROM import_change WHERE batch_id = ? AND action = 'created'"
    for table in ("customer", "contact", "key_date", "timeline_entry"):
        column = "id" if table == "customer" else "customer_id"
        db.execute_sql(
            f"UPDATE {table} SET deleted_at = ?, updated_at = ? "
            f"WHERE deleted_at IS NULL AND {column} IN ({created})",
            (now, now, batch_id),
        )
    db.execute_sql(
        "UPDATE timeline_entry SET deleted_at = ?, updated_at = ? "
        "WHERE batch_id = ? AND deleted_at IS NULL",
        (now, now, batch_id),
    )
    db.execute_sql(
        "UPDATE import_batch SET undone_at = ?, updated_at = ? WHERE id = ?",
        (now, now, batch_id),
    )


EXPORT_CONTACT = ("contact_name", "contact_phone", "contact_email")

_EXPORT = """
SELECT c.*, p.name AS contact_name, p.phones AS contact_phone, p.email AS contact_email,
       b.month AS birthday_month, b.day AS birthday_day, b.year AS birthday_year
FROM customer c
LEFT JOIN contact p ON p.id = (
    SELECT ct.id FROM contact ct WHERE ct.customer_id = c.id AND ct.deleted_at IS NULL
    ORDER BY ct.is_primary DESC, ct.rid LIMIT 1)
LEFT JOIN key_date b ON b.id = (
    SELECT k.id FROM key_date k WHERE k.customer_id = c.id AND k.deleted_at IS NULL
    AND k.kind = 'birthday' AND k.contact_id IS NULL ORDER BY k.rid LIMIT 1)
WHERE c.rid IN (SELECT value FROM json_each(?))"""


def export_page(db: Any, rids: Sequence[int]) -> list[dict[str, Any]]:
    """Customer rows with their primary contact and birthday, in the order of *rids*."""
    cursor = db.execute_sql(_EXPORT, (json.dumps(list(rids)),))
    names = [d[0] for d in cursor.description]
    by_rid = {row["rid"]: row for row in (dict(zip(names, r, strict=True)) for r in cursor)}
    return [by_rid[rid] for rid in rids if rid in by_rid]
