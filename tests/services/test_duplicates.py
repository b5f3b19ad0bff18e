"""The duplicate finder: exact keys, similar names within blocks, scores, and its limits."""

from __future__ import annotations

import pytest

from crmdesk.services import duplicates
from crmdesk.services.customers import add_contact, create_customer, delete_customer
from crmdesk.services.demo import fill_demo
from crmdesk.services.duplicates import core_name, find_duplicates
from crmdesk.services.session import Session


def _new(session: Session, **fields: str) -> str:
    return create_customer(session, fields).created_id or ""


def _group_of(session: Session, customer_id: str) -> duplicates.DuplicateGroup | None:
    found = [g for g in find_duplicates(session) if customer_id in g.ids]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.mark.parametrize(
    ("name", "city", "core"),
    [
        ("上海华信科技有限公司", None, "华信科技"),
        ("华信科技", None, "华信科技"),
        ("华信科技（上海）有限公司", None, "华信科技"),
        ("广东省深圳市恒通贸易股份有限公司", None, "恒通贸易"),
        ("苏州鼎盛机械集团有限公司", "苏州", "鼎盛机械"),
        ("Acme Trading Ltd", None, "acmetrading"),
        ("ACME Trading Co.", None, "acmetrading"),
        ("Acme Trading Co., Ltd.", None, "acmetrading"),
        ("Ｓｔａｒｋ　Foods GmbH", None, "starkfoods"),
        ("上海", "上海", "上海"),  # never stripped to nothing
    ],
)
def test_core_names(name: str, city: str | None, core: str) -> None:
    assert core_name(name, city) == core


def test_same_phone_in_any_notation_and_through_a_contact(session: Session) -> None:
    first = _new(session, name="星河贸易", phone="138 0013 8000")
    second = _new(session, name="王小明", kind="person", phone="+86 138-0013-8000")
    third = _new(session, name="Lee & Co", kind="person")
    add_contact(session, third, {"name": "Lee", "phones": "+8613800138000"})
    group = _group_of(session, first)
    assert group is not None
    assert set(group.ids) == {first, second, third}
    assert group.score == 95
    assert [(r.kind, r.detail) for r in group.reasons] == [("phone", "+8613800138000")]
    assert group.members[0].id == first  # the oldest first: the suggested survivor


def test_same_email_any_case(session: Session) -> None:
    first = _new(session, name="Anna", kind="person", email="Anna@Example.com")
    second = _new(session, name="Anna Berg", kind="person")
    add_contact(session, second, {"name": "Anna", "email": "anna@example.com"})
    group = _group_of(session, first)
    assert group is not None
    assert set(group.ids) == {first, second}
    assert group.score == 90


def test_similar_firm_names_match_across_prefixes_and_suffixes(session: Session) -> None:
    a = _new(session, name="上海华信科技有限公司", city="上海")
    b = _new(session, name="华信科技", city="上海")
    c = _new(session, name="Acme Trading Ltd")
    d = _new(session, name="ACME Trading Co.")
    e = _new(session, name="Acme Tradng Limited")  # a typo
    _new(session, name="华信电子有限公司", city="上海")  # same brand, another trade
    group = _group_of(session, a)
    assert group is not None
    assert set(group.ids) == {a, b}
    assert group.score == 80
    english = _group_of(session, c)
    assert english is not None
    assert set(english.ids) == {c, d, e}
    assert english.score == round(80 * 20 / 21)  # the typo's similarity decides


def test_similar_firms_in_different_cities_are_not_duplicates(session: Session) -> None:
    shanghai = _new(session, name="上海华信科技有限公司", city="上海")
    _new(session, name="北京华信科技有限公司", city="北京")
    assert _group_of(session, shanghai) is None


def test_name_and_company_key_and_extra_evidence_raise_the_score(session: Session) -> None:
    a = _new(session, name="张伟", kind="person", company="华信科技", email="zw@huaxin.cn")
    b = _new(session, name="张 伟", kind="person", company="华信科技", email="ZW@huaxin.cn")
    group = _group_of(session, a)
    assert group is not None
    assert set(group.ids) == {a, b}
    assert group.score == 95  # e-mail 90 + 5 for the name
    assert {r.kind for r in group.reasons} == {"email", "name"}


def test_people_of_the_same_name_need_the_same_city(session: Session) -> None:
    a = _new(session, name="王芳", kind="person", city="杭州")
    b = _new(session, name="王芳", kind="person", city="杭州")
    _new(session, name="王芳", kind="person", city="成都")
    _new(session, name="李娜", kind="person")
    _new(session, name="李娜", kind="person")  # no city at all: too weak
    groups = find_duplicates(session)
    assert [set(g.ids) for g in groups] == [{a, b}]
    assert groups[0].score == duplicates.WEIGHTS["person"]
    assert find_duplicates(session, min_score=60) == []


def test_deleted_customers_and_shared_switchboards_are_left_out(session: Session) -> None:
    a = _new(session, name="Globex", phone="+14165550100")
    b = _new(session, name="Initech", phone="+14165550100")
    delete_customer(session, b)
    assert _group_of(session, a) is None
    for n in range(duplicates.MAX_KEY_MEMBERS + 1):
        _new(session, name=f"Firm {n:03d} Umbrella", email="info@example.com")
    assert find_duplicates(session) == []


def test_groups_are_sorted_by_score_and_limited(session: Session) -> None:
    _new(session, name="A1", kind="person", email="a@example.com")
    _new(session, name="A2", kind="person", email="a@example.com")
    _new(session, name="B1", kind="person", phone="13800138000")
    _new(session, name="B2", kind="person", phone="13800138000")
    groups = find_duplicates(session)
    assert [g.score for g in groups] == [95, 90]
    assert len(find_duplicates(session, limit=1)) == 1


def test_names_are_compared_in_blocks_not_pairwise(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A guard against pairwise blow-ups that does not depend on the machine's speed: at 2,000
    demo customers the fuzzy name comparison runs a few thousand times (3,558 when written),
    where comparing every pair of names would be 2,000,000."""
    fill_demo(session, customers=2000, seed=3)
    compared = [0]
    ratio = duplicates._ratio

    def counted(*args: object) -> float:
        compared[0] += 1
        return ratio(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(duplicates, "_ratio", counted)
    groups = find_duplicates(session)
    assert groups
    assert all(2 <= len(g.members) <= max(duplicates.MAX_GROUP, duplicates.MAX_KEY_MEMBERS)
               for g in groups)  # fmt: skip
    assert 0 < compared[0] < 5 * 2000


def test_the_search_reports_its_steps_and_stops_when_cancelled(session: Session) -> None:
    _new(session, name="华信科技", phone="13800138000")
    _new(session, name="华信科技有限公司", phone="+86 138 0013 8000")
    steps: list[tuple[int, int]] = []
    assert find_duplicates(session, progress=lambda *step: steps.append(step))
    assert steps == [(n, duplicates.SEARCH_STEPS) for n in range(1, duplicates.SEARCH_STEPS)]
    steps.clear()
    with pytest.raises(duplicates.SearchCancelled):
        find_duplicates(
            session, progress=lambda *step: steps.append(step), cancelled=lambda: len(steps) >= 2
        )
    assert len(steps) == 2  # stopped at the second step, not at the end
