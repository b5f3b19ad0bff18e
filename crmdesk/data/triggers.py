"""Dropping triggers for a batch of set-based work, and recreating them exactly.

with suspended_triggers(db, ["customer_tally_insert", …]):
    … executemany inserts, then the set-based equivalent of the triggers …
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any


@contextlib.contextmanager
def suspended_triggers(db: Any, names: Sequence[str]) -> Iterator[None]:
    """Drop the triggers *names* for the enclosed work; recreate them from their stored SQL.

    Must run inside a transaction, so that a failure rolls the drop back as well.
    """
    marks = ", ".join("?" for _ in names)
    saved = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        tuple(names),
    ).fetchall()
    for name, _sql in saved:
        db.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in saved:
        db.execute_sql(sql)
