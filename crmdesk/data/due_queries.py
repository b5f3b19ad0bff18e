"""The due list's SQL: follow-ups counted and paged on an index, key dates, reminders, snoozes.

    counts = followup_counts(store, ranges)             # {grade: [n per range]}, index only
    rows = followup_page(store, "A", ("", "2026-11-22"), held=[12], limit=200, offset=0)

A follow-up is a live customer's ``next_due_on``; the Today pane's sections are ranges of it
(``after < next_due_on <= upto``, ISO text). schema v5's partial index ``customer_live_agenda``
on (grade, next_due_on, name, id, company) answers both without touching the table: a count
is a range of the index, a page is a range read in the pane's order (due, name, id) with no
sort. Rows are tuples, not dicts: a full read is tens of thousands of rows.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from crmdesk.data.database import Store

GRADES = ("A", "B", "C", "D", "E")
Range = tuple[str, str]  # (after, upto): after < next_due_on <= upto; "" for no lower bound
FollowUpRow = tuple[str, str, str | None, str]  # id, name, company, next_due_on
KeyDateRow = tuple[str, str, str, str | None, str, str, str | None, int, int]
ManualRow = tuple[str, str, str, str | None, str | None, str, str | None, str]

_LIVE = "deleted_at IS NULL AND grade = ? AND next_due_on > ? AND next_due_on <= ?"


def _ids(values: Iterable[Any]) -> str:
    return json.dumps(sorted(values))


def followup_counts(store: Store, ranges: Sequence[Range]) -> dict[str, list[int]]:
    """Live customers per grade whose next due day is in each of *ranges*."""
    count = f"(SELECT count(*) FROM customer WHERE {_LIVE.replace('grade = ?', 'grade = g.v')})"
    columns = ", ".join(count for _range in ranges)
    grades = ", ".join(f"('{grade}')" for grade in GRADES)
    sql = f"WITH g(v) AS (VALUES {grades}) SELECT g.v, {columns} FROM g"
    params = [bound for pair in ranges for bound in pair]
    return {row[0]: list(row[1:]) for row in store.db.execute_sql(sql, params)}


def followup_page(
    store: Store,
    grade: str,
    due: Range,
    *,
    held: Collection[int] = (),
    limit: int = -1,
    offset: int = 0,
) -> list[FollowUpRow]:
    """Follow-ups of one grade due in *due*, in the pane's order; *held* rids left out."""
    sql = f"SELECT id, name, company, next_due_on FROM customer WHERE {_LIVE}"
    params: list[Any] = [grade, *due]
    if held:
        sql += " AND rid NOT IN (SELECT value FROM json_each(?))"
        params.append(_ids(held))
    sql += " ORDER BY next_due_on, name, id LIMIT ? OFFSET ?"
    rows: list[FollowUpRow] = store.db.execute_sql(sql, [*params, limit, offset]).fetchall()
    return rows


def first_followup_day(store: Store, due: Range, held: Collection[int] = ()) -> str | None:
    """The earliest next due day in *due* of a live customer not in *held*."""
    sql = "SELECT min(next_due_on) FROM customer WHERE deleted_at IS NULL "
    sql += "AND next_due_on > ? AND next_due_on <= ?"
    params: list[Any] = list(due)
    if held:
        sql += " AND rid NOT IN (SELECT value FROM json_each(?))"
        params.append(_ids(held))
    row = store.db.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def followups_of(
    store: Store, customer_ids: Collection[str], upto: str
) -> list[tuple[int, str, str, str | None, str, str]]:
    """(rid, id, name, company, grade, next_due_on) of these live customers due by *upto*."""
    if not customer_ids:
        return []
    rows: list[tuple[int, str, str, str | None, str, str]] = store.db.execute_sql(
        "SELECT rid, id, name, company, grade, next_due_on FROM customer "
        "WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL "
        "AND next_due_on <= ?",
        (_ids(customer_ids), upto),
    ).fetchall()
    return rows


