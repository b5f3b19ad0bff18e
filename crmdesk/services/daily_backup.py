"""The daily backup: made while the app runs, on a thread and connection of its own.

    thread = start_daily_backup(session, on_done=written, on_error=failed)
    # None when the newest backup of this database is less than a day old

The design keeps rolling daily backups (as many as Preferences say, 7 by default, counting
the manual and before-upgrade ones). A backup of a big database takes a while (100,000
customers: ~18 s), so it does not run on the DB worker the window waits on: its thread copies
through a connection of its own (the backup API reads a snapshot; the app keeps reading and
writing). Closing the store (lock, quit) stops it between steps, leaving no file (BackupCancelled);
a failure (a full disk) goes to *on_error* and changes nothing. Both callbacks run on the
backup's thread; the audit event of a written backup is the caller's to record
(`maintenance.record_backup`, on the DB worker).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from crmdesk.data import backup as backups
from crmdesk.data.errors import BackupCancelled
from crmdesk.services.maintenance import backups_of
from crmdesk.services.preferences import load_preferences
from crmdesk.services.session import Session

__all__ = ["DAILY", "daily_backup_due", "latest_backup_at", "start_daily_backup"]

DAILY = timedelta(hours=24)


def latest_backup_at(db_path: Path) -> datetime | None:
    """When the newest backup of *db_path* was made (any reason), or None."""
    found = backups_of(db_path)
    return found[0].made_at if found else None


def daily_backup_due(db_path: Path, now: datetime) -> bool:
    latest = latest_backup_at(db_path)
    return latest is None or now - latest >= DAILY or latest > now


def start_daily_backup(
    session: Session,
    on_done: Callable[[Path], None],
    on_error: Callable[[Exception], None],
) -> threading.Thread | None:
    """Start today's backup if one is due; the store's close() stops and waits for it."""
    store = session.store
    if not daily_backup_due(store.path, session.now()):
        return None
    return store.start_background(lambda: _run(session, on_done, on_error), "crmdesk-daily-backup")


def _run(
    session: Session, on_done: Callable[[Path], None], on_error: Callable[[Exception], None]
) -> None:
    store = session.store
    try:
        keep = load_preferences(session).backups_kept  # read on this thread's connection
        path = backups.make_backup(store, reason="daily", keep=keep, cancelled=store.closing.is_set)
    except BackupCancelled:
        return
    except Exception as exc:  # reported to the caller, never lost on a thread
        on_error(exc)
        return
    finally:
        store.db.close()  # this thread's connection
    on_done(path)
