"""Reading one customer: detail (fields, contacts, key dates, tags) and the timeline."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from crmdesk.data import queries
from crmdesk.domain.enums import EntryKind
from crmdesk.services.session import Session

_KINDS = {kind.value: kind for kind in EntryKind}


@dataclass(frozen=True)
class CustomerDetail:
    fields: dict[str, Any]
    contacts: list[dict[str, Any]]
    key_dates: list[dict[str, Any]]
    opportunities: list[dict[str, Any]]
    orders: list[dict[str, Any]]
    tags: list[str]

    @property
    def id(self) -> str:
        return str(self.fields["id"])

    @property
    def deleted(self) -> bool:
        return self.fields.get("deleted_at") is not None


@dataclass(frozen=True)
class TimelineItem:
    id: str
    kind: EntryKind
    occurred_at: str
    method: str | None
    content: str | None
    outcome: str | None
    next_step: str | None
    satisfaction: int | None
    complaint: bool
    resolution: str | None
    old_value: str | None
    new_value: str | None


def customer_detail(session: Session, customer_id: str) -> CustomerDetail | None:
    store = session.store
    row = queries.customer_row(store, customer_id)
    if row is None:
        return None
    return CustomerDetail(
        fields=row,
        contacts=queries.children(store, "contact", customer_id, "is_primary DESC, rid"),
        key_dates=queries.children(store, "key_date", customer_id, "month, day"),
        opportunities=queries.children(store, "opportunity", customer_id, "expected_close_on"),
        orders=queries.children(store, "sale_order", customer_id, "ordered_on DESC"),
        tags=queries.tag_names(store, customer_id),
    )


def customer_fields(session: Session, customer_id: str) -> dict[str, Any] | None:
    """The customer's own columns only (a header line), without contacts, dates and orders."""
    return queries.customer_row(session.store, customer_id)


def timeline(session: Session, customer_id: str, limit: int = 2000) -> list[TimelineItem]:
    """The customer's history, newest first (at most *limit* entries)."""
    return [_timeline_item(row) for row in queries.timeline_rows(session.store, customer_id, limit)]


def _timeline_item(row: tuple[Any, ...]) -> TimelineItem:
    (entry_id, kind, occurred_at, method, content, outcome, next_step, satisfaction, complaint,
     resolution, old_value, new_value) = row  # queries.TIMELINE_COLUMNS  # fmt: skip
    return TimelineItem(
        entry_id, _KINDS.get(kind) or EntryKind(kind), occurred_at, method, content, outcome,
        next_step, satisfaction, bool(complaint), resolution, old_value, new_value,
    )  # fmt: skip


# the rows' columns and TimelineItem's fields are in the same order
assert tuple(f.name for f in fields(TimelineItem)) == queries.TIMELINE_COLUMNS
