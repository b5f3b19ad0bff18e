"""Phone cells to E.164 with `phonenumbers`, in the user's default region.

    read_phones("138 0013 8000 / 010-6552 9988", "CN")
    # (["+8613800138000", "+861065529988"], [])        — (numbers, texts that are not)

A cell may hold several numbers separated by , ， ; ； / 、 | or a line break. A whole number
from Excel (13912345678, 13912345678.0, "13912345678.0") is its digits; a number Excel has
already rounded to scientific notation ("1.39123E+10") cannot be recovered and is refused.
A number is accepted when `phonenumbers` finds it possible for its country (length and
country code): a new prefix the metadata does not know yet is still a phone, but a number
only dialable locally ("12345", "95588") is not. An extension ("010-12345678转123") is dropped
from the E.164 form; `has_extension` tells the caller to keep the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from crmdesk.exchange.model import Cell

__all__ = ["e164", "has_extension", "read_phones"]

_SEPARATORS = re.compile(r"[,，;；/、|\n\r]+")
_WHOLE_FLOAT = re.compile(r"(\d+)\.0+")
_EXTENSION = re.compile(r"转|分机|轉")
# Excel's float garbage: 1.39123E+10 (digits lost) or 13912345678.5 (not a phone at all)
_SCIENTIFIC = re.compile(r"[-+]?\d+(?:\.\d+)?[eE][-+]?\d+|\d{7,}\.\d{1,3}")


@lru_cache(maxsize=1 << 17)
def e164(text: str, region: str) -> str | None:
    """The E.164 form of one phone number, or None when it is not a possible number."""
    if whole := _WHOLE_FLOAT.fullmatch(text):
        text = whole.group(1)
    elif _SCIENTIFIC.fullmatch(text):
        return None
    try:
        number = phonenumbers.parse(_EXTENSION.sub(" ext ", text), region)
    except NumberParseException:
        return None
    if phonenumbers.is_possible_number_with_reason(number) != ValidationResult.IS_POSSIBLE:
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def has_extension(text: str) -> bool:
    return bool(_EXTENSION.search(text)) or "ext" in text.casefold()


def read_phones(cell: Cell, region: str) -> tuple[list[str], list[str]]:
    """(E.164 numbers, pieces that are not phone numbers) of a cell."""
    if isinstance(cell, bool) or cell is None:
        return [], []
    if isinstance(cell, int):
        pieces = [str(cell)]
    elif isinstance(cell, float):
        pieces = [str(int(cell)) if cell.is_integer() else repr(cell)]
    elif isinstance(cell, str):
        pieces = [p.strip() for p in _SEPARATORS.split(cell)]
    else:
        return [], [cell.isoformat()]
    good: list[str] = []
    bad: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        number = e164(piece, region)
        if number is None:
            bad.append(piece)
        elif number not in good:
            good.append(number)
    return good, bad
