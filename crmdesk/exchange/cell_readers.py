"""Reading one cell of a source row into the row being built (normalise.py puts it together).

    work = Work(number=2, region="CN", today=date(2026, 11, 23))
    READERS["phone"](work, "phone", "138 0013 8000")    # work.phones == ["+8613800138000"]

One reader per kind of target field: text, dates, phones, e-mail, grade, size, choices from
the vocabularies, tags. A reader never raises: a bad value is left out with a warning
(`Work.warn`), in the words of the messages below (translated in the import wizard).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from crmdesk.domain.validation import ValidationError, clean_email
from crmdesk.exchange import vocab
from crmdesk.exchange.dates import day_first_region, read_birthday, read_date
from crmdesk.exchange.model import Cell as CellValue
from crmdesk.exchange.model import Problem
from crmdesk.exchange.phones import e164, has_extension, read_phones
from crmdesk.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "BAD_NAME",
    "BAD_TEXT",
    "MAX_TEXT",
    "READERS",
    "Work",
    "as_text",
    "forget_cached_cells",
    "read_nothing",
]

BAD_NAME = QT_TRANSLATE_NOOP(
    "ImportProblem", "The name is too long or contains control characters: the row is skipped."
)
BAD_TEXT = QT_TRANSLATE_NOOP(
    "ImportProblem", "Too long or contains control characters; left empty."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Not a phone number; the text was kept in the notes."
)
BAD_EMAIL = QT_TRANSLATE_NOOP("ImportProblem", "Not an e-mail address; left empty.")
BAD_DATE = QT_TRANSLATE_NOOP("ImportProblem", "Not a date; left empty.")
BAD_BIRTHDAY = QT_TRANSLATE_NOOP(
    "ImportProblem", "Not a birthday (a past date, or a month and day); left empty."
)
BAD_GRADE = QT_TRANSLATE_NOOP("ImportProblem", "Not a grade from A to E; left empty.")
BAD_SIZE = QT_TRANSLATE_NOOP(
    "ImportProblem", "Not a company size (a staff count, or small, medium, large); left empty."
)
BAD_CHOICE = QT_TRANSLATE_NOOP("ImportProblem", "Not one of the known values; left empty.")

_TEXT_FIELDS = frozenset(
    [
        "industry",
        "owner",
        "address",
        "city",
        "country",
        "annual_revenue",
        "main_products",
        "first_summary",
        "functional_needs",
        "service_requirements",
        "brand_preferences",
    ]
)
_DATE_COLUMNS = {
    "first_contact_on": "first_contact_on",
    "last_followup_on": "last_followup_on",
    "next_followup_on": "manual_next_on",
}
# a field read from a vocabulary: the reader, and the problem's code and message when none fits
_CHOICES: dict[str, tuple[Callable[[str], str | None], str, str]] = {
    "grade": (vocab.read_grade, "grade.invalid", BAD_GRADE),
    "size_bucket": (vocab.read_size, "size.invalid", BAD_SIZE),
    **{
        target: (read, "value.unknown", BAD_CHOICE)
        for target, read in {
            "relationship": vocab.read_relationship,
            "importance": vocab.read_importance,
            "need": vocab.read_need,
            "source": vocab.read_source,
            "kind": vocab.read_kind,
            "price_preference": vocab.read_price,
        }.items()
    },
}
_SEPARATORS = re.compile(r"[,，;；、\s]+")
MAX_TEXT = 10_000


class Work:
    """What a row builds up while its cells are read."""

    __slots__ = (
        "birthday",
        "contact_emails",
        "contact_phones",
        "customer",
        "day_first",
        "emails",
        "notes",
        "number",
        "people",
        "phones",
        "region",
        "tags",
        "today",
        "warnings",
    )

    def __init__(self, number: int, region: str, today: date) -> None:
        self.number = number
        self.region = region
        self.today = today
        self.day_first = day_first_region(region)
        self.customer: dict[str, Any] = {}
        self.people: dict[str, str] = {}  # names and contact_* texts, as read
        self.notes: list[str] = []
        self.phones: list[str] = []
        self.contact_phones: list[str] = []
        self.emails: list[str] = []
        self.contact_emails: list[str] = []
        self.tags: list[str] = []
        self.birthday: tuple[int, int, int | None] | None = None
        self.warnings: list[Problem] = []

    def warn(self, target: str, code: str, message: str, cell: CellValue) -> None:
        self.warnings.append(Problem(self.number, target, code, message, as_text(cell)))


def as_text(cell: CellValue) -> str:
    if isinstance(cell, str):
        return cell.strip()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return "" if cell is None else str(cell)


# --- one reader per kind of target ------------------------------------------------------


def read_nothing(work: Work, target: str, cell: CellValue) -> None:
    del work, target, cell


def _read_name(work: Work, target: str, cell: CellValue) -> None:
    work.people[target] = as_text(cell)  # checked in _assemble: it may become the name


def _read_text(work: Work, target: str, cell: CellValue) -> None:
    text = as_text(cell)
    if len(text) > MAX_TEXT:
        work.warn(target, "text.invalid", BAD_TEXT, cell)
    elif text:
        work.customer[target] = text


def _read_contact_text(work: Work, target: str, cell: CellValue) -> None:
    text = " ".join(as_text(cell).split())
    if len(text) > 200:
        work.warn(target, "text.invalid", BAD_TEXT, cell)
    elif text:
        work.people[target] = text


def _read_notes(work: Work, target: str, cell: CellValue) -> None:
    text = as_text(cell)
    if text:
        work.notes.insert(0, text)


def _read_postal_code(work: Work, target: str, cell: CellValue) -> None:
    if isinstance(cell, int) and not isinstance(cell, bool) and work.region == "CN":
        cell = f"{cell:06d}"  # Excel dropped the leading zero of 010010
    _read_text(work, target, cell)


def _read_phone(work: Work, target: str, cell: CellValue) -> None:
    good, bad = read_phones(cell, work.region)
    (work.contact_phones if target == "contact_phone" else work.phones).extend(good)
    text = as_text(cell)
    if bad:
        work.warn(target, "phone.invalid", BAD_PHONE, cell)
        work.notes.append(f"Tel: {text}")
    elif isinstance(cell, str) and has_extension(text):
        work.notes.append(f"Tel: {text}")


def _read_email(work: Work, target: str, cell: CellValue) -> None:
    found = work.contact_emails if target == "contact_email" else work.emails
    for piece in _SEPARATORS.split(as_text(cell)):
        if not piece:
            continue
        try:
            email = clean_email(piece, target)
        except ValidationError:
            work.warn(target, "email.invalid", BAD_EMAIL, piece)
            continue
        if email and email not in found:
            found.append(email)


@lru_cache(maxsize=1 << 14)
def _iso_date(cell: CellValue, day_first: bool, today: date) -> str | None:
    found = read_date(cell, day_first=day_first, today=today)
    return None if found is None else found.isoformat()


@lru_cache(maxsize=1 << 16)
def _birthday(cell: CellValue, day_first: bool, today: date) -> tuple[int, int, int | None] | None:
    return read_birthday(cell, day_first=day_first, today=today)


def _read_date(work: Work, target: str, cell: CellValue) -> None:
    found = _iso_date(cell, work.day_first, work.today)
    if found is None:
        work.warn(target, "date.invalid", BAD_DATE, cell)
    else:
        work.customer[_DATE_COLUMNS[target]] = found


def _read_birthday(work: Work, target: str, cell: CellValue) -> None:
    work.birthday = _birthday(cell, work.day_first, work.today)
    if work.birthday is None:
        work.warn(target, "birthday.invalid", BAD_BIRTHDAY, cell)


def _read_choice(work: Work, target: str, cell: CellValue) -> None:
    read, code, message = _CHOICES[target]
    value = read(as_text(cell))
    if value is None:
        work.warn(target, code, message, cell)
    else:
        work.customer[target] = value


def _read_tags(work: Work, target: str, cell: CellValue) -> None:
    seen = {tag.casefold() for tag in work.tags}
    for tag in _SEPARATORS.split(as_text(cell)):
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            work.tags.append(tag)


READERS: dict[str, Callable[[Work, str, CellValue], None]] = {
    **dict.fromkeys(_TEXT_FIELDS, _read_text),
    **dict.fromkeys(_DATE_COLUMNS, _read_date),
    **dict.fromkeys(_CHOICES, _read_choice),
    "name": _read_name,
    "company": _read_name,
    "contact_name": _read_name,
    "contact_title": _read_contact_text,
    "contact_wechat": _read_contact_text,
    "notes": _read_notes,
    "postal_code": _read_postal_code,
    "phone": _read_phone,
    "contact_phone": _read_phone,
    "email": _read_email,
    "contact_email": _read_email,
    "birthday": _read_birthday,
    "tags": _read_tags,
}


def forget_cached_cells() -> None:
    """Empty the memo caches of phones and dates (a benchmark's second file starts cold)."""
    for cached in (e164, _iso_date, _birthday):
        cached.cache_clear()
