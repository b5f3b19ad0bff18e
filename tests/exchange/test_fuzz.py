"""Malformed files: read_table returns a Table or raises ImportFileError, nothing else.

The default suite runs a little over 2,000 generated inputs (CSV, XLSX, vCard); the `slow`
marker runs many more (`pytest -m slow tests/exchange`).
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.model import ImportFileError, Table
from crmdesk.exchange.normalise import clean_rows
from crmdesk.exchange.readers import read_table
from tests.exchange.test_vcard import ANDROID_21, IPHONE_30, VCARD_40

FAST = settings(max_examples=700, deadline=None, suppress_health_check=[HealthCheck.too_slow])
XLSX_FAST = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20_000, deadline=None, suppress_health_check=list(HealthCheck))

_CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["姓名", "手机", "Name", "Phone", "合计", "", '"', "\r\n", "，", "=1+1"]),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
)
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "latin-1"])


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def _read_and_clean(path: Path) -> None:
    try:
        table = read_table(path)
    except ImportFileError as exc:
        problem = (exc.code, exc.message)
        assert all(problem), problem
        return
    assert isinstance(table, Table)
    assert all(len(row.cells) == len(table.headers) for row in table.rows)
    numbers = [row.number for row in table.rows] + table.skipped_rows
    assert len(numbers) == len(set(numbers))
    clean_rows(table.rows[:50], guess_mapping(table.headers), today=date(2026, 11, 23))


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    rows = draw(st.lists(st.lists(_CELLS, max_size=6), max_size=8))
    delimiter = draw(st.sampled_from([",", ";", "\t", "|", "，"]))
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = newline.join(delimiter.join(row) for row in rows)
    try:
        data = text.encode(draw(_ENCODINGS))
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    if draw(st.booleans()):  # then damage it
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=8)) + data[at + 1 :]
    return data


def _valid_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["客户名单"])
    sheet.append(["姓名", "手机", "生日"])
    sheet.append(["张三", 13912345678, date(1990, 4, 15)])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX = _valid_xlsx()


@st.composite
def damaged_xlsx(draw: st.DrawFn) -> bytes:
    data = bytearray(XLSX)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@st.composite
def vcard_bytes(draw: st.DrawFn) -> bytes:
    base = draw(st.sampled_from([ANDROID_21, IPHONE_30, VCARD_40]))
    lines = base.splitlines(keepends=True)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(lines)))
        lines.insert(at, draw(st.text(max_size=30)) + draw(st.sampled_from(["\r\n", "\n", ""])))
    if lines and draw(st.booleans()):
        del lines[draw(st.integers(0, len(lines) - 1))]
    data = "".join(lines).encode(draw(st.sampled_from(["utf-8", "utf-16", "gb18030"])), "replace")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=6)) + data[at:]
    return data


@FAST
@given(data=csv_bytes())
def test_fuzz_csv(folder: Path, data: bytes) -> None:
    path = folder / "fuzz.csv"
    path.write_bytes(data)
    _read_and_clean(path)


@FAST
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".csv", ".xlsx", ".vcf", ".xls"]))
def test_fuzz_any_bytes(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"fuzz{suffix}"
    path.write_bytes(data)
    _read_and_clean(path)


@XLSX_FAST
@given(data=damaged_xlsx())
def test_fuzz_xlsx(folder: Path, data: bytes) -> None:
    path = folder / "fuzz.xlsx"
    path.write_bytes(data)
    _read_and_clean(path)


@FAST
@given(data=vcard_bytes())
def test_fuzz_vcard(folder: Path, data: bytes) -> None:
    path = folder / "fuzz.vcf"
    path.write_bytes(data)
    _read_and_clean(path)


@pytest.mark.slow
@SLOW
@given(data=st.one_of(csv_bytes(), damaged_xlsx(), vcard_bytes(), st.binary(max_size=2000)))
def test_fuzz_everything_slow(folder: Path, data: bytes) -> None:
    for suffix in (".csv", ".xlsx", ".vcf"):
        path = folder / f"fuzz{suffix}"
        path.write_bytes(data)
        _read_and_clean(path)
