"""The due list's SQL: every source counted on a tally or an index, and paged in order.

    counts = followup_counts(store, ranges)             # {grade: [n per range]}, the tally
    rows = followup_page(store, "A", ("", "2026-11-22"), held=[12], limit=200, offset=0)
    key_date_counts(store, window, 7)                   # per grade, starting today or later
    manual_counts(store, bounds)                        # per grade and section

A follow-up is a live customer's ``next_due_on``; the Today pane's sections are ranges of it
(``after < next_due_on <= upto``, ISO text). Counts sum schema v8's `due_tally` (a row per
grade and day); a page is a range of schema v5's ``customer_live_agenda`` (grade,
next_due_on, name, id, company) read in the pane's order with no sort. Key dates and manual
reminders carry their customer's grade and name (schema v8): they are counted on the
covering indexes `key_date_window` and `reminder_manual_due`, and a page never reads a
customer row. Rows are tuples, not dicts: a full read is tens of thousands of rows.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Generator, Iterable, Sequence
from typing import Any

from crmdesk.data.database import Store

Range = tuple[str, str]  # (after, upto): after < next_due_on <= upto; "" for no lower bound
FollowUpRow = tuple[str, str, str | None, str]  # id, name, company, next_due_on
KeyDateRow = tuple[str, str, str, str | None, str, str, str | None, int, int]
ManualRow = tuple[str, str, str, str | None, str | None, str, str | None, str]
Window = Sequence[tuple[int, int, int, int, str]]  # (month, day, ahead, year, occurrence)
Bounds = tuple[str, str, str]  # UTC texts: today's, tomorrow's and the end's local midnight

_LIVE = "deleted_at IS NULL AND grade = ? AND next_due_on > ? AND next_due_on <= ?"


def _ids(values: Iterable[Any]) -> str:
    return json.dumps(sorted(values))


def followup_counts(store: Store, ranges: Sequence[Range]) -> dict[str, list[int]]:
    """Live customers per grade whose next due day is in each of *ranges* (schema v8's tally:
    one row per grade and day, so a count sums days rather than customers)."""
    columns = ", ".join("sum(CASE WHEN day > ? AND day <= ? THEN n ELSE 0 END)" for _ in ranges)
    params = [bound for pair in ranges for bound in pair]
    upto = max(pair[1] for pair in ranges)
    sql = f"SELECT grade, {columns} FROM due_tally WHERE day <= ? GROUP BY grade"
    return {row[0]: list(row[1:]) for row in store.db.execute_sql(sql, [*params, upto])}


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


def _key_dates_in(
    window: Window, span: int, columns: str, wanted: tuple[str, Collection[str]] | None = None
) -> tuple[str, list[Any]]:
    """Key dates whose alert window meets the next *span* days, not done for the occurrence.

    *window* has a row (month, day, ahead, year, occurrence) for each calendar day from today
    to today + the longest lead + *span*: its first occurrence is *ahead* days from today, in
    *year*, on the day *occurrence* (29 February falls on the 28th in common years, see
    `crmdesk.domain.keydates`). A key date matches its (month, day) when the occurrence is its
    next one (a yearly date starting in a later year, a one-off date of another year do not)
    and its lead reaches back to today + *span*. *wanted*: ("customer_id" or "id", values),
    read first (a few), else every key date by day on `key_date_window`. The SQL ends in its
    WHERE clause.
    """
    values = ",".join("(?, ?, ?, ?, ?)" for _ in window)
    params: list[Any] = [value for row in window for value in row]
    if wanted is None:
        source = (
            "w JOIN key_date k INDEXED BY key_date_window ON k.month = w.month AND k.day = w.day"
        )
    else:  # CROSS JOIN keeps that order
        source = (
            f"json_each(?) AS wanted CROSS JOIN key_date k ON k.{wanted[0]} = wanted.value "
            "JOIN w ON k.month = w.month AND k.day = w.day"
        )
        params.append(_ids(wanted[1]))
    sql = f"""WITH w(month, day, ahead, year, occurrence) AS (VALUES {values})
SELECT {columns} FROM {source}
WHERE k.deleted_at IS NULL AND k.customer_live = 1 AND k.lead_days >= w.ahead - ?
AND CASE WHEN k.yearly THEN k.year IS NULL OR k.year <= w.year ELSE k.year = w.year END
AND NOT EXISTS (SELECT 1 FROM reminder r WHERE r.key_date_id = k.id
    AND substr(r.due_at, 1, 10) = w.occurrence AND r.done_at IS NOT NULL
    AND r.deleted_at IS NULL)"""
    return sql, [*params, span]


def _left_out(sql: str, params: list[Any], held: Collection[str]) -> str:
    if not held:
        return sql
    params.append(_ids(held))
    return sql + " AND k.id NOT IN (SELECT value FROM json_each(?))"


def key_date_counts(
    store: Store, window: Window, span: int, held: Collection[str] = ()
) -> list[tuple[str, bool, int, int]]:
    """Key dates in their alert window per grade, and whether it starts today or later.

    Rows: (grade, starts today, count, the least days from today to a start), read from the
    `key_date_window` index alone; key dates in *held* (snoozed) left out.
    """
    if not window:
        return []
    columns = "k.customer_grade, w.ahead <= k.lead_days, count(*), min(w.ahead - k.lead_days)"
    sql, params = _key_dates_in(window, span, columns)
    sql = _left_out(sql, params, held) + " GROUP BY 1, 2"
    return [
        (grade, bool(now), n, start) for grade, now, n, start in store.db.execute_sql(sql, params)
    ]


def key_date_page(
    store: Store,
    window: Window,
    span: int,
    group: tuple[str, bool],
    held: Collection[str] = (),
    limit: int = -1,
) -> list[KeyDateRow]:
    """The first *limit* key dates of a *group* (grade, starts today), in the pane's order."""
    if not window:
        return []
    sql, params = _key_dates_in(window, span, _KEY_DATE_COLUMNS)
    sql += " AND k.customer_grade = ? AND (w.ahead <= k.lead_days) = ?"
    params += [group[0], int(group[1])]
    sql = _left_out(sql, params, held) + f" ORDER BY {_KEY_DATE_ORDER} LIMIT ?"
    rows: list[KeyDateRow] = store.db.execute_sql(sql, [*params, limit]).fetchall()
    return rows


