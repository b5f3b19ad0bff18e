"""Sorting the list, opening the heaviest customer, and the due list (figures 3, 4 and 5).

Each figure runs the service calls the UI makes, and, as its baseline, the very statements
those calls sent (recorded on one run) replayed on a bare sqlcipher3 connection in the same
run, rows fetched and nothing else: ratio = ours / raw.

- sort: `list_ids` for the column, plus the first page of rows (what a header click shows),
  at most SORT_REPEAT times; the note says whether SQLite reads an index in order or sorts
  (from EXPLAIN QUERY PLAN);
- open: `customer_detail` for the detail pane, and `customer_fields` + `timeline` for the
  timeline pane (TimelinePane's `load_history`), for the customer with 1,000 entries;
- due: what the Today pane reads on the worker (`load_today`): on open, the summary (counts
  per section and grade) and every item of the groups shown open; after a change, the same
  again with the pages the salesperson had opened. For
  reference, the whole week as objects (`agenda`) and today's list (`due_list`, `crmdesk due`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from bench.heavy import heavy_customer_id
from bench.stats import Figure, p50_p95, timings_ms
from crmdesk.data.database import configure_connection
from crmdesk.services.customer_list import SORTABLE, ListQuery, list_ids, rows
from crmdesk.services.customer_view import customer_detail, customer_fields, timeline
from crmdesk.services.due import Section, agenda, due_list
from crmdesk.services.session import Session
from crmdesk.ui.today_model import EXPAND_UP_TO, load_today

PAGE = 100  # rows the list fetches for the first screen (ui/list_model.py PAGE_SIZE)
SORT_REPEAT = 20  # a sort of 100,000 rows takes long enough that fewer runs give a stable p50
Statement = tuple[str, Sequence[Any]]


def raw_connection(session: Session) -> sqlcipher.Connection:
    """A bare sqlcipher3 connection to the session's database, keyed like crmdesk's."""
    conn = sqlcipher.connect(str(session.store.path), isolation_level=None)
    configure_connection(conn, session.store.raw_key)
    return conn


@contextmanager
def recording(session: Session) -> Iterator[list[Statement]]:
    """Record every statement crmdesk sends through the session's database."""
    db = session.store.db
    statements: list[Statement] = []
    original = db.execute_sql

    def execute_sql(sql: str, params: Sequence[Any] | None = None) -> Any:
        statements.append((sql, tuple(params or ())))
        return original(sql, params)

    setattr(db, "execute_sql", execute_sql)  # noqa: B010 - shadows the method on this instance
    try:
        yield statements
    finally:
        delattr(db, "execute_sql")  # back to the class's method


def replay(conn: sqlcipher.Connection, statements: list[Statement]) -> None:
    for sql, params in statements:
        conn.execute(sql, params).fetchall()


def compare(
    session: Session,
    raw: sqlcipher.Connection,
    name: str,
    action: Callable[[], object],
    repeat: int,
    note: str = "",
) -> Figure:
    """*action* through crmdesk against its own statements replayed raw."""
    with recording(session) as statements:
        action()
    ours = p50_p95(timings_ms(action, repeat))
    base = p50_p95(timings_ms(lambda: replay(raw, statements), repeat))[0]
    return Figure(name, ours[0], ours[1], base, note)


def sort_action(session: Session, column: str) -> Callable[[], object]:
    def action() -> object:
        ids = list_ids(session, ListQuery(sort=column))
        return rows(session, ids[:PAGE])

    return action


def open_action(session: Session, customer_id: str) -> Callable[[], object]:
    def action() -> object:
        detail = customer_detail(session, customer_id)  # DetailPane.show_customer
        return detail, customer_fields(session, customer_id), timeline(session, customer_id)

    return action


def sort_plan(raw: sqlcipher.Connection, statements: list[Statement]) -> str:
    """How SQLite orders the list: read in index order, or sorted in a temporary b-tree."""
    sql, params = statements[0]
    details = [row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    scan = next((d.split(" INDEX ")[1].split()[0] for d in details if " INDEX " in d), None)
    if any("TEMP B-TREE FOR ORDER BY" in d for d in details):
        return "not indexed: sorted in full"
    if any("TEMP B-TREE" in d for d in details):
        return f"index {scan}, ties sorted"
    return f"indexed ({scan})"


def _sorts(session: Session, raw: sqlcipher.Connection, repeat: int) -> list[Figure]:
    figures = []
    for column in SORTABLE:
        action = sort_action(session, column)
        with recording(session) as statements:
            action()
        note = sort_plan(raw, statements)
        figures.append(compare(session, raw, f"sort by {column}", action, repeat, note))
    return figures


def _due(session: Session, raw: sqlcipher.Connection, repeat: int) -> list[Figure]:
    today = session.today()
    opened = load_today(session)
    summary = opened.summary
    counts = ", ".join(f"{summary.count(section)} {section.value}" for section in Section)
    read = sum(len(items) for items in opened.pages.values())
    note = f"{counts}; {len(opened.pages)} groups of <= {EXPAND_UP_TO} read ({read} items)"
    shown = {group: len(items) for group, items in opened.pages.items()}

    def after_change() -> object:
        return load_today(session, shown)

    todays = len(due_list(session, today).items)
    return [
        compare(session, raw, "due: Today pane on open", lambda: load_today(session), repeat, note),
        compare(
            session,
            raw,
            "due: Today pane after a change",
            after_change,
            repeat,
            "the summary again and the pages shown",
        ),
        compare(
            session,
            raw,
            "due: agenda() in full (reference)",
            lambda: agenda(session),
            min(repeat, SORT_REPEAT),
            f"{summary.total} items as objects (the Today pane read this before)",
        ),
        compare(
            session,
            raw,
            "due: due_list today (crmdesk due)",
            lambda: due_list(session, today),
            min(repeat, SORT_REPEAT),
            f"{todays} items (overdue and today)",
        ),
    ]


def measure(session: Session, repeat: int) -> list[Figure]:
    raw = raw_connection(session)
    try:
        heavy = heavy_customer_id(session.store)
        entries = len(timeline(session, heavy))
        figures = _sorts(session, raw, min(repeat, SORT_REPEAT))
        note = f"{entries} timeline entries; detail, then detail + timeline"
        action = open_action(session, heavy)
        figures.append(compare(session, raw, "open customer (1,000 entries)", action, repeat, note))
        figures += _due(session, raw, repeat)
    finally:
        raw.close()
    return figures
