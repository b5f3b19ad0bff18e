"""The one write path: every insert, update, delete and restore goes through a `Tx`.

    with Writer(store, actor="li", clock=clock).transaction() as tx:
        cid = tx.insert("customer", {"name": "张伟", "grade": "B"})
        tx.update("customer", cid, {"grade": "A"})

Each call stamps created/updated times, keeps tombstones (soft delete) and appends an audit
event in the same transaction, so a change and its audit record commit or vanish together.
Team sync will hang its change outbox here, which is why there must be only one such path.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from crmdesk.data.audit import append_event
from crmdesk.data.database import Store
from crmdesk.data.tables import ENTITIES
from crmdesk.domain.ids import new_id

Clock = Callable[[], datetime]
_SYSTEM_FIELDS = frozenset({"rid", "id", "created_at", "updated_at", "deleted_at"})


def utc_text(moment: datetime) -> str:
    """A UTC timestamp as sortable ISO text with milliseconds."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def system_clock() -> datetime:
    return datetime.now(UTC)


class UnknownRecord(LookupError):
    """The id names no record of that kind (a bug in the caller, or a stale view)."""


class Tx:
    """Writes inside one open transaction."""

    def __init__(self, store: Store, actor: str, now: str) -> None:
        self._db = store.db
        self.actor = actor
        self.now = now

    def insert(self, entity: str, values: dict[str, Any], *, audit: bool = True) -> str:
        model = ENTITIES[entity]
        record_id = str(values.get("id") or new_id())
        fields = {k: v for k, v in values.items() if k not in _SYSTEM_FIELDS}
        model.insert(id=record_id, created_at=self.now, updated_at=self.now, **fields).execute()
        if audit:
            changes = {k: [None, v] for k, v in fields.items() if v not in (None, "")}
            self.record("create", entity, record_id, changes)
        return record_id

    def update(self, entity: str, record_id: str, values: dict[str, Any]) -> dict[str, Any]:
        """Apply *values*; return {field: [old, new]} for the fields that really changed."""
        current = self.fetch(entity, record_id)
        changes = {
            k: [current[k], v]
            for k, v in values.items()
            if k not in _SYSTEM_FIELDS and current.get(k) != v
        }
        if changes:
            model = ENTITIES[entity]
            new_values = {k: pair[1] for k, pair in changes.items()}
            model.update(updated_at=self.now, **new_values).where(model.id == record_id).execute()
            self.record("update", entity, record_id, changes)
        return changes

    def soft_delete(self, entity: str, record_id: str) -> None:
        self.fetch(entity, record_id)
        self._set_tombstone(entity, record_id, self.now)
        self.record("delete", entity, record_id)

    def restore(self, entity: str, record_id: str) -> None:
        self.fetch(entity, record_id)
        self._set_tombstone(entity, record_id, None)
        self.record("restore", entity, record_id)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        """Run SQL that the entity helpers do not cover (link tables, lookups)."""
        return self._db.execute_sql(sql, params)

    def fetch(self, entity: str, record_id: str) -> dict[str, Any]:
        model = ENTITIES[entity]
        row = model.select().where(model.id == record_id).dicts().first()
        if row is None:
            raise UnknownRecord(f"{entity} {record_id}")
        result: dict[str, Any] = row
        return result

    def record(
        self,
        action: str,
        entity: str | None = None,
        entity_id: str | None = None,
        changes: dict[str, Any] | None = None,
    ) -> None:
        append_event(
            self._db,
            actor=self.actor,
            action=action,
            at=self.now,
            entity=entity,
            entity_id=entity_id,
            changes=changes,
        )

    def _set_tombstone(self, entity: str, record_id: str, value: str | None) -> None:
        model = ENTITIES[entity]
        model.update(deleted_at=value, updated_at=self.now).where(model.id == record_id).execute()


class Writer:
    """Opens write transactions on a store for one actor."""

    def __init__(self, store: Store, actor: str, clock: Clock = system_clock) -> None:
        self.store = store
        self.actor = actor
        self.clock = clock

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self.store.db.bind_ctx(list(ENTITIES.values())), self.store.db.atomic():
            yield Tx(self.store, self.actor, utc_text(self.clock()))
