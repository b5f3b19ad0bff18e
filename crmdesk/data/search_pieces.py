"""The 1–2 character piece documents of `customer_piece`, computed in Python for the bulk path.

    lead, inner = piece_columns("张伟", "星河贸易有限公司", ["Li Hua"])

The triggers build the same documents in SQL (`schema_v6.PIECE_DOCS`), one customer at a
time. For a batch that SQL walks every character through `substr`, `unicode` and `GLOB`:
2.2 s for 100,000 customers, where this loop takes 0.7 s. The rules are v6's exactly (tested
against the triggers' index): a piece is 1 or 2 characters of one text, never holding a
space, starting at one of the first `MAX_PIECE_TEXT` characters, where the text starts, at a
CJK character (U+2E80 and up) or after a character that is not a Latin letter or digit (ASCII
letters and digits, U+00C0–U+024F).
"""

from __future__ import annotations

from collections.abc import Iterable

from crmdesk.data.schema_v2 import MAX_PIECE_TEXT

__all__ = ["piece_columns"]

_CJK_FROM = 0x2E80
_LATIN_FROM, _LATIN_TO = 0xC0, 0x24F


def piece_columns(
    name: str, company: str | None, contact_names: Iterable[str | None]
) -> tuple[str, str | None]:
    """(lead, inner): the first 1 and 2 characters of the name and company; every piece."""
    lead = [name[:1], name[:2]]
    if company is not None:
        lead += [company[:1], company[:2]]
    pieces: list[str] = []
    for text in (name, company, *contact_names):
        if text:
            _add_pieces(text, pieces)
    return " ".join(lead), " ".join(pieces) if pieces else None


def _add_pieces(text: str, pieces: list[str]) -> None:
    last = len(text) - 1
    previous_is_word = False
    for index, char in enumerate(text[:MAX_PIECE_TEXT]):
        if char != " " and (index == 0 or not previous_is_word or ord(char) >= _CJK_FROM):
            pieces.append(char)
            if index < last and text[index + 1] != " ":
                pieces.append(text[index : index + 2])
        previous_is_word = _is_word_char(char)


def _is_word_char(char: str) -> bool:
    """A Latin letter or digit: schema v6's `_WORD_CHAR`."""
    if char.isascii():
        return char.isalnum()
    return _LATIN_FROM <= ord(char) <= _LATIN_TO
