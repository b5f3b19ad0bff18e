"""Unlocking and creating databases as use cases: each records an audit event."""

from __future__ import annotations

from pathlib import Path

from crmdesk.data.database import create_store, open_store
from crmdesk.data.errors import StoreError
from crmdesk.data.keyfile import KdfParams
from crmdesk.data.locations import default_db_path
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
    kdf: KdfParams | None = None,
    *,
    actor: str | None = None,
    clock: Clock = system_clock,
) -> tuple[Session, str]:
    """Create a new encrypted database; return the open session and the recovery code."""
    store, code = create_store(path, password, kdf or KdfParams.default())
    session = Session(store, actor=actor, clock=clock)
    with session.writer().transaction() as tx:
        tx.record("create_database")
    return session, code


def cheap_kdf_for_tests() -> KdfParams:
    """Weak Argon2id parameters: tests and throwaway self-test databases only."""
    return KdfParams.cheap()


__all__ = ["StoreError", "cheap_kdf_for_tests", "create", "default_db_path", "unlock"]
