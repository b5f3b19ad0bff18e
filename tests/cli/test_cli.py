"""The command line as IT staff and scripts use it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.data.backup import list_backups
from crmdesk.services import access
from crmdesk.services.customers import create_customer
from tests.conftest import PASSWORD


@pytest.fixture(autouse=True)
def _password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CRMDESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("CRMDESK_KDF", "test")


def _init(db: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["init", "--db", str(db)]) == 0
    match = re.search(r"Recovery code.*: ([A-Z2-7-]{39})", capsys.readouterr().out)
    assert match, "the recovery code is printed once"
    return match.group(1)


def test_init_prints_a_recovery_code_that_unlocks(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = _init(db_path, capsys)
    access.unlock(db_path, code).store.close()
    assert main(["init", "--db", str(db_path)]) == 1  # never over an existing file


def test_due_json_lists_overdue_customers_by_grade(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _init(db_path, capsys)
    session = access.unlock(db_path, PASSWORD)
    create_customer(session, {"name": "张伟", "grade": "A", "first_contact_on": "2026-01-05"})
    create_customer(session, {"name": "Acme", "grade": "C", "first_contact_on": "2026-01-05"})
    create_customer(session, {"name": "Later", "grade": "E", "first_contact_on": "2026-11-01"})
    session.store.close()
    assert main(["due", "--db", str(db_path), "--on", "2026-01-20", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [(i["name"], i["grade"], i["due"], i["overdue_days"]) for i in document["items"]] == [
        ("张伟", "A", "2026-01-06", 14),  # overdue
        ("Acme", "C", "2026-01-20", 0),  # due today; E is not due for a year
    ]
    assert document["counts"]["A"] == 1
    assert {"id", "name", "grade", "due", "overdue_days"} <= set(document["items"][0])


def test_due_limit_shows_n_per_grade_and_says_how_many_more(db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _init(db_path, capsys)
    session = access.unlock(db_path, PASSWORD)
    for n in range(5):
        create_customer(session, {"name": f"A{n}", "grade": "A", "first_contact_on": "2026-01-05"})
    create_customer(session, {"name": "C0", "grade": "C", "first_contact_on": "2026-01-05"})
    session.store.close()
    assert main(["due", "--db", str(db_path), "--on", "2026-01-20", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "A: 5" in out
    assert "… and 3 more" in out
    assert "C0" in out
    assert sum(line.startswith("  2026") for line in out.splitlines()) == 3
    assert main(["due", "--db", str(db_path), "--on", "2026-01-20", "--limit", "2", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["counts"]["A"] == 5  # the counts stay whole
    assert [i["name"] for i in document["items"]] == ["A0", "A1", "C0"]


def test_check_backup_restore_and_passwd(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _init(db_path, capsys)
    assert main(["check", "--db", str(db_path)]) == 0
    assert "audit_chain" in capsys.readouterr().out
    assert main(["backup", "--db", str(db_path), "--to", str(tmp_path / "bk")]) == 0
    backup = list_backups(tmp_path / "bk", db_path.stem)[-1]
    assert main(["restore", str(backup), "--db", str(db_path)]) == 0
    monkeypatch.setenv("CRMDESK_NEW_PASSWORD", "brand new")
    assert main(["passwd", "--db", str(db_path)]) == 0
    assert main(["check", "--db", str(db_path)]) == 3  # the old password no longer opens it
    monkeypatch.setenv("CRMDESK_PASSWORD", "brand new")
    assert main(["check", "--db", str(db_path)]) == 0


def test_password_file_and_missing_password(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _init(db_path, capsys)
    monkeypatch.delenv("CRMDESK_PASSWORD")
    secret = tmp_path / "pw.txt"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    assert main(["due", "--db", str(db_path), "--password-file", str(secret)]) == 0
    with open(os.devnull) as not_a_terminal:
        monkeypatch.setattr(sys, "stdin", not_a_terminal)
        assert main(["due", "--db", str(db_path)]) == 2
    assert "no password" in capsys.readouterr().err


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["due", "--on", "not-a-date"])
    assert stopped.value.code == 2


def test_console_script_documents_exit_codes(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "crmdesk", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in ("3  wrong password", "4  unrecognised, damaged or empty", "5  database written"):
        assert line in result.stdout
