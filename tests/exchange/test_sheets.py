"""Workbooks through python-calamine: XLSX written with openpyxl, a hand-made ODS, bad files."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from crmdesk.exchange.model import ImportFileError
from crmdesk.exchange.readers import read_table
from tests.exchange.conftest import WriteFile
from tests.exchange.helpers import cleaned
from tests.helpers import notes_then_customers


def _customer_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "客户"
    sheet.append(["客户名单 2024"])
    sheet.merge_cells("A1:F1")
    sheet.append(["姓名", "手机", "生日", "最近跟进", "客户等级", "邮编"])
    sheet.append(
        ["张三", 13912345678, date(1990, 4, 15), datetime(2024, 3, 5, 14, 30), "A", 100080]
    )
    sheet.append(["李四", 13800138000.0, None, 45356, "b类", 10010])
    sheet.append([])
    sheet.append(["王五", "139 1234 5679", "--0415", "2024/3/5", "Z", None])
    sheet.append(["合计", 3])
    book.create_sheet("空白")
    other = book.create_sheet("Other")
    other.append(["Name", "Phone"])
    other.append(["Ann", "+1 415 555 2671"])
    book.save(path)
    return path


def test_xlsx_with_merged_title_numeric_phones_and_dates(tmp_path: Path) -> None:
    table = read_table(_customer_workbook(tmp_path / "客户.xlsx"))
    assert (table.kind, table.sheet, table.encoding) == ("xlsx", "客户", None)
    assert table.headers == ["姓名", "手机", "生日", "最近跟进", "客户等级", "邮编"]
    assert [row.number for row in table.rows] == [3, 4, 6]
    assert table.skipped_rows == [1, 5, 7]  # title, blank, total
    first = table.rows[0].cells
    assert first[1] == 13912345678  # never 1.39E+10 or 13912345678.0
    assert isinstance(first[1], int)
    assert table.rows[1].cells[1] == 13800138000
    assert first[2] == date(1990, 4, 15)
    assert first[3] == datetime(2024, 3, 5, 14, 30)
    zhang, li, wang = cleaned(table)
    assert zhang.customer["phone"] == "+8613912345678"
    assert zhang.customer["last_followup_on"] == "2024-03-05"
    assert zhang.customer["postal_code"] == "100080"
    assert zhang.birthday == (4, 15, 1990)
    assert li.customer["phone"] == "+8613800138000"
    assert li.customer["last_followup_on"] == "2024-03-05"  # an Excel serial number
    assert li.customer["grade"] == "B"
    assert li.customer["postal_code"] == "010010"  # the leading zero Excel dropped
    assert wang.birthday == (4, 15, None)
    assert "grade" not in wang.customer
    assert [(w.field, w.code) for w in wang.warnings] == [("grade", "grade.invalid")]


def test_xlsx_named_sheet(tmp_path: Path) -> None:
    table = read_table(_customer_workbook(tmp_path / "a.xlsx"), sheet="Other")
    assert table.sheet == "Other"
    assert table.headers == ["Name", "Phone"]
    assert table.rows[0].cells == ["Ann", "+1 415 555 2671"]


def test_the_sheets_with_data_are_named_for_the_user_to_choose(tmp_path: Path) -> None:
    path = _customer_workbook(tmp_path / "a.xlsx")
    assert read_table(path).sheets == ("客户", "Other")  # the blank sheet left out
    assert read_table(path, sheet="Other").sheets == ("客户", "Other")


def test_a_first_sheet_of_notes_is_passed_over_for_the_table(tmp_path: Path) -> None:
    path = notes_then_customers(tmp_path / "a.xlsx", [("华信科技", "13912345678")])
    table = read_table(path)
    assert (table.sheet, table.sheets, len(table.rows)) == ("客户", ("说明", "客户"), 1)


def test_xlsx_unknown_sheet(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_table(_customer_workbook(tmp_path / "a.xlsx"), sheet="nope")
    assert caught.value.code == "no_sheet"


def test_first_non_empty_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.create_sheet("data").append(["Name"])
    book["data"].append(["Ann"])
    book.save(tmp_path / "a.xlsx")
    table = read_table(tmp_path / "a.xlsx")
    assert table.sheet == "data"


def test_workbook_without_data_is_empty(tmp_path: Path) -> None:
    openpyxl.Workbook().save(tmp_path / "a.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "a.xlsx")
    assert caught.value.code == "empty"


def test_xlsx_whatever_its_name(tmp_path: Path) -> None:
    path = _customer_workbook(tmp_path / "a.xlsx")
    renamed = path.rename(tmp_path / "a.csv")
    assert read_table(renamed).kind == "xlsx"


def test_damaged_xlsx(tmp_path: Path, write_file: WriteFile) -> None:
    data = _customer_workbook(tmp_path / "a.xlsx").read_bytes()
    for cut in (data[:100], data[: len(data) // 2], data[:-30]):
        with pytest.raises(ImportFileError) as caught:
            read_table(write_file("cut.xlsx", cut))
        assert caught.value.code == "damaged"


def test_zip_entry_of_an_unknown_version_is_damaged(tmp_path: Path, write_file: WriteFile) -> None:
    # Found by the slow fuzz run: zipfile raises NotImplementedError for "version 6.4".
    data = bytearray(_customer_workbook(tmp_path / "a.xlsx").read_bytes())
    entry = data.index(b"PK\x01\x02")
    data[entry + 6] = 0x40  # "version needed to extract" of the first central entry
    with pytest.raises(ImportFileError) as caught:
        read_table(write_file("b.xlsx", bytes(data)))
    assert caught.value.code == "damaged"


def test_zip_that_is_not_a_workbook(write_file: WriteFile) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError) as caught:
        read_table(write_file("a.xlsx", buffer.getvalue()))
    assert caught.value.code == "not_spreadsheet"


def test_password_protected_xlsx(write_file: WriteFile) -> None:
    # Excel saves an encrypted workbook as an OLE2 file holding an "EncryptedPackage" stream.
    data = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
    )
    with pytest.raises(ImportFileError) as caught:
        read_table(write_file("secret.xlsx", data + b"\0" * 1024))
    assert caught.value.code == "password"


def test_damaged_xls(write_file: WriteFile) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 2000
    with pytest.raises(ImportFileError) as caught:
        read_table(write_file("old.xls", data))
    assert caught.value.code == "damaged"


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="客户">
<table:table-row><table:table-cell office:value-type="string"><text:p>客户名单</text:p>
</table:table-cell></table:table-row>
<table:table-row>
<table:table-cell office:value-type="string"><text:p>姓名</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>手机</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>生日</text:p></table:table-cell>
</table:table-row>
<table:table-row>
<table:table-cell office:value-type="string"><text:p>张三</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="13912345678"><text:p>13912345678</text:p>
</table:table-cell>
<table:table-cell office:value-type="date" office:date-value="1990-04-15">
<text:p>1990-04-15</text:p></table:table-cell>
</table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""

_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
<manifest:file-entry manifest:full-path="/"
 manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def _ods() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        # calamine refuses text between ODS elements: no line breaks
        archive.writestr("content.xml", _ODS_CONTENT.replace("\n", ""), zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", _MANIFEST, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def test_ods(write_file: WriteFile) -> None:
    table = read_table(write_file("客户.ods", _ods()))
    assert (table.kind, table.sheet) == ("ods", "客户")
    assert table.headers == ["姓名", "手机", "生日"]
    assert table.skipped_rows == [1]
    assert table.rows[0].number == 3
    assert table.rows[0].cells[1] == 13912345678
    (row,) = cleaned(table)
    assert row.customer["phone"] == "+8613912345678"
    assert row.birthday == (4, 15, 1990)
