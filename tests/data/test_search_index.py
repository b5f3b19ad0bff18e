"""The bulk path's set-based indexing builds exactly what the per-row triggers build."""

from __future__ import annotations

import random
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


def _hash_sizes(session: Session) -> dict[str, object]:
    sizes = {}
    for table in ("customer_fts", "customer_piece"):
        row = session.store.db.execute_sql(
            f"SELECT v FROM {table}_config WHERE k = 'hashsize'"
        ).fetchone()
        sizes[table] = row[0] if row else None
    return sizes


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
    assert _hash_sizes(session) == {"customer_fts": None, "customer_piece": None}
    with bulk_transaction(session.store, actor="t", action="x", now=now) as bulk:
        bulk.insert(
            "customer", ["id", "created_at", "updated_at", "name"], [("c2", now, now, "李娜")]
        )
    assert len(search_ids(session.store, "李娜")) == 1
    # the batch's large FTS buffers (large_fts_buffers) are back to FTS5's default
    assert _hash_sizes(session) == {"customer_fts": 1 << 20, "customer_piece": 1 << 20}
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


# every boundary of v6's piece rules: spaces, ASCII letters and digits, U+00C0–U+024F (Latin
# letters) and just outside it, punctuation, CJK from U+2E80 and just below it, full-width
_TRICKY = "aZ9 é\u024f\u0250.-_\t\u2e7f\u2e80张伟ｶＡ'ß"


def test_bulk_pieces_computed_in_python_equal_the_triggers_on_tricky_names(
    session: Session,
) -> None:
    rng = random.Random(7)

    def text(low: int, high: int) -> str:
        return "".join(rng.choice(_TRICKY) for _ in range(rng.randint(low, high)))

    now = datetime(2026, 11, 23, tzinfo=UTC).isoformat()
    customers, contacts = [], []
    for n in range(300):
        company = None if n % 3 == 0 else text(0, 12)
        name = text(300, 320) if n % 50 == 0 else text(1, 14)  # past MAX_PIECE_TEXT too
        customers.append((f"c{n}", now, now, name, company))
        contacts += [(f"k{n}-{m}", now, now, f"c{n}", text(1, 8)) for m in range(n % 3)]
    with bulk_transaction(session.store, actor="t", action="x", now=now) as bulk:
        bulk.insert("customer", ["id", "created_at", "updated_at", "name", "company"], customers)
        bulk.insert("contact", ["id", "created_at", "updated_at", "customer_id", "name"], contacts)
    bulk_built = _index_dump(session)
    assert len(bulk_built[1]) > 5000
    session.store.db.execute_sql("UPDATE customer SET name = name")  # every trigger re-indexes
    assert _index_dump(session) == bulk_built
