"""Saved views: a named customer-list query ("VIP", "A overdue", "Shanghai, B and C")."""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.validation import clean_name
from crmdesk.services.customer_list import ListQuery
from crmdesk.services.session import Changes, Session


@dataclass(frozen=True)
class SavedView:
    id: str
    name: str
    query: ListQuery


def list_views(session: Session) -> list[SavedView]:
    rows = session.store.db.execute_sql(
        "SELECT id, name, definition FROM saved_view WHERE deleted_at IS NULL ORDER BY name"
    )
    return [SavedView(id=i, name=n, query=ListQuery.from_json(d)) for i, n, d in rows]


def save_view(session: Session, name: str, query: ListQuery) -> Changes:
    """Create the view, or replace the query of the view with that name."""
    name = clean_name(name, "view_name")
    with session.writer().transaction() as tx:
        row = tx.execute("SELECT id, deleted_at FROM saved_view WHERE name = ?", (name,)).fetchone()
        if row is None:
            view_id = tx.insert("saved_view", {"name": name, "definition": query.to_json()})
        else:
            view_id = row[0]
            if row[1] is not None:
                tx.restore("saved_view", view_id)
            tx.update("saved_view", view_id, {"definition": query.to_json()})
    return Changes(settings=True, created_id=view_id)


def delete_view(session: Session, view_id: str) -> Changes:
    with session.writer().transaction() as tx:
        tx.soft_delete("saved_view", view_id)
    return Changes(settings=True)
