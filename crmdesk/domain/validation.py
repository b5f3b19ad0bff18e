"""Pure field validators: each returns the normalised value or raises ``ValidationError``.

Errors carry the field name and a short code (``required``, ``too_long``, ``invalid``,
``negative``, ``too_large``, ``out_of_range``, ``invalid_characters``); the UI turns
them into translated messages.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

__all__ = [
    "MAX_AMOUNT",
    "MAX_EMAIL_LENGTH",
    "MAX_NAME_LENGTH",
    "ValidationError",
    "clean_amount",
    "clean_email",
    "clean_name",
    "clean_probability",
    "clean_satisfaction",
    "phone_digits",
]

MAX_NAME_LENGTH = 200
MAX_EMAIL_LENGTH = 254
MAX_AMOUNT = Decimal("999999999999.99")
_CENTS = Decimal("0.01")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # Unicode category Cc, exactly
_SPACE = re.compile(r"\s")  # what str.isspace() calls white space
_NOT_DIGIT = re.compile(r"\D")


class ValidationError(ValueError):
    """A field value was rejected; ``code`` says why, for the UI to translate."""

    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.field = field
        self.code = code


def clean_name(text: str, field: str = "name") -> str:
    """Stripped name with inner whitespace collapsed to single spaces; kept whole.

    Chinese names are never split or reordered. Control characters are refused.
    """
    cleaned = " ".join(unicodedata.normalize("NFC", text).split())
    if not cleaned:
        raise ValidationError(field, "required")
    if _CONTROL.search(cleaned):
        raise ValidationError(field, "invalid_characters")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(field, "too_long")
    return cleaned


def _valid_domain(domain: str) -> bool:
    labels = domain.split(".")
    return (
        len(labels) >= 2
        and all(labels)
        and not any(label.startswith("-") or label.endswith("-") for label in labels)
    )


def clean_email(text: str | None, field: str = "email") -> str | None:
    """Pragmatic e-mail check: one @, a dotted domain, no spaces. Empty gives None.

    The domain is lower-cased; the local part is kept as typed.
    """
    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if _SPACE.search(cleaned) or len(cleaned) > MAX_EMAIL_LENGTH:
        raise ValidationError(field, "invalid")
    local, at, domain = cleaned.partition("@")
    if not at or not local or "@" in domain or not _valid_domain(domain):
        raise ValidationError(field, "invalid")
    return f"{local}@{domain.lower()}"


def _to_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValidationError(field, "invalid")
    if isinstance(value, str):
        value = value.strip().replace(",", "").replace(" ", "")
    try:
        number = Decimal(value)
    except InvalidOperation as exc:
        raise ValidationError(field, "invalid") from exc
    if not number.is_finite():
        raise ValidationError(field, "invalid")
    return number


def clean_amount(value: str | int | Decimal, field: str = "amount") -> Decimal:
    """Non-negative money amount rounded half-up to 2 places ("1,234.5" -> 1234.50).

    Commas are read as thousands separators. Floats are refused (they are not exact).
    """
    number = _to_decimal(value, field)
    if number < 0:
        raise ValidationError(field, "negative")
    if number > MAX_AMOUNT:
        raise ValidationError(field, "too_large")
    rounded = number.quantize(_CENTS, rounding=ROUND_HALF_UP)
    return rounded if rounded else Decimal("0.00")


def _clean_int(value: int | str, field: str, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise ValidationError(field, "invalid")
    if isinstance(value, str):
        text = value.strip()
        if not text.isdecimal():
            raise ValidationError(field, "invalid")
        value = int(text)
    if not isinstance(value, int):
        raise ValidationError(field, "invalid")
    if not low <= value <= high:
        raise ValidationError(field, "out_of_range")
    return value


def clean_probability(value: int | str, field: str = "probability") -> int:
    """Win probability in percent, 0..100 ("60" and "60%" accepted)."""
    if isinstance(value, str):
        value = value.strip().removesuffix("%")
    return _clean_int(value, field, 0, 100)


def clean_satisfaction(value: int | str, field: str = "satisfaction") -> int:
    """Customer satisfaction score, 1..5."""
    return _clean_int(value, field, 1, 5)


def phone_digits(text: str) -> str:
    """The digits of a phone number, as ASCII, for digit-only search.

    Everything else goes, including a leading "+": "+86 138-0013-8000" -> "8613800138000".
    Full-width digits typed with a Chinese input method count as digits.
    """
    if text.isascii():
        return _NOT_DIGIT.sub("", text)
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())
