"""The cost of encryption (figure 8): the same workload on the dataset and on a plaintext copy.

The copy is made once with sqlcipher_export and cached next to the dataset. Both are opened
as a crmdesk Store and the workload runs through crmdesk's own services on each: the plain
one with a bench-only database class that connects with the same sqlcipher3 library and the
same pragmas, minus the key (so SQLite's version and settings are the same, and only the
encryption differs). Caches are warm (each action runs once before it is timed);
ratio = encrypted / plain.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from bench.dataset import cached
from bench.heavy import heavy_customer_id
from bench.queries import SORT_REPEAT, open_action, raw_connection, sort_action
from bench.search import queries as search_queries
from bench.stats import Figure, p50_p95, timings_ms
from crmdesk.data.database import _CONNECTION_PRAGMAS, CipherDatabase, Store, configure_connection
from crmdesk.data.search import search_ids
from crmdesk.services.session import Session
from crmdesk.ui.today_model import load_today


class PlainDatabase(CipherDatabase):
    """A crmdesk database connection without a key: for the plaintext copy only."""

    def _connect(self) -> Any:
        conn = sqlcipher.connect(self.database, isolation_level=None, check_same_thread=False)
        for pragma in (*_CONNECTION_PRAGMAS, "PRAGMA journal_mode = WAL"):
            conn.execute(pragma)
        self._add_conn_hooks(conn)
        return conn


def plain_copy(session: Session) -> Path:
    """The cached plaintext copy of the session's database (made on first use, and again
    when the database's schema has changed since: a migration added an index, say)."""
    source = session.store.path
    path = source.with_name(f"{source.stem}-plain.db")
    if path.exists() and _schema(path, None) != _schema(source, session.store.raw_key):
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)

    def export(target: Path) -> None:
        conn = raw_connection(session)
        try:
            conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
            conn.execute("SELECT sqlcipher_export('plain')").fetchall()
            conn.execute("DETACH DATABASE plain")
        finally:
            conn.close()

    cached(path, export)
    return path


def _schema(path: Path, raw_key: str | None) -> list[tuple[str, str]]:
    """The tables, indexes and triggers of a database (keyed with *raw_key*, or plain)."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    try:
        if raw_key is not None:
            configure_connection(conn, raw_key)
        rows = conn.execute("SELECT type, name FROM sqlite_master ORDER BY type, name")
        return [(str(kind), str(name)) for kind, name in rows]
    finally:
        conn.close()


def open_plain(path: Path, actor: str) -> Session:
    db = PlainDatabase(None)
    db.init(str(path), raw_key="0" * 96)  # unused: PlainDatabase never keys the connection
    db.connect()
    return Session(Store(path=path, db=db, data_key=b"", salt=b""), actor=actor)


def workload(session: Session) -> dict[str, Callable[[], object]]:
    """The search, sort, open and due actions, as the UI calls them."""
    texts = [text for _label, text in search_queries(session)]
    heavy = heavy_customer_id(session.store)

    def search() -> object:
        return [search_ids(session.store, text, limit=50) for text in texts]

    return {
        "search (8 queries)": search,
        "sort by name": sort_action(session, "name"),
        "sort by phone": sort_action(session, "phone"),
        "open customer": open_action(session, heavy),
        "due: Today pane on open": lambda: load_today(session),
    }


def measure(session: Session, repeat: int) -> list[Figure]:
    plain = open_plain(plain_copy(session), session.actor)
    try:
        encrypted, unencrypted = workload(session), workload(plain)
        figures = []
        for name, action in encrypted.items():
            runs = min(repeat, SORT_REPEAT) if name.startswith("sort") else repeat
            ours = p50_p95(timings_ms(action, runs))
            base = p50_p95(timings_ms(unencrypted[name], runs))
            note = f"plain p95 {base[1]:.2f} ms; ratio = encrypted / plain"
            figures.append(Figure(f"encrypted: {name}", ours[0], ours[1], base[0], note))
    finally:
        plain.store.close()
    return figures
