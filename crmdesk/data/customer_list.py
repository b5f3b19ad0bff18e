"""The customer list as SQL: filters, search and sorting, returning ordered rids.

    rids = list_rids(store, ListFilter(grades=("A", "B"), text="张"), sort="next_due_on")

Only rids leave this module for the whole list (100,000 ints, not objects); rows are fetched
by page with `queries.customers_by_rid`. Sorting is done by SQLite on the partial indexes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crmdesk.data.database import Store
from crmdesk.data.search import match_sql

SORTABLE = (
    "grade", "name", "company", "phone", "city", "relationship", "last_followup_on",
    "next_due_on", "tags",
)  # fmt: skip
RELEVANCE = "relevance"
# Few distinct values: ties go by name, the second column of their index (so SQLite reads the
# rows in order instead of sorting each grade's tens of thousands of rows by rid).
_TIES = {"grade": "name", "relationship": "name"}
# The index each sort walks (schema v1 and v7). Above WALK_INDEX_FROM hits, walking it and
# keeping the hits beats reading each hit's row and sorting: 'tra' (17,281 of 100,000) sorted
# by name 116 -> 27 ms with a cold cache; below, the rows of the hits are fewer pages.
SORT_INDEX = {
    "grade": "customer_live_grade", "name": "customer_live_name",
    "company": "customer_live_company", "phone": "customer_live_phone",
    "city": "customer_live_city", "relationship": "customer_live_rel",
    "last_followup_on": "customer_live_last", "next_due_on": "customer_live_due",
    "tags": "customer_live_tags",
}  # fmt: skip
WALK_INDEX_FROM = 1000


@dataclass(frozen=True)
class ListFilter:
    text: str = ""
    grades: Sequence[str] = ()
    relationships: Sequence[str] = ()
    importance: str | None = None
    tag: str | None = None
    overdue_before: str | None = None  # ISO day: only customers due before it


def _conditions(flt: ListFilter) -> tuple[list[str], list[Any]]:
    where: list[str] = ["c.deleted_at IS NULL"]
    params: list[Any] = []
    if flt.grades:
        where.append(f"c.grade IN ({','.join('?' * len(flt.grades))})")
        params.extend(flt.grades)
    if flt.relationships:
        where.append(f"c.relationship IN ({','.join('?' * len(flt.relationships))})")
        params.extend(flt.relationships)
    if flt.importance:
        where.append("c.importance = ?")
        params.append(flt.importance)
    if flt.tag:
        where.append(
            "c.id IN (SELECT ct.customer_id FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(flt.tag)
    if flt.overdue_before:
        where.append("c.next_due_on < ?")
        params.append(flt.overdue_before)
    return where, params


def _order(sort: str, descending: bool) -> str:
    if sort not in SORTABLE:
        raise ValueError(f"cannot sort by {sort}")
    direction = "DESC" if descending else "ASC"
    if sort == "tags":  # never NULL: no tags is '', kept last like other empty values
        return f"(c.tags = '') {direction}, c.tags {direction}, c.rid {direction}"
    nulls = "NULLS LAST" if not descending else "NULLS FIRST"
    ties = f"c.{_TIES[sort]} {direction}, " if sort in _TIES else ""
    return f"c.{sort} {direction} {nulls}, {ties}c.rid {direction}"


def list_rids(
    store: Store, flt: ListFilter, *, sort: str = "name", descending: bool = False
) -> list[int]:
    """All matching rids in display order (relevance only applies when searching).

    A search reads its hits once: in relevance order they are the answer (the search index
    holds live customers only), narrowed by any other filter; in a column's order they narrow
    the customer query, which walks the sort's index when they are many.
    """
    where, params = _conditions(flt)
    by_relevance = sort == RELEVANCE
    found = match_sql(flt.text, ranked=by_relevance)
    if found is None:
        return _sorted(store, where, params, "name" if by_relevance else sort, descending)
    hits = [row[0] for row in store.db.execute_sql(*found)]
    if not hits or (by_relevance and len(where) == 1):  # only "not deleted": true of all hits
        return hits
    where.append("c.rid IN (SELECT value FROM json_each(?))")
    params.append(json.dumps(hits))
    if by_relevance:
        sql = f"SELECT c.rid FROM customer c WHERE {' AND '.join(where)}"
        keep = {row[0] for row in store.db.execute_sql(sql, params)}
        return [rid for rid in hits if rid in keep]
    return _sorted(store, where, params, sort, descending, walk=len(hits) >= WALK_INDEX_FROM)


def _sorted(
    store: Store,
    where: list[str],
    params: list[Any],
    sort: str,
    descending: bool,
    *,
    walk: bool = False,
) -> list[int]:
    order = _order(sort, descending)  # first: it refuses a column that cannot be sorted
    table = f"customer c INDEXED BY {SORT_INDEX[sort]}" if walk else "customer c"
    sql = f"SELECT c.rid FROM {table} WHERE {' AND '.join(where)} ORDER BY {order}"
    return [row[0] for row in store.db.execute_sql(sql, params)]
