"""Closed-vocabulary cells read from Chinese and English words: grade, status, size, source…

    read_grade("A类客户")      # "A"
    read_size("50-100人")      # "medium"
    read_source("朋友转介绍")   # "referral"

Each reader returns the stored enum value, or None when the text is not recognised. Words are
compared casefolded, full-width folded and without spaces or punctuation; a few Chinese
keywords are also found inside longer phrases ("老客户转介绍").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from crmdesk.domain.enums import (
    CustomerKind,
    Importance,
    NeedStatus,
    PricePreference,
    RelationshipStatus,
    SizeBucket,
    SourceChannel,
)

__all__ = [
    "read_grade",
    "read_importance",
    "read_kind",
    "read_need",
    "read_price",
    "read_relationship",
    "read_size",
    "read_source",
]

_GRADE = re.compile(r"(?:grade|level|class|等级|级别)?([a-e])(?:类|级|級|類|档|等)?(?:客户|客戶)?")


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def _words(table: dict[str, str]) -> dict[str, str]:
    return {_key(word): str(value) for value, words in table.items() for word in words.split("|")}


_RELATIONSHIP = _words(
    {
        RelationshipStatus.POTENTIAL: "潜在|潜在客户|潜客|线索|potential|prospect|lead|new",
        RelationshipStatus.INTENT: "意向|意向客户|有意向|跟进中|intent|interested|intention",
        RelationshipStatus.EXISTING: "成交|已成交|成交客户|老客户|现有客户|签约|已签约|合作中|"
        "existing|customer|client|won|active|signed",
        RelationshipStatus.CHURNED: "流失|已流失|流失客户|丢单|churned|lost|inactive|churn",
    }
)
_IMPORTANCE = _words(
    {
        Importance.KEY: "重点|重要|重点客户|重要客户|大客户|关键|vip|key|important|high",
        Importance.NORMAL: "普通|一般|普通客户|常规|normal|regular|standard|low|medium",
    }
)
_NEED = _words(
    {
        NeedStatus.CURRENT: "当前需求|有需求|明确需求|现有需求|近期需求|current|now|yes",
        NeedStatus.FUTURE: "未来需求|潜在需求|远期需求|以后|future|later|potential",
        NeedStatus.NONE: "无需求|没有需求|暂无需求|无|none|no|noneed",
    }
)
_SOURCE = _words(
    {
        SourceChannel.PHONE: "电话|电话营销|电销|来电|陌拜电话|phone|call|coldcall|telephone",
        SourceChannel.EMAIL: "邮件|电子邮件|邮件营销|email|mail",
        SourceChannel.TRADE_SHOW: "展会|展览会|会展|博览会|tradeshow|exhibition|fair|expo",
        SourceChannel.WEB_AD: "网络广告|网络|网站|官网|广告|搜索|百度|推广|线上|webad|web|online|"
        "internet|website|ad|ads|advertising|search",
        SourceChannel.REFERRAL: "转介绍|介绍|推荐|老客户介绍|朋友介绍|referral|referred|"
        "recommendation|wordofmouth",
        SourceChannel.WALK_IN: "上门|到店|来访|自然到访|陌拜|扫街|walkin|visit|door",
        SourceChannel.OTHER: "其他|其它|other|others|misc",
    }
)
# Inside a longer phrase: the first keyword found wins ("老客户转介绍" → referral).
_SOURCE_KEYWORDS = (
    ("介绍", SourceChannel.REFERRAL),
    ("推荐", SourceChannel.REFERRAL),
    ("展", SourceChannel.TRADE_SHOW),
    ("电话", SourceChannel.PHONE),
    ("邮件", SourceChannel.EMAIL),
    ("网", SourceChannel.WEB_AD),
    ("广告", SourceChannel.WEB_AD),
    ("上门", SourceChannel.WALK_IN),
    ("到店", SourceChannel.WALK_IN),
)
_KIND = _words(
    {
        CustomerKind.PERSON: "个人|个人客户|自然人|person|individual|private|consumer|b2c",
        CustomerKind.COMPANY: "企业|公司|企业客户|单位|机构|组织|company|business|organization|"
        "organisation|corporate|b2b",
    }
)
_PRICE = _words(
    {
        PricePreference.VALUE: "性价比|实惠|价格敏感|低价|经济|value|budget|cheap|economy",
        PricePreference.PREMIUM: "高端|品质|高价|premium|quality|luxury|highend",
    }
)
_SIZE_WORDS = _words(
    {
        SizeBucket.SMALL: "小型|小|微型|小微|小企业|small|micro|s|sme",
        SizeBucket.MEDIUM: "中型|中|中等|中企业|medium|mid|midsize|m",
        SizeBucket.LARGE: "大型|大|大企业|超大型|集团|large|big|enterprise|l|xl",
    }
)
_SIZE_KEYWORDS = (
    ("超大", SizeBucket.LARGE),
    ("大型", SizeBucket.LARGE),
    ("中型", SizeBucket.MEDIUM),
    ("中小", SizeBucket.SMALL),
    ("小型", SizeBucket.SMALL),
    ("微型", SizeBucket.SMALL),
)
_NUMBER = r"(\d+(?:\.\d+)?)\s*(万|千|k)?"
_RANGE = re.compile(rf"{_NUMBER}\s*(?:-|~|–|—|至|到|to)\s*{_NUMBER}")
_ABOVE = re.compile(
    rf"(?:>|≥|>=|超过|多于|大于|above|over|morethan)?\s*{_NUMBER}\s*(?:人|名)?\s*"
    r"(?:以上|及以上|\+|多|plus|ormore)"
)
_ABOVE_PREFIX = re.compile(rf"(?:>|≥|>=|超过|多于|大于|above|over|morethan)\s*{_NUMBER}")
_BELOW = re.compile(
    rf"(?:<|≤|<=|少于|小于|不足|不到|低于|under|below|lessthan|fewerthan)\s*{_NUMBER}"
)
_BELOW_SUFFIX = re.compile(rf"{_NUMBER}\s*(?:人|名)?\s*(?:以下|以内|及以下)")
_SINGLE = re.compile(rf"{_NUMBER}\s*(?:人|名|employees|staff|people)?")
_SCALE = {None: 1, "": 1, "千": 1000, "k": 1000, "万": 10000}


@lru_cache(maxsize=1024)
def read_grade(text: str) -> str | None:
    match = _GRADE.fullmatch(_key(text))
    return match.group(1).upper() if match else None


@lru_cache(maxsize=1024)
def read_relationship(text: str) -> str | None:
    return _RELATIONSHIP.get(_key(text))


@lru_cache(maxsize=1024)
def read_importance(text: str) -> str | None:
    return _IMPORTANCE.get(_key(text))


@lru_cache(maxsize=1024)
def read_need(text: str) -> str | None:
    return _NEED.get(_key(text))


@lru_cache(maxsize=1024)
def read_kind(text: str) -> str | None:
    return _KIND.get(_key(text))


@lru_cache(maxsize=1024)
def read_price(text: str) -> str | None:
    return _PRICE.get(_key(text))


@lru_cache(maxsize=1024)
def read_source(text: str) -> str | None:
    key = _key(text)
    if key in _SOURCE:
        return _SOURCE[key]
    return next((value for word, value in _SOURCE_KEYWORDS if word in key), None)


def _bucket(staff: float) -> str:
    if staff < 50:
        return SizeBucket.SMALL.value
    return SizeBucket.MEDIUM.value if staff <= 500 else SizeBucket.LARGE.value


def _number(digits: str, scale: str | None) -> float:
    return float(digits) * _SCALE[scale]


@lru_cache(maxsize=1024)
def read_size(text: str) -> str | None:
    """Size bucket from a word or a staff count: small < 50, medium 50-500, large > 500.

    A range counts by its middle ("50-100人" → medium, "500-1000人" → large); "500人以上"
    means more than 500, "少于50人" fewer than 50.
    """
    flat = unicodedata.normalize("NFKC", text).casefold().replace(",", "").replace(" ", "")
    key = _key(text)
    if word := _SIZE_WORDS.get(key):
        return word
    if word := next((value for kw, value in _SIZE_KEYWORDS if kw in key), None):
        return word.value
    if match := _RANGE.search(flat):
        low, high = _number(*match.group(1, 2)), _number(*match.group(3, 4))
        return _bucket((low + high) / 2)
    if match := _ABOVE.search(flat) or _ABOVE_PREFIX.search(flat):
        return _bucket(_number(*match.group(1, 2)) + 1)
    if match := _BELOW.search(flat) or _BELOW_SUFFIX.search(flat):
        return _bucket(_number(*match.group(1, 2)) - 1)
    if match := _SINGLE.fullmatch(flat):
        return _bucket(_number(*match.group(1, 2)))
    return None
