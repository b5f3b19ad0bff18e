"""Field validators: normalised values out, ValidationError(field, code) otherwise."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.validation import (
    ValidationError,
    clean_amount,
    clean_email,
    clean_name,
    clean_probability,
    clean_satisfaction,
    phone_digits,
)


def _code(exc: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str]:
    return exc.value.field, exc.value.code


# --- names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  张伟  ", "张伟"),
        ("欧阳 娜娜", "欧阳 娜娜"),
        ("司马相如", "司马相如"),
        ("\u3000李娜\u3000", "李娜"),  # ideographic spaces from a Chinese IME
        ("Mary   Ann\t Smith", "Mary Ann Smith"),
        ("上海 某某\n贸易有限公司", "上海 某某 贸易有限公司"),
    ],
)
def test_clean_name(raw: str, expected: str) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "required"),
        ("   \u3000 ", "required"),
        ("x" * 201, "too_long"),
        ("a\x00b", "invalid_characters"),
    ],
)
def test_clean_name_rejects(raw: str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_name(raw, field="company")
    assert _code(exc) == ("company", code)


def test_clean_name_length_limit_is_inclusive() -> None:
    assert len(clean_name("名" * 200)) == 200


@given(st.text())
def test_clean_name_is_idempotent_and_tidy(raw: str) -> None:
    result: str | ValidationError
    try:
        result = clean_name(raw)
    except ValidationError as exc:
        result = exc
    if isinstance(result, ValidationError):
        assert result.code in {"required", "too_long", "invalid_characters"}
        return
    assert clean_name(result) == result
    assert result == result.strip()
    assert "  " not in result
    assert 0 < len(result) <= 200


# --- e-mail ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Wang.Wei@Example.COM ", "Wang.Wei@example.com"),
        ("sales+cn@mail.example.com.cn", "sales+cn@mail.example.com.cn"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_clean_email(raw: str | None, expected: str | None) -> None:
    assert clean_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "wang",
        "wang@example",
        "@example.com",
        "wang@@example.com",
        "wang@exa@mple.com",
        "wang wei@example.com",
        "wang@example..com",
        "wang@.example.com",
        "wang@example.com.",
        "wang@-example.com",
        "a@" + "b" * 250 + ".com",
    ],
)
def test_clean_email_rejects(raw: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_email(raw)
    assert _code(exc) == ("email", "invalid")


# --- amounts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,234.5", "1234.50"),
        (" 88 ", "88.00"),
        (0, "0.00"),
        ("-0", "0.00"),
        (12000, "12000.00"),
        (Decimal("19.995"), "20.00"),
        ("0.004", "0.00"),
        ("999999999999.99", "999999999999.99"),
    ],
)
def test_clean_amount(raw: str | int | Decimal, expected: str) -> None:
    result = clean_amount(raw)
    assert result == Decimal(expected)
    assert str(result) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("-1", "negative"),
        (-5, "negative"),
        ("abc", "invalid"),
        ("", "invalid"),
        ("NaN", "invalid"),
        ("Infinity", "invalid"),
        (1.5, "invalid"),
        (True, "invalid"),
        ("1000000000000", "too_large"),
        ("1e30", "too_large"),
    ],
)
def test_clean_amount_rejects(raw: object, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_amount(raw, field="unit_price")  # type: ignore[arg-type]
    assert _code(exc) == ("unit_price", code)


@given(st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2))
def test_clean_amount_keeps_two_place_values(value: Decimal) -> None:
    result = clean_amount(str(value))
    assert result == value
    assert result.as_tuple().exponent == -2


@given(st.decimals(min_value=0, max_value=Decimal("999999999999.99"), allow_nan=False))
def test_clean_amount_rounds_to_the_nearest_cent(value: Decimal) -> None:
    result = clean_amount(value)
    assert result.as_tuple().exponent == -2
    assert abs(result - value) <= Decimal("0.005")


# --- integers -------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [(0, 0), (100, 100), ("60", 60), (" 75% ", 75)])
def test_clean_probability(raw: int | str, expected: int) -> None:
    assert clean_probability(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (-1, "out_of_range"),
        (101, "out_of_range"),
        ("abc", "invalid"),
        ("", "invalid"),
        ("50.5", "invalid"),
        (True, "invalid"),
    ],
)
def test_clean_probability_rejects(raw: int | str, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_probability(raw)
    assert _code(exc) == ("probability", code)


@given(st.integers(-1000, 1000))
def test_satisfaction_accepts_exactly_one_to_five(score: int) -> None:
    if 1 <= score <= 5:
        assert clean_satisfaction(score) == score
        assert clean_satisfaction(str(score)) == score
    else:
        with pytest.raises(ValidationError) as exc:
            clean_satisfaction(score)
        assert _code(exc) == ("satisfaction", "out_of_range")


# --- phones ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+86 138-0013-8000", "8613800138000"),
        ("(021) 6888 1234 ext. 5", "02168881234" + "5"),
        ("１３８００１３８０００", "13800138000"),  # full-width digits
        ("no phone", ""),
    ],
)
def test_phone_digits(raw: str, expected: str) -> None:
    assert phone_digits(raw) == expected


@given(st.text())
def test_phone_digits_are_ascii_digits_only(raw: str) -> None:
    digits = phone_digits(raw)
    assert digits == "" or (digits.isascii() and digits.isdigit())
    assert phone_digits(digits) == digits
