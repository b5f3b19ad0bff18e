"""Read any import file into a Table: CSV, XLSX/XLSM/XLSB, XLS, ODS or vCard.

    table = read_table(Path("客户名单.csv"))          # kind "csv", encoding "gb18030"
    table = read_table(Path("客户.xlsx"), sheet="2024")

The content decides, the suffix only settles .vcf files: a zip holding `xl/` is a workbook and one
holding an OpenDocument spreadsheet is ODS, whatever the name; an OLE2 file is XLS (or, when it
holds an EncryptedPackage, a password-protected XLSX); text starting with BEGIN:VCARD is a
vCard; HTML or XML is refused; other text is CSV, whatever its suffix (old systems write
tab-separated text and call it .xls). Anything that cannot be read raises ImportFileError —
never another exception.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from crmdesk.exchange.csv_reader import read_csv
from crmdesk.exchange.errors import damaged, empty, not_spreadsheet, password, unreadable
from crmdesk.exchange.model import Table
from crmdesk.exchange.normalise import gc_paused
from crmdesk.exchange.sheets import read_workbook
from crmdesk.exchange.vcard import read_vcard

__all__ = ["read_table", "sniff_kind"]

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"7z\xbc\xaf",
    b"Rar!",
    b"BZh",
    b"\x7fELF",
    b"MZ",
)
_VCARD_SUFFIXES = (".vcf", ".vcard")
_MARKUP = ("<?xml", "<html", "<!doctype", "<table", "<head", "<body")


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The table in *path*; *sheet* names a workbook's sheet (default: first with data)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(str(exc)) from exc
    if not data.strip():
        raise empty()
    kind = sniff_kind(data, path.suffix.lower())
    with gc_paused():
        if kind == "vcard":
            return read_vcard(data)
        if kind == "csv":
            return read_csv(data)
        return read_workbook(path, kind=kind, sheet=sheet)


def sniff_kind(data: bytes, suffix: str = "") -> str:
    """ "csv", "vcard", "xlsx", "xls" or "ods" from the bytes; ImportFileError otherwise."""
    if data.startswith(_ZIP):
        return _zip_kind(data)
    if data.startswith(_OLE2):
        if _ENCRYPTED_OOXML in data:
            raise password("encrypted OOXML package")
        return "xls"
    if data.startswith(_BINARY_MAGIC):
        raise not_spreadsheet("binary content")
    if _is_markup(data):
        raise not_spreadsheet("HTML or XML, not a workbook")
    if _is_vcard(data):
        return "vcard"
    if suffix in _VCARD_SUFFIXES:
        raise not_spreadsheet("no BEGIN:VCARD")
    return "csv"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception as exc:  # BadZipFile, NotImplementedError (version), EOFError, …
        raise damaged(f"zip: {type(exc).__name__}: {exc}") from exc
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    if "content.xml" in names and _ODS_MIME in data[:200]:
        return "ods"
    if "content.xml" in names and "mimetype" in names:
        raise not_spreadsheet("an OpenDocument file that is not a spreadsheet")
    if "[Content_Types].xml" in names and not names & {"word/document.xml", "ppt/presentation.xml"}:
        return "xlsx"
    raise not_spreadsheet("a zip archive without a workbook")


def _heads(data: bytes) -> list[str]:
    """The start of the text in each plausible encoding, lower-cased."""
    head = data[:1024]
    return [
        head.decode(encoding, "ignore").lstrip("\ufeff \t\r\n").lower()
        for encoding in ("utf-8", "utf-16", "utf-16-be")
    ]


def _is_vcard(data: bytes) -> bool:
    return any(text.startswith("begin:vcard") for text in _heads(data))


def _is_markup(data: bytes) -> bool:
    return any(text.startswith(_MARKUP) for text in _heads(data))
