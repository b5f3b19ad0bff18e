"""Numbered schema versions kept in PRAGMA user_version.

Each migration runs in one transaction, after an automatic encrypted backup of the database
as it was. A database newer than LATEST is refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crmdesk.data import (
    schema_v1,
    schema_v2,
    schema_v3,
    schema_v4,
    schema_v5,
    schema_v6,
    schema_v7,
    schema_v8,
)
from crmdesk.data.errors import NewerSchema

if TYPE_CHECKING:
    from crmdesk.data.database import Store

MIGRATIONS: Sequence[Sequence[str]] = (
    schema_v1.STATEMENTS,
    schema_v2.STATEMENTS,
    schema_v3.STATEMENTS,
    schema_v4.STATEMENTS,
    schema_v5.STATEMENTS,
    schema_v6.STATEMENTS,
    schema_v7.STATEMENTS,
    schema_v8.STATEMENTS,
)
LATEST = len(MIGRATIONS)


def schema_version(store: Store) -> int:
    version: int = store.db.execute_sql("PRAGMA user_version").fetchone()[0]
    return version


def migrate(store: Store, *, backup: bool, target: int = LATEST) -> int:
    """Bring *store* to *target*; return the version it had before."""
    from crmdesk.data.backup import make_backup

    current = schema_version(store)
    if current > LATEST:
        raise NewerSchema(f"v{current}")
    if current >= target:
        return current
    if backup and current > 0:
        make_backup(store, reason=f"before-v{target}")
    for version in range(current + 1, target + 1):
        with store.db.atomic():
            if version == 1:
                store.db.execute_sql(f"PRAGMA application_id = {_application_id()}")
            for statement in MIGRATIONS[version - 1]:
                store.db.execute_sql(statement)
            store.db.execute_sql(f"PRAGMA user_version = {version}")
    return current


def _application_id() -> int:
    from crmdesk.data.database import APPLICATION_ID

    return APPLICATION_ID
