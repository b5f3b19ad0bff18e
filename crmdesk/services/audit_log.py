"""Reading the audit log: filtered, paged events, chain verification and CSV export.

    page = list_events(session, customer_id=cid, action="update", limit=100)
    older = list_events(session, customer_id=cid, before_seq=page[-1].seq)
    verify(session)                     # -> ChainReport(ok=True, events=…, first_bad_seq=None)
    export_csv(session, path, action="delete")   # -> rows written; records an "export" event

Events are newest first and paged by `seq` (the primary key). A customer filter looks the
customer's own id and the ids of its children up through `audit_entity`, never by scanning
the log. Event contents are customer data: they go to the user's screen or to a file the user
asked for, never to a log.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from crmdesk.data.audit import ChainReport, verify_chain
from crmdesk.data.writer import utc_text
from crmdesk.exchange.cells import neutralise
from crmdesk.services.session import Session

__all__ = [
    "CHILD_ENTITIES",
    "AuditEvent",
    "ChainReport",
    "actions",
    "export_csv",
    "list_events",
    "verify",
]

# entities that belong to one customer through their customer_id column (each indexed)
CHILD_ENTITIES = ("contact", "timeline_entry", "opportunity", "sale_order", "key_date", "reminder")
CSV_HEADER = ("seq", "at", "actor", "action", "entity", "entity_id", "customer", "changes")
_EXPORT_PAGE = 1000


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: datetime  # UTC
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    customer_id: str | None
    customer: str | None  # the customer's name, when the entity is a customer or its child
    changes: dict[str, Any]


def list_events(
    session: Session,
    *,
    customer_id: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 500,
    before_seq: int | None = None,
) -> list[AuditEvent]:
    """Events matching every filter given, newest first; *since*/*until* are local days."""
    sql, params = _select(customer_id, action, since, until, before_seq)
    rows = session.store.db.execute_sql(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit))
    raw = rows.fetchall()
    owners = _owners(session, raw)
    return [_event(row, owners) for row in raw]


def actions(session: Session) -> list[str]:
    """The distinct actions present in the log, sorted."""
    rows = session.store.db.execute_sql("SELECT DISTINCT action FROM audit_event ORDER BY action")
    return [str(row[0]) for row in rows]


def verify(session: Session) -> ChainReport:
    """Recompute the whole hash chain (reads every event)."""
    return verify_chain(session.store.db)


def export_csv(
    session: Session,
    path: Path,
    *,
    customer_id: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
) -> int:
    """Write the matching events to *path* (UTF-8 with BOM, for Excel); return the row count.

    Cells that a spreadsheet would run as a formula are neutralised with a leading quote.
    The export itself is recorded in the audit log.
    """
    filters = {"customer_id": customer_id, "action": action, "since": since, "until": until}
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for event in _all_events(session, filters):
            writer.writerow([neutralise(cell) for cell in _csv_row(event)])
            count += 1
    used = {k: str(v) for k, v in filters.items() if v is not None}
    with session.writer().transaction() as tx:
        tx.record("export", changes={"kind": "audit_log", "file": path.name, "rows": count, **used})
    return count


def _all_events(session: Session, filters: dict[str, Any]) -> Iterator[AuditEvent]:
    before: int | None = None
    while page := list_events(session, limit=_EXPORT_PAGE, before_seq=before, **filters):
        yield from page
        before = page[-1].seq


def _csv_row(event: AuditEvent) -> list[str]:
    return [
        str(event.seq),
        utc_text(event.at),
        event.actor,
        event.action,
        event.entity or "",
        event.entity_id or "",
        event.customer or "",
        json.dumps(event.changes, ensure_ascii=False, sort_keys=True) if event.changes else "",
    ]


def _select(
    customer_id: str | None,
    action: str | None,
    since: date | None,
    until: date | None,
    before_seq: int | None,
) -> tuple[str, list[Any]]:
    table = "audit_event"
    where: list[str] = []
    params: list[Any] = []
    if customer_id is not None:
        # forces the entity_id index: the customer's events cost its own rows, not the log's
        table += " INDEXED BY audit_entity"
        children = " UNION ALL ".join(
            f"SELECT id FROM {child} WHERE customer_id = ?" for child in CHILD_ENTITIES
        )
        where.append(f"entity_id IN (SELECT ? UNION ALL {children})")
        params += [customer_id] * (1 + len(CHILD_ENTITIES))
    if action is not None:
        where.append("action = ?")
        params.append(action)
    if since is not None:
        where.append("at >= ?")
        params.append(_local_midnight(since))
    if until is not None:
        where.append("at < ?")
        params.append(_local_midnight(until + timedelta(days=1)))
    if before_seq is not None:
        where.append("seq < ?")
        params.append(before_seq)
    sql = f"SELECT seq, at, actor, action, entity, entity_id, changes FROM {table}"
    return (sql + " WHERE " + " AND ".join(where) if where else sql), params


def _local_midnight(day: date) -> str:
    """The start of a local calendar day as the log's UTC text."""
    return utc_text(datetime.combine(day, time.min).astimezone())


def _owners(session: Session, rows: list[tuple[Any, ...]]) -> dict[str, tuple[str, str]]:
    """entity_id -> (customer id, customer name) for the customers and children in *rows*."""
    by_entity: dict[str, set[str]] = {}
    for _seq, _at, _actor, _action, entity, entity_id, _changes in rows:
        if entity_id and (entity == "customer" or entity in CHILD_ENTITIES):
            by_entity.setdefault(entity, set()).add(entity_id)
    customer_of = {cid: cid for cid in by_entity.pop("customer", set())}
    db = session.store.db
    for entity, ids in by_entity.items():  # entity is one of CHILD_ENTITIES: safe to inline
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, customer_id FROM {entity} WHERE id IN ({marks})"
        customer_of.update(db.execute_sql(sql, tuple(ids)).fetchall())
    wanted = tuple(set(customer_of.values()))
    marks = ",".join("?" * len(wanted))
    names = dict(
        db.execute_sql(f"SELECT id, name FROM customer WHERE id IN ({marks})", wanted).fetchall()
    )
    return {eid: (cid, names[cid]) for eid, cid in customer_of.items() if cid in names}


def _event(row: tuple[Any, ...], owners: dict[str, tuple[str, str]]) -> AuditEvent:
    seq, at, actor, action, entity, entity_id, changes = row
    customer_id, customer = owners.get(entity_id or "", (None, None))
    return AuditEvent(
        seq=int(seq),
        at=datetime.fromisoformat(at).astimezone(UTC),
        actor=str(actor),
        action=str(action),
        entity=entity,
        entity_id=entity_id,
        customer_id=customer_id,
        customer=customer,
        changes=_changes(changes),
    )


def _changes(text: str | None) -> dict[str, Any]:
    """The stored JSON; text that is not a JSON object (a damaged row) is kept as "raw"."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    return value if isinstance(value, dict) else {"raw": text}
