"""`crmdesk import` and `crmdesk export` as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.services import access
from crmdesk.services.customer_list import ListQuery
from crmdesk.services.customers import create_customer
from crmdesk.services.importing import save_mapping_profile
from crmdesk.services.views import save_view
from tests.conftest import PASSWORD
from tests.helpers import notes_then_customers

CSV = (
    "客户名称,手机,邮箱,客户等级,标签\r\n"
    "上海明远贸易,13912345678,info@mingyuan.cn,A类,展会 重点\r\n"
    ",,nobody@example.com,B,\r\n"  # row 3: no name
    "北京华科,13800138000,bj@huake.cn,B级,\r\n"
    "华科北京分部,138 0013 8000,,C,\r\n"  # row 5: same phone as row 4
)


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRMDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("CRMDESK_KDF", "test")


@pytest.fixture
def db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["init", "--db", str(db_path)]) == 0
    capsys.readouterr()
    return db_path


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "客户.csv"
    path.write_bytes(CSV.encode("gb18030"))
    return path


def counts(db: Path) -> tuple[int, int, int]:
    session = access.unlock(db, PASSWORD)
    try:
        sql = session.store.db.execute_sql
        return (
            sql("SELECT count(*) FROM customer WHERE deleted_at IS NULL").fetchone()[0],
            sql("SELECT count(*) FROM contact").fetchone()[0],
            sql("SELECT count(*) FROM import_batch").fetchone()[0],
        )
    finally:
        session.store.close()


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(list(argv)) == 0
    document: dict[str, object] = json.loads(capsys.readouterr().out)
    return document


def test_import_json_shape_dry_run_then_real(
    db: Path, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dry = run_json(capsys, "import", str(sheet), "--db", str(db), "--json", "--dry-run")
    assert {"new", "updated", "duplicates", "invalid"} <= dry.keys()
    assert (dry["new"], dry["updated"], dry["duplicates"]) == (2, 0, 1)
    assert dry["invalid"] == [{"row": 3, "reason": dry["invalid"][0]["reason"]}]  # type: ignore[index]
    assert isinstance(dry["invalid"][0]["reason"], str)  # type: ignore[index]
    assert dry["batch_id"] is None
    assert counts(db) == (0, 0, 0)  # the dry run wrote nothing

    real = run_json(capsys, "import", str(sheet), "--db", str(db), "--json")
    assert (real["new"], real["updated"], real["duplicates"]) == (2, 0, 1)
    assert isinstance(real["batch_id"], str)
    assert counts(db)[0] == 2
    assert counts(db)[2] == 1

    again = run_json(capsys, "import", str(sheet), "--db", str(db), "--json")
    assert (again["new"], again["duplicates"]) == (0, 3)
    update = run_json(
        capsys, "import", str(sheet), "--db", str(db), "--json", "--duplicates", "update"
    )
    assert (update["new"], update["updated"], update["duplicates"]) == (0, 3, 0)
    assert counts(db)[0] == 2


def test_import_text_summary(db: Path, sheet: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(sheet), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "new:        2" in out
    assert "duplicates: 1" in out
    assert "row 3:" in out


def test_a_bad_file_exits_4_and_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 this is not a workbook" * 10)
    assert main(["import", str(junk), "--db", str(db)]) == 4
    assert "junk.xlsx" in capsys.readouterr().err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import", str(empty), "--db", str(db)]) == 4
    assert main(["import", str(tmp_path / "missing.csv"), "--db", str(db)]) == 4
    assert counts(db) == (0, 0, 0)


def test_wrong_password_exits_3(
    db: Path, sheet: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CRMDESK_PASSWORD", "wrong")
    assert main(["import", str(sheet), "--db", str(db)]) == 3
    assert main(["export", str(sheet.with_suffix(".xlsx")), "--db", str(db)]) == 3


def test_import_with_a_mapping_profile(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Kunde,Fon\nMüller GmbH,+49 30 1234567\n", encoding="utf-8")
    session = access.unlock(db, PASSWORD)
    save_mapping_profile(session, "DE", {"Kunde": "name", "Fon": "phone"})
    session.store.close()
    result = run_json(capsys, "import", str(path), "--db", str(db), "--json", "--mapping", "DE")
    assert result["new"] == 1
    assert main(["import", str(path), "--db", str(db), "--mapping", "nope"]) == 2


def test_import_a_chosen_sheet_of_a_workbook(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = notes_then_customers(tmp_path / "book.xlsx")
    result = run_json(
        capsys, "import", str(path), "--db", str(db), "--json", "--sheet", "客户", "--dry-run"
    )
    assert result["new"] == 2
    by_default = run_json(capsys, "import", str(path), "--db", str(db), "--json", "--dry-run")
    assert by_default["new"] == 2, "the note on the first sheet is passed over"
    assert main(["import", str(path), "--db", str(db), "--sheet", "没有"]) == 4
    assert "没有" in capsys.readouterr().err
    assert counts(db) == (0, 0, 0)


def test_export_a_view_as_xlsx_and_csv(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    session = access.unlock(db, PASSWORD)
    create_customer(session, {"name": "上海一号", "city": "上海"})
    create_customer(session, {"name": "北京二号", "city": "北京"})
    save_view(session, "沪", ListQuery(text="上海"))
    session.store.close()
    out = tmp_path / "view.xlsx"
    assert main(["export", str(out), "--db", str(db), "--view", "沪"]) == 0
    assert "Exported 1 customers" in capsys.readouterr().out
    book = load_workbook(out, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()  # read-only mode keeps the file open until closed
    assert [r[0] for r in rows[1:]] == ["上海一号"]
    out_csv = tmp_path / "all.txt"
    assert main(["export", str(out_csv), "--db", str(db), "--format", "csv"]) == 0
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert main(["export", str(out), "--db", str(db), "--view", "nope"]) == 2


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "import" in out
    assert "export" in out
    assert "a file to import" in out
