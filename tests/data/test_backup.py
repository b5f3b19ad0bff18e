"""Backups are encrypted, verified, rotated; a restore verifies before it replaces anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.data.backup import list_backups, make_backup, restore_backup, verify_backup
from crmdesk.data.database import open_store
from crmdesk.data.errors import BackupInvalid, WrongPassword
from crmdesk.services.customers import create_customer, update_customer
from crmdesk.services.session import Session
from tests.conftest import PASSWORD
from tests.helpers import snapshot

TABLES = ("customer", "contact", "timeline_entry", "audit_event", "settings")


def _dump(session_or_path: Session | Path) -> dict[str, list[tuple[object, ...]]]:
    if isinstance(session_or_path, Session):
        store = session_or_path.store
        return {t: store.db.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    store = open_store(session_or_path, PASSWORD)
    try:
        return {t: store.db.execute_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
    finally:
        store.close()


def test_round_trip_gives_identical_rows(session: Session, tmp_path: Path) -> None:
    cid = create_customer(
        session, {"name": "张伟", "company": "华信", "notes": "第一次"}
    ).created_id
    backup = make_backup(session.store, folder=tmp_path / "bk")
    saved = _dump(session)
    update_customer(session, cid or "", {"notes": "changed after the backup"})
    create_customer(session, {"name": "Later"})
    session.store.close()
    restore_backup(backup, session.store.path, PASSWORD)
    assert _dump(session.store.path) == saved


def test_restore_with_the_recovery_code_too(db_path: Path, tmp_path: Path) -> None:
    from crmdesk.data.keyfile import KdfParams
    from crmdesk.services import access

    session, code = access.create(db_path, PASSWORD, KdfParams.cheap())
    backup = make_backup(session.store, folder=tmp_path / "bk")
    session.store.close()
    restore_backup(backup, db_path, code)
    open_store(db_path, PASSWORD).close()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "other_file"])
def test_damaged_backup_is_refused_before_anything_is_touched(
    session: Session, tmp_path: Path, damage: str
) -> None:
    create_customer(session, {"name": "Keep me"})
    backup = make_backup(session.store, folder=tmp_path / "bk")
    session.store.close()
    data = bytearray(backup.read_bytes())
    if damage == "flip":
        data[len(data) // 2 : len(data) // 2 + 32] = bytes(32)
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"name,phone\n" * 500)
    backup.write_bytes(bytes(data))
    before = snapshot(session.store.path.parent)
    with pytest.raises(BackupInvalid):
        restore_backup(backup, session.store.path, PASSWORD)
    assert snapshot(session.store.path.parent) == before


def test_wrong_password_for_restore_touches_nothing(session: Session, tmp_path: Path) -> None:
    backup = make_backup(session.store, folder=tmp_path / "bk")
    session.store.close()
    before = snapshot(session.store.path.parent)
    with pytest.raises(WrongPassword):
        restore_backup(backup, session.store.path, "wrong")
    assert snapshot(session.store.path.parent) == before


def test_rotation_keeps_the_newest_n(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    made = [make_backup(session.store, folder=folder, keep=3) for _ in range(5)]
    kept = list_backups(folder, session.store.path.stem)
    assert kept == made[-3:]
    assert all(verify_backup(path, session.store.raw_key) for path in kept)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [p.name for p in kept] + [p.name + ".key" for p in kept]
    )
