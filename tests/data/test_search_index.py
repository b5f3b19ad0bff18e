"""The bulk path's set-based indexing builds exactly what the per-row triggers build."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crmdesk.data.bulk import bulk_transaction
from crmdesk.data.search import search_ids
from crmdesk.services.demo import fill_demo
from crmdesk.services.session import Session


def _index_dump(session: Session) -> tuple[list[tuple[object, ...]], ...]:
    """Every (term, customer, column, offset) of both FTS tables.

    The order of the pieces inside a customer's document does not matter to a match (each
    is a one-token phrase), and SQLite may concatenate them in another order inside a
    trigger, so their offsets are left out.
    """
    db = session.store.db
    dumps = []
    for table in ("customer_fts", "customer_piece"):
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocab "
            f"USING fts5vocab(main, {table}, instance)"
        )
        columns = "term, doc, col, offset" if table == "customer_fts" else "term, doc, col"
        dumps.append(
            db.execute_sql(
                f"SELECT {columns} FROM temp.{table}_vocab ORDER BY {columns}"
            ).fetchall()
        )
    return tuple(dumps)


def test_bulk_index_equals_the_trigger_index(session: Session) -> None:
    fill_demo(session, customers=150, seed=3)
    bulk_built = _index_dump(session)
    assert bulk_built[0]
    assert bulk_built[1]
    session.store.db.execute_sql("UPDATE customer SET name = name")  # every trigger re-indexes
    assert _index_dump(session) == bulk_built


def test_triggers_are_back_after_a_batch_and_after_a_failed_one(session: Session) -> None:
    now = datetime(2026, 11, 23, tzinfo=UTC).isoformat()
    names = {
        row[0]
        for row in session.store.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }

    def cancelled_batch() -> None:
        with bulk_transaction(session.store, actor="t", action="x", now=now) as bulk:
            bulk.insert(
                "customer", ["id", "created_at", "updated_at", "name"], [("c1", now, now, "张伟")]
            )
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        cancelled_batch()
    after = {
        row[0]
        for row in session.store.db.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    assert after == names
    assert session.store.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 0
    with bulk_transaction(session.store, actor="t", action="x", now=now) as bulk:
        bulk.insert(
            "customer", ["id", "created_at", "updated_at", "name"], [("c2", now, now, "李娜")]
        )
    assert len(search_ids(session.store, "李娜")) == 1
    session.store.db.execute_sql("UPDATE customer SET name = '王芳' WHERE id = 'c2'")
    assert search_ids(session.store, "李娜") == []
    assert len(search_ids(session.store, "王芳")) == 1


def test_touched_existing_customers_are_reindexed(session: Session) -> None:
    now = datetime(2026, 11, 23, tzinfo=UTC).isoformat()
    with bulk_transaction(session.store, actor="t", action="x", now=now) as bulk:
        bulk.insert(
            "customer", ["id", "created_at", "updated_at", "name"], [("c1", now, now, "Acme")]
        )
    with bulk_transaction(session.store, actor="t", action="x", now=now) as bulk:
        bulk.insert(
            "contact",
            ["id", "created_at", "updated_at", "customer_id", "name", "phones"],
            [("k1", now, now, "c1", "欧阳娜娜", "138 0000 1111")],
        )
        bulk.touch(["c1"])
    assert len(search_ids(session.store, "欧阳")) == 1
    assert len(search_ids(session.store, "00001111")) == 1
