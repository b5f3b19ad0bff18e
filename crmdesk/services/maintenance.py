"""Care of the database: integrity check, backup, restore, password change."""

from __future__ import annotations

from pathlib import Path

from crmdesk import __version__
from crmdesk.data import backup as backups
from crmdesk.data import keyfile
from crmdesk.data.audit import verify_chain
from crmdesk.data.backup import BackupFile, backups_of
from crmdesk.data.errors import BackupCancelled
from crmdesk.data.keyfile import KdfParams
from crmdesk.data.migrations import LATEST, schema_version
from crmdesk.domain.progress import Cancelled, Progress
from crmdesk.services.preferences import load_preferences
from crmdesk.services.session import Session

__all__ = [
    "BackupCancelled",
    "BackupFile",
    "backup",
    "backup_folder",
    "backups_of",
    "change_password",
    "check",
    "record_backup",
    "restore",
    "versions",
]

Report = dict[str, tuple[bool, str]]


def check(session: Session) -> Report:
    """Full checks; each entry is (ok, detail). Reads every page: seconds on big databases."""
    db = session.store.db
    integrity = [row[0] for row in db.execute_sql("PRAGMA integrity_check")]
    cipher = [row[0] for row in db.execute_sql("PRAGMA cipher_integrity_check")]
    chain = verify_chain(db)
    version = schema_version(session.store)
    return {
        "integrity": (integrity == ["ok"], "; ".join(integrity[:3])),
        "cipher_integrity": (not cipher, "ok" if not cipher else f"{len(cipher)} bad pages"),
        "audit_chain": (
            chain.ok,
            f"{chain.events} events" if chain.ok else f"broken at event {chain.first_bad_seq}",
        ),
        "schema": (version == LATEST, f"version {version} (this crmdesk: {LATEST})"),
    }


def backup(
    session: Session,
    folder: Path | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """A verified backup now (see `crmdesk.data.backup.make_backup`), audited; as many are
    kept as Preferences say."""
    keep = load_preferences(session).backups_kept
    path = backups.make_backup(
        session.store,
        reason="manual",
        folder=folder,
        keep=keep,
        progress=progress,
        cancelled=cancelled,
    )
    record_backup(session, path)
    return path


def record_backup(session: Session, path: Path) -> None:
    """The audit event of a backup written (by hand, or daily: `daily_backup.py`)."""
    with session.writer().transaction() as tx:
        tx.record("backup", changes={"file": path.name})


def restore(
    backup_path: Path, db_path: Path, secret: str, *, cancelled: Cancelled | None = None
) -> Path | None:
    """Replace the (closed) database with *backup_path* after verifying it; return where
    the replaced database was kept (see `crmdesk.data.backup.restore_backup`)."""
    return backups.restore_backup(backup_path, db_path, secret, cancelled=cancelled)


def change_password(session: Session, new_password: str, kdf: KdfParams) -> None:
    """Rewrap the data key; the database itself is not rewritten."""
    keyfile.change_password(
        keyfile.key_path_for(session.store.path), session.store.data_key, new_password, kdf
    )
    with session.writer().transaction() as tx:
        tx.record("change_password")


def versions(session: Session) -> dict[str, str]:
    """crmdesk, SQLCipher and SQLite versions, for the About box and support requests."""
    db = session.store.db
    cipher = db.execute_sql("PRAGMA cipher_version").fetchone()
    sqlite = db.execute_sql("SELECT sqlite_version()").fetchone()
    return {
        "crmdesk": __version__,
        "sqlcipher": str(cipher[0]) if cipher else "",
        "sqlite": str(sqlite[0]),
    }


def backup_folder(db_path: Path) -> Path:
    return backups.backup_dir_for(db_path)
