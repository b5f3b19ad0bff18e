"""A second launch on the same database wakes the first; other databases are independent."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from crmdesk.ui.single_instance import SingleInstance, instance_key


def test_key_depends_on_user_and_database(tmp_path: Path) -> None:
    one = instance_key(tmp_path / "a.db", "ann")
    assert one == instance_key(tmp_path / "a.db", "ann")
    assert one != instance_key(tmp_path / "b.db", "ann")
    assert one != instance_key(tmp_path / "a.db", "bob")


def test_second_launch_brings_the_first_to_the_front(tmp_path: Path, qtbot: QtBot) -> None:
    first = SingleInstance(tmp_path / "crm.db", folder=tmp_path / "run")
    second = SingleInstance(tmp_path / "crm.db", folder=tmp_path / "run")
    try:
        assert first.acquire()
        assert not second.acquire()
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert second.notify_running()
    finally:
        first.release()
    assert second.acquire()  # the first one quit: the next launch runs
    second.release()


def test_other_database_runs_alongside(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "a.db", folder=tmp_path / "run")
    other = SingleInstance(tmp_path / "b.db", folder=tmp_path / "run")
    try:
        assert first.acquire()
        assert other.acquire()
    finally:
        first.release()
        other.release()
