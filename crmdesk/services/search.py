"""Search use case: ranked, paged customer hits for what the user typed."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.data import queries
from crmdesk.data.search import search_ids
from crmdesk.domain.enums import Grade
from crmdesk.services.session import Session


@dataclass(frozen=True)
class CustomerHit:
    id: str
    name: str
    company: str | None
    grade: Grade
    phone: str | None
    city: str | None


def search_customers(
    session: Session, text: str, *, limit: int = 50, offset: int = 0
) -> list[CustomerHit]:
    rids = search_ids(session.store, text, limit=limit, offset=offset)
    return [
        CustomerHit(
            id=row["id"],
            name=row["name"],
            company=row["company"],
            grade=Grade(row["grade"]),
            phone=row["phone"],
            city=row["city"],
        )
        for row in queries.customers_by_rid(session.store, rids)
    ]
