"""Opening and creating the encrypted database.

    store, code = create_store(path, "s3cret", KdfParams.default())
    store.close()
    store = open_store(path, "s3cret")        # or the recovery code
    with store.db.atomic(): ...

The database is SQLCipher with a raw 256-bit key and a salt chosen by us and recorded in the
key file, so a file that does not belong to the key file is recognised as such. Every
connection checks that SQLCipher is really active (plain SQLite ignores PRAGMA key) and sets
WAL, synchronous=FULL, foreign keys and an in-memory temp store.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from crmdesk.data import keyfile
from crmdesk.data.classify import check_database_file
from crmdesk.data.errors import (
    DamagedDatabase,
    DatabaseExists,
    NotADatabase,
    StoreError,
    environment_error,
)
from crmdesk.data.files import fsync_dir
from crmdesk.data.keyfile import KdfParams, key_path_for

APPLICATION_ID = 0x43524D44  # "CRMD"
PAGE_SIZE = 4096
# Page cache per connection (the app has two: the GUI thread's and the worker's). At 100,000
# customers, 64 MiB kept 246 MB resident after listing them all, 16 MiB 163 MB, 8 MiB 146 MB
# (the app itself is ~113 MB). Every list query walks an index and the Today pane reads
# indexes alone (schema v8), so 8 MiB costs nothing measurable: sorts, search, opening a
# customer and Today within 1.1x of a warm plaintext database (bench/plain.py).
CACHE_KIB = 8 * 1024
# reads and writes of many rows (import, export, undo import, verifying a backup), for as long
# as they run: 64 MiB gets most of the gain (100k export 5.6 s, 8.8 with CACHE_KIB, 3.4 with
# 256 MiB; 100k import as fast as with 256 MiB) and keeps the app near its memory budget
BATCH_CACHE_KIB = 64 * 1024

# a batch leaves a log of hundreds of MB; once copied into the file it shrinks back to this
WAL_LIMIT_BYTES = 32 * 1024 * 1024

# sqlcipher3 binds a None ~4x slower than a str: finding no adapter registered for NoneType,
# it tries None.__conform__ and fails each time. Adapted to itself, None binds as NULL just
# the same. 100,000 imported customers (33 columns, 15 of them empty): 1.62 -> 0.39 s to bind
# and insert in memory; the import's whole insert phase 5.3 -> 3.6 s.
sqlcipher.register_adapter(type(None), lambda nothing: nothing)

_CONNECTION_PRAGMAS = (
    "PRAGMA synchronous = FULL",
    f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA busy_timeout = 5000",
)


class CipherDatabase(SqlCipherDatabase):  # type: ignore[misc]
    """peewee's SqlCipherDatabase that refuses to run without a key.

    peewee skips PRAGMA key for an empty passphrase and would silently make a plaintext file;
    here the raw key is mandatory and verified on every connection.

    peewee's own SQL functions (date_part, date_trunc, _pw_json_contains) are not registered:
    crmdesk uses none of them, and registering them on a sqlcipher3 connection opened on a
    worker thread later crashed the GUI thread with a GIL error (tests/ui/test_worker.py).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._functions.clear()

    def _connect(self) -> Any:
        raw_key = self.connect_params.get("raw_key", "")
        if len(raw_key) != 96:
            raise ValueError("an encrypted database needs a 256-bit key and its salt")
        conn = sqlcipher.connect(self.database, isolation_level=None, check_same_thread=False)
        try:
            configure_connection(conn, raw_key)
            self._add_conn_hooks(conn)
        except BaseException:
            conn.close()
            raise
        return conn


