"""The audit log reader: filters, paging, chain verification, CSV export."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crmdesk.services.audit_log import (
    actions,
    export_csv,
    list_events,
    neutralise,
    verify,
)
from crmdesk.services.customers import add_contact, create_customer, update_customer
from crmdesk.services.session import Session
from crmdesk.services.timeline import add_note
from tests.conftest import FakeClock

EVIL = "=cmd|' /C calc'!A0"


def _customer(session: Session, name: str, **fields: object) -> str:
    return create_customer(session, {"name": name, **fields}).created_id or ""


def test_events_are_newest_first_with_old_and_new_values(session: Session) -> None:
    cid = _customer(session, "王秀英", grade="C")
    update_customer(session, cid, {"grade": "B"})
    newest = list_events(session)[0]
    assert (newest.action, newest.entity, newest.entity_id) == ("update", "customer", cid)
    assert newest.changes["grade"] == ["C", "B"]
    assert newest.customer == "王秀英"
    assert newest.actor == "tester"
    assert newest.at == datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    seqs = [e.seq for e in list_events(session)]
    assert seqs == sorted(seqs, reverse=True)


def test_customer_filter_includes_its_children_and_nothing_else(session: Session) -> None:
    cid = _customer(session, "Acme Ltd")
    other = _customer(session, "Globex")
    contact_id = add_contact(session, cid, {"name": "李雷"}).created_id
    add_note(session, cid, "first call")
    update_customer(session, other, {"grade": "A"})

    events = list_events(session, customer_id=cid)
    assert {e.customer for e in events} == {"Acme Ltd"}
    assert {e.entity for e in events} == {"customer", "contact", "timeline_entry"}
    assert contact_id in {e.entity_id for e in events}
    assert all(e.customer_id == cid for e in events)
    assert [e.customer for e in list_events(session, customer_id=other)] == ["Globex"] * 2


def test_customer_filter_uses_the_entity_index(session: Session) -> None:
    from crmdesk.services.audit_log import _select

    sql, params = _select("x", None, None, None, None)
    plan = session.store.db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    details = [str(row[-1]) for row in plan]
    assert any(d.startswith("SEARCH audit_event USING INDEX audit_entity") for d in details)
    assert [d for d in details if d.startswith("SCAN") and d != "SCAN CONSTANT ROW"] == []


def test_action_filter_and_distinct_actions(session: Session) -> None:
    cid = _customer(session, "Acme Ltd")
    update_customer(session, cid, {"grade": "A"})
    update_customer(session, cid, {"grade": "B"})
    assert {e.action for e in list_events(session, action="update")} == {"update"}
    assert len(list_events(session, action="update")) == 2
    assert {"create_database", "create", "update"} <= set(actions(session))


def test_date_filter_takes_local_days_inclusive(session: Session, clock: FakeClock) -> None:
    clock.moment = datetime(2026, 3, 10, 12, tzinfo=UTC)
    march = _customer(session, "March")
    clock.moment = datetime(2026, 6, 10, 12, tzinfo=UTC)
    june = _customer(session, "June")
    clock.moment = datetime(2026, 9, 10, 12, tzinfo=UTC)
    september = _customer(session, "September")

    def ids(**kw: date) -> set[str | None]:
        return {e.entity_id for e in list_events(session, action="create", **kw)}

    assert ids(since=date(2026, 6, 10)) == {june, september}
    assert ids(until=date(2026, 6, 10)) == {march, june}
    assert ids(since=date(2026, 4, 1), until=date(2026, 7, 1)) == {june}
    assert ids(since=date(2026, 6, 11), until=date(2026, 9, 9)) == set()


def test_paging_returns_consecutive_pages(session: Session) -> None:
    cid = _customer(session, "Acme Ltd")
    for grade in "ABCDEABCDE":
        update_customer(session, cid, {"grade": grade})
    everything = [e.seq for e in list_events(session)]
    pages: list[list[int]] = []
    before = None
    while page := list_events(session, limit=4, before_seq=before):
        pages.append([e.seq for e in page])
        before = page[-1].seq
    assert all(len(p) == 4 for p in pages[:-1])
    assert [seq for p in pages for seq in p] == everything
    assert len(everything) == len(set(everything)) > 8


def test_verify_detects_a_tampered_event(session: Session) -> None:
    cid = _customer(session, "Acme Ltd", grade="C")
    update_customer(session, cid, {"grade": "B"})
    update_customer(session, cid, {"grade": "A"})
    report = verify(session)
    assert report.ok
    assert report.events == len(list_events(session))

    session.store.db.execute_sql(
        "UPDATE audit_event SET changes = ? WHERE seq = 3", ('{"grade": ["C", "E"]}',)
    )
    report = verify(session)
    assert not report.ok
    assert report.first_bad_seq == 3


def test_a_damaged_changes_cell_is_still_listed(session: Session) -> None:
    _customer(session, "Acme Ltd")
    session.store.db.execute_sql("UPDATE audit_event SET changes = 'not json' WHERE seq = 2")
    damaged = next(e for e in list_events(session) if e.seq == 2)
    assert damaged.changes == {"raw": "not json"}


def test_export_writes_bom_neutralised_cells_and_records_itself(
    session: Session, tmp_path: Path
) -> None:
    cid = _customer(session, EVIL, grade="C")
    update_customer(session, cid, {"grade": "B", "notes": "+86 138 0000 0000"})
    path = tmp_path / "audit.csv"

    count = export_csv(session, path, customer_id=cid)

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert count == len(rows) == 2
    assert [r["action"] for r in rows] == ["update", "create"]
    assert {r["customer"] for r in rows} == {"'" + EVIL}
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())
    assert '"grade": ["C", "B"]' in rows[0]["changes"]

    export = list_events(session, limit=1)[0]
    assert export.action == "export"
    assert export.changes["rows"] == 2
    assert export.changes["file"] == "audit.csv"
    assert export.changes["customer_id"] == cid
    assert verify(session).ok


def test_export_pages_through_everything(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crmdesk.services.audit_log as audit_log

    cid = _customer(session, "Acme Ltd")
    for grade in "ABCDE":
        update_customer(session, cid, {"grade": grade})
    before = len(list_events(session))
    monkeypatch.setattr(audit_log, "_EXPORT_PAGE", 2)
    count = export_csv(session, tmp_path / "all.csv")
    assert count == before
    with (tmp_path / "all.csv").open(encoding="utf-8-sig", newline="") as f:
        seqs = [int(r["seq"]) for r in csv.DictReader(f)]
    assert seqs == sorted(set(seqs), reverse=True)
    assert len(seqs) == before


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+86 138", "'+86 138"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("张伟", "张伟"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected
