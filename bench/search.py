"""Search latency by query length and script, against raw sqlcipher3 and a LIKE scan.

`crmdesk` = search_ids() through the store (peewee connection, Python query building);
`raw` = the same SQL on a bare sqlcipher3 connection in the same run; the LIKE scan is what
the piece index replaces for 1–2 character queries.
"""

from __future__ import annotations

from functools import partial

from sqlcipher3 import dbapi2 as sqlcipher

from bench.stats import Figure, p50_p95, timings_ms
from crmdesk.data.database import configure_connection
from crmdesk.data.search import match_sql, search_ids
from crmdesk.services.session import Session

LIKE_SCAN = (
    "SELECT rid FROM customer WHERE deleted_at IS NULL AND (name LIKE ? OR company LIKE ?) LIMIT 50"
)


def queries(session: Session) -> list[tuple[str, str]]:
    """Realistic queries taken from the data itself: (label, text)."""
    db = session.store.db
    cn_name = db.execute_sql(
        "SELECT name FROM customer WHERE length(name) BETWEEN 2 AND 3 AND unicode(name) > 19968 "
        "LIMIT 1 OFFSET 17"
    ).fetchone()[0]
    en_company = db.execute_sql(
        "SELECT company FROM customer WHERE company GLOB '[A-Z]*' LIMIT 1 OFFSET 11"
    ).fetchone()[0]
    phone = db.execute_sql(
        "SELECT phone FROM customer WHERE phone IS NOT NULL LIMIT 1 OFFSET 23"
    ).fetchone()[0]
    digits = "".join(ch for ch in phone if ch.isdigit())
    return [
        ("1 char Chinese", cn_name[:1]),
        ("2 char Chinese", cn_name[:2]),
        ("3 char Chinese", cn_name[:3] if len(cn_name) >= 3 else cn_name[:2] + "科"),
        ("1 char Latin", en_company[:1].lower()),
        ("2 char Latin", en_company[:2].lower()),
        ("3 char Latin", en_company[:3].lower()),
        ("5 char Latin", en_company[:5].lower()),
        ("phone digits (7)", digits[-7:]),
    ]


def _raw_connection(session: Session) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(session.store.path), isolation_level=None)
    configure_connection(conn, session.store.raw_key)
    return conn


def _raw_sql(text: str) -> tuple[str, list[str]]:
    found = match_sql(text)
    assert found is not None, "the bench queries are never empty"
    return found[0] + " LIMIT 50", found[1]


def _fetch(raw: sqlcipher.Connection, sql: str, params: list[str]) -> list[object]:
    rows: list[object] = raw.execute(sql, params).fetchall()
    return rows


def measure(session: Session, repeat: int) -> list[Figure]:
    raw = _raw_connection(session)
    figures = []
    try:
        for label, text in queries(session):
            ours = timings_ms(partial(search_ids, session.store, text, limit=50), repeat)
            sql, params = _raw_sql(text)
            base = timings_ms(partial(_fetch, raw, sql, params), repeat)
            note = ""
            if len(text) <= 2:
                pattern = f"%{text}%"
                scan = partial(_fetch, raw, LIKE_SCAN, [pattern, pattern])
                like = timings_ms(scan, max(repeat // 4, 3))
                like50, like95 = p50_p95(like)
                note = f"LIKE scan {like50:.2f}/{like95:.2f} ms"
            p50, p95 = p50_p95(ours)
            figures.append(Figure(f"search {label}", p50, p95, p50_p95(base)[0], note))
    finally:
        raw.close()
    return figures
