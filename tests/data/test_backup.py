"""Backups are encrypted, verified, rotated; a restore verifies before it replaces anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from crmdesk.data import backup as backup_module
from crmdesk.data.backup import list_backups, make_backup, restore_backup, verify_backup
from crmdesk.data.database import open_store
from crmdesk.data.errors import BackupCancelled, BackupInvalid, WrongPassword
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


def _filled(session: Session, customers: int = 300) -> None:
    for n in range(customers):
        create_customer(session, {"name": f"客户{n:04d}", "notes": "x" * 400})


def test_the_copy_reports_progress_in_steps(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(session)
    monkeypatch.setattr(backup_module, "COPY_STEP_PAGES", 16)
    reports: list[tuple[int, int]] = []
    path = make_backup(session.store, folder=tmp_path, progress=lambda *r: reports.append(r))
    assert len(reports) > 3
    assert reports[-1][0] == reports[-1][1]  # every page copied
    assert [done for done, _total in reports] == sorted(done for done, _total in reports)
    assert verify_backup(path, session.store.raw_key) >= 1


@pytest.mark.parametrize("phase", ["copy", "verify"])
def test_a_cancel_in_either_phase_leaves_nothing_behind(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, phase: str
) -> None:
    _filled(session)
    monkeypatch.setattr(backup_module, "COPY_STEP_PAGES", 16)
    monkeypatch.setattr(backup_module, "_CHECK_EVERY", 1000)
    copied: list[int] = []

    def cancelled() -> bool:
        if phase == "copy":
            return len(copied) >= 2
        return bool(copied) and copied[-1] == total[0]

    total = [0]

    def progress(done: int, pages: int) -> None:
        copied.append(done)
        total[0] = pages

    folder = tmp_path / "backups"
    with pytest.raises(BackupCancelled):
        make_backup(session.store, folder=folder, progress=progress, cancelled=cancelled)
    assert list(folder.iterdir()) == []  # no backup, no .partial
    if phase == "verify":
        assert copied[-1] == total[0]  # the copy had finished: the verify was interrupted


def test_the_replaced_database_is_kept_aside_and_still_opens(
    session: Session, tmp_path: Path
) -> None:
    create_customer(session, {"name": "Before the backup"})
    backup = make_backup(session.store, folder=tmp_path / "bk")
    create_customer(session, {"name": "After the backup"})
    after = _dump(session)
    session.store.close()
    kept = restore_backup(backup, session.store.path, PASSWORD)
    assert kept is not None
    assert kept.parent == session.store.path.parent
    assert kept.name.startswith(f"{session.store.path.stem}-replaced-")
    assert _dump(kept) == after  # nothing written after the backup is lost
    names = {p.name for p in _dump_names(session.store.path)}
    assert f"{kept.name}.key" in names
    assert session.store.path.name + ".restoring" not in names


def _dump_names(db_path: Path) -> list[Path]:
    return list(db_path.parent.iterdir())


def test_a_cancelled_restore_touches_nothing(session: Session, tmp_path: Path) -> None:
    backup = make_backup(session.store, folder=tmp_path / "bk")
    session.store.close()
    before = snapshot(session.store.path.parent)
    with pytest.raises(BackupCancelled):
        restore_backup(backup, session.store.path, PASSWORD, cancelled=lambda: True)
    assert snapshot(session.store.path.parent) == before


def test_no_backup_when_it_would_fill_the_disk(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    from collections import namedtuple

    from crmdesk.data.errors import NoRoomForBackup

    usage = namedtuple("usage", "total used free")
    size = session.store.path.stat().st_size
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _path: usage(10**12, 10**12, size + 1024 * 1024)
    )  # room for the copy, not for the database to go on working
    folder = tmp_path / "bk"
    with pytest.raises(NoRoomForBackup) as raised:
        make_backup(session.store, folder=folder)
    assert "MB needed" in raised.value.detail
    assert list(folder.iterdir()) == []


def test_two_restores_keep_both_replaced_files(session: Session, tmp_path: Path) -> None:
    backup = make_backup(session.store, folder=tmp_path / "bk")
    session.store.close()
    first = restore_backup(backup, session.store.path, PASSWORD)
    second = restore_backup(backup, session.store.path, PASSWORD)
    assert first is not None
    assert second is not None
    assert first != second
    assert first.exists()
    assert second.exists()
