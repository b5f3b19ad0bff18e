"""Search finds what a LIKE scan would find, for every query length, without scanning."""

from __future__ import annotations

import random
import re

import pytest

from crmdesk.data.search import query_terms, search_ids
from crmdesk.services.customers import add_contact, create_customer
from crmdesk.services.session import Session

SURNAMES = "张王李赵刘陈杨黄周吴"
GIVEN = "伟芳娜敏静丽强磊军洋"
WORDS = ["Acme", "Northwind", "华信", "恒通", "Trading", "科技", "Systems", "贸易"]


@pytest.fixture
def populated(session: Session) -> Session:
    rng = random.Random(7)
    for i in range(120):
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
        if i % 3 == 0:
            name = f"{rng.choice(['Anna', 'Bob', 'Chen', 'Dana'])} {rng.choice(['Lee', 'Smith'])}"
        company = f"{rng.choice(WORDS)} {rng.choice(WORDS)}"
        cid = create_customer(
            session, {"name": name, "company": company, "phone": f"139{i:08d}"}
        ).created_id
        if i % 4 == 0:
            add_contact(session, cid or "", {"name": rng.choice(SURNAMES) + rng.choice(GIVEN)})
    return session


def _like_reference(session: Session, term: str) -> set[int]:
    """The slow way: substring of name, company or a live contact's name (case-insensitive)."""
    pattern = f"%{term}%"
    rows = session.store.db.execute_sql(
        "SELECT c.rid FROM customer c WHERE c.deleted_at IS NULL AND (lower(c.name) LIKE ? "
        "OR lower(c.company) LIKE ? OR EXISTS (SELECT 1 FROM contact ct WHERE "
        "ct.customer_id = c.id AND ct.deleted_at IS NULL AND lower(ct.name) LIKE ?))",
        (pattern, pattern, pattern),
    )
    return {row[0] for row in rows}


def _word_start_reference(session: Session, term: str) -> set[int]:
    """The slow way for 1–2 Latin letters: a word of the name fields starts with them."""
    starts = re.compile(r"(?<![0-9a-z\u00c0-\u024f])" + re.escape(term))
    rows = session.store.db.execute_sql(
        "SELECT c.rid, c.name, c.company, (SELECT group_concat(ct.name, ' ') FROM contact ct "
        "WHERE ct.customer_id = c.id AND ct.deleted_at IS NULL) FROM customer c "
        "WHERE c.deleted_at IS NULL"
    )
    return {rid for rid, *texts in rows if any(starts.search(t.lower()) for t in texts if t)}


@pytest.mark.parametrize("term", ["张", "伟", "张伟", "华信", "科技", "acme", "trading", "ing"])
def test_chinese_and_long_queries_match_anywhere(populated: Session, term: str) -> None:
    found = search_ids(populated.store, term, limit=10_000)
    assert len(found) == len(set(found)), "a customer is listed twice"
    expected = _like_reference(populated, term)
    assert expected, "the fixture must contain matches"
    if len(term) >= 3:
        # trigram also searches phones, e-mails, tags and notes: a superset of the name fields
        assert expected <= set(found)
    else:
        assert set(found) == expected


@pytest.mark.parametrize("term", ["a", "le", "s", "sy", "no"])
def test_one_or_two_latin_letters_match_the_start_of_words(populated: Session, term: str) -> None:
    found = set(search_ids(populated.store, term, limit=10_000))
    expected = _word_start_reference(populated, term)
    assert expected, "the fixture must contain matches"
    assert found == expected


def test_a_letter_inside_a_word_is_not_a_match(populated: Session) -> None:
    inside = _like_reference(populated, "a") - _word_start_reference(populated, "a")
    assert inside, "the fixture has names with an a inside a word (Dana, Trading)"
    assert not inside & set(search_ids(populated.store, "a", limit=10_000))


def test_names_starting_with_the_query_come_first(populated: Session) -> None:
    found = search_ids(populated.store, "张", limit=10_000)
    names = dict(populated.store.db.execute_sql("SELECT rid, name FROM customer").fetchall())
    starts = [names[rid].startswith("张") for rid in found]
    assert starts == sorted(starts, reverse=True)


def test_paging_returns_consecutive_slices(populated: Session) -> None:
    everything = search_ids(populated.store, "a", limit=10_000)
    pages = [
        search_ids(populated.store, "a", limit=7, offset=o) for o in range(0, len(everything), 7)
    ]
    assert [rid for page in pages for rid in page] == everything


def test_phone_digits_match_whatever_the_formatting(populated: Session) -> None:
    assert query_terms("+86 (139) 0000-0042") == ["86139000000" + "42"]
    assert len(search_ids(populated.store, "13900000042")) == 1
    assert len(search_ids(populated.store, "139 0000 0042")) == 1


def test_mixed_short_and_long_terms_narrow_each_other(populated: Session) -> None:
    both = set(search_ids(populated.store, "张 科技", limit=10_000))
    expected = _like_reference(populated, "张") & _like_reference(populated, "科技")
    assert expected
    assert both == expected


def _plan(session: Session, sql: str, params: tuple[object, ...]) -> str:
    rows = session.store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return " | ".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        (
            "SELECT rowid FROM customer_piece WHERE customer_piece MATCH ? UNION ALL "
            "SELECT rowid FROM customer_piece WHERE customer_piece MATCH ? LIMIT 50",
            ('lead : "张"', '"张" NOT lead : "张"'),
        ),
        (
            "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? ORDER BY rank LIMIT 50",
            ('"acme"',),
        ),
        ("SELECT * FROM customer WHERE rid IN (?, ?)", (1, 2)),
        ("SELECT id FROM customer WHERE deleted_at IS NULL AND next_due_on <= ?", ("2026-11-23",)),
    ],
)
def test_queries_use_indexes_not_table_scans(
    populated: Session, sql: str, params: tuple[object, ...]
) -> None:
    plan = _plan(populated, sql, params)
    assert "SCAN customer " not in plan + " ", plan
    for step in plan.split(" | "):
        if "VIRTUAL TABLE" in step:
            assert ":M" in step, plan  # a full-text lookup (MATCH), not a scan of the index
    assert "USE TEMP B-TREE" not in plan, plan
