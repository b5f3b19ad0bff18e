"""CSV as Excel, WPS and other programs write it.

    text, encoding = decode(data)        # "utf-8-sig", "utf-16", "utf-32", "utf-8", "gb18030"
    table = read_csv(data)

The encoding is decided by byte order marks, then by strict decoding: UTF-8 first (valid UTF-8
is almost never Chinese in another encoding), then GB18030, the superset of GBK and GB2312 that
Chinese Excel writes. UTF-16 without a mark is recognised by its zero bytes. The delimiter is
the one of comma, tab, semicolon and bar that splits the first rows most consistently; the
full-width comma "，" is text. A row number is the record's position, as Excel shows it: a
quoted line break stays inside its cell.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator

from crmdesk.exchange.errors import damaged, empty, not_spreadsheet, unknown_encoding
from crmdesk.exchange.layout import Numbered, build_table
from crmdesk.exchange.model import Cell, Table

__all__ = ["decode", "read_csv", "sniff_delimiter"]

DELIMITERS = (",", "\t", ";", "|")
SAMPLE_CHARS = 64 * 1024
SAMPLE_ROWS = 50
MAX_FIELD = 2**31 - 1  # csv.field_size_limit must fit a C long on every platform
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = frozenset(chr(n) for n in range(32)) - set("\t\n\r\f\v")


def decode(data: bytes) -> tuple[str, str]:
    """The text of *data* and the name of its encoding; ImportFileError if none fits."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    candidates = [encoding] if encoding else [_utf16_without_bom(data), "utf-8", "gb18030"]
    for name in candidates:
        if name is None:
            continue
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise unknown_encoding()


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) // 2
    if sample[1::2].count(0) > half * 0.4 and not sample[0::2].count(0):
        return "utf-16-le"
    if sample[0::2].count(0) > half * 0.4 and not sample[1::2].count(0):
        return "utf-16-be"
    return None


def looks_binary(text: str) -> bool:
    """True when the text holds zero bytes or many control characters: not a CSV."""
    sample = text[:8192]
    if "\x00" in sample:
        return True
    return sum(ch in _CONTROL for ch in sample) * 50 > len(sample)


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the most rows of one width (> 1) in the first rows."""
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    best, best_score = DELIMITERS[0], (0, 0)
    for delimiter in DELIMITERS:
        if delimiter not in sample:
            continue
        widths = _widths(sample, delimiter)
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (count, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _widths(sample: str, delimiter: str) -> list[int]:
    widths: list[int] = []
    try:
        for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
            if any(field.strip() for field in record):
                widths.append(len(record))
                if len(widths) == SAMPLE_ROWS:
                    break
    except csv.Error:
        return []
    return widths


def _records(text: str, delimiter: str) -> Iterator[Numbered]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        for number, record in enumerate(reader, 1):
            cells: list[Cell] = [field.strip() or None for field in record]
            yield number, cells
    except csv.Error as exc:
        raise damaged(str(exc)) from exc


def read_csv(data: bytes) -> Table:
    """Table of a CSV file's bytes (not empty)."""
    text, encoding = decode(data)
    if not text.strip():
        raise empty()
    if looks_binary(text):
        raise not_spreadsheet("binary content")
    if csv.field_size_limit() < len(text):
        csv.field_size_limit(min(len(text) + 1, MAX_FIELD))
    return build_table(_records(text, sniff_delimiter(text)), kind="csv", encoding=encoding)
