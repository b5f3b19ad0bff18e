"""None binds as NULL through the adapter registered for it (the fast path, database.py)."""

from __future__ import annotations

from sqlcipher3 import dbapi2 as sqlcipher

from crmdesk.data import database
from crmdesk.services.session import Session


def test_none_has_an_adapter_once_the_data_layer_is_loaded() -> None:
    assert database.APPLICATION_ID  # the module registers it on import
    adapter = sqlcipher.adapters[(type(None), sqlcipher.PrepareProtocol)]
    assert adapter(None) is None


def test_none_is_still_stored_as_null(session: Session) -> None:
    db = session.store.db
    db.execute_sql("CREATE TABLE sample (a TEXT DEFAULT 'default', b INTEGER)")
    db.cursor().executemany("INSERT INTO sample (a, b) VALUES (?, ?)", [(None, None), ("x", 1)])
    rows = db.execute_sql("SELECT a, b, typeof(a), typeof(b) FROM sample ORDER BY rowid")
    assert rows.fetchall() == [(None, None, "null", "null"), ("x", 1, "text", "integer")]
