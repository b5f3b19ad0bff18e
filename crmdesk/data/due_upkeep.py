"""Schema v8's due tally and customer copies, kept set-based in the bulk path.

    with batched_due_upkeep(db):
        … executemany inserts of customers, key dates, reminders …

The v8 triggers run three statements for each inserted customer and one for each key date
or reminder: 2 s of a 100,000-row import. Inside the bulk transaction these triggers are
dropped (`schema_v8.BULK_SUSPENDED`); afterwards the tally is rebuilt whole (one pass over
the agenda index, ~0.1 s at 100,000 customers), the copies are filled for the key dates and
reminders the batch added, and the triggers are recreated from their stored SQL before
commit. A rollback restores everything. Changes to existing customers keep their own trigger
(`customer_copies_update`), which stays in place.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from crmdesk.data import schema_v8
from crmdesk.data.triggers import suspended_triggers

_CHILDREN = ("key_date", "reminder")


@contextlib.contextmanager
def batched_due_upkeep(db: Any) -> Iterator[None]:
    """Must run inside a transaction (see `suspended_triggers`)."""
    last = {
        table: db.execute_sql(f"SELECT coalesce(max(rid), 0) FROM {table}").fetchone()[0]
        for table in _CHILDREN
    }
    with suspended_triggers(db, schema_v8.BULK_SUSPENDED):
        yield
        for table in _CHILDREN:
            db.execute_sql(schema_v8.fill_copies_sql(table, f"rid > {int(last[table])}"))
        db.execute_sql("DELETE FROM due_tally")
        db.execute_sql(schema_v8.TALLY_SQL)
