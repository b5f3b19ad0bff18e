"""Which column goes where: the import targets and a guess from Chinese and English headers.

    mapping = guess_mapping(["公司名称", "联系人", "手机", "Last contact"])
    # {0: "company", 1: "contact_name", 2: "phone", 3: "last_followup_on"}

Headers are compared case-, width-, space- and punctuation-insensitively ("E-mail", "e mail",
"ＥＭＡＩＬ" are one header); a bracketed remark ("手机(必填)") is ignored. An exact alias wins
over a partial one; otherwise the alias the header ends with ("客户联系电话" → phone) or, failing
that, starts with and adds only a number or two characters ("电话2"; not "客户名单 2024").
Each target is used once; a second phone or e-mail column goes to the contact.

The person-name rule: a "name" column (姓名/联系人/Name) is the customer's name when there is no
company or customer-name column; with one, the company (or 客户名称) is the customer and the
person becomes its contact. `clean_row` applies the same rule to the values of each row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from crmdesk.i18n import QT_TRANSLATE_NOOP

__all__ = ["TARGET_FIELDS", "field_for_header", "guess_mapping", "header_key"]

FIELD_CONTEXT = "ImportField"

# Customer columns of schema_v1 that an import may fill, then EXTRA_FIELDS (model.py).
# Not importable: ids and times, next_due_on (computed) and manual_next_on (next_followup_on).
TARGET_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ImportField", "Customer name"),
    "kind": QT_TRANSLATE_NOOP("ImportField", "Person or company"),
    "company": QT_TRANSLATE_NOOP("ImportField", "Company"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportField", "E-mail"),
    "grade": QT_TRANSLATE_NOOP("ImportField", "Grade"),
    "relationship": QT_TRANSLATE_NOOP("ImportField", "Relationship status"),
    "importance": QT_TRANSLATE_NOOP("ImportField", "Importance"),
    "need": QT_TRANSLATE_NOOP("ImportField", "Need status"),
    "source": QT_TRANSLATE_NOOP("ImportField", "Source"),
    "first_contact_on": QT_TRANSLATE_NOOP("ImportField", "First contact date"),
    "first_summary": QT_TRANSLATE_NOOP("ImportField", "First conversation"),
    "owner": QT_TRANSLATE_NOOP("ImportField", "Owner"),
    "size_bucket": QT_TRANSLATE_NOOP("ImportField", "Company size"),
    "industry": QT_TRANSLATE_NOOP("ImportField", "Industry"),
    "annual_revenue": QT_TRANSLATE_NOOP("ImportField", "Annual revenue"),
    "main_products": QT_TRANSLATE_NOOP("ImportField", "Main products"),
    "address": QT_TRANSLATE_NOOP("ImportField", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("ImportField", "Postal code"),
    "city": QT_TRANSLATE_NOOP("ImportField", "City"),
    "country": QT_TRANSLATE_NOOP("ImportField", "Country/region"),
    "functional_needs": QT_TRANSLATE_NOOP("ImportField", "Functional needs"),
    "price_preference": QT_TRANSLATE_NOOP("ImportField", "Price preference"),
    "service_requirements": QT_TRANSLATE_NOOP("ImportField", "Service requirements"),
    "brand_preferences": QT_TRANSLATE_NOOP("ImportField", "Brand preferences"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "Notes"),
    "last_followup_on": QT_TRANSLATE_NOOP("ImportField", "Last follow-up"),
    "contact_name": QT_TRANSLATE_NOOP("ImportField", "Contact name"),
    "contact_title": QT_TRANSLATE_NOOP("ImportField", "Contact title"),
    "contact_phone": QT_TRANSLATE_NOOP("ImportField", "Contact phone"),
    "contact_email": QT_TRANSLATE_NOOP("ImportField", "Contact e-mail"),
    "contact_wechat": QT_TRANSLATE_NOOP("ImportField", "WeChat"),
    "birthday": QT_TRANSLATE_NOOP("ImportField", "Birthday"),
    "tags": QT_TRANSLATE_NOOP("ImportField", "Tags"),
    "next_followup_on": QT_TRANSLATE_NOOP("ImportField", "Next follow-up"),
}

PERSON = "person"  # pseudo-target of 姓名/Name: resolved to "name" or "contact_name"

_ALIASES: dict[str, str] = {
    "name": "客户名称 客户名 客户 customer customername account accountname clientname client",
    PERSON: "姓名 联系人 客户姓名 联系人姓名 名字 姓名称谓 name fullname contact contactname "
    "contactperson person",
    "company": "公司名称 公司 单位 单位名称 企业名称 企业 工作单位 所属公司 组织 机构 company "
    "companyname organization organisation org employer business",
    "kind": "客户类型 客户性质 类型 customertype kind type",
    "phone": "手机 手机号 手机号码 电话 联系电话 电话号码 联系方式 移动电话 座机 固话 固定电话 "
    "办公电话 phone mobile tel telephone cell cellphone mobilephone phonenumber",
    "email": "邮箱 电子邮件 电子邮箱 邮件 邮箱地址 email mail emailaddress",
    "grade": "客户等级 等级 级别 客户级别 分级 客户分级 客户分类 grade level rating",
    "relationship": "客户状态 状态 关系状态 客户阶段 status relationship customerstatus",
    "importance": "重要程度 重要性 重要等级 importance priority",
    "need": "需求状态 需求情况 needstatus need",
    "source": "客户来源 来源 渠道 来源渠道 获客渠道 source leadsource channel",
    "first_contact_on": "首次接触 首次联系 首次接触日期 首次接触时间 首次联系时间 初次接触 "
    "firstcontact firstcontactdate firstcontacted",
    "first_summary": "首次沟通 首次沟通内容 首次沟通记录 初次沟通 firstconversation firstsummary",
    "owner": "负责人 销售 业务员 销售员 跟进人 客户经理 归属人 owner salesperson salesrep "
    "accountmanager",
    "size_bucket": "公司规模 规模 企业规模 人数 员工人数 人员规模 size companysize employees "
    "headcount staff",
    "industry": "行业 所属行业 行业类别 行业分类 industry sector",
    "annual_revenue": "年营业额 年收入 营业额 年销售额 annualrevenue revenue turnover",
    "main_products": "主营产品 主要产品 主营业务 产品 mainproducts products",
    "address": "地址 详细地址 通讯地址 公司地址 联系地址 办公地址 address street streetaddress "
    "mailingaddress",
    "postal_code": "邮编 邮政编码 postalcode postcode zip zipcode",
    "city": "城市 所在城市 所在地 所在地区 市 city town",
    "country": "国家 国家地区 地区 country countryregion region",
    "functional_needs": "功能需求 需求描述 具体需求 functionalneeds requirements",
    "price_preference": "价格偏好 价格倾向 pricepreference",
    "service_requirements": "服务要求 服务需求 servicerequirements",
    "brand_preferences": "品牌偏好 品牌倾向 brandpreference brandpreferences",
    "notes": "备注 说明 备注信息 描述 notes note remark remarks comment comments memo description",
    "last_followup_on": "最近跟进 上次跟进 上次拜访 最后联系 最近联系 最后跟进 最近拜访 上次联系 "
    "最近跟进时间 最近跟进日期 上次跟进时间 上次跟进日期 最后跟进时间 最后联系时间 lastcontact "
    "lastcontacted lastcontactdate lastfollowup lastfollowupdate lastvisit lastactivity",
    "next_followup_on": "下次跟进 下次跟进时间 下次跟进日期 下次联系 下次拜访 计划跟进 "
    "nextfollowup nextfollowupdate nextcontact nextcontactdate followupdate",
    "birthday": "生日 出生日期 出生年月 出生年月日 birthday birthdate dateofbirth dob bday",
    "tags": "标签 客户标签 tags tag labels categories",
    "contact_wechat": "微信 微信号 wechat weixin wechatid",
    "contact_title": "职位 职务 头衔 岗位 title jobtitle position role",
    "contact_phone": "联系人手机 联系人电话 联系人手机号 contactphone contactmobile",
    "contact_email": "联系人邮箱 联系人邮件 contactemail",
}

_EXACT: dict[str, str] = {
    alias: target for target, words in _ALIASES.items() for alias in words.split()
}
# Longest first, so that "联系人手机" ends with "手机" rather than matching nothing shorter.
_BY_LENGTH = sorted(_EXACT, key=len, reverse=True)
_BRACKETS = re.compile(r"[(\[{【（〔<《][^)\]}】）〕>》]*[)\]}】）〕>》]")
_SPILL = {"phone": "contact_phone", "email": "contact_email"}
_MAX_PARTIAL = 24  # longer headers are sentences, not column names


def header_key(text: str) -> str:
    """Casefolded header without spaces, punctuation or symbols ("E-Mail：" → "email")."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


