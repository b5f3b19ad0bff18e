"""Search use case: ranked, paged customer rows for what the user typed."""

from __future__ import annotations

from crmdesk.data.search import search_ids
from crmdesk.services.customer_list import CustomerRow, rows
from crmdesk.services.session import Session

CustomerHit = CustomerRow  # a hit is a list row: the same fields, best match first


def search_customers(
    session: Session, text: str, *, limit: int = 50, offset: int = 0
) -> list[CustomerHit]:
    return rows(session, search_ids(session.store, text, limit=limit, offset=offset))
