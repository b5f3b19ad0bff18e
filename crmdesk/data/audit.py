"""The audit log: one event per action, each chained to the hash of the one before.

    append_event(db, actor="li", action="update", entity="customer", entity_id=cid,
                 changes={"grade": ["C", "B"]}, at=now)
    verify_chain(db)   # -> ChainReport(ok=True, events=…, first_bad_seq=None)

Events live only in the encrypted database (never in plaintext logs). A changed, removed or
re-ordered event breaks the chain at that point.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from crmdesk.domain.ids import new_id

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_seq: int | None = None


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


def append_event(
    db: Any,
    *,
    actor: str,
    action: str,
    at: str,
    entity: str | None = None,
    entity_id: str | None = None,
    changes: dict[str, Any] | None = None,
) -> str:
    """Append one event inside the caller's transaction; return its hash."""
    row = db.execute_sql("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    prev_hash = row[0] if row else GENESIS
    fields = {
        "id": new_id(),
        "at": at,
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True) if changes else None,
    }
    digest = event_hash(prev_hash, fields)
    db.execute_sql(
        "INSERT INTO audit_event(id, at, actor, action, entity, entity_id, changes, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*fields.values(), prev_hash, digest),
    )
    return digest


def verify_chain(db: Any) -> ChainReport:
    """Recompute every hash in order; report the first event that does not match."""
    cursor = db.execute_sql(
        "SELECT seq, id, at, actor, action, entity, entity_id, changes, prev_hash, hash "
        "FROM audit_event ORDER BY seq"
    )
    prev_hash, count = GENESIS, 0
    for seq, id_, at, actor, action, entity, entity_id, changes, stored_prev, digest in cursor:
        fields = {
            "id": id_,
            "at": at,
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "changes": changes,
        }
        if stored_prev != prev_hash or event_hash(prev_hash, fields) != digest:
            return ChainReport(ok=False, events=count, first_bad_seq=seq)
        prev_hash, count = digest, count + 1
    return ChainReport(ok=True, events=count)
