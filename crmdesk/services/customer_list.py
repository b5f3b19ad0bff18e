"""The customer list: what to show (a query), the ordered ids, and rows by page.

    query = ListQuery(text="张", grades=frozenset({Grade.A}), sort="next_due_on")
    rids = list_ids(session, query)          # ints only, even for 100,000 customers
    page = rows(session, rids[:100])         # CustomerRow values for what is on screen

A ListQuery is also what a saved view stores (to_json / from_json).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from crmdesk.data import queries
from crmdesk.data.customer_list import RELEVANCE, SORTABLE, ListFilter, list_rids
from crmdesk.domain.enums import Grade, Importance, RelationshipStatus
from crmdesk.services.session import Session

__all__ = ["RELEVANCE", "SORTABLE", "CustomerRow", "ListQuery", "list_ids", "rows"]


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    grades: frozenset[Grade] = field(default_factory=frozenset)
    relationships: frozenset[RelationshipStatus] = field(default_factory=frozenset)
    importance: Importance | None = None
    tag: str | None = None
    overdue_only: bool = False
    sort: str = "name"
    descending: bool = False

    def with_text(self, text: str) -> ListQuery:
        return replace(self, text=text)

    def to_json(self) -> str:
        return json.dumps(
            {
                "text": self.text,
                "grades": sorted(g.value for g in self.grades),
                "relationships": sorted(r.value for r in self.relationships),
                "importance": self.importance.value if self.importance else None,
                "tag": self.tag,
                "overdue_only": self.overdue_only,
                "sort": self.sort,
                "descending": self.descending,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> ListQuery:
        data: dict[str, Any] = json.loads(text)
        sort = data.get("sort", "name")
        return cls(
            text=str(data.get("text", "")),
            grades=frozenset(Grade(g) for g in data.get("grades", [])),
            relationships=frozenset(RelationshipStatus(r) for r in data.get("relationships", [])),
            importance=Importance(data["importance"]) if data.get("importance") else None,
            tag=data.get("tag") or None,
            overdue_only=bool(data.get("overdue_only", False)),
            sort=sort if sort in (*SORTABLE, RELEVANCE) else "name",
            descending=bool(data.get("descending", False)),
        )


@dataclass(frozen=True)
class CustomerRow:
    rid: int
    id: str
    name: str
    company: str | None
    grade: Grade
    phone: str | None
    city: str | None
    relationship: RelationshipStatus
    importance: Importance
    last_followup_on: str | None
    next_due_on: str | None
    tags: str


def list_ids(session: Session, query: ListQuery) -> list[int]:
    flt = ListFilter(
        text=query.text,
        grades=sorted(g.value for g in query.grades),
        relationships=sorted(r.value for r in query.relationships),
        importance=query.importance.value if query.importance else None,
        tag=query.tag,
        overdue_before=session.today().isoformat() if query.overdue_only else None,
    )
    return list_rids(session.store, flt, sort=query.sort, descending=query.descending)


def rows(session: Session, rids: list[int]) -> list[CustomerRow]:
    """Rows for *rids* in the same order (missing ones, e.g. just deleted, are left out)."""
    return [
        CustomerRow(
            rid=row["rid"],
            id=row["id"],
            name=row["name"],
            company=row["company"],
            grade=Grade(row["grade"]),
            phone=row["phone"],
            city=row["city"],
            relationship=RelationshipStatus(row["relationship"]),
            importance=Importance(row["importance"]),
            last_followup_on=row["last_followup_on"],
            next_due_on=row["next_due_on"],
            tags=row["tags"],
        )
        for row in queries.customers_by_rid(session.store, rids)
    ]


def all_tags(session: Session) -> list[str]:
    return queries.all_tag_names(session.store)
