"""Shared fixtures. Tests never touch the real profile: data, settings and temp live in tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from crmdesk.data.keyfile import KdfParams
from crmdesk.services import access
from crmdesk.services.session import Session

PASSWORD = "correct horse battery staple"
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # a Monday


class FakeClock:
    """A settable clock for services."""

    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture(autouse=True)
def _isolated_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CRMDESK_PASSWORD", raising=False)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "db"
    folder.mkdir()
    return folder / "crm.db"


@pytest.fixture
def session(db_path: Path, clock: FakeClock) -> Iterator[Session]:
    """A fresh encrypted database with cheap key derivation."""
    new_session, _code = access.create(
        db_path, PASSWORD, KdfParams.cheap(), actor="tester", clock=clock
    )
    yield new_session
    new_session.store.close()
