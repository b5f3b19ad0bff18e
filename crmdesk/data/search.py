"""Customer search: FTS5 trigram for 3+ characters, the FTS5 piece index for 1–2.

    search_ids(store, "张伟", limit=50)      # -> [rid, …] best first
    search_ids(store, "139 1234")            # phone-like: matched on bare digits

No query scans the customer table: short terms go to `customer_piece` (schema_v4: customers
whose name or company starts with the term first, then the others, each in rid order; since
schema_v6 a Latin term of 1–2 letters matches the start of a word, Chinese anywhere),
longer ones to the trigram index ordered by bm25; a query mixing both narrows the trigram
hits by the pieces. A short term with no letter or digit matches nothing (the piece index
holds no punctuation).
"""

from __future__ import annotations

import re

from crmdesk.data.database import Store
from crmdesk.domain.validation import phone_digits

_NOTHING = "SELECT rid FROM customer WHERE 0"
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


def match_sql(text: str, *, ranked: bool = True) -> tuple[str, list[str]] | None:
    """SQL selecting the matching rids best first (no LIMIT), or None for an empty query.

    ranked=False leaves out the bm25 order of 3+ character queries (for a caller that sorts
    the hits itself: ranking 17,000 hits of "tra" costs 23 of its 28 ms).
    """
    terms = query_terms(text)
    if not terms:
        return None
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3 and any(ch.isalnum() for ch in t)]
    if long_terms:
        return _fts_sql(long_terms, short_terms, ranked)
    if short_terms:
        return _piece_sql(short_terms)
    return _NOTHING, []  # only punctuation, which the piece index does not hold


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts_sql(long_terms: list[str], short_terms: list[str], ranked: bool) -> tuple[str, list[str]]:
    match = " AND ".join(_phrase(term) for term in long_terms)
    sql = "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?"
    params = [match]
    if short_terms:
        sql += " AND rowid IN (SELECT rowid FROM customer_piece WHERE customer_piece MATCH ?)"
        params.append(" AND ".join(_phrase(term) for term in short_terms))
    return (sql + " ORDER BY rank" if ranked else sql), params


def _piece_sql(short_terms: list[str]) -> tuple[str, list[str]]:
    """Customers whose name or company starts with the first term, then the others."""
    first, *rest = (_phrase(term) for term in short_terms)
    others = "".join(f" AND {term}" for term in rest)
    sql = (
        "SELECT rowid FROM customer_piece WHERE customer_piece MATCH ? "
        "UNION ALL SELECT rowid FROM customer_piece WHERE customer_piece MATCH ?"
    )
    return sql, [f"lead : {first}{others}", f"({first}{others}) NOT lead : {first}"]
