"""Failures of the encrypted store, each classified before it reaches the user.

Every error carries a translatable message (context "StoreError") and the command-line exit
code documented in `crmdesk --help`. None of them carries customer data or key material.
"""

from __future__ import annotations

from crmdesk.i18n import QT_TRANSLATE_NOOP

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_PASSWORD = 3
EXIT_BAD_FILE = 4
EXIT_NEWER_SCHEMA = 5


class StoreError(Exception):
    """An environment failure the user can act on (not a bug in crmdesk)."""

    message = QT_TRANSLATE_NOOP("StoreError", "The database could not be opened.")
    exit_code = EXIT_ERROR

    def __init__(self, detail: str = "") -> None:
        super().__init__(self.message if not detail else f"{self.message} ({detail})")
        self.detail = detail


class WrongPassword(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError", "Wrong password or recovery code. Nothing was changed; try again."
    )
    exit_code = EXIT_WRONG_PASSWORD


class KeyFileMissing(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "The key file next to the database is missing. Put the .key file that belongs to this "
        "database back beside it, or restore a backup.",
    )
    exit_code = EXIT_BAD_FILE


class KeyFileDamaged(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "The key file next to the database is damaged. Restore it from a backup copy.",
    )
    exit_code = EXIT_BAD_FILE


class DatabaseMissing(StoreError):
    message = QT_TRANSLATE_NOOP("StoreError", "There is no database at this location.")
    exit_code = EXIT_BAD_FILE


class DatabaseExists(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "A file already exists at this location. crmdesk never creates a database over an "
        "existing file; choose another name.",
    )
    exit_code = EXIT_ERROR


class EmptyFile(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "The database file is empty (0 bytes). It holds no data; restore a backup.",
    )
    exit_code = EXIT_BAD_FILE


class NotADatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "This file is not a crmdesk database (or not the one this key file belongs to).",
    )
    exit_code = EXIT_BAD_FILE


class PlainSQLiteFile(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "This is an unencrypted SQLite file, not a crmdesk database. crmdesk only opens "
        "its own encrypted databases.",
    )
    exit_code = EXIT_BAD_FILE


class DamagedDatabase(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "The database file is damaged (truncated or corrupted pages). Restore a backup.",
    )
    exit_code = EXIT_BAD_FILE


class NewerSchema(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "This database was written by a newer crmdesk. Install the newer version to open it; "
        "nothing was changed.",
    )
    exit_code = EXIT_NEWER_SCHEMA


class BackupInvalid(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "The backup could not be verified and was not restored. The current database is unchanged.",
    )
    exit_code = EXIT_BAD_FILE


class BackupCancelled(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError", "The backup was cancelled; no backup file was left behind."
    )
    exit_code = EXIT_ERROR


class NoRoomForBackup(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "There is not enough free disk space for a backup, and the database needs room to "
        "keep working. Nothing was written; free some space (older backups are in the "
        "backups folder).",
    )
    exit_code = EXIT_ERROR


class DiskFull(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "The disk is full. Your last change was not saved; free some space and try again.",
    )
    exit_code = EXIT_ERROR


class StorageUnavailable(StoreError):
    message = QT_TRANSLATE_NOOP(
        "StoreError",
        "The database file cannot be read or written (permissions, a removed drive, or a "
        "disk error). Nothing was saved; check the drive and try again.",
    )
    exit_code = EXIT_ERROR


_SQLITE_FULL = 13
_STORAGE_CODES = frozenset({3, 8, 10, 14})  # PERM, READONLY, IOERR, CANTOPEN


def environment_error(exc: BaseException) -> StoreError | None:
    """The StoreError for a SQLite error caused by the machine (full disk, I/O), else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None and exc.__cause__ is not None:  # peewee wraps the driver's exception
        code = getattr(exc.__cause__, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_FULL:
        return DiskFull()
    if primary in _STORAGE_CODES:
        return StorageUnavailable(str(code))
    return None
