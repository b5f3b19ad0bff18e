"""From raw rows to a Table: find the header row, leave out title, blank and total rows.

    table = build_table(numbered_rows, kind="csv", encoding="gb18030")

The header is the first of the first rows whose cells look like column names: short texts,
not values (no e-mail, number or date), at least a quarter of them naming a known field — and at
least two of them, unless the sheet has one column (a title row such as "客户名单 2024" above
the header has one cell). Failing that, the first row of two or more such texts. Rows above
the header are titles; rows whose first cell says 合计/总计/小计/Total, and rows at the end
that hold only numbers (the sums), are footers. All of them go to `skipped_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from crmdesk.exchange.errors import no_header
from crmdesk.exchange.mapping import field_for_header, header_key
from crmdesk.exchange.model import Cell, SourceRow, Table

__all__ = ["build_table"]

Numbered = tuple[int, list[Cell]]

HEADER_SEARCH = 30  # non-blank rows looked at for the header
MAX_HEADER_LENGTH = 40
_TOTAL_WORDS = frozenset(
    [
        "合计",
        "总计",
        "小计",
        "共计",
        "总和",
        "汇总",
        "合計",
        "總計",
        "小計",
        "total",
        "totals",
        "grandtotal",
        "subtotal",
        "sum",
    ]
)
_TOTAL_PREFIXES = ("合计", "总计", "小计", "共计", "合計", "總計", "小計")
_NUMERIC = re.compile(r"\s*[-+]?[¥$€£￥]?\s*[\d,]*\.?\d+\s*%?\s*")
_VALUE_LIKE = re.compile(r".*@.*|[\d\s()+\-./:年月日]+")


def build_table(
    rows: Iterable[Numbered], *, kind: str, encoding: str | None = None, sheet: str | None = None
) -> Table:
    """Table of *rows* (number as shown in Excel, cells with blanks as None)."""
    skipped: list[int] = []
    stream = _non_blank(rows, skipped)
    head: list[Numbered] = []
    for row in stream:
        head.append(row)
        if len(head) == HEADER_SEARCH:
            break
    at = _header_index(head)
    skipped.extend(number for number, _ in head[:at])
    header = _trimmed(head[at][1])
    body = _data_rows(_chain(head[at + 1 :], stream), skipped)
    width = max([len(header), *(_extent(cells) for _, cells in body)])
    headers = [_header_text(cell) for cell in header] + [""] * (width - len(header))
    return Table(
        headers=headers,
        rows=[SourceRow(number, _fit(cells, width)) for number, cells in body],
        kind=kind,
        encoding=encoding,
        sheet=sheet,
        skipped_rows=sorted(skipped),
    )


def _non_blank(rows: Iterable[Numbered], skipped: list[int]) -> Iterator[Numbered]:
    for number, cells in rows:
        if any(cell is not None for cell in cells):
            yield number, cells
        else:
            skipped.append(number)


def _chain(first: list[Numbered], rest: Iterator[Numbered]) -> Iterator[Numbered]:
    yield from first
    yield from rest


def _header_index(head: list[Numbered]) -> int:
    if not head:
        raise no_header()
    single_column = max(_extent(cells) for _, cells in head) == 1
    for index, (_, cells) in enumerate(head):
        texts = _header_texts(cells)
        if texts and (len(texts) >= 2 or single_column):
            known = sum(field_for_header(text) is not None for text in texts)
            if known and known * 4 >= len(texts):
                return index
    for index, (_, cells) in enumerate(head):
        texts = _header_texts(cells)
        if texts and len(texts) >= 2:
            return index
    raise no_header()


def _header_texts(cells: list[Cell]) -> list[str]:
    """The non-blank cells if all of them could be column names, else []."""
    texts = []
    for cell in cells:
        if cell is None:
            continue
        if (
            not isinstance(cell, str)
            or len(cell) > MAX_HEADER_LENGTH
            or _VALUE_LIKE.fullmatch(cell)
        ):
            return []
        texts.append(cell)
    return texts


def _data_rows(rows: Iterable[Numbered], skipped: list[int]) -> list[Numbered]:
    """Rows that may be customers; total rows and trailing number-only rows are skipped."""
    body: list[Numbered] = []
    numbers_only: list[Numbered] = []
    for row in rows:
        cells = row[1]
        if _is_total(cells):
            skipped.append(row[0])
        elif all(cell is None or _is_number(cell) for cell in cells):
            numbers_only.append(row)
        else:
            body.extend(numbers_only)
            numbers_only.clear()
            body.append(row)
    skipped.extend(number for number, _ in numbers_only)
    return body


def _is_total(cells: list[Cell]) -> bool:
    label = next((cell for cell in cells if cell is not None), None)
    if not isinstance(label, str) or len(label) > 20:
        return False
    key = header_key(label)
    return key in _TOTAL_WORDS or key.startswith(_TOTAL_PREFIXES)


def _is_number(cell: Cell) -> bool:
    if isinstance(cell, str):
        return _NUMERIC.fullmatch(cell) is not None
    return isinstance(cell, int | float) and not isinstance(cell, bool)


def _extent(cells: list[Cell]) -> int:
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return end


def _trimmed(cells: list[Cell]) -> list[Cell]:
    return cells[: _extent(cells)]


def _fit(cells: list[Cell], width: int) -> list[Cell]:
    if len(cells) == width:
        return cells
    return cells[:width] if len(cells) > width else cells + [None] * (width - len(cells))


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()
