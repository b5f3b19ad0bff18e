"""The demo-data generator: deterministic, covering every classification, consistent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from crmdesk.data.audit import verify_chain
from crmdesk.data.database import Store, create_store
from crmdesk.data.keyfile import KdfParams
from crmdesk.data.search import search_ids
from crmdesk.domain.enums import (
    Grade,
    Importance,
    KeyDateKind,
    NeedStatus,
    OpportunityStage,
    RelationshipStatus,
    SizeBucket,
    SourceChannel,
)
from crmdesk.domain.ids import is_uuid7
from crmdesk.services.customers import due_for
from crmdesk.services.demo import COLUMNS, fill_demo
from crmdesk.services.session import Session

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TODAY = NOW.astimezone().date()


def _session(path: Path) -> Session:
    store, _code = create_store(path / "t.db", "pw", KdfParams.cheap())
    return Session(store, actor="test", clock=lambda: NOW)


@pytest.fixture
def make_session(tmp_path: Path) -> Callable[[str], Session]:
    def make(name: str) -> Session:
        folder = tmp_path / name
        folder.mkdir()
        return _session(folder)

    return make


@pytest.fixture(scope="module")
def demo200(tmp_path_factory: pytest.TempPathFactory) -> tuple[Session, dict[str, int]]:
    session = _session(tmp_path_factory.mktemp("demo200"))
    return session, fill_demo(session, customers=200, seed=42)


def _dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: store.db.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in COLUMNS
    }


def _rows(store: Store, sql: str) -> list[dict[str, Any]]:
    cursor = store.db.execute_sql(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _values(store: Store, sql: str) -> set[Any]:
    return {row[0] for row in store.db.execute_sql(sql)}


def test_same_seed_gives_identical_data(make_session: Callable[[str], Session]) -> None:
    first, second, other = make_session("a"), make_session("b"), make_session("c")
    counts = fill_demo(first, customers=40, seed=7)
    assert fill_demo(second, customers=40, seed=7) == counts
    fill_demo(other, customers=40, seed=8)
    assert counts["customer"] == 40
    assert _dump(first.store) == _dump(second.store)
    assert _dump(first.store)["customer"] != _dump(other.store)["customer"]


def test_counts_match_the_tables(demo200: tuple[Session, dict[str, int]]) -> None:
    session, counts = demo200
    for table in COLUMNS:
        (stored,) = session.store.db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()
        assert counts.get(table, 0) == stored, table
        assert stored > 0, table


@pytest.mark.parametrize("customers", [10, 200])
def test_every_classification_is_present(
    make_session: Callable[[str], Session], customers: int
) -> None:
    session = make_session("s")
    fill_demo(session, customers=customers, seed=customers)
    store = session.store
    expected = {
        "grade": Grade,
        "relationship": RelationshipStatus,
        "importance": Importance,
        "need": NeedStatus,
        "source": SourceChannel,
        "size_bucket": SizeBucket,
    }
    for column, enum in expected.items():
        found = _values(store, f"SELECT {column} FROM customer WHERE {column} IS NOT NULL")
        assert found == {e.value for e in enum}, column
    assert _values(store, "SELECT kind FROM customer") == {"person", "company"}
    assert _values(store, "SELECT stage FROM opportunity") == {s.value for s in OpportunityStage}
    kinds = _values(store, "SELECT kind FROM key_date")
    assert {KeyDateKind.BIRTHDAY, KeyDateKind.CONTRACT_EXPIRY, KeyDateKind.RENEWAL} <= kinds
    assert _values(store, "SELECT count(*) FROM customer_tag") != {0}


def test_mix_of_languages_and_contacts(demo200: tuple[Session, dict[str, int]]) -> None:
    store = demo200[0].store
    names = [row[0] for row in store.db.execute_sql("SELECT name FROM customer")]
    chinese = sum(any("\u4e00" <= ch <= "\u9fff" for ch in name) for name in names)
    assert 0.45 < chinese / len(names) < 0.75
    per_company = store.db.execute_sql(
        "SELECT count(ct.id) FROM customer c LEFT JOIN contact ct ON ct.customer_id = c.id "
        "WHERE c.kind = 'company' GROUP BY c.id"
    ).fetchall()
    assert {n for (n,) in per_company} <= {1, 2, 3}
    lead = _values(store, "SELECT kind || ':' || lead_days FROM key_date")
    assert lead <= {"birthday:3", "contract_expiry:30", "renewal:30"}
    ids = [row[0] for row in store.db.execute_sql("SELECT id FROM customer ORDER BY rid")]
    assert all(is_uuid7(i) for i in ids)
    assert ids == sorted(ids)


def test_due_dates_follow_the_cadence(demo200: tuple[Session, dict[str, int]]) -> None:
    session = demo200[0]
    prefs = session.preferences()
    followups = _rows(
        session.store,
        "SELECT customer_id, occurred_at FROM timeline_entry WHERE kind = 'followup'",
    )
    days: dict[str, list[date]] = {}
    for row in followups:
        moment = datetime.fromisoformat(row["occurred_at"].replace("Z", "+00:00"))
        days.setdefault(row["customer_id"], []).append(moment.astimezone().date())
    urgencies = set()
    for row in _rows(session.store, "SELECT * FROM customer"):
        first = date.fromisoformat(row["first_contact_on"])
        assert row["next_due_on"] == due_for(row, first, prefs)
        assert row["last_followup_on"] == max(days[row["id"]]).isoformat()
        assert first < min(days[row["id"]]) < TODAY
        due = date.fromisoformat(row["next_due_on"])
        urgencies.add("overdue" if due < TODAY else "today" if due == TODAY else "later")
    assert urgencies == {"overdue", "today", "later"}


def test_search_finds_demo_customers(demo200: tuple[Session, dict[str, int]]) -> None:
    store = demo200[0].store
    person = _rows(
        store,
        "SELECT rid, name FROM customer WHERE kind = 'person' AND length(name) = 2 "
        "AND unicode(name) >= 19968 LIMIT 1",
    )[0]
    assert person["rid"] in search_ids(store, person["name"], limit=500)
    firm = _rows(store, "SELECT rid, company FROM customer WHERE company LIKE '%有限公司' LIMIT 1")[
        0
    ]
    fragment = firm["company"][2:5]
    assert firm["rid"] in search_ids(store, fragment, limit=500)
    english = _rows(store, "SELECT rid, company FROM customer WHERE company LIKE '% %' LIMIT 1")
    word = english[0]["company"].split()[0]
    assert english[0]["rid"] in search_ids(store, word, limit=500)


def test_integrity_and_audit(demo200: tuple[Session, dict[str, int]]) -> None:
    store = demo200[0].store
    assert store.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    report = verify_chain(store.db)
    assert report.ok
    actions = _values(store, "SELECT action FROM audit_event WHERE action = 'demo'")
    assert actions == {"demo"}


def test_same_seed_twice_is_refused(make_session: Callable[[str], Session]) -> None:
    session = make_session("twice")
    fill_demo(session, customers=5, seed=1)
    before = _dump(session.store)
    with pytest.raises(ValueError, match="already"):
        fill_demo(session, customers=5, seed=1)
    assert _dump(session.store) == before
    assert fill_demo(session, customers=5, seed=2)["customer"] == 5
    assert verify_chain(session.store.db).ok
