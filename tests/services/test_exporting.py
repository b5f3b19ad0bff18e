"""Exporting: CSV with BOM and XLSX, formula neutralising, paging, audit, round trip."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from crmdesk.domain.enums import Grade
from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.phones import read_phones
from crmdesk.services import exporting
from crmdesk.services.customer_list import ListQuery
from crmdesk.services.customers import add_contact, create_customer
from crmdesk.services.exporting import (
    HEADERS,
    XLSX_MAX_CELL,
    ExportCancelled,
    export_customers,
    neutralise,
)
from crmdesk.services.session import Session

INJECTIONS = ["=1+1", "+8613800138000", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "'quoted"]


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for Excel"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def read_xlsx(path: Path) -> list[list[Any]]:
    """The first sheet as python-calamine (the import's reader) sees it; empty cells None."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return [[None if cell == "" else cell for cell in row] for row in rows]


def test_headers_are_recognised_by_the_import_in_both_languages() -> None:
    for language in (0, 1):
        headers = [pair[language] for pair in HEADERS.values()]
        expected = {
            i: "next_followup_on" if field == "manual_next_on" else field
            for i, field in enumerate(HEADERS)
        }
        assert guess_mapping(headers) == expected


@pytest.mark.parametrize("value", [*INJECTIONS, "plain", "a=b", "", None, 12])
def test_neutralise(value: Any) -> None:
    result = neutralise(value)
    if isinstance(value, str) and value[:1] in "=+-@\t\r'" and value:
        assert result == "'" + value
    else:
        assert result == value


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_injection_case_is_neutralised(session: Session, tmp_path: Path, fmt: str) -> None:
    for text in INJECTIONS:
        cid = create_customer(session, {"name": text, "notes": text, "city": text}).created_id
        add_contact(session, str(cid), {"name": text, "phones": "+8613912345678"})
    path = tmp_path / f"out.{fmt}"
    assert export_customers(session, path, fmt=fmt) == len(INJECTIONS)
    table = read_csv(path) if fmt == "csv" else read_xlsx(path)
    header, body = table[0], table[1:]
    assert len(body) == len(INJECTIONS)
    cells = [cell for line in body for cell in line if isinstance(cell, str) and cell]
    dangerous = [c for c in cells if c[0] in "=+-@\t\r"]
    assert dangerous == []
    column = header.index("Notes")  # names are stripped when saved; notes keep the text
    expected = ["'" + t for t in INJECTIONS]  # a CR too: xlsxwriter stores it as _x000D_
    assert sorted(line[column] for line in body) == sorted(expected)
    phones = {line[header.index("Contact phone")] for line in body}
    assert phones == {"'+8613912345678"}


def test_export_pages_through_a_view(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "PAGE", 3)
    for i in range(10):
        grade = "A" if i % 2 else "C"
        create_customer(session, {"name": f"客户{i}", "grade": grade, "city": "上海"})
    path = tmp_path / "a.csv"
    query = ListQuery(grades=frozenset({Grade.A}), sort="name")
    assert export_customers(session, path, query=query) == 5
    body = read_csv(path)[1:]
    assert [line[0] for line in body] == [f"客户{i}" for i in (1, 3, 5, 7, 9)]
    event = session.store.db.execute_sql(
        "SELECT action, changes FROM audit_event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert event[0] == "export"
    assert json.loads(event[1]) == {"customers": 5, "format": "csv", "file": "a.csv"}
    assert export_customers(session, tmp_path / "all.xlsx", fmt="xlsx") == 10
    with pytest.raises(ValueError, match="format"):
        export_customers(session, tmp_path / "x.pdf", fmt="pdf")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_progress_per_page_and_a_cancel_leaves_the_earlier_file_and_no_part_file(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setattr(exporting, "PAGE", 3)
    for i in range(7):
        create_customer(session, {"name": f"客户{i}"})
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / f"out.{fmt}"
    path.write_bytes(b"an earlier export")
    reports: list[tuple[int, int]] = []

    def cancel_after_the_second_page() -> bool:
        return len(reports) >= 2

    with pytest.raises(ExportCancelled):
        export_customers(
            session, path, fmt=fmt, progress=lambda *r: reports.append(r),
            cancelled=cancel_after_the_second_page,
        )  # fmt: skip
    assert reports == [(3, 7), (6, 7)]
    assert path.read_bytes() == b"an earlier export"
    assert [p.name for p in folder.iterdir()] == [path.name]  # no NAME.part, no scratch left
    reports.clear()
    assert export_customers(session, path, fmt=fmt, progress=lambda *r: reports.append(r)) == 7
    assert reports == [(3, 7), (6, 7), (7, 7)]
    assert [p.name for p in folder.iterdir()] == [path.name]


def test_a_note_longer_than_excel_allows_is_cut_in_xlsx_and_whole_in_csv(
    session: Session, tmp_path: Path
) -> None:
    note = "长" * (XLSX_MAX_CELL + 10)
    create_customer(session, {"name": "Long notes", "notes": note})
    export_customers(session, tmp_path / "a.xlsx", fmt="xlsx")
    export_customers(session, tmp_path / "a.csv", fmt="csv")
    xlsx, csv_rows = read_xlsx(tmp_path / "a.xlsx"), read_csv(tmp_path / "a.csv")
    column = xlsx[0].index("Notes")
    assert xlsx[1][column] == note[:XLSX_MAX_CELL]  # a cell Excel opens, not a "repair"
    assert csv_rows[1][column] == note


def test_chinese_headers(session: Session, tmp_path: Path) -> None:
    create_customer(session, {"name": "张伟"})
    path = tmp_path / "zh.csv"
    export_customers(session, path, chinese=True)
    header, line = read_csv(path)
    assert header[:3] == ["客户名称", "客户类型", "公司名称"]
    assert line[0] == "张伟"


def _e164(text: str | None) -> str:
    """Phones as the import stores them (E.164): the one difference a round trip may make."""
    return ", ".join(read_phones(text, "CN")[0])


def _snapshot(session: Session) -> dict[str, dict[str, Any]]:
    """Every live customer by name: exported fields, tag set, primary contact, birthday."""
    db = session.store.db
    fields = [f for f in HEADERS if f not in ("tags", "birthday") and not f.startswith("contact")]
    out: dict[str, dict[str, Any]] = {}
    rows = db.execute_sql(
        f"SELECT id, {', '.join(fields)}, tags FROM customer WHERE deleted_at IS NULL"
    ).fetchall()
    for cid, *values, tags in rows:
        record = dict(zip(fields, values, strict=True))
        record["tags"] = sorted(tags.split())
        record["phone"] = _e164(record["phone"])
        contact = db.execute_sql(
            "SELECT name, phones, email FROM contact WHERE customer_id = ? AND deleted_at IS NULL "
            "ORDER BY is_primary DESC, rid LIMIT 1",
            (cid,),
        ).fetchone()
        record["contact"] = (contact[0], _e164(contact[1]), contact[2]) if contact else None
        birthday = db.execute_sql(
            "SELECT month, day, year FROM key_date WHERE customer_id = ? AND kind = 'birthday' "
            "AND contact_id IS NULL AND deleted_at IS NULL",
            (cid,),
        ).fetchone()
        record["birthday"] = tuple(birthday) if birthday else None
        assert record["name"] not in out, "demo names are unique"
        out[record["name"]] = record
    return out


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_then_import_into_a_fresh_database_round_trips(
    session: Session, tmp_path: Path, fmt: str
) -> None:
    from crmdesk.data.keyfile import KdfParams
    from crmdesk.services import access
    from crmdesk.services.demo import fill_demo
    from crmdesk.services.importing import Decision, preview_import, run_import

    fill_demo(session, customers=40, seed=3)
    cid = create_customer(session, {"name": "=HYPERLINK(1)", "notes": "-minus\n+plus"}).created_id
    add_contact(session, str(cid), {"name": "@at", "phones": "+8613912345678"})
    path = tmp_path / f"all.{fmt}"
    assert export_customers(session, path, fmt=fmt) == 41

    fresh, _code = access.create(tmp_path / "fresh.db", "pw", KdfParams.cheap(), actor="t")
    try:
        preview = preview_import(fresh, path)
        assert preview.invalid == []
        # demo data may give two customers one phone (555 numbers): create them anyway
        result = run_import(fresh, preview, default=Decision.CREATE)
        assert (result.new, result.duplicates, result.warnings) == (41, 0, [])
        before, after = _snapshot(session), _snapshot(fresh)
        assert after.keys() == before.keys()
        for name, record in before.items():
            assert after[name] == record, name
    finally:
        fresh.store.close()
