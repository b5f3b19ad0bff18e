"""Copying a big batch's write-ahead log into the database file off the caller's time.

    with checkpoint_afterwards(store):      # around one transaction that writes a lot
        with store.db.atomic(): ...
    # committed: the caller goes on; a thread of its own copies the log into the file
    store.close()                           # waits for that copy (see Store.close)

A commit in WAL mode is durable once its pages are in the -wal file. SQLite then copies
them into the database file itself (a checkpoint) at the end of that same commit when the
log holds more than 1,000 pages. After a 100,000-row import the log holds ~240 MB, and that
copy made the import's commit 2.9 s where writing the log took 1.1 s. Here the batch's
connection skips it, and a connection on a thread of its own runs a PASSIVE checkpoint
straight away: it never blocks readers or writers, and a writer that commits meanwhile simply
skips its own automatic checkpoint while this one holds the checkpoint lock. Should the copy
fail (a full disk), nothing is lost: the pages stay in the log, readers find them there, and
the next commit's automatic checkpoint tries again.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING

import peewee
from sqlcipher3 import dbapi2 as sqlcipher

if TYPE_CHECKING:
    from crmdesk.data.database import Store

__all__ = ["AUTOCHECKPOINT_PAGES", "checkpoint_afterwards"]

AUTOCHECKPOINT_PAGES = 1000  # SQLite's default, restored after the batch

_log = logging.getLogger(__name__)


@contextlib.contextmanager
def checkpoint_afterwards(store: Store) -> Iterator[None]:
    """Run the body (one transaction) without a checkpoint at its commit; start one on a
    thread of its own once the body has returned (committed)."""
    db = store.db
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
    store.start_background(lambda: _checkpoint(store), "crmdesk-checkpoint")


def _checkpoint(store: Store) -> None:
    try:
        busy, in_log, copied = store.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        _log.debug("checkpoint: %d of %d pages in the file (busy: %d)", copied, in_log, busy)
    except (peewee.DatabaseError, sqlcipher.DatabaseError) as exc:
        # the pages stay in the log; the next commit's own checkpoint copies them
        _log.warning("checkpoint after a batch failed: %s", type(exc).__name__)
    finally:
        store.db.close()  # this thread's connection
