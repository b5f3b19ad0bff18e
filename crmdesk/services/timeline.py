"""Adding to a customer's history: notes, feedback, orders, opportunities, key dates.

Each is one transaction; orders and opportunities also leave a timeline entry pointing at them,
so that the timeline is the one place where everything that happened shows up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crmdesk.data.writer import Tx, utc_text
from crmdesk.domain.enums import EntryKind, OpportunityStage
from crmdesk.domain.validation import (
    clean_amount,
    clean_name,
    clean_probability,
    clean_satisfaction,
)
from crmdesk.services.session import Changes, Session


@dataclass(frozen=True)
class Order:
    ordered_on: date
    product: str
    quantity: Decimal = Decimal(1)
    unit_price: Decimal | None = None
    specification: str = ""
    currency: str = "CNY"


@dataclass(frozen=True)
class NewOpportunity:
    title: str
    stage: OpportunityStage = OpportunityStage.LEAD
    amount: Decimal | None = None
    currency: str = "CNY"
    expected_close_on: date | None = None
    probability: int | None = None


def add_note(session: Session, customer_id: str, text: str, at: datetime | None = None) -> Changes:
    with session.writer().transaction() as tx:
        entry_id = _entry(tx, customer_id, EntryKind.NOTE, at or session.now(), content=text)
    return _timeline_changed(customer_id, entry_id)


def add_feedback(
    session: Session,
    customer_id: str,
    *,
    satisfaction: int,
    text: str = "",
    complaint: bool = False,
    resolution: str = "",
) -> Changes:
    fields = {
        "satisfaction": clean_satisfaction(satisfaction),
        "complaint": int(complaint),
        "resolution": resolution,
    }
    with session.writer().transaction() as tx:
        entry_id = _entry(
            tx, customer_id, EntryKind.FEEDBACK, session.now(), content=text, **fields
        )
    return _timeline_changed(customer_id, entry_id)


def add_order(session: Session, customer_id: str, order: Order) -> Changes:
    quantity = clean_amount(order.quantity, "quantity")
    price = clean_amount(order.unit_price, "unit_price") if order.unit_price is not None else None
    amount = (quantity * price).quantize(Decimal("0.01")) if price is not None else None
    values = {
        "customer_id": customer_id,
        "ordered_on": order.ordered_on.isoformat(),
        "product": clean_name(order.product, "product"),
        "specification": order.specification,
        "quantity": str(quantity),
        "unit_price": None if price is None else str(price),
        "amount": None if amount is None else str(amount),
        "currency": order.currency,
    }
    with session.writer().transaction() as tx:
        tx.fetch("customer", customer_id)
        order_id = tx.insert("sale_order", values)
        summary = f"{values['product']} × {quantity}"
        _entry(tx, customer_id, EntryKind.ORDER, session.now(), content=summary, ref_id=order_id)
    return _timeline_changed(customer_id, order_id)


def add_opportunity(session: Session, customer_id: str, opp: NewOpportunity) -> Changes:
    values = {
        "customer_id": customer_id,
        "title": clean_name(opp.title, "title"),
        "stage": opp.stage.value,
        "amount": None if opp.amount is None else str(clean_amount(opp.amount)),
        "currency": opp.currency,
        "expected_close_on": opp.expected_close_on.isoformat() if opp.expected_close_on else None,
        "probability": None if opp.probability is None else clean_probability(opp.probability),
    }
    with session.writer().transaction() as tx:
        tx.fetch("customer", customer_id)
        opp_id = tx.insert("opportunity", values)
        _entry(
            tx,
            customer_id,
            EntryKind.OPPORTUNITY,
            session.now(),
            content=values["title"],
            ref_id=opp_id,
        )
    return _timeline_changed(customer_id, opp_id)


def _entry(tx: Tx, customer_id: str, kind: EntryKind, at: datetime, **fields: Any) -> str:
    return tx.insert(
        "timeline_entry",
        {"customer_id": customer_id, "kind": kind.value, "occurred_at": utc_text(at), **fields},
    )


def _timeline_changed(customer_id: str, created_id: str) -> Changes:
    return Changes(
        customers=frozenset({customer_id}),
        timeline=frozenset({customer_id}),
        created_id=created_id,
    )
