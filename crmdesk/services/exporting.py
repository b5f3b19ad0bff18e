"""Exporting customers to CSV (UTF-8 with BOM, for Excel) or XLSX, streamed by page.

    count = export_customers(session, Path("客户.xlsx"), fmt="xlsx", query=view.query)

The headers are ones the import's `guess_mapping` recognises, and the values are stored
values it reads back, so an export imports into another database as the same customers
(fields, tags, primary contact, birthday). Cells that a spreadsheet would run as a formula
(starting with = + - @, tab or carriage return) are prefixed with ' — and so is a cell that
starts with ' itself, so that the import can undo the prefix without guessing. Only ids are
held for the whole list; rows are read `PAGE` at a time, with a 64 MiB page cache (the
list's order reads customers at random: 100,000 took 8.8 s with the usual cache, 5.6 s with
it), reporting progress after each page and stopping when *cancelled*. The file
is written as NAME.part beside the target and renamed over it at the end, so a cancelled or
failed export leaves any earlier file of that name as it was; XLSX rows wait in a scratch
folder beside it (never the system temp folder), removed at the end. Excel holds at most
32,767 characters in a cell: a longer note is cut there in an XLSX export (CSV keeps it
whole). The export is audited (no values in the event, only the count, format and file name).
"""

from __future__ import annotations

import contextlib
import csv
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from crmdesk.data.bulk import large_page_cache
from crmdesk.data.import_queries import export_page
from crmdesk.domain.progress import Cancelled, Progress
from crmdesk.exchange.cells import neutralise
from crmdesk.services.customer_list import ListQuery, list_ids
from crmdesk.services.session import Session

__all__ = ["FORMATS", "HEADERS", "PAGE", "ExportCancelled", "export_customers", "neutralise"]

FORMATS = ("csv", "xlsx")
PAGE = 1000

# field -> (English header, Chinese header); each is an exact alias of mapping.guess_mapping.
HEADERS: dict[str, tuple[str, str]] = {
    "name": ("Customer name", "客户名称"),
    "kind": ("Customer type", "客户类型"),
    "company": ("Company", "公司名称"),
    "phone": ("Phone", "电话"),
    "email": ("E-mail", "邮箱"),
    "grade": ("Grade", "客户等级"),
    "relationship": ("Status", "客户状态"),
    "importance": ("Importance", "重要程度"),
    "need": ("Need status", "需求状态"),
    "source": ("Source", "客户来源"),
    "first_contact_on": ("First contact date", "首次接触日期"),
    "first_summary": ("First conversation", "首次沟通"),
    "owner": ("Owner", "负责人"),
    "size_bucket": ("Company size", "公司规模"),
    "industry": ("Industry", "行业"),
    "annual_revenue": ("Annual revenue", "年营业额"),
    "main_products": ("Main products", "主营产品"),
    "address": ("Address", "地址"),
    "postal_code": ("Postal code", "邮政编码"),
    "city": ("City", "城市"),
    "country": ("Country/region", "国家/地区"),
    "functional_needs": ("Functional needs", "功能需求"),
    "price_preference": ("Price preference", "价格偏好"),
    "service_requirements": ("Service requirements", "服务要求"),
    "brand_preferences": ("Brand preferences", "品牌偏好"),
    "notes": ("Notes", "备注"),
    "tags": ("Tags", "标签"),
    "last_followup_on": ("Last follow-up", "最近跟进日期"),
    "manual_next_on": ("Next follow-up", "下次跟进日期"),
    "birthday": ("Birthday", "生日"),
    "contact_name": ("Contact name", "联系人姓名"),
    "contact_phone": ("Contact phone", "联系人手机"),
    "contact_email": ("Contact e-mail", "联系人邮箱"),
}


class ExportCancelled(Exception):
    """The export was cancelled: no file was written (an earlier one is left as it was)."""


def export_customers(
    session: Session,
    path: Path,
    *,
    fmt: str = "csv",
    query: ListQuery | None = None,
    chinese: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the customers of *query* (all live ones by default) to *path*; return how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    rids = list_ids(session, query or ListQuery())
    header = [pair[1 if chinese else 0] for pair in HEADERS.values()]
    rows = _rows(session, rids, progress, cancelled)
    partial = path.with_name(path.name + ".part")
    try:
        with large_page_cache(session.store.db):
            (_write_csv if fmt == "csv" else _write_xlsx)(partial, header, rows)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    with session.writer().transaction() as tx:
        tx.record("export", None, None, {"customers": len(rids), "format": fmt, "file": path.name})
    return len(rids)


def _rows(
    session: Session, rids: Sequence[int], progress: Progress | None, cancelled: Cancelled | None
) -> Iterator[list[Any]]:
    fields = list(HEADERS)
    for start in range(0, len(rids), PAGE):
        if cancelled is not None and cancelled():
            raise ExportCancelled
        for row in export_page(session.store.db, rids[start : start + PAGE]):
            row["birthday"] = _birthday(row)
            yield [neutralise(row[f]) for f in fields]
        if progress is not None:
            progress(min(start + PAGE, len(rids)), len(rids))


def _birthday(row: dict[str, Any]) -> str | None:
    month, day, year = row["birthday_month"], row["birthday_day"], row["birthday_year"]
    if month is None or day is None:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _write_csv(path: Path, header: list[str], rows: Iterator[list[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def _write_xlsx(path: Path, header: list[str], rows: Iterator[list[Any]]) -> None:
    """Stream the rows into a workbook at *path*; xlsxwriter's scratch file (the rows, until
    the workbook is assembled) lives in a folder beside *path*, removed whatever happens."""
    import xlsxwriter

    scratch = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    book = xlsxwriter.Workbook(str(path), {**_XLSX_OPTIONS, "tmpdir": str(scratch)})
    try:
        sheet = book.add_worksheet("Customers")
        sheet.write_row(0, 0, header)
        for number, row in enumerate(rows, start=1):
            sheet.write_row(number, 0, [_fit_cell(value) for value in row])
    finally:
        with contextlib.suppress(
            Exception
        ):  # after a cancel: a partial file, removed by our caller
            book.close()
        shutil.rmtree(scratch, ignore_errors=True)


# every value is written as what it is: text never becomes a formula, a number or a link
_XLSX_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
}
XLSX_MAX_CELL = 32_767  # characters: Excel's limit for one cell (a longer note is cut there)


def _fit_cell(value: Any) -> Any:
    if isinstance(value, str) and len(value) > XLSX_MAX_CELL:
        return value[:XLSX_MAX_CELL]
    return value
