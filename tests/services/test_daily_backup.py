"""The daily backup runs on its own thread while the app keeps writing, once a day."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crmdesk.data import backup as backup_module
from crmdesk.data.backup import backup_dir_for, list_backups, verify_backup
from crmdesk.services import maintenance
from crmdesk.services.customers import create_customer
from crmdesk.services.daily_backup import daily_backup_due, latest_backup_at, start_daily_backup
from crmdesk.services.demo import fill_demo
from crmdesk.services.session import Session
from tests.conftest import FakeClock


class Outcome:
    def __init__(self) -> None:
        self.written: list[Path] = []
        self.failed: list[Exception] = []

    def callbacks(self) -> dict[str, object]:
        return {"on_done": self.written.append, "on_error": self.failed.append}


def _backups(session: Session) -> list[Path]:
    return list_backups(backup_dir_for(session.store.path), session.store.path.stem)


def test_due_without_any_backup_and_again_after_a_day(session: Session, clock: FakeClock) -> None:
    path = session.store.path
    assert latest_backup_at(path) is None
    assert daily_backup_due(path, clock())
    maintenance.backup(session)
    made = latest_backup_at(path)
    assert made is not None
    assert abs(made - datetime.now(UTC)) < timedelta(minutes=1)
    assert not daily_backup_due(path, made + timedelta(hours=23))
    assert daily_backup_due(path, made + timedelta(hours=24))
    assert daily_backup_due(path, made - timedelta(hours=1))  # the clock went back


def test_writes_a_verified_backup_while_the_app_writes(session: Session, clock: FakeClock) -> None:
    fill_demo(session, customers=200, seed=2)
    session.store.settle()
    outcome = Outcome()
    thread = start_daily_backup(session, **outcome.callbacks())  # type: ignore[arg-type]
    assert thread is not None
    for n in range(20):  # the window's writes go on meanwhile
        create_customer(session, {"name": f"During the backup {n}"})
    thread.join(60)
    assert not outcome.failed
    (path,) = outcome.written
    assert path.name.endswith("-daily.db")
    assert verify_backup(path, session.store.raw_key) >= 1
    clock.moment = datetime.now(UTC)
    assert start_daily_backup(session, **outcome.callbacks()) is None  # once a day  # type: ignore[arg-type]


def test_closing_the_store_stops_it_and_leaves_no_file(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    real = backup_module._copy_pages

    def slow_copy(store, target, progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():  # stands for a copy of many pages, checking between steps
            threading.Event().wait(0.01)
        real(store, target, progress, cancelled)

    monkeypatch.setattr(backup_module, "_copy_pages", slow_copy)
    outcome = Outcome()
    assert start_daily_backup(session, **outcome.callbacks()) is not None  # type: ignore[arg-type]
    assert started.wait(10)
    session.store.close()  # lock or quit
    assert outcome.written == []
    assert outcome.failed == []
    folder = backup_dir_for(session.store.path)
    assert not [p for p in folder.iterdir() if p.suffix != ".key"]


def test_a_failure_is_reported_not_lost(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "_copy_pages", full_disk)
    outcome = Outcome()
    thread = start_daily_backup(session, **outcome.callbacks())  # type: ignore[arg-type]
    assert thread is not None
    thread.join(10)
    assert [type(e) for e in outcome.failed] == [OSError]
    assert outcome.written == []
    assert _backups(session) == []


def test_record_backup_audits_it(session: Session) -> None:
    path = maintenance.backup(session)
    events = session.store.db.execute_sql(
        "SELECT action, changes FROM audit_event WHERE action = 'backup'"
    ).fetchall()
    assert len(events) == 1
    assert path.name in events[0][1]


def test_backups_are_listed_newest_first_with_their_reason(session: Session) -> None:
    from crmdesk.data.backup import make_backup

    first = make_backup(session.store, reason="before-v8")
    second = maintenance.backup(session)
    other = session.store.path.with_name("crm-old.db")  # another database's backups
    (backup_dir_for(session.store.path) / f"{other.stem}-20260101T000000000000Z-daily.db").touch()
    listed = maintenance.backups_of(session.store.path)
    assert [b.path for b in listed] == [second, first]
    assert [b.reason for b in listed] == ["manual", "before-v8"]
    assert listed[0].made_at >= listed[1].made_at
    assert listed[0].size == second.stat().st_size


def test_backups_kept_follow_the_preference(session: Session) -> None:
    from dataclasses import replace

    from crmdesk.services.preferences import load_preferences, save_preferences

    save_preferences(session, replace(load_preferences(session), backups_kept=2))
    made = [maintenance.backup(session) for _ in range(3)]
    assert [b.path for b in maintenance.backups_of(session.store.path)] == made[:0:-1]
