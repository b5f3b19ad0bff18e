"""The bulk path's set-based indexing builds exactly what the per-row triggers build."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crmdesk.data.bulk import bulk_transaction
from crmdesk.data.search import search_ids
from crmdesk.services.demo import fill_demo
from crmdesk.services.session import Session


def _index_dump(session: Session) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    db = session.store.db
    db.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab "
        "USING fts5vocab(main, customer_fts, instance)"
    )
    terms = db.execute_sql(
        "SELECT term, doc, col, offset FROM temp.vocab ORDER BY 1, 2, 3, 4"
    ).fetchall()
    pieces = db.execute_sql("SELECT piece, rank, rid FROM search_piece ORDER BY 1, 3").fetchall()
    return terms, pieces


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
