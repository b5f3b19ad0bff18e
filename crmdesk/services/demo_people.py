"""People, companies, places and phone numbers for the demo database, from the word lists
(`crmdesk.services.demo_data`) and a caller's `random.Random`; no I/O.

    where = place(rng, cn=True)          # a Chinese city, district and street
    firm = company(rng, True, where)     # 重庆东方科技有限公司, its domain and landline
    boss = person(rng, True, "CN", firm.domain)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from random import Random

from crmdesk.services import demo_data as words

__all__ = ["Company", "Person", "Place", "company", "mobile", "person", "phone", "place"]


@dataclass(frozen=True)
class Place:
    city: str
    postal_code: str
    country: str
    address: str


@dataclass(frozen=True)
class Person:
    name: str
    gender: str
    phones: str
    email: str
    wechat: str | None
    social: str | None


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    phone: str


def place(rng: Random, cn: bool) -> Place:
    if cn:
        city, postal, districts = rng.choice(words.CN_CITIES)
        street = f"{rng.choice(districts)}{rng.choice(words.CN_ROADS)}{rng.randint(1, 999)}号"
        if rng.random() < 0.5:
            street += f"{rng.randint(1, 30)}栋{rng.randint(1, 28)}0{rng.randint(1, 9)}室"
        return Place(city, postal[:3] + f"{rng.randrange(0, 200):03d}", "中国", street)
    city, postal, country = rng.choice(words.EN_CITIES)
    return Place(city, postal, country, f"{rng.randint(1, 480)} {rng.choice(words.EN_STREETS)}")


def digits(rng: Random, pattern: str) -> str:
    return "".join(
        str(rng.randrange(10)) if ch == "#" else str(rng.randint(2, 9)) if ch == "N" else ch
        for ch in pattern
    )


def mobile(rng: Random) -> str:
    """A Chinese mobile number, written the two usual ways."""
    prefix, rest = rng.choice(words.CN_MOBILE_PREFIXES), digits(rng, "########")
    if rng.random() < 0.5:
        return prefix + rest
    return f"+86 {prefix} {rest[:4]} {rest[4:]}"


def phone(rng: Random, country: str) -> str:
    return mobile(rng) if country == "中国" else digits(rng, words.INTL_PHONES[country])


def ascii_handle(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == ".")


def person(rng: Random, cn: bool, country: str, domain: str | None = None) -> Person:
    """A person in the customer's language; *domain* gives a work e-mail address."""
    if cn:
        surname, surname_py = rng.choice(words.CN_SURNAMES)
        given, given_py, gender = rng.choice(words.CN_GIVEN)
        name, handle = surname + given, f"{given_py}.{surname_py}"
    else:
        first, gender = rng.choice(words.EN_FIRST)
        last = rng.choice(words.EN_LAST)
        name, handle = f"{first} {last}", ascii_handle(f"{first}.{last}")
    phones = phone(rng, country)
    if rng.random() < 0.25:
        phones += ", " + phone(rng, country)
    if domain:
        email = f"{handle}@{domain}"
    else:
        mail_domains = words.CN_MAIL_DOMAINS if cn else words.EN_MAIL_DOMAINS
        email = f"{handle.replace('.', '')}{rng.randint(1, 999)}@{rng.choice(mail_domains)}"
    wechat = f"{handle.replace('.', '_')}{rng.randint(10, 99)}" if rng.random() < 0.7 else None
    social = (
        f"linkedin.com/in/{handle.replace('.', '-')}" if not cn and rng.random() < 0.5 else None
    )
    return Person(name, gender, phones, email, wechat if cn else None, social)


def company(rng: Random, cn: bool, where: Place) -> Company:
    if cn:
        brand, brand_py = rng.choice(words.CN_BRANDS)
        name = f"{where.city}{brand}{rng.choice(words.CN_TRADES)}{rng.choice(words.CN_SUFFIXES)}"
        suffix = rng.choice(("", "tech", "group", "gs"))
        domain = f"{brand_py}{suffix}.{rng.choice(('cn', 'com.cn', 'com'))}"
        return Company(name, domain, _landline(rng, where))
    brand, trade = rng.choice(words.EN_BRANDS), rng.choice(words.EN_TRADES)
    name = f"{brand} {trade} {rng.choice(words.EN_SUFFIXES)}"
    domain = f"{ascii_handle(brand).replace('.', '')}{trade.lower()}.com"
    return Company(name, domain, phone(rng, where.country))


_AREA_CODES = {
    "上海": "21", "北京": "10", "深圳": "755", "广州": "20", "杭州": "571", "苏州": "512",
    "南京": "25", "成都": "28", "武汉": "27", "重庆": "23", "天津": "22", "西安": "29",
    "宁波": "574", "东莞": "769", "青岛": "532", "厦门": "592", "长沙": "731", "佛山": "757",
}  # fmt: skip


def _landline(rng: Random, where: Place) -> str:
    if rng.random() < 0.4:
        return mobile(rng)
    return f"+86 {_AREA_CODES[where.city]} {digits(rng, 'N### ####')}"
