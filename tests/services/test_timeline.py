"""Notes, feedback, orders, opportunities and key dates land on the customer's timeline."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crmdesk.data import queries
from crmdesk.domain.enums import KeyDateKind, OpportunityStage
from crmdesk.domain.keydates import KeyDateRule
from crmdesk.domain.validation import ValidationError
from crmdesk.services.customers import create_customer
from crmdesk.services.due import due_list
from crmdesk.services.key_dates import add_key_date
from crmdesk.services.reminders import snooze_followup
from crmdesk.services.session import Session
from crmdesk.services.timeline import (
    NewOpportunity,
    Order,
    add_feedback,
    add_note,
    add_opportunity,
    add_order,
)
from tests.helpers import customer


@pytest.fixture
def cid(session: Session) -> str:
    return create_customer(session, {"name": "恒通机械", "grade": "B"}).created_id or ""


def _timeline(session: Session, cid: str) -> list[tuple[str, str | None]]:
    rows = queries.children(session.store, "timeline_entry", cid, "occurred_at, rid")
    return [(row["kind"], row["content"]) for row in rows]


def test_each_addition_shows_on_the_timeline(session: Session, cid: str) -> None:
    add_note(session, cid, "喜欢早上联系")
    add_feedback(session, cid, satisfaction=4, text="交货及时")
    add_order(session, cid, Order(date(2026, 11, 20), "数控机床", Decimal(2), Decimal("12500.5")))
    add_opportunity(session, cid, NewOpportunity("二期项目", OpportunityStage.PROPOSAL))
    assert _timeline(session, cid) == [
        ("note", "喜欢早上联系"),
        ("feedback", "交货及时"),
        ("order", "数控机床 × 2.00"),
        ("opportunity", "二期项目"),
    ]
    [order] = queries.children(session.store, "sale_order", cid, "rid")
    assert order["amount"] == "25001.00"


def test_out_of_range_satisfaction_writes_nothing(session: Session, cid: str) -> None:
    with pytest.raises(ValidationError):
        add_feedback(session, cid, satisfaction=6)
    assert _timeline(session, cid) == []


def test_key_date_lead_time_is_limited_to_the_due_window(session: Session, cid: str) -> None:
    rule = KeyDateRule(KeyDateKind.RENEWAL, 12, 1, 2026, yearly=False, lead_days=90)
    with pytest.raises(ValueError, match="lead time"):
        add_key_date(session, cid, rule)


def test_birthday_without_year_appears_within_its_lead_time(session: Session, cid: str) -> None:
    add_key_date(session, cid, KeyDateRule(KeyDateKind.BIRTHDAY, 11, 26, None, True, 3))
    assert [i.kind.value for i in due_list(session, date(2026, 11, 22)).items] == []
    items = due_list(session, date(2026, 11, 23)).items
    assert [(i.kind.value, i.due) for i in items] == [("key_date", date(2026, 11, 26))]


def test_snoozed_followup_leaves_the_list_until_its_new_day(session: Session, cid: str) -> None:
    day = date(2026, 12, 1)
    assert [i.customer_id for i in due_list(session, day).items] == [cid]
    snooze_followup(session, cid, date(2026, 12, 3))
    assert due_list(session, day).items == ()
    assert [i.customer_id for i in due_list(session, date(2026, 12, 3)).items] == [cid]
    assert customer(session, cid)["grade"] == "B"