@lru_cache(maxsize=4096)
def _match(text: str) -> tuple[str | None, bool]:
    """(target or PERSON or None, exact?) for one header."""
    key = header_key(text)
    if key in _EXACT:
        return _EXACT[key], True
    bare = header_key(_BRACKETS.sub("", unicodedata.normalize("NFKC", text)))
    if bare in _EXACT:
        return _EXACT[bare], True
    if not 2 <= len(bare) <= _MAX_PARTIAL:
        return None, False
    for alias in _BY_LENGTH:
        if bare.endswith(alias) and (len(alias) >= 4 or not alias.isascii()):
            return _EXACT[alias], False
    for alias in _BY_LENGTH:
        rest = bare[len(alias) :]
        if bare.startswith(alias) and (rest.isdigit() or len(rest) <= 2):
            return _EXACT[alias], False  # "电话号码2", "Phone number 2", "手机号码一"
    return None, False


def field_for_header(text: str) -> str | None:
    """The target a header names (PERSON for 姓名/Name), or None."""
    return _match(text)[0]


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → target field, for the headers recognised; each target used once."""
    found: dict[int, str] = {}
    used: set[str] = set()
    for exact_pass in (True, False):
        for index, header in enumerate(headers):
            target, exact = _match(header) if header else (None, False)
            if target is None or exact is not exact_pass or index in found:
                continue
            target = _resolve(target, used, headers)
            if target is not None:
                found[index] = target
                used.add(target)
    return dict(sorted(found.items()))


def _resolve(target: str, used: set[str], headers: Sequence[str]) -> str | None:
    if target == PERSON:
        has_account = any(field_for_header(h) in ("name", "company") for h in headers if h)
        target = "contact_name" if has_account or "name" in used else "name"
        if target in used:
            target = "contact_name"
    if target in used:
        spill = _SPILL.get(target)
        return spill if spill is not None and spill not in used else None
    return target
