"""One source row to a clean customer, its contact, tags and match keys.

    row = clean_row(table.rows[0], {0: "company", 1: "contact_name", 2: "phone"},
                    region="CN", today=date.today())
    row.customer   # {"name": "星河贸易有限公司", "kind": "company", "company": "星河贸易有限公司",
                   #  "phone": "+8613912345678"}
    row.contacts   # [{"name": "张伟", "phones": "+8613912345678", "is_primary": 1}]

Rules, applied the same way to every row:
- The customer's name is the "name" column, else the company, else the person
  (`contact_name`). A row with none of them is rejected (`error`, NO_NAME); so is one whose
  name is too long or holds control characters. Every other bad value is left out of the
  row with a warning: the row is imported without it.
- kind: the "kind" column when it says so; else "company" when there is a company or a
  separate contact person, or the name looks like a firm (…公司, …Ltd); else "person".
- A contact is made when there is a contact person distinct from the customer, or a
  contact-only field (title, WeChat, contact phone or e-mail). It inherits the customer's
  phones and e-mail when it has none of its own: in a sheet of 公司, 联系人, 手机 the phone is
  both the firm's number on the list and the person's on the card.
- Phones become E.164 (several joined with ", "); a phone that is not one is kept as text in
  the notes ("Tel: …") with a warning. Extra e-mail addresses go to the notes too.
- Dates are ISO text; a year-last date is read month first unless the region writes the day
  first (see dates.py). `next_followup_on` is stored as manual_next_on (a follow-up
  scheduled by hand). The birthday is (month, day, year or None); the contact's birthday
  text is ISO or --MM-DD.
- The customer dict holds only the columns that have a value, so an update touches nothing
  else; tags go to `tags` (and the customer's space-separated tag text).
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from crmdesk.domain.validation import ValidationError, clean_email, clean_name
from crmdesk.exchange import vocab
from crmdesk.exchange.dates import day_first_region, read_birthday, read_date
from crmdesk.exchange.model import NO_NAME, CleanRow, MatchKeys, Problem, SourceRow
from crmdesk.exchange.model import Cell as CellValue
from crmdesk.exchange.phones import e164, has_extension, read_phones
from crmdesk.i18n import QT_TRANSLATE_NOOP

__all__ = ["clean_row", "clean_rows", "forget_cached_cells", "gc_paused", "name_company_key"]

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
_CHOICES: dict[str, Callable[[str], str | None]] = {
    "relationship": vocab.read_relationship,
    "importance": vocab.read_importance,
    "need": vocab.read_need,
    "source": vocab.read_source,
    "kind": vocab.read_kind,
    "price_preference": vocab.read_price,
}
_SEPARATORS = re.compile(r"[,，;；、\s]+")
_FIRM = re.compile(
    r"(公司|集团|企业|工厂|厂|店|行|社|中心|研究院|医院|学校|大学|事务所|工作室|协会|银行|"
    r"\b(?:ltd|limited|inc|corp|corporation|co|gmbh|llc|plc|ag|sa|bv|group|company))\.?$",
    re.IGNORECASE,
)
_MAX_TEXT = 10_000


class _Work:
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
        self.warnings.append(Problem(self.number, target, code, message, _as_text(cell)))


def clean_row(
    row: SourceRow, mapping: Mapping[int, str], *, region: str = "CN", today: date
) -> CleanRow:
    """Clean *row* with *mapping* (column index → target field); see the module rules."""
    work = _Work(row.number, region.upper(), today)
    cells = row.cells
    for index, target in mapping.items():
        cell = cells[index] if index < len(cells) else None
        if cell is not None and cell != "":
            _READERS.get(target, _read_nothing)(work, target, cell)
    return _assemble(work)


def clean_rows(
    rows: Iterable[SourceRow], mapping: Mapping[int, str], *, region: str = "CN", today: date
) -> list[CleanRow]:
    """`clean_row` for many rows, with the cyclic garbage collector paused (2× faster)."""
    with gc_paused():
        return [clean_row(row, mapping, region=region, today=today) for row in rows]


def forget_cached_cells() -> None:
    """Empty the memo caches of phones and dates (a benchmark's second file starts cold)."""
    for cached in (e164, _iso_date, _birthday):
        cached.cache_clear()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch builds many containers.

    The rows of an import are all alive until the end, so each collection would walk all of
    them again for nothing; reference counting still frees everything that is dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def name_company_key(name: str | None, company: str | None) -> str:
    """The name+company match key: casefolded, spaces removed, "name|company".

    A company equal to the name counts as none, so a firm imported as 客户名称 only and one
    imported as 公司名称 + 联系人 have the same key.
    """
    flat_name, flat_company = _squash(name or ""), _squash(company or "")
    return f"{flat_name}|{'' if flat_company == flat_name else flat_company}"


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _as_text(cell: CellValue) -> str:
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


def _read_nothing(work: _Work, target: str, cell: CellValue) -> None:
    del work, target, cell


def _read_name(work: _Work, target: str, cell: CellValue) -> None:
    work.people[target] = _as_text(cell)  # checked in _assemble: it may become the name


def _read_text(work: _Work, target: str, cell: CellValue) -> None:
    text = _as_text(cell)
    if len(text) > _MAX_TEXT:
        work.warn(target, "text.invalid", BAD_TEXT, cell)
    elif text:
        work.customer[target] = text


def _read_contact_text(work: _Work, target: str, cell: CellValue) -> None:
    text = " ".join(_as_text(cell).split())
    if len(text) > 200:
        work.warn(target, "text.invalid", BAD_TEXT, cell)
    elif text:
        work.people[target] = text


def _read_notes(work: _Work, target: str, cell: CellValue) -> None:
    text = _as_text(cell)
    if text:
        work.notes.insert(0, text)


def _read_postal_code(work: _Work, target: str, cell: CellValue) -> None:
    if isinstance(cell, int) and not isinstance(cell, bool) and work.region == "CN":
        cell = f"{cell:06d}"  # Excel dropped the leading zero of 010010
    _read_text(work, target, cell)


def _read_phone(work: _Work, target: str, cell: CellValue) -> None:
    good, bad = read_phones(cell, work.region)
    (work.contact_phones if target == "contact_phone" else work.phones).extend(good)
    text = _as_text(cell)
    if bad:
        work.warn(target, "phone.invalid", BAD_PHONE, cell)
        work.notes.append(f"Tel: {text}")
    elif isinstance(cell, str) and has_extension(text):
        work.notes.append(f"Tel: {text}")


def _read_email(work: _Work, target: str, cell: CellValue) -> None:
    found = work.contact_emails if target == "contact_email" else work.emails
    for piece in _SEPARATORS.split(_as_text(cell)):
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


def _read_date(work: _Work, target: str, cell: CellValue) -> None:
    found = _iso_date(cell, work.day_first, work.today)
    if found is None:
        work.warn(target, "date.invalid", BAD_DATE, cell)
    else:
        work.customer[_DATE_COLUMNS[target]] = found


def _read_birthday(work: _Work, target: str, cell: CellValue) -> None:
    work.birthday = _birthday(cell, work.day_first, work.today)
    if work.birthday is None:
        work.warn(target, "birthday.invalid", BAD_BIRTHDAY, cell)


def _read_grade(work: _Work, target: str, cell: CellValue) -> None:
    grade = vocab.read_grade(_as_text(cell))
    if grade is None:
        work.warn(target, "grade.invalid", BAD_GRADE, cell)
    else:
        work.customer["grade"] = grade


def _read_size(work: _Work, target: str, cell: CellValue) -> None:
    size = vocab.read_size(_as_text(cell))
    if size is None:
        work.warn(target, "size.invalid", BAD_SIZE, cell)
    else:
        work.customer["size_bucket"] = size


def _read_choice(work: _Work, target: str, cell: CellValue) -> None:
    value = _CHOICES[target](_as_text(cell))
    if value is None:
        work.warn(target, "value.unknown", BAD_CHOICE, cell)
    else:
        work.customer[target] = value


def _read_tags(work: _Work, target: str, cell: CellValue) -> None:
    seen = {tag.casefold() for tag in work.tags}
    for tag in _SEPARATORS.split(_as_text(cell)):
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            work.tags.append(tag)


_READERS: dict[str, Callable[[_Work, str, CellValue], None]] = {
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
    "grade": _read_grade,
    "size_bucket": _read_size,
    "tags": _read_tags,
}


# --- putting the row together ------------------------------------------------------------


def _clean_person(work: _Work, target: str) -> str | None:
    """The cleaned name in *target* ("name", "company", "contact_name"), warning if bad."""
    raw = work.people.get(target)
    if not raw:
        return None
    try:
        return clean_name(raw, target)
    except ValidationError:
        work.warn(target, "text.invalid", BAD_TEXT, raw)
        return None


def _assemble(work: _Work) -> CleanRow:
    raw_name = work.people.get("name")
    company = _clean_person(work, "company")
    person = _clean_person(work, "contact_name")
    if raw_name:
        try:
            name: str | None = clean_name(raw_name)
        except ValidationError:
            error = Problem(work.number, "name", "name.invalid", BAD_NAME, raw_name)
            return _rejected(work, error)
    else:
        name = company or person
    if name is None:
        return _rejected(work, Problem(work.number, None, "name.missing", NO_NAME))
    customer = work.customer
    customer["name"] = name
    if company:
        customer["company"] = company
    contact_person = person if person and person != name else None
    if "kind" not in customer:
        firm = company or contact_person or _FIRM.search(name)
        customer["kind"] = "company" if firm else "person"
    _fill_contact_details(work)
    contacts = _contacts(work, contact_person or name)
    keys = MatchKeys(
        phones=frozenset(work.phones) | frozenset(work.contact_phones),
        emails=frozenset(e.lower() for e in (*work.emails, *work.contact_emails)),
        name_company=name_company_key(name, company),
    )
    return CleanRow(
        number=work.number,
        customer=customer,
        contacts=contacts if contact_person or _has_contact_fields(work) else [],
        tags=work.tags,
        birthday=work.birthday,
        keys=keys,
        warnings=work.warnings,
        error=None,
    )


def _fill_contact_details(work: _Work) -> None:
    customer = work.customer
    if work.phones:
        customer["phone"] = ", ".join(work.phones)
    if work.emails:
        customer["email"] = work.emails[0]
        work.notes.extend(f"E-mail: {extra}" for extra in work.emails[1:])
    if work.notes:
        customer["notes"] = "\n".join(work.notes)
    if work.tags:
        customer["tags"] = " ".join(work.tags)


def _has_contact_fields(work: _Work) -> bool:
    return bool(
        work.contact_phones
        or work.contact_emails
        or "contact_title" in work.people
        or "contact_wechat" in work.people
    )


def _contacts(work: _Work, name: str) -> list[dict[str, Any]]:
    phones = work.contact_phones or work.phones
    emails = work.contact_emails or work.emails
    contact: dict[str, Any] = {"name": name, "phones": ", ".join(phones), "is_primary": 1}
    if emails:
        contact["email"] = emails[0]
    if "contact_title" in work.people:
        contact["title"] = work.people["contact_title"]
    if "contact_wechat" in work.people:
        contact["wechat"] = work.people["contact_wechat"]
    if work.birthday is not None:
        month, day, year = work.birthday
        contact["birthday"] = (
            f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        )
    return [contact]


def _rejected(work: _Work, error: Problem) -> CleanRow:
    return CleanRow(
        number=work.number,
        customer={},
        contacts=[],
        tags=[],
        birthday=None,
        keys=MatchKeys(),
        warnings=work.warnings,
        error=error,
    )
