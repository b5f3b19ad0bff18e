"""A writer killed at random moments never loses a committed write or damages the database."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crmdesk.data.database import open_store
from crmdesk.data.errors import WrongPassword
from crmdesk.data.keyfile import KdfParams
from crmdesk.services import access, maintenance

OLD, NEW = "old password", "new password"
REPO = Path(__file__).resolve().parents[2]


def _start(mode: str, db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "OLD": OLD, "NEW": NEW}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.data.crash_child", mode, str(db)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_after_first_line(child: subprocess.Popen[str], delay: float) -> list[str]:
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first, child.stderr.read() if child.stderr else "child died"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    rest, _err = child.communicate()
    return [first.strip(), *rest.split()]


@pytest.fixture
def crash_db(tmp_path: Path) -> Path:
    db = tmp_path / "crash.db"
    session, _code = access.create(db, OLD, KdfParams.cheap())
    session.store.close()
    return db


def _run_kills(db: Path, kills: int, seed: int) -> None:
    rng = random.Random(seed)
    committed: list[str] = []
    for kill in range(kills):
        lines = _kill_after_first_line(_start("writes", db), rng.uniform(0.0, 0.15))
        # a line cut by the kill is not a committed id: it was never fully printed
        committed.extend(line for line in lines if len(line) == 36)
        session = access.unlock(db, OLD)
        try:
            found = {row[0] for row in session.store.db.execute_sql("SELECT id FROM customer")}
            missing = [cid for cid in committed if cid not in found]
            assert not missing, f"kill {kill}: committed ids lost: {missing[:3]}"
            if kill % 10 == 9 or kill == kills - 1:
                report = maintenance.check(session)
                assert all(ok for ok, _ in report.values()), report
        finally:
            session.store.close()
    assert len(committed) > kills  # the writer really ran between kills


def test_killed_writer_loses_no_committed_write(crash_db: Path) -> None:
    _run_kills(crash_db, kills=50, seed=1)


@pytest.mark.slow
def test_killed_writer_loses_no_committed_write_1000_times(crash_db: Path) -> None:
    _run_kills(crash_db, kills=1000, seed=2)


def test_password_change_killed_at_random_leaves_exactly_one_password(crash_db: Path) -> None:
    """Kill delays spread from "at once" to "well after": both sides are always exercised,
    whatever the machine's load; the jitter lands kills inside the rewrite too."""
    rng = random.Random(3)
    outcomes = []
    current = OLD
    for step in range(20):
        old, new = (OLD, NEW) if current == OLD else (NEW, OLD)
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.data.crash_child", "passwd", str(crash_db)],
            cwd=REPO,
            env={**os.environ, "OLD": old, "NEW": new},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        delay = 0.0 if step % 4 == 0 else 2.0 if step % 4 == 3 else rng.uniform(0.0, 0.15)
        lines = _kill_after_first_line(child, delay)
        opens = [_opens(crash_db, secret) for secret in (old, new)]
        assert opens.count(True) == 1, f"old/new open: {opens}"
        if "done" in lines:
            assert opens[1], "the child reported success but the new password does not open"
        current = new if opens[1] else old
        outcomes.append(opens[1])
    assert set(outcomes) == {True, False}


def _opens(db: Path, secret: str) -> bool:
    try:
        open_store(db, secret).close()
    except WrongPassword:
        return False
    return True