def key_date_rows(
    store: Store,
    window: Window,
    span: int,
    *,
    customer_ids: Collection[str] = (),
    key_date_ids: Collection[str] = (),
) -> list[KeyDateRow]:
    """The key dates of these customers, or these key dates, in the alert window (as pages).

    Rows: (key date id, customer id, name, company, grade, kind, label, ahead, lead_days).
    """
    if not window or not (customer_ids or key_date_ids):
        return []
    wanted = ("customer_id", customer_ids) if customer_ids else ("id", key_date_ids)
    sql, params = _key_dates_in(window, span, _KEY_DATE_COLUMNS, wanted)
    rows: list[KeyDateRow] = store.db.execute_sql(
        f"{sql} ORDER BY {_KEY_DATE_ORDER}", params
    ).fetchall()
    return rows


_KEY_DATE_COLUMNS = (
    "k.id, k.customer_id, k.customer_name, k.customer_company, k.customer_grade, k.kind, "
    "k.label, w.ahead, k.lead_days"
)
_KEY_DATE_ORDER = "w.ahead, k.customer_name, k.customer_id, k.id"

# open manual reminders of live customers (every due_at is `utc_text`: sortable UTC text)
_MANUAL = "kind = 'manual' AND done_at IS NULL AND deleted_at IS NULL AND customer_live = 1"
_MANUAL_COLUMNS = (
    "id, customer_id, due_at, snoozed_until, note, customer_name, customer_company, customer_grade"
)


def manual_counts(store: Store, bounds: Bounds) -> dict[str, tuple[int, int, int, str | None]]:
    """Open manual reminders without a snooze per grade: before *bounds*' first moment, from
    it to the second, from the second to the third; and the first due moment from the second.

    *bounds* are the UTC texts of the local midnights starting today, tomorrow and the day
    after the window: the sections overdue, today and upcoming.
    """
    today_from, tomorrow_from, end = bounds
    sql = (
        "SELECT customer_grade, sum(due_at < ?), sum(due_at >= ? AND due_at < ?), "
        "sum(due_at >= ?), min(CASE WHEN due_at >= ? THEN due_at END) FROM reminder "
        f"WHERE {_MANUAL} AND snoozed_until IS NULL AND due_at < ? GROUP BY customer_grade"
    )
    params = (today_from, today_from, tomorrow_from, tomorrow_from, tomorrow_from, end)
    return {row[0]: tuple(row[1:]) for row in store.db.execute_sql(sql, params)}


def manual_page(
    store: Store, grade: str, since: str, before: str
) -> Generator[ManualRow, None, None]:
    """Open manual reminders without a snooze of *grade* due from *since* to *before* (UTC
    texts), in due order, read as the caller iterates."""
    sql = (
        f"SELECT {_MANUAL_COLUMNS} FROM reminder WHERE {_MANUAL} AND snoozed_until IS NULL "
        "AND customer_grade = ? AND due_at >= ? AND due_at < ? ORDER BY due_at"
    )
    cursor = store.db.execute_sql(sql, (grade, since, before))
    try:
        yield from cursor
    finally:
        cursor.close()


def manual_rows_of(store: Store, customer_ids: Collection[str], before: str) -> list[ManualRow]:
    """Open manual reminders without a snooze of these customers due before *before*."""
    if not customer_ids:
        return []
    sql = (
        f"SELECT {_MANUAL_COLUMNS} FROM reminder WHERE {_MANUAL} AND snoozed_until IS NULL "
        "AND due_at < ? AND customer_id IN (SELECT value FROM json_each(?))"
    )
    rows: list[ManualRow] = store.db.execute_sql(sql, (before, _ids(customer_ids))).fetchall()
    return rows


def snoozed_manual_rows(store: Store, upto: str) -> list[ManualRow]:
    """Open manual reminders snoozed until the UTC day *upto* or before (few: read whole)."""
    sql = (
        f"SELECT {_MANUAL_COLUMNS} FROM reminder WHERE {_MANUAL} AND snoozed_until IS NOT NULL "
        "AND substr(snoozed_until, 1, 10) <= ?"
    )
    rows: list[ManualRow] = store.db.execute_sql(sql, (upto,)).fetchall()
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
