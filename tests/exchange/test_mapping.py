"""Guessing the column mapping from Chinese and English headers."""

from __future__ import annotations

import pytest

from crmdesk.exchange.mapping import TARGET_FIELDS, guess_mapping, header_key
from crmdesk.exchange.model import EXTRA_FIELDS


def test_targets_include_the_extra_fields() -> None:
    assert set(EXTRA_FIELDS) <= set(TARGET_FIELDS)
    assert "manual_next_on" not in TARGET_FIELDS
    assert "next_due_on" not in TARGET_FIELDS


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("客户名称", "name"),
        ("公司名称", "company"),
        ("单位", "company"),
        ("Company", "company"),
        ("手机", "phone"),
        ("手机号", "phone"),
        ("联系电话", "phone"),
        ("Mobile", "phone"),
        ("Tel", "phone"),
        ("邮箱", "email"),
        ("电子邮件", "email"),
        ("E-mail", "email"),
        ("e mail", "email"),
        ("ＥＭＡＩＬ", "email"),
        ("地址", "address"),
        ("所在城市", "city"),
        ("City", "city"),
        ("行业", "industry"),
        ("公司规模", "size_bucket"),
        ("规模", "size_bucket"),
        ("客户等级", "grade"),
        ("级别", "grade"),
        ("Grade", "grade"),
        ("客户状态", "relationship"),
        ("Status", "relationship"),
        ("客户来源", "source"),
        ("Source", "source"),
        ("最近跟进", "last_followup_on"),
        ("上次拜访", "last_followup_on"),
        ("最后联系", "last_followup_on"),
        ("Last contact", "last_followup_on"),
        ("下次跟进", "next_followup_on"),
        ("Next follow-up", "next_followup_on"),
        ("生日", "birthday"),
        ("Birthday", "birthday"),
        ("标签", "tags"),
        ("Tags", "tags"),
        ("微信", "contact_wechat"),
        ("WeChat", "contact_wechat"),
        ("职位", "contact_title"),
        ("Title", "contact_title"),
        ("手机(必填)", "phone"),
        ("*邮箱：", "email"),
        ("联系人手机", "contact_phone"),
        ("客户联系电话", "phone"),  # ends with 联系电话
        ("Company Name", "company"),
        ("Phone number 2", "phone"),
        ("电话号码1", "phone"),
    ],
)
def test_single_header(header: str, target: str) -> None:
    assert guess_mapping(["备注信息", header]) == {0: "notes", 1: target}


@pytest.mark.parametrize("header", ["备注", "说明", "Notes", "Remarks"])
def test_notes(header: str) -> None:
    assert guess_mapping([header]) == {0: "notes"}


def test_name_alone_is_the_customer() -> None:
    assert guess_mapping(["姓名", "手机"]) == {0: "name", 1: "phone"}
    assert guess_mapping(["Name", "Phone"]) == {0: "name", 1: "phone"}


def test_name_with_company_is_the_contact() -> None:
    assert guess_mapping(["联系人", "公司名称", "电话"]) == {
        0: "contact_name",
        1: "company",
        2: "phone",
    }
    assert guess_mapping(["客户名称", "客户姓名"]) == {0: "name", 1: "contact_name"}


def test_each_target_once_and_second_phone_goes_to_the_contact() -> None:
    mapping = guess_mapping(["姓名", "电话", "手机", "Phone", "邮箱", "Email", "Email"])
    assert mapping == {0: "name", 1: "phone", 2: "contact_phone", 4: "email", 5: "contact_email"}


def test_exact_beats_partial() -> None:
    # "客户联系电话" would end with 联系电话, but the exact 电话 column takes the phone first.
    assert guess_mapping(["客户联系电话", "电话"]) == {0: "contact_phone", 1: "phone"}


def test_unknown_headers_stay_unmapped() -> None:
    assert guess_mapping(["序号", "", "foo", "客户名单 2024 年度汇总表（华东区）"]) == {}


def test_header_key() -> None:
    assert header_key(" E-Mail： ") == "email"
    assert header_key("Last Contact") == "lastcontact"
