"""Restoring a damaged database from its backups, from the unlock dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.data.backup import make_backup
from crmdesk.services import access
from crmdesk.services.customers import create_customer
from crmdesk.ui.restore_dialog import RestoreDialog
from crmdesk.ui.unlock_dialog import UnlockDialog
from crmdesk.ui.worker import DbWorker
from tests.conftest import PASSWORD
from tests.ui.conftest import CHEAP_CREATE, restore_driver


def _with_backups(db_path: Path) -> list[Path]:
    """A database with one customer in a manual backup, a second in a daily one, a third
    after both; closed."""
    session, _code = CHEAP_CREATE(db_path, PASSWORD)
    made = []
    for name, reason in (("First", "manual"), ("Second", "daily")):
        create_customer(session, {"name": name})
        made.append(make_backup(session.store, reason=reason))
    create_customer(session, {"name": "Third, after every backup"})
    session.store.close()
    return made


def _names(session: access.Session) -> list[str]:
    rows = session.store.db.execute_sql("SELECT name FROM customer ORDER BY name")
    return [row[0] for row in rows]


def test_lists_the_backups_newest_first(qtbot: QtBot, worker: DbWorker, db_path: Path) -> None:
    _with_backups(db_path)
    dialog = RestoreDialog(worker, db_path, PASSWORD)
    qtbot.addWidget(dialog)
    shown = [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())]
    assert len(shown) == 2
    assert "Daily" in shown[0]
    assert "Made by hand" in shown[1]
    assert shown[0].endswith(" MB")
    assert dialog.backup_list.currentRow() == 0
    assert dialog.restore_button.isEnabled()
    assert not dialog.empty.isVisible()


def test_says_where_it_looked_when_there_is_no_backup(
    qtbot: QtBot, worker: DbWorker, db_path: Path
) -> None:
    CHEAP_CREATE(db_path, PASSWORD)[0].store.close()
    dialog = RestoreDialog(worker, db_path, PASSWORD)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()
    assert "No backups of this database in" in dialog.empty.text()
    assert "Other backup file" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_a_wrong_password_says_so_and_changes_nothing(
    qtbot: QtBot, worker: DbWorker, db_path: Path
) -> None:
    _with_backups(db_path)
    before = db_path.read_bytes()
    dialog = RestoreDialog(worker, db_path, "not the password")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
    assert "password" in dialog.status.text().lower()
    assert dialog.isVisible()
    assert db_path.read_bytes() == before


def test_a_damaged_database_is_restored_from_the_unlock_dialog(
    qtbot: QtBot, worker: DbWorker, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_backups(db_path)
    damaged = bytearray(db_path.read_bytes())
    damaged[1024:2048] = bytes(1024)  # the first page, where the schema is, broken
    db_path.write_bytes(bytes(damaged))

    restore = restore_driver(qtbot)

    def run_restore(dialog: RestoreDialog) -> int:  # the modal loop, driven by the test
        assert "Daily" in dialog.backup_list.currentItem().text()  # the newest is chosen
        return restore(dialog)

    monkeypatch.setattr(RestoreDialog, "exec", run_restore)
    unlock = UnlockDialog(worker, db_path)
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.secret, PASSWORD)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(unlock.error.isVisible, timeout=10_000)
    assert "restore a backup" in unlock.error.text().lower()
    qtbot.mouseClick(unlock.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unlock.session is not None, timeout=20_000)  # unlocked at once
    assert _names(unlock.session) == ["First", "Second"]
    assert "The database it replaced was kept as" in unlock.notice.text()
    kept = [p for p in db_path.parent.iterdir() if "-replaced-" in p.name and p.suffix == ".db"]
    assert len(kept) == 1
    assert kept[0].read_bytes() == bytes(damaged)  # the damaged file itself, not deleted
    worker.run_sync(unlock.session.store.close)
