"""Settings stored in the encrypted database as JSON values (cadences, working days, …)."""

from __future__ import annotations

import json
from typing import Any

from crmdesk.data.database import Store


def read_setting(store: Store, key: str, default: Any = None) -> Any:
    row = store.db.execute_sql("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def write_setting(store: Store, key: str, value: Any, now: str) -> None:
    """Upsert one setting; call inside the write path's transaction."""
    store.db.execute_sql(
        "INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (key, json.dumps(value, ensure_ascii=False), now),
    )
