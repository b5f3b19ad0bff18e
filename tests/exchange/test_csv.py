"""CSV files as Excel, WPS and other programs write them."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.exchange.csv_reader import decode, sniff_delimiter
from crmdesk.exchange.model import ImportFileError
from crmdesk.exchange.readers import read_table
from tests.exchange.conftest import WriteFile
from tests.exchange.helpers import cleaned

# What Chinese Excel writes for "CSV (逗号分隔)": GB18030, CRLF, a merged title row as one cell
# plus empty ones, phones as digits, dates as 2024/3/5, a sum row at the bottom.
EXCEL_GB18030 = (
    "客户名单 2024,,,,,,,\r\n"
    "客户名称,联系人,手机,邮箱,客户等级,最近跟进,公司规模,标签\r\n"
    '星河贸易有限公司,张伟,13912345678,zhangwei@xinghe.cn,A类,2024/3/5,50-100人,"展会，重点"\r\n'
    "\r\n"
    "北京远航科技,李娜,13800138000,bad@,B级,2024年3月5日,500人以上,老客户 VIP\r\n"
    "王芳,,010-65529988,,c,2024-03-05,少于50人,\r\n"
    ",,,,,,,\r\n"
    "合计,3,,,,,,\r\n"
)


def test_gb18030_excel_export(write_file: WriteFile) -> None:
    table = read_table(write_file("客户.csv", EXCEL_GB18030.encode("gb18030")))
    assert table.kind == "csv"
    assert table.encoding == "gb18030"
    assert table.headers[:3] == ["客户名称", "联系人", "手机"]
    assert [row.number for row in table.rows] == [3, 5, 6]
    assert table.skipped_rows == [1, 4, 7, 8]  # title, blank, blank, total
    first, second, third = cleaned(table)
    assert first.customer == {
        "name": "星河贸易有限公司",
        "kind": "company",
        "phone": "+8613912345678",
        "email": "zhangwei@xinghe.cn",
        "grade": "A",
        "last_followup_on": "2024-03-05",
        "size_bucket": "medium",
        "tags": "展会 重点",
    }
    assert first.contacts == [
        {
            "name": "张伟",
            "phones": "+8613912345678",
            "email": "zhangwei@xinghe.cn",
            "is_primary": 1,
        }
    ]
    assert second.customer["grade"] == "B"
    assert second.customer["size_bucket"] == "large"
    assert second.customer["last_followup_on"] == "2024-03-05"
    assert [(w.row, w.field, w.code, w.value) for w in second.warnings] == [
        (5, "email", "email.invalid", "bad@")
    ]
    assert third.customer["kind"] == "person"
    assert third.customer["phone"] == "+861065529988"
    assert third.customer["grade"] == "C"
    assert third.contacts == []


def test_utf8_bom_semicolons_and_quoted_newlines(write_file: WriteFile) -> None:
    text = (
        "Company;Name;Phone;Notes\r\n"
        'Acme Ltd;John Smith;+1 415 555 2671;"first line\r\nsecond; line"\r\n'
        "Beta GmbH;Anna;+49 30 901820;\r\n"
    )
    table = read_table(write_file("export.csv", b"\xef\xbb\xbf" + text.encode()))
    assert table.encoding == "utf-8-sig"
    assert table.headers == ["Company", "Name", "Phone", "Notes"]
    assert [row.number for row in table.rows] == [2, 3]  # a quoted line break stays in its row
    assert table.rows[0].cells[3] == "first line\r\nsecond; line"
    acme, beta = cleaned(table)
    assert acme.customer["company"] == "Acme Ltd"
    assert acme.customer["phone"] == "+14155552671"
    assert acme.contacts[0]["name"] == "John Smith"
    assert beta.customer["phone"] == "+4930901820"


def test_utf16_tab_separated(write_file: WriteFile) -> None:
    # Excel's "Unicode text": UTF-16 with a byte order mark, tab separated.
    text = "姓名\t手机\t城市\r\n张三\t139 1234 5678\t上海\r\n"
    table = read_table(write_file("unicode.txt", text.encode("utf-16")))
    assert table.encoding == "utf-16"
    assert table.headers == ["姓名", "手机", "城市"]
    (row,) = cleaned(table)
    assert row.customer == {
        "name": "张三",
        "kind": "person",
        "phone": "+8613912345678",
        "city": "上海",
    }


def test_utf16_without_bom(write_file: WriteFile) -> None:
    text = "姓名,手机\r\n张三,13912345678\r\n"
    table = read_table(write_file("a.csv", text.encode("utf-16-le")))
    assert table.encoding == "utf-16-le"
    assert table.rows[0].cells == ["张三", "13912345678"]


def test_plain_utf8(write_file: WriteFile) -> None:
    table = read_table(write_file("a.csv", "姓名,电话\n张三,13912345678\n".encode()))
    assert table.encoding == "utf-8"


def test_gbk_is_read_as_gb18030(write_file: WriteFile) -> None:
    table = read_table(write_file("a.csv", "姓名,地址\n欧阳娜娜,深圳市南山区\n".encode("gbk")))
    assert table.encoding == "gb18030"
    assert table.rows[0].cells == ["欧阳娜娜", "深圳市南山区"]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b\n1|2\n", "|"),
        ("姓名,备注\n张三,你好，世界\n", ","),  # the full-width comma is text
        ("姓名\n张三，李四\n", ","),
    ],
)
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_full_width_comma_is_not_a_delimiter(write_file: WriteFile) -> None:
    table = read_table(write_file("a.csv", "姓名,标签\n张三,展会，重点\n".encode()))
    assert table.rows[0].cells == ["张三", "展会，重点"]


def test_very_long_field(write_file: WriteFile) -> None:
    notes = "很长的备注" * 100_000  # 500,000 characters, beyond csv's default field limit
    table = read_table(write_file("a.csv", f'姓名,备注\n张三,"{notes}"\n'.encode()))
    assert table.rows[0].cells[1] == notes


def test_several_title_rows_and_blank_rows(write_file: WriteFile) -> None:
    text = "某某公司\n客户名单 2024\n\n\n姓名,手机,生日\n\n张三,13912345678,1990/4/15\n"
    table = read_table(write_file("a.csv", text.encode()))
    assert table.headers == ["姓名", "手机", "生日"]
    assert table.skipped_rows == [1, 2, 3, 4, 6]
    assert [row.number for row in table.rows] == [7]
    assert cleaned(table)[0].birthday == (4, 15, 1990)


def test_unknown_headers_fall_back_to_first_row_of_texts(write_file: WriteFile) -> None:
    table = read_table(write_file("a.csv", b"Title\nfoo,bar\nx,2\n"))
    assert table.headers == ["foo", "bar"]
    assert table.skipped_rows == [1]


def test_trailing_number_rows_are_footers_but_not_in_the_middle(write_file: WriteFile) -> None:
    text = "姓名,金额\n张三,100\n,50\n李四,200\n,350\n"
    table = read_table(write_file("a.csv", text.encode()))
    assert [row.number for row in table.rows] == [2, 3, 4]
    assert table.skipped_rows == [5]


def test_english_total_row(write_file: WriteFile) -> None:
    text = "Name,Amount\nAnn,1\nTotal:,1\n"
    assert read_table(write_file("a.csv", text.encode())).skipped_rows == [3]


def test_extra_cells_beyond_the_header_get_empty_headers(write_file: WriteFile) -> None:
    table = read_table(write_file("a.csv", b"Name,Phone\nAnn,123,extra\n"))
    assert table.headers == ["Name", "Phone", ""]
    assert table.rows[0].cells == ["Ann", "123", "extra"]


def test_short_rows_are_padded(write_file: WriteFile) -> None:
    table = read_table(write_file("a.csv", b"Name,Phone,City\nAnn\n"))
    assert table.rows[0].cells == ["Ann", None, None]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"\xff\xfe", "empty"),
        (b"\x81\x20\xff\xfe\x00\x01" * 10, "encoding"),
        (b"%PDF-1.4 binary", "not_spreadsheet"),
        (b"\x00\x00\x01\x02abc\x00" * 20, "not_spreadsheet"),
        (b"<html><table><tr><td>1</td></tr></table></html>", "not_spreadsheet"),
        (b"12,34\n56,78\n", "no_header"),
        (b"13912345678\n", "no_header"),
    ],
)
def test_unreadable_csv(write_file: WriteFile, data: bytes, code: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_table(write_file("bad.csv", data))
    assert caught.value.code == code
    assert caught.value.message


def test_missing_file(tmp_path: object) -> None:
    from pathlib import Path

    with pytest.raises(ImportFileError) as caught:
        read_table(Path(str(tmp_path)) / "nope.csv")
    assert caught.value.code == "unreadable"


def test_decode_prefers_utf8_over_gb18030() -> None:
    assert decode("张三".encode()) == ("张三", "utf-8")
    assert decode("张三".encode("gb18030")) == ("张三", "gb18030")


def test_tsv_named_xls_is_read_as_text(write_file: WriteFile) -> None:
    table = read_table(write_file("old-system.xls", "姓名\t手机\n张三\t13912345678\n".encode()))
    assert table.kind == "csv"
    assert table.rows[0].cells == ["张三", "13912345678"]


def test_dates_in_csv_text(write_file: WriteFile) -> None:
    text = "姓名,最近跟进,下次跟进\n张三,2024.3.5,45356\n"
    (row,) = cleaned(read_table(write_file("a.csv", text.encode())))
    assert row.customer["last_followup_on"] == date(2024, 3, 5).isoformat()
    assert row.customer["manual_next_on"] == "2024-03-05"
