"""XLSX, XLS and ODS through python-calamine (about ten times faster than openpyxl).

    table = read_workbook(path, kind="xlsx", sheet=None)   # first sheet with data
    table.sheets                                           # ("客户", "2024") to choose from

Cells come out as Python values: whole numbers as int (a phone typed as a number is
13912345678, never 1.39E+10 or 13912345678.0), date cells as date or datetime, times and
durations as text, blanks as None. Formulas give their cached value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from python_calamine import CalamineSheet, CalamineWorkbook, PasswordError, SheetTypeEnum

from crmdesk.exchange.errors import damaged, empty, no_sheet, password
from crmdesk.exchange.layout import Numbered, build_table
from crmdesk.exchange.model import Cell, ImportFileError, Table

__all__ = ["read_workbook"]

RawCell = int | float | str | bool | time | date | timedelta


def read_workbook(path: Path, *, kind: str, sheet: str | None = None) -> Table:
    """Table of the named sheet, or of the first sheet holding a table with rows (a first
    sheet of notes is passed over); `sheets` names every sheet with data."""
    try:
        with CalamineWorkbook.from_path(path) as book:
            found = _sheets_with_data(book)
            if sheet is None:
                table = _first_table(found, kind)
            else:
                chosen = _choose(book, sheet, found)
                table = build_table(_rows(chosen), kind=kind, sheet=chosen.name)
            return replace(table, sheets=tuple(found))
    except ImportFileError:
        raise
    except PasswordError as exc:
        raise password(str(exc)) from exc
    except (KeyboardInterrupt, SystemExit, MemoryError):
        raise
    except BaseException as exc:  # calamine's errors, and pyo3's PanicException (BaseException)
        raise damaged(f"{type(exc).__name__}: {exc}") from exc


def _sheets_with_data(book: CalamineWorkbook) -> dict[str, CalamineSheet]:
    """The worksheets with at least one value (charts and blank sheets left out), loaded."""
    found: dict[str, CalamineSheet] = {}
    for meta in book.sheets_metadata:
        if meta.typ not in (SheetTypeEnum.WorkSheet, SheetTypeEnum.DialogSheet):
            continue
        sheet = book.get_sheet_by_name(meta.name)
        if sheet.start is not None and any(_has_value(row) for row in sheet.iter_rows()):
            found[meta.name] = sheet
    return found


def _choose(
    book: CalamineWorkbook, name: str, with_data: dict[str, CalamineSheet]
) -> CalamineSheet:
    if name not in book.sheet_names:
        raise no_sheet(name)
    return with_data.get(name) or book.get_sheet_by_name(name)


def _first_table(with_data: dict[str, CalamineSheet], kind: str) -> Table:
    """The first sheet that reads as a table with rows; else the first that reads at all."""
    if not with_data:
        raise empty("no sheet with data")
    readable: Table | None = None
    problem: ImportFileError | None = None
    for name, sheet in with_data.items():
        try:
            table = build_table(_rows(sheet), kind=kind, sheet=name)
        except ImportFileError as exc:
            problem = problem or exc
            continue
        if table.rows:
            return table
        readable = readable or table
    if readable is not None:
        return readable
    assert problem is not None
    raise problem


def _has_value(row: list[RawCell]) -> bool:
    return any(cell != "" for cell in row)


def _rows(sheet: CalamineSheet) -> Iterator[Numbered]:
    # iter_rows starts at the sheet's first row, blank or not: index + 1 is Excel's number.
    for index, row in enumerate(sheet.iter_rows()):
        yield index + 1, [_cell(value) for value in row]


def _cell(value: RawCell) -> Cell:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | date):
        return value
    if isinstance(value, time):
        return value.isoformat()
    return str(value)
