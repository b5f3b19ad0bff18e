"""The bulk path leaves out columns that are empty in every row, and stores the same rows."""

from __future__ import annotations

from typing import Any

import pytest

from crmdesk.data.bulk import insert_rows
from crmdesk.services.session import Session

_COLUMNS = ("a", "b", "c", "d")
_TABLE = """CREATE TABLE {name} (rid INTEGER PRIMARY KEY, a TEXT, b TEXT DEFAULT 'b-default',
    c TEXT NOT NULL DEFAULT 'c-default', d INTEGER)"""


def _twins(session: Session) -> Any:
    db = session.store.db
    for name in ("via_bulk", "via_executemany"):
        db.execute_sql(_TABLE.format(name=name))
    return db


def _stored(db: Any, name: str) -> list[tuple[Any, ...]]:
    return db.execute_sql(f"SELECT rid, a, b, c, d FROM {name} ORDER BY rid").fetchall()


@pytest.mark.parametrize(
    "rows",
    [
        [("x", None, "c1", None), ("y", None, "c2", None)],  # d and b empty in every row
        [(None, None, "c1", None)],  # a, b and d empty
        [("x", "b1", "c1", 1), (None, None, "c2", None)],  # nothing empty everywhere
        [("学", None, "c", 0), ("😀", None, "c", None)],
    ],
)
def test_same_rows_as_a_plain_executemany(session: Session, rows: list[tuple[Any, ...]]) -> None:
    db = _twins(session)
    added = insert_rows(db.cursor(), "via_bulk", _COLUMNS, iter(rows))
    db.cursor().executemany("INSERT INTO via_executemany (a, b, c, d) VALUES (?, ?, ?, ?)", rows)
    assert added == len(rows)
    assert _stored(db, "via_bulk") == _stored(db, "via_executemany")


def test_an_empty_column_with_a_default_stays_in_the_insert(session: Session) -> None:
    # left out, b would read 'b-default'; the rows said NULL, and NULL it stays
    db = _twins(session)
    insert_rows(db.cursor(), "via_bulk", _COLUMNS, [("x", None, "c", None)])
    assert _stored(db, "via_bulk") == [(1, "x", None, "c", None)]


def test_an_empty_not_null_column_is_refused_as_before(session: Session) -> None:
    db = _twins(session)
    with pytest.raises(Exception, match="NOT NULL"):
        insert_rows(db.cursor(), "via_bulk", _COLUMNS, [("x", "b", None, None)])


def test_no_rows_insert_nothing(session: Session) -> None:
    db = _twins(session)
    assert insert_rows(db.cursor(), "via_bulk", _COLUMNS, []) == 0
    assert _stored(db, "via_bulk") == []


def test_columns_empty_in_every_row_are_not_bound(session: Session) -> None:
    db = _twins(session)
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        insert_rows(db.cursor(), "via_bulk", _COLUMNS, [("x", None, "c1", None)] * 3)
    finally:
        db.connection().set_trace_callback(None)
    inserts = [s for s in statements if s.startswith("INSERT")]
    assert inserts
    assert all(s.startswith("INSERT INTO via_bulk (a, b, c) VALUES") for s in inserts)
