"""Merging two customers: every child moves, the audit chain holds, undo restores both rows."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from crmdesk.data.audit import verify_chain
from crmdesk.data.writer import Tx
from crmdesk.domain.enums import KeyDateKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services import merge
from crmdesk.services.customers import add_contact, create_customer, delete_customer
from crmdesk.services.key_dates import add_key_date
from crmdesk.services.merge import (
    MergeError,
    merge_customers,
    merge_preview,
    suggest_choices,
    undo_merge,
)
from crmdesk.services.reminders import add_reminder
from crmdesk.services.search import search_customers
from crmdesk.services.session import Session
from crmdesk.services.timeline import NewOpportunity, Order, add_note, add_opportunity, add_order
from tests.helpers import customer

TABLES = ("customer", "contact", "timeline_entry", "sale_order", "opportunity", "key_date")
TABLES += ("reminder",)


def _rich_customer(session: Session, fields: dict[str, Any], tags: list[str], phone: str) -> str:
    cid = create_customer(session, fields, tags).created_id or ""
    person = {"name": "张伟" if fields["grade"] == "C" else "李娜", "phones": phone}
    contact = add_contact(session, cid, {**person, "is_primary": 1}).created_id
    add_note(session, cid, f"note on {fields['name']}")
    add_order(session, cid, Order(date(2026, 10, 1), "PLC", Decimal(2), Decimal("99.50")))
    add_opportunity(session, cid, NewOpportunity("Retrofit"))
    add_key_date(session, cid, KeyDateRule.of(KeyDateKind.BIRTHDAY, 4, 15), "", contact)
    add_reminder(session, cid, datetime(2026, 12, 1, 9, 0, tzinfo=UTC), "call back")
    return cid


@pytest.fixture
def pair(session: Session) -> tuple[str, str]:
    survivor = _rich_customer(
        session,
        {"name": "华信科技", "grade": "C", "city": "上海", "phone": "+8613800138000"},
        ["VIP", "华东"],
        "+8613911112222",
    )
    merged = _rich_customer(
        session,
        {"name": "上海华信科技有限公司", "grade": "A", "email": "sales@huaxin.cn",
         "industry": "制造", "last_followup_on": "2026-11-20"},
        ["华东", "展会"],
        "+8613722223333",
    )  # fmt: skip
    return survivor, merged


def _rows(session: Session, customer_ids: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """Every row of the two customers and their children, without updated_at."""
    db, marks = session.store.db, ", ".join("?" * len(customer_ids))
    found: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        column = "id" if table == "customer" else "customer_id"
        cursor = db.execute_sql(
            f"SELECT * FROM {table} WHERE {column} IN ({marks}) ORDER BY rid", customer_ids
        )
        names = [d[0] for d in cursor.description]
        found[table] = [
            {k: v for k, v in zip(names, row, strict=True) if k != "updated_at"} for row in cursor
        ]
    found["customer_tag"] = [
        dict(zip(("customer_id", "tag_id"), row, strict=True))
        for row in db.execute_sql(
            f"SELECT customer_id, tag_id FROM customer_tag WHERE customer_id IN ({marks}) "
            "ORDER BY customer_id, tag_id",
            customer_ids,
        )
    ]
    return found


def _count(session: Session, table: str, customer_id: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE customer_id = ?"
    count: int = session.store.db.execute_sql(sql, (customer_id,)).fetchone()[0]
    return count


def _tags(session: Session, customer_id: str) -> list[str]:
    rows = session.store.db.execute_sql(
        "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.customer_id = ? ORDER BY t.name",
        (customer_id,),
    )
    return [row[0] for row in rows]


def test_merge_moves_every_child_and_tombstones_the_merged(
    session: Session, pair: tuple[str, str]
) -> None:
    survivor, merged = pair
    before = {table: _count(session, table, merged) for table in merge.CHILD_TABLES}
    assert all(before.values())
    changes = merge_customers(session, survivor, merged, {"email": "merged", "grade": "merged"})
    assert changes.customers == {survivor, merged}
    for table in merge.CHILD_TABLES:
        assert _count(session, table, merged) == 0, table
    assert customer(session, merged)["deleted_at"] is not None
    row = customer(session, survivor)
    assert (row["email"], row["grade"], row["city"]) == ("sales@huaxin.cn", "A", "上海")
    assert row["industry"] is None  # not chosen: the survivor's (empty) value stays
    assert row["next_due_on"] == "2026-11-24"  # grade A from the survivor's created day
    assert _tags(session, survivor) == ["VIP", "华东", "展会"]
    assert row["tags"] == "VIP 华东 展会"
    primaries = session.store.db.execute_sql(
        "SELECT count(*) FROM contact WHERE customer_id = ? AND is_primary = 1", (survivor,)
    ).fetchone()[0]
    assert primaries == 1


def test_merge_entry_holds_what_undo_needs_and_is_audited(
    session: Session, pair: tuple[str, str]
) -> None:
    survivor, merged = pair
    entry_id = merge_customers(session, survivor, merged, {"grade": "merged"}).created_id
    kind, owner, ref, raw = session.store.db.execute_sql(
        "SELECT kind, customer_id, ref_id, new_value FROM timeline_entry WHERE id = ?",
        (entry_id,),
    ).fetchone()
    assert (kind, owner, ref) == ("merge", survivor, merged)
    undo = json.loads(raw)
    assert undo["merged_id"] == merged
    assert undo["survivor_previous"]["grade"] == "C"
    assert set(undo["moved"]) == set(merge.CHILD_TABLES)
    assert len(undo["moved"]["timeline_entry"]) == 3  # note, order, opportunity entries
    assert len(undo["tags"]["merged"]) == 2
    assert len(undo["tags"]["added"]) == 1
    actions = [
        row[0]
        for row in session.store.db.execute_sql(
            "SELECT action FROM audit_event WHERE entity_id IN (?, ?) ORDER BY seq",
            (survivor, merged),
        )
    ]
    assert actions[-3:] == ["update", "delete", "merge"]
    assert verify_chain(session.store.db).ok


def test_undo_restores_both_customers_row_for_row(session: Session, pair: tuple[str, str]) -> None:
    before = _rows(session, pair)
    survivor, merged = pair
    choices = dict.fromkeys(merge.MERGE_FIELDS, "merged")
    entry_id = merge_customers(session, survivor, merged, choices).created_id or ""  # type: ignore[arg-type]
    assert _rows(session, pair) != before
    changes = undo_merge(session, entry_id)
    assert changes.customers == {survivor, merged}
    after = _rows(session, pair)
    merge_entry = [row for row in after["timeline_entry"] if row["id"] == entry_id]
    assert merge_entry[0]["deleted_at"] is not None  # the merge is marked undone
    after["timeline_entry"] = [row for row in after["timeline_entry"] if row["id"] != entry_id]
    assert after == before
    assert verify_chain(session.store.db).ok


def test_an_undone_merge_cannot_be_undone_again(session: Session, pair: tuple[str, str]) -> None:
    entry_id = merge_customers(session, *pair, {}).created_id or ""
    undo_merge(session, entry_id)
    with pytest.raises(MergeError) as caught:
        undo_merge(session, entry_id)
    assert caught.value.code == "undone"


def test_undo_is_refused_when_the_survivor_is_gone(session: Session, pair: tuple[str, str]) -> None:
    entry_id = merge_customers(session, *pair, {}).created_id or ""
    delete_customer(session, pair[0])
    with pytest.raises(MergeError) as caught:
        undo_merge(session, entry_id)
    assert caught.value.code == "stale"


def test_a_failure_mid_merge_leaves_everything_as_it_was(
    session: Session, pair: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _rows(session, pair)
    events = session.store.db.execute_sql("SELECT count(*) FROM audit_event").fetchone()[0]

    def broken(self: Tx, entity: str, record_id: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Tx, "soft_delete", broken)  # after the children and fields moved
    with pytest.raises(OSError, match="disk full"):
        merge_customers(session, *pair, {"grade": "merged"})
    assert _rows(session, pair) == before
    after = session.store.db.execute_sql("SELECT count(*) FROM audit_event").fetchone()[0]
    assert after == events


def test_search_finds_the_survivor_by_the_merged_phone_and_both_after_undo(
    session: Session, pair: tuple[str, str]
) -> None:
    survivor, merged = pair
    assert [h.id for h in search_customers(session, "13722223333")] == [merged]
    entry_id = merge_customers(session, survivor, merged, {}).created_id or ""
    assert [h.id for h in search_customers(session, "13722223333")] == [survivor]
    assert [h.id for h in search_customers(session, "上海华信科技有限公司")] == []
    undo_merge(session, entry_id)
    assert [h.id for h in search_customers(session, "13722223333")] == [merged]
    assert [h.id for h in search_customers(session, "13911112222")] == [survivor]
    assert [h.id for h in search_customers(session, "上海华信科技有限公司")] == [merged]


def test_merging_refuses_itself_deleted_customers_and_unknown_fields(
    session: Session, pair: tuple[str, str]
) -> None:
    survivor, merged = pair
    with pytest.raises(MergeError):
        merge_customers(session, survivor, survivor, {})
    with pytest.raises(ValueError, match="unknown"):
        merge_customers(session, survivor, merged, {"rid": "merged"})  # type: ignore[dict-item]
    delete_customer(session, merged)
    with pytest.raises(MergeError) as caught:
        merge_customers(session, survivor, merged, {})
    assert caught.value.code == "gone"


def test_preview_suggests_the_non_empty_value_and_counts_what_moves(
    session: Session, pair: tuple[str, str]
) -> None:
    preview = merge_preview(session, *pair)
    assert preview.choices["email"] == "merged"  # the survivor has none
    assert preview.choices["phone"] == "survivor"  # the merged has none
    assert preview.choices["last_followup_on"] == "merged"
    assert preview.moving["contact"] == 1
    assert preview.moving["timeline_entry"] == 3


def test_suggestions_prefer_the_newer_record_and_the_right_dates() -> None:
    old = {"updated_at": "2026-01-01", "grade": "C", "first_contact_on": "2025-01-01",
           "last_followup_on": "2026-11-01"}  # fmt: skip
    new = {"updated_at": "2026-06-01", "grade": "A", "first_contact_on": "2024-05-05",
           "last_followup_on": "2026-10-01"}  # fmt: skip
    choices = suggest_choices(old, new)
    assert choices["grade"] == "merged"
    assert choices["first_contact_on"] == "merged"  # the earlier first contact
    assert choices["last_followup_on"] == "survivor"  # the later follow-up


def test_a_merge_carried_on_by_a_later_merge_is_undone_in_reverse_order(
    session: Session, pair: tuple[str, str]
) -> None:
    survivor, merged = pair
    third = create_customer(session, {"name": "华信科技集团"}).created_id or ""
    first = merge_customers(session, survivor, merged, {}).created_id or ""
    second = merge_customers(session, third, survivor, {}).created_id or ""
    with pytest.raises(MergeError) as caught:
        undo_merge(session, first)  # its entry now sits on the third customer
    assert caught.value.code == "stale"
    undo_merge(session, second)
    undo_merge(session, first)
    assert all(customer(session, cid)["deleted_at"] is None for cid in (survivor, merged, third))
    assert _count(session, "contact", merged) == 1