def configure_connection(conn: Any, raw_key: str) -> None:
    """Key *conn*, prove the key and SQLCipher work, and set the safety pragmas."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{raw_key}'\"")
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise RuntimeError("SQLCipher is not active: refusing to write an unencrypted file")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for pragma in _CONNECTION_PRAGMAS:
        conn.execute(pragma)
    if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
        raise RuntimeError("the database could not be put in WAL mode")
    if conn.execute("PRAGMA temp_store").fetchone()[0] != 2:
        raise RuntimeError("temp_store is not MEMORY")


@dataclass
class Store:
    """An open, unlocked database and the key that opened it."""

    path: Path
    db: CipherDatabase
    data_key: bytes = field(repr=False)  # never in a traceback or a log
    salt: bytes = field(repr=False)
    # work on threads of their own (a checkpoint, the daily backup): joined by settle/close;
    # `closing` is set first, so that what can stop early (a backup) does
    background: list[threading.Thread] = field(default_factory=list, repr=False)
    closing: threading.Event = field(default_factory=threading.Event, repr=False)

    @property
    def raw_key(self) -> str:
        return self.data_key.hex() + self.salt.hex()

    def start_background(self, work: Callable[[], None], name: str) -> threading.Thread:
        """Run *work* on a daemon thread that settle/close wait for (a process exit mid-way
        is safe for what runs there: a checkpoint is redone, a backup stays `.partial`)."""
        thread = threading.Thread(target=work, name=name, daemon=True)
        self.background.append(thread)
        thread.start()
        return thread

    def settle(self) -> None:
        """Wait for the work this store started on threads of its own."""
        while self.background:
            self.background.pop().join()

    def close(self) -> None:
        """Close the calling thread's connection, once background work has stopped."""
        self.closing.set()
        self.settle()
        if not self.db.is_closed():
            self.db.close()


def create_store(path: Path, password: str, kdf: KdfParams) -> tuple[Store, str]:
    """Create a new empty database at *path*; return it open and the recovery code."""
    from crmdesk.data.migrations import migrate

    if not password:
        raise ValueError("a database needs a password")
    key_path = key_path_for(path)
    for existing in (path, key_path):
        if existing.exists():
            raise DatabaseExists()
    salt = secrets.token_bytes(16)
    data_key, code = keyfile.create_key_file(key_path, password, kdf, salt)
    try:
        store = _connect(path, data_key, salt)
        migrate(store, backup=False)
    except BaseException:
        for leftover in (path, _wal(path), _shm(path), key_path):
            leftover.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
    return store, code


def open_store(path: Path, secret: str) -> Store:
    """Unlock *path* with the password or recovery code, migrating it if it is older.

    Every failure is classified (see errors.py) and leaves the files as they were.
    """
    from crmdesk.data.migrations import migrate

    check_database_file(path)
    key_path = key_path_for(path)
    data_key = keyfile.unwrap(key_path, secret)
    salt = keyfile.read_salt(key_path)
    _check_salt_and_size(path, salt)
    with _cleanup_on_failure(path):
        store = _connect(path, data_key, salt)
        try:
            _check_identity(store)
            migrate(store, backup=True)
        except BaseException:
            store.close()
            raise
    return store


def _check_salt_and_size(path: Path, salt: bytes) -> None:
    with path.open("rb") as handle:
        if handle.read(16) != salt:
            raise NotADatabase("salt")
    if path.stat().st_size % PAGE_SIZE:
        raise DamagedDatabase("size")


def _connect(path: Path, data_key: bytes, salt: bytes) -> Store:
    db = CipherDatabase(None)
    db.init(str(path), raw_key=data_key.hex() + salt.hex())
    try:
        db.connect()
    except (sqlcipher.DatabaseError, peewee.DatabaseError) as exc:
        raise DamagedDatabase(type(exc).__name__) from None
    return Store(path=path, db=db, data_key=data_key, salt=salt)


def _check_identity(store: Store) -> None:
    app_id = store.db.execute_sql("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise NotADatabase("application id")
    if not _wal(store.path).exists() or _wal(store.path).stat().st_size == 0:
        page_count = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
        if page_count * PAGE_SIZE != store.path.stat().st_size:
            raise DamagedDatabase("page count")


_OUR_BUGS = (
    sqlcipher.OperationalError,
    sqlcipher.ProgrammingError,
    peewee.OperationalError,
    peewee.ProgrammingError,
)


@contextlib.contextmanager
def _cleanup_on_failure(path: Path) -> Iterator[None]:
    """Remove the -wal/-shm files a failed open created, so the folder is as it was."""
    had = {side: side.exists() for side in (_wal(path), _shm(path))}
    try:
        yield
    except _OUR_BUGS as exc:
        _remove_new(had)
        known = environment_error(exc)
        if known is not None:
            raise known from None
        raise  # a bad statement in crmdesk (e.g. a migration), not a damaged file
    except (sqlcipher.DatabaseError, peewee.DatabaseError) as exc:
        _remove_new(had)
        raise DamagedDatabase(type(exc).__name__) from None
    except StoreError:
        _remove_new(had)
        raise


def _remove_new(had: dict[Path, bool]) -> None:
    for side, existed in had.items():
        if not existed:
            side.unlink(missing_ok=True)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _shm(path: Path) -> Path:
    return path.with_name(path.name + "-shm")
