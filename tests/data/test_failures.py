"""Every way an unlock can fail: its own error, exit code and message, and no change on disk."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.data import errors
from crmdesk.data.database import create_store, open_store
from crmdesk.data.keyfile import KdfParams, key_path_for
from crmdesk.data.migrations import LATEST
from tests.conftest import PASSWORD
from tests.helpers import snapshot


@pytest.fixture
def made_db(db_path: Path) -> Path:
    store, _code = create_store(db_path, PASSWORD, KdfParams.cheap())
    store.db.execute_sql(
        "INSERT INTO customer(id, created_at, updated_at, name) VALUES ('c1', 't', 't', '张伟')"
    )
    store.close()
    return db_path


def _wrong_password(path: Path) -> str:
    return "not the password"


def _delete_key(path: Path) -> str:
    key_path_for(path).unlink()
    return PASSWORD


def _garbage_key(path: Path) -> str:
    key_path_for(path).write_bytes(b"\x00\xffnot json")
    return PASSWORD


def _key_missing_fields(path: Path) -> str:
    document = json.loads(key_path_for(path).read_text())
    del document["wraps"]["password"]["nonce"]
    key_path_for(path).write_text(json.dumps(document))
    return PASSWORD


def _empty(path: Path) -> str:
    path.write_bytes(b"")
    return PASSWORD


def _random_bytes(path: Path) -> str:
    path.write_bytes(bytes(range(256)) * 64)
    return PASSWORD


def _csv(path: Path) -> str:
    path.write_text("姓名,电话\n张伟,13912345678\n" * 200, encoding="utf-8")
    return PASSWORD


def _png(path: Path) -> str:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 5000)
    return PASSWORD


def _plain_sqlite(path: Path) -> str:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customer(name)")
    conn.commit()
    conn.close()
    return PASSWORD


def _truncated_mid_page(path: Path) -> str:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return PASSWORD


def _truncated_on_page(path: Path) -> str:
    data = path.read_bytes()
    path.write_bytes(data[: 4096 * 3])
    return PASSWORD


def _damaged_first_page(path: Path) -> str:
    data = bytearray(path.read_bytes())
    data[200:260] = b"\x00" * 60
    path.write_bytes(bytes(data))
    return PASSWORD


def _other_databases_key(path: Path) -> str:
    other = path.with_name("other.db")
    store, _ = create_store(other, PASSWORD, KdfParams.cheap())
    store.close()
    shutil.copyfile(key_path_for(other), key_path_for(path))
    other.unlink()
    key_path_for(other).unlink()
    return PASSWORD


def _missing(path: Path) -> str:
    path.unlink()
    return PASSWORD


CASES: list[tuple[Callable[[Path], str], type[errors.StoreError], int]] = [
    (_wrong_password, errors.WrongPassword, 3),
    (_delete_key, errors.KeyFileMissing, 4),
    (_garbage_key, errors.KeyFileDamaged, 4),
    (_key_missing_fields, errors.KeyFileDamaged, 4),
    (_empty, errors.EmptyFile, 4),
    (_random_bytes, errors.NotADatabase, 4),
    (_csv, errors.NotADatabase, 4),
    (_png, errors.NotADatabase, 4),
    (_plain_sqlite, errors.PlainSQLiteFile, 4),
    (_truncated_mid_page, errors.DamagedDatabase, 4),
    (_truncated_on_page, errors.DamagedDatabase, 4),
    (_damaged_first_page, errors.DamagedDatabase, 4),
    (_other_databases_key, errors.NotADatabase, 4),
    (_missing, errors.DatabaseMissing, 4),
]


@pytest.mark.parametrize(
    ("spoil", "error", "exit_code"), CASES, ids=lambda c: getattr(c, "__name__", None)
)
def test_failed_unlock_is_classified_and_changes_nothing(
    made_db: Path, spoil: Callable[[Path], str], error: type[errors.StoreError], exit_code: int
) -> None:
    secret = spoil(made_db)
    before = snapshot(made_db.parent)
    with pytest.raises(error) as caught:
        open_store(made_db, secret)
    assert type(caught.value) is error
    assert error.exit_code == exit_code
    assert snapshot(made_db.parent) == before


@pytest.mark.parametrize(
    ("spoil", "error", "exit_code"), CASES, ids=lambda c: getattr(c, "__name__", None)
)
def test_cli_reports_each_failure_with_its_exit_code(
    made_db: Path,
    spoil: Callable[[Path], str],
    error: type[errors.StoreError],
    exit_code: int,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CRMDESK_PASSWORD", spoil(made_db))
    before = snapshot(made_db.parent)
    assert main(["due", "--db", str(made_db)]) == exit_code
    out = capfd.readouterr()  # file descriptors: SQLCipher's own log lines would show here
    assert error.message in out.err
    assert "Traceback" not in out.err
    assert "hmac" not in out.err.lower()
    assert "张伟" not in out.err + out.out
    assert snapshot(made_db.parent) == before


def test_newer_schema_is_refused_with_exit_5(
    made_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(made_db, PASSWORD)
    store.db.execute_sql(f"PRAGMA user_version = {LATEST + 1}")
    store.close()
    before = snapshot(made_db.parent)
    monkeypatch.setenv("CRMDESK_PASSWORD", PASSWORD)
    assert main(["check", "--db", str(made_db)]) == 5
    assert errors.NewerSchema.message in capsys.readouterr().err
    assert snapshot(made_db.parent) == before


def test_recovery_code_opens_the_database(db_path: Path) -> None:
    store, code = create_store(db_path, PASSWORD, KdfParams.cheap())
    store.close()
    reopened = open_store(db_path, code.lower().replace("-", " "))
    assert reopened.db.execute_sql("PRAGMA user_version").fetchone()[0] == LATEST
    reopened.close()


def test_never_creates_over_an_existing_file(db_path: Path) -> None:
    db_path.write_text("precious")
    with pytest.raises(errors.DatabaseExists):
        create_store(db_path, PASSWORD, KdfParams.cheap())
    assert db_path.read_text() == "precious"
    assert not key_path_for(db_path).exists()


def test_empty_password_is_refused(db_path: Path) -> None:
    with pytest.raises(ValueError, match="password"):
        create_store(db_path, "", KdfParams.cheap())
    assert not db_path.exists()
