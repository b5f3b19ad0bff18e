"""A big batch commits without copying its log into the file; a thread of its own does that."""

from __future__ import annotations

import threading
from pathlib import Path

import peewee
import pytest

from crmdesk.data import checkpoint
from crmdesk.data.database import WAL_LIMIT_BYTES, open_store
from crmdesk.services.demo import fill_demo
from crmdesk.services.session import Session
from tests.conftest import PASSWORD


def _wal(session: Session) -> Path:
    path = session.store.path
    return path.with_name(path.name + "-wal")


def _held_checkpoint(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The background checkpoint waits for the returned event before it copies anything."""
    release = threading.Event()
    real = checkpoint._checkpoint

    def held(store: object) -> None:
        release.wait(10)
        real(store)  # type: ignore[arg-type]

    monkeypatch.setattr(checkpoint, "_checkpoint", held)
    return release


def test_a_batch_is_committed_before_its_log_is_copied(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = _held_checkpoint(monkeypatch)
    file_size = session.store.path.stat().st_size
    fill_demo(session, customers=500, seed=5)  # one bulk transaction, well over 1,000 pages
    assert session.store.path.stat().st_size == file_size  # nothing copied at the commit
    assert _wal(session).stat().st_size > 4 * 1024 * 1024

    other = open_store(session.store.path, PASSWORD)  # a second reader sees it all
    assert other.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 500
    other.close()

    release.set()
    session.store.settle()
    assert session.store.path.stat().st_size > file_size + 1024 * 1024
    frames = session.store.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    busy, in_log, copied = frames
    assert not busy
    assert copied == in_log  # every frame of the log is in the file


def test_the_log_shrinks_back_after_the_next_write(session: Session) -> None:
    fill_demo(session, customers=500, seed=5)
    session.store.settle()
    session.store.db.execute_sql("UPDATE customer SET notes = 'met at the fair' WHERE rid = 1")
    assert _wal(session).stat().st_size <= WAL_LIMIT_BYTES


def test_automatic_checkpoints_are_back_on_after_a_batch(session: Session) -> None:
    fill_demo(session, customers=20, seed=5)
    assert session.store.db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_a_failed_copy_loses_nothing(
    session: Session, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[str] = []
    real_execute = session.store.db.execute_sql

    def refuse_on_the_checkpoint_thread(sql: str, *args: object, **kwargs: object) -> object:
        if threading.current_thread().name != "crmdesk-checkpoint":
            return real_execute(sql, *args, **kwargs)
        failures.append(sql)
        raise peewee.OperationalError("disk I/O error")

    monkeypatch.setattr(session.store.db, "execute_sql", refuse_on_the_checkpoint_thread)
    fill_demo(session, customers=500, seed=5)
    session.store.settle()
    assert failures == ["PRAGMA wal_checkpoint(PASSIVE)"]
    assert "checkpoint after a batch failed: OperationalError" in caplog.text
    assert str(session.store.path) not in caplog.text
    session.store.close()
    again = open_store(session.store.path, PASSWORD)  # the pages were in the log
    assert again.db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 500
    again.close()


def test_closing_the_store_waits_for_the_copy(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = _held_checkpoint(monkeypatch)
    fill_demo(session, customers=500, seed=5)
    closer = threading.Thread(target=session.store.close)
    closer.start()
    closer.join(0.3)
    assert closer.is_alive()  # still waiting for the checkpoint
    release.set()
    closer.join(10)
    assert not closer.is_alive()
    assert not session.store.background


def test_the_store_never_shows_its_key(session: Session) -> None:
    shown = repr(session.store)
    assert session.store.data_key.hex() not in shown
    assert repr(session.store.data_key) not in shown
    assert "salt" not in shown
