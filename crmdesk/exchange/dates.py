"""Dates as people and spreadsheets write them.

    read_date("2024年3月5日")                    # date(2024, 3, 5)
    read_date("3/5/2024")                       # date(2024, 3, 5): month first…
    read_date("3/5/2024", day_first=True)       # date(2024, 5, 3): …unless the region says so
    read_date(45356)                            # date(2024, 3, 5): an Excel serial number
    read_birthday("--0415")                     # (4, 15, None)

Year first (2024/3/5, 2024-03-05, 2024.3.5, 2024年3月5日, 20240305) is never ambiguous. With the
year last, a first part above 12 is a day (25/3/2024); otherwise the order follows the region:
day first where that is the custom (`day_first_region`), month first elsewhere — including CN,
where a year-last date comes from an English (US) Excel. A time after the date is ignored.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import lru_cache

from crmdesk.exchange.model import Cell

__all__ = ["day_first_region", "read_birthday", "read_date"]

_EXCEL_EPOCH = date(1899, 12, 30)
_SERIALS = range(10_000, 100_000)  # 1927-05-18 .. 2173-10-14; smaller numbers are not dates
_YEARS = range(1900, 2101)
_TIME = r"(?:[ tT]+\d{1,2}[:：]\d{2}.*|\s*\d{1,2}[:：]\d{2}.*)?"
_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?" + _TIME)
_XYY = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})" + _TIME)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:[tT]\d*.*)?")
_SERIAL = re.compile(r"(\d{5})(?:\.\d+)?")
_CN_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|--(\d{2})-?(\d{2})")
_MONTH_DAY = re.compile(r"(\d{1,2})\s*[-/]\s*(\d{1,2})")
_MONTH_NAMES = ("%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y", "%b %Y %d")
_DAY_FIRST = frozenset(
    [
        "GB",
        "IE",
        "AU",
        "NZ",
        "IN",
        "PK",
        "BD",
        "LK",
        "HK",
        "MO",
        "SG",
        "MY",
        "ID",
        "TH",
        "VN",
        "FR",
        "DE",
        "AT",
        "CH",
        "IT",
        "ES",
        "PT",
        "NL",
        "BE",
        "LU",
        "DK",
        "NO",
        "SE",
        "FI",
        "IS",
        "PL",
        "CZ",
        "SK",
        "HU",
        "RO",
        "BG",
        "GR",
        "TR",
        "RU",
        "UA",
        "BY",
        "KZ",
        "IL",
        "EG",
        "SA",
        "AE",
        "ZA",
        "NG",
        "KE",
        "BR",
        "AR",
        "CL",
        "CO",
        "PE",
        "VE",
        "MX",
    ]
)


@lru_cache(maxsize=64)
def day_first_region(region: str) -> bool:
    """True where people write 5/3/2024 for the 5th of March."""
    return region.upper() in _DAY_FIRST


def _make(year: int, month: int, day: int) -> date | None:
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _order(first: int, second: int, day_first: bool) -> tuple[int, int]:
    """(month, day) of a date written with two leading numbers."""
    if first > 12 or (day_first and second <= 12):
        return second, first
    return first, second


def _full_year(two_digits: str, today: date) -> int:
    year = 2000 + int(two_digits)
    return year if year <= today.year + 10 else year - 100


def _serial(number: float) -> date | None:
    return _EXCEL_EPOCH + timedelta(days=int(number)) if int(number) in _SERIALS else None


def _from_text(text: str, day_first: bool, today: date) -> date | None:
    if match := _YMD.fullmatch(text):
        return _make(*map(int, match.groups()))
    if match := _XYY.fullmatch(text):
        first, second, year_text = match.groups()
        year = int(year_text) if len(year_text) == 4 else _full_year(year_text, today)
        return _make(year, *_order(int(first), int(second), day_first))
    if match := _COMPACT.fullmatch(text):
        return _make(*map(int, match.groups()))
    if match := _SERIAL.fullmatch(text):
        return _serial(int(match.group(1)))
    if any(ch.isalpha() for ch in text):
        return _from_month_name(text)
    return None


def _from_month_name(text: str) -> date | None:
    plain = " ".join(text.replace(",", " ").replace(".", " ").split())
    for pattern in _MONTH_NAMES:
        try:
            return datetime.strptime(plain, pattern).date()
        except ValueError:
            continue
    return None


def read_date(cell: Cell, *, day_first: bool = False, today: date | None = None) -> date | None:
    """The date in *cell*, or None when it is not one (or is before 1900 or after 2100)."""
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, int | float):
        return _serial(cell) if math.isfinite(cell) else None
    text = unicodedata.normalize("NFKC", cell).strip()
    return _from_text(text, day_first, today or date.today()) if text else None


def read_birthday(
    cell: Cell, *, day_first: bool = False, today: date | None = None
) -> tuple[int, int, int | None] | None:
    """(month, day, year) of a birthday; the year may be missing ("--0415", "4月15日")."""
    if isinstance(cell, str):
        text = unicodedata.normalize("NFKC", cell).strip()
        if match := _CN_MONTH_DAY.fullmatch(text):
            month, day = (int(g) for g in match.groups() if g is not None)
            return (month, day, None) if _make(2000, month, day) else None
        if match := _MONTH_DAY.fullmatch(text):
            month, day = _order(int(match.group(1)), int(match.group(2)), day_first)
            return (month, day, None) if _make(2000, month, day) else None
    found = read_date(cell, day_first=day_first, today=today)
    if found is None or (today is not None and found > today):
        return None
    return found.month, found.day, found.year
