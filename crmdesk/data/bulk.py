"""The bulk path: many rows in one transaction with executemany (demo data, imports).

    with bulk_transaction(store, actor="li", action="demo", now=now) as bulk:
        bulk.insert("customer", ["id", "name", …], rows)

peewee's insert_many spends most of its time building SQL (~14k rows/s); executemany on the
same connection runs at ~0.75× raw sqlite3. Foreign keys are deferred to commit, but insert
customers before their contacts all the same: while a violation is outstanding SQLite checks
every child insert against its parents the slow way. The search triggers are suspended for
the batch and the new customers (and any existing ones passed to `touch`) are indexed
set-based at the end (see search_index.py), and so is the Today pane's tally (due_upkeep.py).
The whole batch is one audit event carrying the row counts, written in the same transaction.
Its commit leaves copying the log into the database file to a thread (checkpoint.py).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from crmdesk.data.audit import append_event
from crmdesk.data.checkpoint import checkpoint_afterwards
from crmdesk.data.database import BATCH_CACHE_KIB, CACHE_KIB, Store
from crmdesk.data.due_upkeep import batched_due_upkeep
from crmdesk.data.search_index import (
    index_customers,
    large_fts_buffers,
    suspended_search_triggers,
)
from crmdesk.data.tables import ENTITIES


class Bulk:
    def __init__(self, store: Store) -> None:
        self._cursor = store.db.cursor()
        self.counts: dict[str, int] = {}
        self.touched: set[str] = set()

    def touch(self, customer_ids: Iterable[str]) -> None:
        """Existing customers whose searchable fields or contacts this batch changes."""
        self.touched.update(customer_ids)

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        if table not in ENTITIES and table != "customer_tag":
            raise ValueError(f"unknown table {table}")
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        self._cursor.executemany(sql, rows)
        added: int = max(self._cursor.rowcount, 0)  # rows of this table, not trigger rows
        self.counts[table] = self.counts.get(table, 0) + added
        return added


@contextlib.contextmanager
def large_page_cache(db: Any, kib: int = BATCH_CACHE_KIB) -> Iterator[None]:
    """A page cache of *kib* for one batch of many rows, then the usual one again.

    A batch touches every index of every table it writes; with the usual 8 MiB those pages
    leave the cache and are read (and decrypted) again and again: undoing a 100,000-row import
    took 13 s, 5.1 s with 64 MiB (4.4 s with 256 MiB). Writing that import: 13.6 s with 16 MiB,
    10.5 s with 64 MiB, the same with 256 MiB, which added 145 MB to the peak for nothing.
    """
    db.execute_sql(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = -{CACHE_KIB}")


@contextlib.contextmanager
def bulk_transaction(store: Store, *, actor: str, action: str, now: str) -> Iterator[Bulk]:
    db = store.db
    with (
        large_page_cache(db),
        checkpoint_afterwards(store),
        db.atomic(),
        suspended_search_triggers(db),
        large_fts_buffers(db),
        batched_due_upkeep(db),
    ):
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        last_rid = db.execute_sql("SELECT coalesce(max(rid), 0) FROM customer").fetchone()[0]
        bulk = Bulk(store)
        yield bulk
        index_customers(db, "rid > ?", (last_rid,), fresh=True)
        if bulk.touched:
            touched = json.dumps(sorted(bulk.touched))
            index_customers(db, "id IN (SELECT value FROM json_each(?))", (touched,))
        append_event(db, actor=actor, action=action, at=now, changes={"rows": bulk.counts})
