"""The customer list's ids: search, filters and every sort, as the list pane asks for them."""

from __future__ import annotations

import pytest

from crmdesk.domain.enums import Grade
from crmdesk.services.customer_list import RELEVANCE, SORTABLE, ListQuery, list_ids, rows
from crmdesk.services.customers import create_customer, delete_customer
from crmdesk.services.session import Session

PEOPLE = [  # name, company, grade, phone, tags
    ("华信科技", None, "A", "+8613900000003", ["VIP"]),
    ("张华", "远航物流", "B", None, []),
    ("Harbor Trading", None, "A", "+8613900000001", ["展会", "VIP"]),
    ("Li Hua", "Northwind", "C", "+8613900000002", []),
    ("星河贸易", None, "A", None, ["VIP"]),
]


@pytest.fixture
def names(session: Session) -> dict[str, str]:
    ids = {}
    for name, company, grade, phone, tags in PEOPLE:
        fields = {"name": name, "company": company, "grade": grade, "phone": phone}
        ids[name] = create_customer(session, fields, tags).created_id or ""
    return ids


def _names(session: Session, query: ListQuery) -> list[str]:
    return [row.name for row in rows(session, list_ids(session, query))]


@pytest.mark.usefixtures("names")
def test_search_sorted_by_a_column_keeps_that_order(session: Session) -> None:
    assert _names(session, ListQuery(text="华", sort="name")) == ["华信科技", "张华"]
    assert _names(session, ListQuery(text="hua", sort="name", descending=True)) == [
        "Li Hua"
    ]  # 3 letters match anywhere; the Chinese 华 is another character


@pytest.mark.usefixtures("names")
def test_relevance_puts_names_starting_with_the_query_first(session: Session) -> None:
    found = _names(session, ListQuery(text="华", sort=RELEVANCE))
    assert found == ["华信科技", "张华"]
    assert _names(session, ListQuery(text="h", sort=RELEVANCE)) == ["Harbor Trading", "Li Hua"]


def test_filters_apply_to_searches_in_every_order(session: Session, names: dict[str, str]) -> None:
    a_only = frozenset({Grade.A})
    for sort in (RELEVANCE, "name", "phone"):
        assert _names(session, ListQuery(text="h", grades=a_only, sort=sort)) == ["Harbor Trading"]
    delete_customer(session, names["Harbor Trading"])
    for sort in (RELEVANCE, "name"):
        assert _names(session, ListQuery(text="h", sort=sort)) == ["Li Hua"]
        assert _names(session, ListQuery(text="h", grades=a_only, sort=sort)) == []


@pytest.mark.usefixtures("names")
@pytest.mark.parametrize("sort", SORTABLE)
def test_every_column_sorts_both_ways_with_empty_values_last(session: Session, sort: str) -> None:
    up = rows(session, list_ids(session, ListQuery(sort=sort)))
    down = rows(session, list_ids(session, ListQuery(sort=sort, descending=True)))
    values = [getattr(row, sort) for row in up]
    present = [v for v in values if v not in (None, "")]
    assert present == sorted(present, key=str)
    assert values[len(present) :] == [v for v in values if v in (None, "")]
    assert {row.id for row in down} == {row.id for row in up}
    assert [getattr(row, sort) for row in down if getattr(row, sort) not in (None, "")] == list(
        reversed(present)
    )


@pytest.mark.parametrize("sort", SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_every_column_sorts_on_an_index(session: Session, sort: str, descending: bool) -> None:
    from crmdesk.data.customer_list import _order

    order = _order(sort, descending)
    sql = f"SELECT c.rid FROM customer c WHERE c.deleted_at IS NULL ORDER BY {order}"
    plan = " | ".join(
        str(row[-1]) for row in session.store.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}")
    )
    assert "USING INDEX" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


@pytest.mark.usefixtures("names")
@pytest.mark.parametrize("sort", SORTABLE)
def test_many_hits_walk_the_sort_index_with_the_same_result(
    session: Session, sort: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crmdesk.data.customer_list as data_list

    grades = frozenset({Grade.A, Grade.C})
    queries = [
        ListQuery(text=t, sort=sort, grades=g) for t in ("h", "华") for g in (frozenset(), grades)
    ]
    few = [list_ids(session, q) for q in queries]
    monkeypatch.setattr(data_list, "WALK_INDEX_FROM", 1)  # every search takes the index walk
    assert [list_ids(session, q) for q in queries] == few
    assert set(data_list.SORT_INDEX) == set(SORTABLE)
