"""Saved views keep the whole list query and can be replaced and deleted."""

from __future__ import annotations

from crmdesk.domain.enums import Grade, Importance, RelationshipStatus
from crmdesk.services.customer_list import ListQuery
from crmdesk.services.session import Session
from crmdesk.services.views import delete_view, list_views, save_view


def test_view_round_trip_replace_and_delete(session: Session) -> None:
    query = ListQuery(
        text="上海",
        grades=frozenset({Grade.B, Grade.C}),
        relationships=frozenset({RelationshipStatus.INTENT}),
        importance=Importance.KEY,
        tag="VIP",
        overdue_only=True,
        sort="next_due_on",
        descending=True,
    )
    save_view(session, " Shanghai, B and C ", query)
    [view] = list_views(session)
    assert (view.name, view.query) == ("Shanghai, B and C", query)
    save_view(session, "Shanghai, B and C", ListQuery(text="北京"))
    [view] = list_views(session)
    assert view.query == ListQuery(text="北京")
    delete_view(session, view.id)
    assert list_views(session) == []
    save_view(session, "Shanghai, B and C", query)  # a deleted name can be used again
    assert [v.query for v in list_views(session)] == [query]
