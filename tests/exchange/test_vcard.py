"""vCard 2.1, 3.0 and 4.0 as phones export them."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.model import ImportFileError
from crmdesk.exchange.readers import read_table
from crmdesk.exchange.vcard import VCARD_FIELDS
from tests.exchange.conftest import WriteFile
from tests.exchange.helpers import cleaned

DATA = Path(__file__).parent / "data"

# An Android export: vCard 2.1, QUOTED-PRINTABLE UTF-8 with soft line breaks, item groups.
ANDROID_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=BC=9F;;;\r\n"
    "TEL;CELL;PREF:139-1234-5678\r\n"
    "TEL;WORK:010 6552 9988\r\n"
    "item1.EMAIL;INTERNET:zhangwei@example.cn\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=96=9C=E6=AC=A2=E5=96=9D=E8=8C=B6=0A=\r\n"
    "=E4=B8=8A=E5=8D=88=E6=8B=9C=E8=AE=BF\r\n"
    "BDAY:--0415\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E6=9D=8E=E5=A8=9C\r\n"
    "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E6=98=9F=E6=B2=B3=E8=B4=B8=E6=98=93=E6=9C=\r\n"
    "=89=E9=99=90=E5=85=AC=E5=8F=B8;=E9=94=80=E5=94=AE=E9=83=A8\r\n"
    "TITLE;CHARSET=UTF-8:经理\r\n"
    "TEL;CELL:+86 138 0013 8000\r\n"
    "END:VCARD\r\n"
)

# An iPhone / macOS Contacts export: vCard 3.0, folded lines, item groups with labels.
IPHONE_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:王;芳;;;\r\n"
    "FN:王芳\r\n"
    "ORG:远航科技;\r\n"
    "item1.TEL;type=pref:+86 139 0000 1111\r\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\r\n"
    "EMAIL;type=INTERNET;type=WORK:wangfang@yuanhang.cn\r\n"
    "ADR;type=WORK:;;南山区科技园 1\r\n"
    " 号;深圳;广东;518000;中国\r\n"
    "NOTE:第一行\\n第二行\\, 带逗号\r\n"
    "BDAY:1990-04-15\r\n"
    "CATEGORIES:展会,重点\r\n"
    "X-WECHAT:wangfang_88\r\n"
    "END:VCARD\r\n"
)

VCARD_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "N:Smith;John;;;\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+86-139-1234-5670\n"
    "TEL;VALUE=uri;PREF=1:tel:+1-415-555-2671;ext=12\n"
    "BDAY:19850415\n"
    "END:VCARD\n"
)


def test_android_21(write_file: WriteFile) -> None:
    table = read_table(write_file("contacts.vcf", ANDROID_21.encode()))
    assert (table.kind, table.headers) == ("vcard", list(VCARD_FIELDS))
    assert guess_mapping(table.headers) == dict(enumerate(VCARD_FIELDS))
    assert [row.number for row in table.rows] == [1, 2]
    zhang, li = cleaned(table)
    assert zhang.customer["name"] == "张伟"  # only N: family + given, no space
    assert zhang.customer["kind"] == "person"
    assert zhang.customer["phone"] == "+8613912345678, +861065529988"
    assert zhang.customer["email"] == "zhangwei@example.cn"
    assert zhang.customer["notes"] == "喜欢喝茶\n上午拜访"
    assert zhang.birthday == (4, 15, None)
    assert li.customer["name"] == "星河贸易有限公司"
    assert li.customer["kind"] == "company"
    assert li.contacts == [
        {"name": "李娜", "title": "经理", "phones": "+8613800138000", "is_primary": 1}
    ]


def test_iphone_30(write_file: WriteFile) -> None:
    (row,) = cleaned(read_table(write_file("iphone.vcf", IPHONE_30.encode())))
    assert row.customer == {
        "name": "远航科技",
        "company": "远航科技",
        "kind": "company",
        "phone": "+8613900001111",
        "email": "wangfang@yuanhang.cn",
        "address": "南山区科技园 1号",
        "city": "深圳",
        "postal_code": "518000",
        "country": "中国",
        "notes": "第一行\n第二行, 带逗号",
        "tags": "展会 重点",
    }
    assert row.tags == ["展会", "重点"]
    assert row.contacts == [
        {
            "name": "王芳",
            "phones": "+8613900001111",
            "email": "wangfang@yuanhang.cn",
            "wechat": "wangfang_88",
            "birthday": "1990-04-15",
            "is_primary": 1,
        }
    ]
    assert row.birthday == (4, 15, 1990)


def test_vcard_40_tel_uri_and_n_only(write_file: WriteFile) -> None:
    (row,) = cleaned(read_table(write_file("v4.vcf", VCARD_40.encode())))
    assert row.customer["name"] == "John Smith"
    assert row.customer["phone"] == "+14155552671, +8613912345670"  # PREF=1 first
    assert row.birthday == (4, 15, 1985)


def test_a_garbled_charset_name_falls_back_to_utf8(write_file: WriteFile) -> None:
    # found by the fuzz test: a NUL in CHARSET made codecs raise ValueError, not LookupError
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=\x00UTF-8:=E6=9D=8E=E5=A8=9C\r\nEND:VCARD\r\n"
    )
    (row,) = cleaned(read_table(write_file("nul.vcf", text.encode())))
    assert row.customer["name"] == "李娜"


def test_gb18030_vcard_with_bom_less_text(write_file: WriteFile) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:欧阳娜娜\r\nTEL:13912345678\r\nEND:VCARD\r\n"
    table = read_table(write_file("a.vcf", text.encode("gb18030")))
    assert table.encoding == "gb18030"
    assert cleaned(table)[0].customer["name"] == "欧阳娜娜"


def test_public_sample_full() -> None:
    (row,) = cleaned(read_table(DATA / "vcard40_full.vcf"))
    assert row.customer["name"] == "Example Corp."
    assert row.customer["phone"] == "+15555555555, +15551234567"
    assert row.customer["city"] == "Somewhere"  # the PREF=1 address
    assert row.customer["tags"] == "BUSINESS NETWORKING"
    assert row.contacts[0]["name"] == "Dr. John Q. Public, III"
    assert row.contacts[0]["title"] == "CEO"
    assert row.birthday == (4, 15, 1985)
    assert set(row.keys.emails) == {"john.public@example.com", "johnny@personal.example.org"}


def test_public_sample_multilang() -> None:
    (row,) = cleaned(read_table(DATA / "vcard40_multilang.vcf"))
    assert row.customer == {"name": "Yamada Taro", "kind": "person"}


def test_card_without_any_name_is_rejected(write_file: WriteFile) -> None:
    text = "BEGIN:VCARD\nVERSION:3.0\nTEL:13912345678\nEND:VCARD\n"
    (row,) = cleaned(read_table(write_file("a.vcf", text.encode())))
    assert row.error is not None
    assert row.error.code == "name.missing"


@pytest.mark.parametrize(
    "data", [b"hello\n", b"BEGIN:VCALENDAR\nEND:VCALENDAR\n", b"BEGIN:VCARD-ish\n"]
)
def test_vcf_without_cards(write_file: WriteFile, data: bytes) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_table(write_file("a.vcf", data))
    assert caught.value.code in ("not_spreadsheet", "no_contacts")


def test_begin_without_end_keeps_the_card(write_file: WriteFile) -> None:
    table = read_table(write_file("a.vcf", b"BEGIN:VCARD\nFN:Ann\n"))
    assert table.rows[0].cells[0] == "Ann"
