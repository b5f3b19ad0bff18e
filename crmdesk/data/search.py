"""Customer search: FTS5 trigram for 3+ characters, the piece index for 1–2.

    search_ids(store, "张伟", limit=50)      # -> [rid, …] best first
    search_ids(store, "139 1234")            # phone-like: matched on bare digits

No query scans the customer table: short terms go to `search_piece` (an index seek ordered by
rank, rid), longer ones to the FTS index ordered by bm25; a query mixing both narrows the FTS
hits by the pieces.
"""

from __future__ import annotations

import re

from crmdesk.data.database import Store
from crmdesk.domain.validation import phone_digits

_PHONE_LIKE = re.compile(r"^[+\d][\d\s\-()./]*$")


def query_terms(text: str) -> list[str]:
    """Split what the user typed into terms; a phone-like query becomes its digits."""
    text = text.strip().lower()
    if not text:
        return []
    if _PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        return [phone_digits(text)]
    return list(dict.fromkeys(text.split()))


def search_ids(store: Store, text: str, *, limit: int = 50, offset: int = 0) -> list[int]:
    """Customer rids matching every term of *text*, best first."""
    ranked = match_sql(text)
    if ranked is None:
        return []
    sql, params = ranked
    rows = store.db.execute_sql(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset))
    return [row[0] for row in rows]


def match_sql(text: str) -> tuple[str, list[str]] | None:
    """SQL selecting the matching rids best first (no LIMIT), or None for an empty query."""
    terms = query_terms(text)
    if not terms:
        return None
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if long_terms:
        return _fts_sql(long_terms, short_terms)
    return _piece_sql(short_terms)


def _fts_sql(long_terms: list[str], short_terms: list[str]) -> tuple[str, list[str]]:
    match = " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
    narrow = "".join(
        " AND rowid IN (SELECT rid FROM search_piece WHERE piece = ?)" for _ in short_terms
    )
    sql = f"SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?{narrow} ORDER BY rank"
    return sql, [match, *short_terms]


def _piece_sql(short_terms: list[str]) -> tuple[str, list[str]]:
    first, *rest = short_terms
    narrow = "".join(" AND rid IN (SELECT rid FROM search_piece WHERE piece = ?)" for _ in rest)
    sql = f"SELECT rid FROM search_piece WHERE piece = ?{narrow} ORDER BY rank, rid"
    return sql, [first, *rest]