def key_date_rows(
    store: Store,
    window: Sequence[tuple[int, int, int, int, str]],
    span: int,
    customer_ids: Collection[str] | None = None,
) -> list[KeyDateRow]:
    """Key dates whose alert window meets the next *span* days, not done for the occurrence.

    *window* has a row (month, day, ahead, year, occurrence) for each calendar day from today
    to today + the longest lead + *span*: its first occurrence is *ahead* days from today, in
    *year*, on the day *occurrence* (29 February falls on the 28th in common years, see
    `crmdesk.domain.keydates`). A key date matches its (month, day) when the occurrence is its
    next one (a yearly date starting in a later year, a one-off date of another year do not)
    and its lead reaches back to today + *span*. Rows: (key date id, customer id, name,
    company, grade, kind, label, ahead, lead_days), by occurrence, name, customer, key date.
    """
    if not window:
        return []
    values = ",".join("(?, ?, ?, ?, ?)" for _ in window)
    params: list[Any] = [value for row in window for value in row]
    if customer_ids is None:
        source = "w JOIN key_date k ON k.month = w.month AND k.day = w.day"
    else:  # a few customers: their key dates first (CROSS JOIN keeps that order)
        source = (
            "json_each(?) AS wanted CROSS JOIN key_date k ON k.customer_id = wanted.value "
            "JOIN w ON k.month = w.month AND k.day = w.day"
        )
        params.append(_ids(customer_ids))
    sql = f"""WITH w(month, day, ahead, year, occurrence) AS (VALUES {values})
SELECT k.id, k.customer_id, c.name, c.company, c.grade, k.kind, k.label, w.ahead, k.lead_days
FROM {source} JOIN customer c ON c.id = k.customer_id
WHERE w.ahead <= k.lead_days + ? AND k.deleted_at IS NULL AND c.deleted_at IS NULL
AND CASE WHEN k.yearly THEN k.year IS NULL OR k.year <= w.year ELSE k.year = w.year END
AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.key_date_id = k.id
    AND substr(r.due_at, 1, 10) = w.occurrence AND r.done_at IS NOT NULL
    AND r.deleted_at IS NULL)
ORDER BY w.ahead, c.name, k.customer_id, k.id"""
    rows: list[KeyDateRow] = store.db.execute_sql(sql, [*params, span]).fetchall()
    return rows


def manual_rows(
    store: Store, upto: str, customer_ids: Collection[str] | None = None
) -> list[ManualRow]:
    """Open manual reminders of live customers due or snoozed until *upto* (UTC day text).

    Rows: (reminder id, customer id, due_at, snoozed_until, note, name, company, grade).
    """
    sql = (
        "SELECT r.id, r.customer_id, r.due_at, r.snoozed_until, r.note, c.name, c.company, "
        "c.grade FROM reminder r JOIN customer c ON c.id = r.customer_id "
        "WHERE r.done_at IS NULL AND r.deleted_at IS NULL AND c.deleted_at IS NULL "
        "AND r.kind = 'manual' AND substr(coalesce(r.snoozed_until, r.due_at), 1, 10) <= ?"
    )
    params: list[Any] = [upto]
    if customer_ids is not None:
        sql += " AND r.customer_id IN (SELECT value FROM json_each(?))"
        params.append(_ids(customer_ids))
    rows: list[ManualRow] = store.db.execute_sql(sql, params).fetchall()
    return rows


def open_snoozes(store: Store, since: str) -> list[tuple[str, str, str | None, str, str]]:
    """Open follow-up and key-date snoozes ending at or after *since*.

    Rows: (kind, customer id, key date id, due day, snoozed_until).
    """
    rows: list[tuple[str, str, str | None, str, str]] = store.db.execute_sql(
        "SELECT kind, customer_id, key_date_id, substr(due_at, 1, 10), snoozed_until "
        "FROM reminder WHERE done_at IS NULL AND snoozed_until IS NOT NULL "
        "AND snoozed_until >= ? AND deleted_at IS NULL AND kind IN ('followup', 'key_date')",
        (since,),
    ).fetchall()
    return rows


def first_snooze_end(store: Store, after: str) -> str | None:
    """The earliest end of an open snooze after *after* (UTC text)."""
    row = store.db.execute_sql(
        "SELECT min(snoozed_until) FROM reminder WHERE done_at IS NULL "
        "AND snoozed_until IS NOT NULL AND snoozed_until > ? AND deleted_at IS NULL",
        (after,),
    ).fetchone()
    return row[0] if row else None


def manual_starts_from(store: Store, since: str) -> list[str]:
    """coalesce(snoozed_until, due_at) of open manual reminders from the UTC day *since*."""
    return [
        row[0]
        for row in store.db.execute_sql(
            "SELECT coalesce(snoozed_until, due_at) FROM reminder WHERE done_at IS NULL "
            "AND deleted_at IS NULL AND kind = 'manual' "
            "AND substr(coalesce(snoozed_until, due_at), 1, 10) >= ?",
            (since,),
        )
    ]
