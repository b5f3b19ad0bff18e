"""Every migration is tested from the first schema, kept as a committed fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crmdesk.data import keyfile
from crmdesk.data.backup import backup_dir_for, list_backups, verify_backup
from crmdesk.data.database import open_store
from crmdesk.data.migrations import LATEST, schema_version
from crmdesk.data.search import search_ids
from tests.helpers import snapshot

FIXTURES = Path(__file__).parent.parent / "fixtures"
V1_PASSWORD = "fixture-v1"


@pytest.fixture
def v1_db(tmp_path: Path) -> Path:
    target = tmp_path / "old" / "schema_v1.db"
    target.parent.mkdir()
    shutil.copyfile(FIXTURES / "schema_v1.db", target)
    shutil.copyfile(FIXTURES / "schema_v1.db.key", keyfile.key_path_for(target))
    return target


def test_opening_a_v1_database_backs_it_up_then_migrates_it(v1_db: Path) -> None:
    original = (v1_db.read_bytes(), keyfile.key_path_for(v1_db).read_bytes())
    store = open_store(v1_db, V1_PASSWORD)
    try:
        assert schema_version(store) == LATEST
        # existing customers were indexed by the search migration
        assert len(search_ids(store, "张伟")) == 1  # v4's piece index, built by the migration
        assert len(search_ids(store, "张")) >= 1
        assert len(search_ids(store, "no")) >= 1
        assert len(search_ids(store, "northwind")) == 1
        assert len(search_ids(store, "00001111")) == 1
        assert store.db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        # v8's tally of follow-ups per grade and day counts the customers there were (none of
        # the fixture's is due: tests/data/test_due_queries.py checks one with data)
        tally = "SELECT grade, day, n FROM due_tally ORDER BY 1, 2"
        counted = (
            "SELECT grade, next_due_on, count(*) FROM customer WHERE deleted_at IS NULL "
            "AND next_due_on IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
        )
        assert store.db.execute_sql(tally).fetchall() == store.db.execute_sql(counted).fetchall()
    finally:
        store.close()
    backups = list_backups(backup_dir_for(v1_db), v1_db.stem)
    assert len(backups) == 1
    assert verify_backup(backups[0], store.raw_key) == 1
    assert keyfile.key_path_for(backups[0]).read_bytes() == original[1]


def test_a_failing_migration_leaves_the_old_schema_intact(
    v1_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.data import migrations, schema_v2

    broken = [*schema_v2.STATEMENTS[:3], "THIS IS NOT SQL"]
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(Exception, match="syntax"):
        open_store(v1_db, V1_PASSWORD)
    monkeypatch.undo()
    store = open_store(v1_db, V1_PASSWORD)  # the real migration still runs from v1
    try:
        assert schema_version(store) == LATEST
        assert store.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 3
    finally:
        store.close()


def test_latest_database_opens_without_a_backup(v1_db: Path) -> None:
    open_store(v1_db, V1_PASSWORD).close()
    before = snapshot(backup_dir_for(v1_db))
    open_store(v1_db, V1_PASSWORD).close()
    assert snapshot(backup_dir_for(v1_db)) == before
