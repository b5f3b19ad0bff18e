"""Cleaning rows: names, phones, e-mails, dates, vocabularies, tags, match keys."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crmdesk.exchange.dates import read_birthday, read_date
from crmdesk.exchange.model import NO_NAME, Cell, CleanRow, SourceRow
from crmdesk.exchange.normalise import clean_row, name_company_key
from crmdesk.exchange.phones import read_phones
from crmdesk.exchange.vocab import (
    read_grade,
    read_importance,
    read_need,
    read_relationship,
    read_size,
    read_source,
)
from tests.exchange.helpers import TODAY


def _clean(values: dict[str, Cell], region: str = "CN") -> CleanRow:
    row = SourceRow(7, list(values.values()))
    return clean_row(row, dict(enumerate(values)), region=region, today=TODAY)


# --- names and kind -----------------------------------------------------------------------


def test_no_name_no_company_is_rejected() -> None:
    row = _clean({"phone": "13912345678", "city": "上海"})
    assert row.error is not None
    assert (row.error.row, row.error.code, row.error.message) == (7, "name.missing", NO_NAME)
    assert row.customer == {}
    assert not row.valid


def test_bad_name_is_rejected() -> None:
    row = _clean({"name": "x" * 300})
    assert row.error is not None
    assert row.error.code == "name.invalid"


def test_company_only_is_a_company() -> None:
    row = _clean({"company": " 星河  贸易 ", "phone": 13912345678})
    assert row.customer == {
        "name": "星河 贸易",
        "company": "星河 贸易",
        "kind": "company",
        "phone": "+8613912345678",
    }
    assert row.contacts == []
    assert row.keys.name_company == "星河贸易|"


@pytest.mark.parametrize(
    ("name", "kind"),
    [("张伟", "person"), ("上海星河贸易有限公司", "company"), ("Acme Ltd.", "company")],
)
def test_kind_from_the_name(name: str, kind: str) -> None:
    assert _clean({"name": name}).customer["kind"] == kind


def test_kind_column_wins() -> None:
    row = _clean({"name": "星河贸易有限公司", "kind": "个人"})
    assert row.customer["kind"] == "person"


def test_person_with_contact_fields_gets_a_contact_of_the_same_name() -> None:
    row = _clean({"name": "张伟", "contact_wechat": "zw_88", "contact_title": "经理"})
    assert row.customer["kind"] == "person"
    assert row.contacts == [
        {"name": "张伟", "phones": "", "title": "经理", "wechat": "zw_88", "is_primary": 1}
    ]


def test_contact_keeps_its_own_phone() -> None:
    row = _clean({"company": "星河", "contact_name": "张伟", "phone": "010-65529988",
                  "contact_phone": "13912345678"})  # fmt: skip
    assert row.customer["phone"] == "+861065529988"
    assert row.contacts[0]["phones"] == "+8613912345678"
    assert set(row.keys.phones) == {"+861065529988", "+8613912345678"}


def test_name_company_key() -> None:
    assert name_company_key("星河 贸易", "星河贸易") == "星河贸易|"
    assert name_company_key("Zhang Wei", "ACME Ltd") == "zhangwei|acmeltd"
    assert name_company_key("张伟", None) == "张伟|"


# --- phones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (13912345678, ["+8613912345678"]),
        (13912345678.0, ["+8613912345678"]),
        ("13912345678.0", ["+8613912345678"]),
        ("139-1234-5678", ["+8613912345678"]),
        ("+86 139 1234 5678", ["+8613912345678"]),
        ("0086 13912345678", ["+8613912345678"]),
        ("１３９１２３４５６７８", ["+8613912345678"]),
        ("010-65529988", ["+861065529988"]),
        ("13912345678 / 13800138000", ["+8613912345678", "+8613800138000"]),
        ("13912345678，13912345678", ["+8613912345678"]),
        ("+1 415 555 2671", ["+14155552671"]),
    ],
)
def test_phones(cell: Cell, expected: list[str]) -> None:
    assert read_phones(cell, "CN") == (expected, [])


@pytest.mark.parametrize("cell", ["1.39123E+10", "12345", "abc", "13912345678.5"])
def test_not_phones(cell: Cell) -> None:
    assert read_phones(cell, "CN")[0] == []


def test_us_region() -> None:
    assert read_phones("(415) 555-2671", "US") == (["+14155552671"], [])


def test_bad_phone_is_kept_in_notes_with_a_warning() -> None:
    row = _clean({"name": "张伟", "phone": "1.39123E+10", "notes": "老客户"})
    assert "phone" not in row.customer
    assert row.customer["notes"] == "老客户\nTel: 1.39123E+10"
    (warning,) = row.warnings
    assert (warning.row, warning.field, warning.code) == (7, "phone", "phone.invalid")
    assert warning.to_json() == {"row": 7, "reason": f"phone: {warning.message}"}


def test_phone_extension_is_kept_in_notes_without_warning() -> None:
    row = _clean({"name": "张伟", "phone": "010-65529988转123"})
    assert row.customer["phone"] == "+861065529988"
    assert row.customer["notes"] == "Tel: 010-65529988转123"
    assert row.warnings == []


# --- e-mail -------------------------------------------------------------------------------


def test_email() -> None:
    row = _clean({"name": "A", "email": "Zhang.Wei@XingHe.CN; second@example.com"})
    assert row.customer["email"] == "Zhang.Wei@xinghe.cn"
    assert row.customer["notes"] == "E-mail: second@example.com"
    assert row.keys.emails == ("zhang.wei@xinghe.cn", "second@example.com")


@pytest.mark.parametrize("cell", ["bad@", "no-at.example.com", "a@b"])
def test_bad_email(cell: str) -> None:
    row = _clean({"name": "A", "email": cell})
    assert "email" not in row.customer
    assert [w.code for w in row.warnings] == ["email.invalid"]


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2024/3/5", date(2024, 3, 5)),
        ("2024-03-05", date(2024, 3, 5)),
        ("2024.3.5", date(2024, 3, 5)),
        ("2024年3月5日", date(2024, 3, 5)),
        ("２０２４年３月５日", date(2024, 3, 5)),
        ("2024-03-05 14:30:00", date(2024, 3, 5)),
        ("2024-03-05T14:30", date(2024, 3, 5)),
        ("20240305", date(2024, 3, 5)),
        ("3/5/2024", date(2024, 3, 5)),  # month first: the US Excel default
        ("25/3/2024", date(2024, 3, 25)),  # a first part above 12 is the day
        ("3/5/24", date(2024, 3, 5)),
        ("March 5, 2024", date(2024, 3, 5)),
        ("5 Mar 2024", date(2024, 3, 5)),
        (45356, date(2024, 3, 5)),
        (45356.75, date(2024, 3, 5)),
        ("45356", date(2024, 3, 5)),
        (datetime(2024, 3, 5, 9, 0), date(2024, 3, 5)),
        (date(2024, 3, 5), date(2024, 3, 5)),
    ],
)
def test_read_date(cell: Cell, expected: date) -> None:
    assert read_date(cell, today=TODAY) == expected


def test_day_first_regions() -> None:
    assert read_date("3/5/2024", day_first=True) == date(2024, 5, 3)
    row = _clean({"name": "A", "last_followup_on": "3/5/2024"}, region="GB")
    assert row.customer["last_followup_on"] == "2024-05-03"


@pytest.mark.parametrize(
    "cell", ["2024/13/5", "2024-02-30", "明天", "2024", 12, 1e300, float("nan"), "1800-01-01"]
)
def test_not_dates(cell: Cell) -> None:
    assert read_date(cell) is None


def test_bad_date_is_left_empty_with_a_warning() -> None:
    row = _clean({"name": "A", "last_followup_on": "上周", "next_followup_on": "2024/3/5"})
    assert "last_followup_on" not in row.customer
    assert row.customer["manual_next_on"] == "2024-03-05"
    assert [(w.field, w.code, w.value) for w in row.warnings] == [
        ("last_followup_on", "date.invalid", "上周")
    ]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("--0415", (4, 15, None)),
        ("--04-15", (4, 15, None)),
        ("4月15日", (4, 15, None)),
        ("04-15", (4, 15, None)),
        ("19900415", (4, 15, 1990)),
        ("1990-04-15", (4, 15, 1990)),
        ("--0229", (2, 29, None)),
        (date(1990, 4, 15), (4, 15, 1990)),
    ],
)
def test_read_birthday(cell: Cell, expected: tuple[int, int, int | None]) -> None:
    assert read_birthday(cell, today=TODAY) == expected


@pytest.mark.parametrize("cell", ["--1332", "2030-01-01", "生日"])
def test_not_birthdays(cell: Cell) -> None:
    assert read_birthday(cell, today=TODAY) is None


# --- vocabularies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "grade"),
    [("A", "A"), ("a", "A"), ("A类", "A"), ("B级", "B"), ("Ｃ", "C"), ("D类客户", "D"),
     ("Grade E", "E"), ("F", None), ("AB", None), ("优秀", None)],
)  # fmt: skip
def test_grades(text: str, grade: str | None) -> None:
    assert read_grade(text) == grade


@pytest.mark.parametrize(
    ("text", "value"),
    [("潜在", "potential"), ("潜在客户", "potential"), ("意向", "intent"), ("成交", "existing"),
     ("已成交", "existing"), ("流失", "churned"), ("Churned", "churned"), ("Prospect", "potential"),
     ("随便", None)],
)  # fmt: skip
def test_relationship(text: str, value: str | None) -> None:
    assert read_relationship(text) == value


def test_importance_and_need() -> None:
    assert [read_importance(t) for t in ("重点", "普通", "VIP", "?")] == [
        "key", "normal", "key", None,
    ]  # fmt: skip
    assert [read_need(t) for t in ("当前需求", "未来需求", "无需求", "Future")] == [
        "current", "future", "none", "future",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source"),
    [("展会", "trade_show"), ("转介绍", "referral"), ("老客户转介绍", "referral"),
     ("网络广告", "web_ad"), ("电话", "phone"), ("上门", "walk_in"), ("Walk-in", "walk_in"),
     ("Trade show", "trade_show"), ("其他", "other"), ("天上掉下来", None)],
)  # fmt: skip
def test_sources(text: str, source: str | None) -> None:
    assert read_source(text) == source


@pytest.mark.parametrize(
    ("text", "size"),
    [("50-100人", "medium"), ("500人以上", "large"), ("少于50人", "small"), ("大型", "large"),
     ("中型企业", "medium"), ("medium", "medium"), ("Small", "small"), ("10-49", "small"),
     ("1000+", "large"), ("500-1000人", "large"), ("1-50人", "small"), ("50人以下", "small"),
     ("200", "medium"), ("1万人以上", "large"), ("1,200 employees", "large"), ("很多", None)],
)  # fmt: skip
def test_sizes(text: str, size: str | None) -> None:
    assert read_size(text) == size


def test_unknown_choice_is_left_empty_with_a_warning() -> None:
    row = _clean({"name": "A", "relationship": "随便", "size_bucket": "很多", "source": "展会"})
    assert row.customer["source"] == "trade_show"
    assert "relationship" not in row.customer
    codes = [(w.field, w.code) for w in row.warnings]
    assert codes == [("relationship", "value.unknown"), ("size_bucket", "size.invalid")]


# --- tags ---------------------------------------------------------------------------------


def test_tags_split_and_deduplicated() -> None:
    row = _clean({"name": "A", "tags": "展会，重点;VIP、华东 vip  重点"})
    assert row.tags == ["展会", "重点", "VIP", "华东"]
    assert row.customer["tags"] == "展会 重点 VIP 华东"


def test_cells_beyond_the_row_and_blank_cells_are_ignored() -> None:
    row = clean_row(SourceRow(2, ["A", ""]), {0: "name", 1: "email", 5: "city"}, today=TODAY)
    assert row.customer == {"name": "A", "kind": "person"}
    assert row.warnings == []
