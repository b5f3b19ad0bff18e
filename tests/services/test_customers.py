"""Customer use cases through the one write path: validation, due dates, audit, tombstones."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crmdesk.data.audit import verify_chain
from crmdesk.domain.validation import ValidationError
from crmdesk.services.customers import (
    add_contact,
    create_customer,
    delete_customer,
    restore_customer,
    update_customer,
)
from crmdesk.services.search import search_customers
from crmdesk.services.session import Session
from tests.helpers import customer


def _audit(session: Session) -> list[tuple[str, str | None, dict[str, list[object]] | None]]:
    rows = session.store.db.execute_sql(
        "SELECT action, entity, changes FROM audit_event ORDER BY seq"
    ).fetchall()
    return [(a, e, json.loads(c) if c else None) for a, e, c in rows]


def test_new_customer_is_due_after_its_grade_interval(session: Session) -> None:
    changes = create_customer(session, {"name": "  王 秀英 ", "grade": "B"})
    row = customer(session, changes.created_id or "")
    assert row["name"] == "王 秀英"
    # created Monday 2026-11-23, B = 7 days -> Monday 2026-11-30
    assert row["next_due_on"] == "2026-11-30"


def test_a_grade_created_on_friday_is_due_on_monday(session: Session, clock) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    clock.moment = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)  # Friday
    created = create_customer(session, {"name": "Acme", "grade": "A"})
    row = customer(session, created.created_id or "")
    assert row["next_due_on"] == "2026-11-30"


def test_bad_email_is_refused_and_nothing_is_written(session: Session) -> None:
    with pytest.raises(ValidationError):
        create_customer(session, {"name": "Acme", "email": "not an email"})
    assert session.store.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 0


def test_update_records_old_and_new_values_in_the_audit_chain(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "C"}).created_id or ""
    changes = update_customer(session, cid, {"grade": "A", "city": "上海"})
    assert cid in changes.customers
    assert changes.reminders
    action, entity, diff = _audit(session)[-1]
    assert (action, entity) == ("update", "customer")
    assert diff is not None
    assert diff["grade"] == ["C", "A"]
    assert diff["city"] == [None, "上海"]
    assert diff["next_due_on"][1] == "2026-11-24"
    assert verify_chain(session.store.db).ok


def test_update_with_no_real_change_writes_no_audit_event(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "C"}).created_id or ""
    count = len(_audit(session))
    assert update_customer(session, cid, {"grade": "C"}).customers == frozenset()
    assert len(_audit(session)) == count


def test_soft_delete_hides_from_search_and_restore_brings_back(session: Session) -> None:
    cid = create_customer(session, {"name": "张伟", "company": "华信科技"}).created_id or ""
    assert [h.id for h in search_customers(session, "张伟")] == [cid]
    delete_customer(session, cid)
    assert search_customers(session, "张伟") == []
    assert search_customers(session, "华信科技") == []
    row = customer(session, cid)
    assert row["deleted_at"] is not None  # a tombstone, not a deletion
    restore_customer(session, cid)
    assert [h.id for h in search_customers(session, "华信")] == [cid]


def test_contact_phone_and_name_are_searchable(session: Session) -> None:
    cid = create_customer(session, {"name": "Northwind Trading"}).created_id or ""
    add_contact(session, cid, {"name": "李娜", "phones": "+86 139-1234-5678", "email": "LI@X.CN"})
    assert [h.id for h in search_customers(session, "13912345678")] == [cid]
    assert [h.id for h in search_customers(session, "139 1234")] == [cid]
    assert [h.id for h in search_customers(session, "李娜")] == [cid]
    assert [h.id for h in search_customers(session, "娜")] == [cid]


def test_unknown_field_is_a_bug_not_silently_dropped(session: Session) -> None:
    with pytest.raises(ValueError, match="unknown customer fields"):
        create_customer(session, {"name": "Acme", "colour": "red"})


def test_manual_next_date_overrides_cadence(session: Session) -> None:
    cid = create_customer(session, {"name": "Acme", "grade": "E"}).created_id or ""
    update_customer(session, cid, {"manual_next_on": date(2026, 12, 1).isoformat()})
    row = customer(session, cid)
    assert row["next_due_on"] == "2026-12-01"


def test_fields_and_tags_are_saved_in_one_transaction(session: Session) -> None:
    from crmdesk.services.customer_view import customer_detail
    from crmdesk.services.customers import save_customer

    cid = save_customer(session, None, {"name": "Acme"}, ["VIP"]).created_id or ""
    with pytest.raises(ValidationError):
        save_customer(session, cid, {"city": "上海", "email": "broken"}, ["VIP", "展会"])
    detail = customer_detail(session, cid)
    assert detail is not None
    assert detail.tags == ["VIP"]  # the tag change was not half-applied
    assert detail.fields["city"] is None
    changes = save_customer(session, cid, {"city": "上海"}, ["VIP", "展会"])
    assert changes.customers == {cid}
    detail = customer_detail(session, cid)
    assert detail is not None
    assert sorted(detail.tags) == ["VIP", "展会"]
    assert save_customer(session, cid, {"city": "上海"}, ["展会", "VIP"]).customers == frozenset()
