"""Changing and removing key dates: the due list follows, the audit log records it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from crmdesk.data import queries
from crmdesk.data.writer import UnknownRecord
from crmdesk.domain.enums import KeyDateKind, ReminderKind
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.services.customers import create_customer
from crmdesk.services.due import due_list
from crmdesk.services.key_dates import add_key_date, delete_key_date, update_key_date
from crmdesk.services.session import Session

MONDAY = date(2026, 11, 23)


@pytest.fixture
def cid(session: Session) -> str:
    return create_customer(session, {"name": "恒通机械", "grade": "B"}).created_id or ""


def _key_date_items(session: Session, day: date) -> list[date]:
    return [i.due for i in due_list(session, day).items if i.kind is ReminderKind.KEY_DATE]


def _birthday(session: Session, cid: str) -> str:
    rule = KeyDateRule(KeyDateKind.BIRTHDAY, 11, 25, None, True, 3)
    return add_key_date(session, cid, rule, "王总生日").created_id or ""


def test_deleted_key_date_no_longer_comes_due(session: Session, cid: str) -> None:
    key_date_id = _birthday(session, cid)
    assert _key_date_items(session, MONDAY) == [date(2026, 11, 25)]
    changes = delete_key_date(session, key_date_id)
    assert changes.customers == {cid}
    assert changes.reminders
    assert _key_date_items(session, MONDAY) == []
    assert queries.children(session.store, "key_date", cid, "rid") == []


def test_updated_key_date_moves_and_is_audited(session: Session, cid: str) -> None:
    key_date_id = _birthday(session, cid)
    rule = KeyDateRule(KeyDateKind.RENEWAL, 12, 1, 2026, False, 10)
    update_key_date(session, key_date_id, rule, "Lease")
    (row,) = queries.children(session.store, "key_date", cid, "rid")
    assert (row["kind"], row["month"], row["day"], row["year"], row["yearly"]) == (
        "renewal",
        12,
        1,
        2026,
        0,
    )
    assert _key_date_items(session, MONDAY) == [date(2026, 12, 1)]
    (changes,) = session.store.db.execute_sql(
        "SELECT changes FROM audit_event WHERE action = 'update' AND entity_id = ?",
        (key_date_id,),
    ).fetchone()
    assert json.loads(changes)["label"] == ["王总生日", "Lease"]


def test_lead_time_over_the_limit_is_refused(session: Session, cid: str) -> None:
    key_date_id = _birthday(session, cid)
    with pytest.raises(ValueError, match="lead time"):
        update_key_date(session, key_date_id, KeyDateRule(KeyDateKind.CUSTOM, 1, 1, None, True, 90))


def test_unknown_key_date_is_an_error(session: Session) -> None:
    with pytest.raises(UnknownRecord):
        delete_key_date(session, "nope")
