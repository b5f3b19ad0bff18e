"""Unlocking and creating databases as use cases: each records an audit event."""

from __future__ import annotations

from pathlib import Path

from crmdesk.data.database import create_store, open_store
from crmdesk.data.keyfile import KdfParams
from crmdesk.data.writer import Clock, system_clock
from crmdesk.services.session import Session


def unlock(
    path: Path, secret: str, *, actor: str | None = None, clock: Clock = system_clock
) -> Session:
    """Open *path* with the password or recovery code; the unlock is audited."""
    session = Session(open_store(path, secret), actor=actor, clock=clock)
    with session.writer().transaction() as tx:
        tx.record("unlock")
    return session


def create(
    path: Path,
    password: str,
    kdf: KdfParams,
    *,
    actor: str | None = None,
    clock: Clock = system_clock,
) -> tuple[Session, str]:
    """Create a new encrypted database; return the open session and the recovery code."""
    store, code = create_store(path, password, kdf)
    session = Session(store, actor=actor, clock=clock)
    with session.writer().transaction() as tx:
        tx.record("create_database")
    return session, code
