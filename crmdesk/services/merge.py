"""Merging two customers into one, and undoing it.

    preview = merge_preview(session, survivor_id, merged_id)   # both rows + default choices
    changes = merge_customers(session, survivor_id, merged_id, {"phone": "merged"})
    undo_merge(session, changes.created_id)                    # the merge's timeline entry

A merge is one transaction through the write path: the chosen fields are copied to the
survivor; every contact, timeline entry, order, opportunity, key date and reminder of the
merged customer (deleted ones too) and its tags move to the survivor; the merged customer gets
a tombstone; and a timeline entry of kind "merge" on the survivor holds, in `new_value`, JSON
of everything undo needs: the merged id, the survivor's previous values of the fields the merge
changed, the ids of the moved rows per table, the tag links moved and the contacts whose
primary flag was cleared. Each row change is audited by the write path, plus one "merge" event.

Undo puts every row back, removes the tombstone and soft-deletes the merge entry; an undone
merge, or one whose survivor has since been deleted or merged away, is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from crmdesk.data.writer import Tx
from crmdesk.domain.enums import EntryKind
from crmdesk.services.customers import CUSTOMER_FIELDS, due_for
from crmdesk.services.session import Changes, Session

__all__ = [
    "CHILD_TABLES",
    "MERGE_FIELDS",
    "MergeError",
    "MergePreview",
    "merge_customers",
    "merge_preview",
    "undo_merge",
]

Choice = Literal["survivor", "merged"]
CHILD_TABLES = ("contact", "timeline_entry", "sale_order", "opportunity", "key_date", "reminder")
# the fields a user chooses between (next_due_on is recomputed; tags are joined)
MERGE_FIELDS = tuple(sorted(CUSTOMER_FIELDS))
_FORMAT = 1


class MergeError(ValueError):
    """A merge or undo that cannot be done; `code` says why (same, gone, undone, stale)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class MergePreview:
    survivor: dict[str, Any]
    merged: dict[str, Any]
    choices: dict[str, Choice]  # suggested: the non-empty value, else the newer record's
    moving: dict[str, int]  # rows per child table that would move


def merge_preview(session: Session, survivor_id: str, merged_id: str) -> MergePreview:
    """Both customers' fields, the suggested choice per field and what would move."""
    db = session.store.db
    survivor, merged = _read(db, survivor_id), _read(db, merged_id)
    moving = {
        table: db.execute_sql(
            f"SELECT count(*) FROM {table} WHERE customer_id = ?", (merged_id,)
        ).fetchone()[0]
        for table in CHILD_TABLES
    }
    return MergePreview(survivor, merged, suggest_choices(survivor, merged), moving)


def suggest_choices(survivor: dict[str, Any], merged: dict[str, Any]) -> dict[str, Choice]:
    """Per field: the non-empty value; when both have one, the newer record's (first contact:
    the earlier date; last follow-up: the later one)."""
    newer: Choice = "merged" if merged["updated_at"] > survivor["updated_at"] else "survivor"
    choices: dict[str, Choice] = {}
    for field in MERGE_FIELDS:
        ours, theirs = survivor.get(field), merged.get(field)
        if theirs in (None, "") or ours == theirs:
            choices[field] = "survivor"
        elif ours in (None, ""):
            choices[field] = "merged"
        elif field in ("first_contact_on", "last_followup_on"):
            later = str(theirs) > str(ours)
            keep_merged = later if field == "last_followup_on" else not later
            choices[field] = "merged" if keep_merged else "survivor"
        else:
            choices[field] = newer
    return choices


def merge_customers(
    session: Session, survivor_id: str, merged_id: str, field_choices: dict[str, Choice]
) -> Changes:
    """Merge *merged_id* into *survivor_id*; `created_id` of the result is the merge entry."""
    unknown = set(field_choices) - set(MERGE_FIELDS)
    if unknown:
        raise ValueError(f"unknown customer fields: {sorted(unknown)}")
    prefs = session.preferences()
    with session.writer().transaction() as tx:
        survivor, merged = _pair(tx, survivor_id, merged_id)
        moved = {table: _move_children(tx, table, merged_id, survivor_id) for table in CHILD_TABLES}
        demoted = _demote_primaries(tx, survivor_id, moved["contact"])
        tag_links, added = _move_tags(tx, merged_id, survivor_id)
        values = {
            f: merged[f] for f, side in field_choices.items() if side == "merged" and f in merged
        }
        if added:
            values["tags"] = " ".join(filter(None, [survivor["tags"], *_tag_names(tx, added)]))
        values["next_due_on"] = due_for({**survivor, **values}, _created_day(survivor), prefs)
        changed = tx.update("customer", survivor_id, values)
        _refresh_search(tx, survivor_id)
        tx.soft_delete("customer", merged_id)
        undo = {
            "format": _FORMAT,
            "merged_id": merged_id,
            "survivor_id": survivor_id,
            "survivor_previous": {field: pair[0] for field, pair in changed.items()},
            "moved": moved,
            "tags": {"merged": tag_links, "added": added},
            "demoted": demoted,
        }
        entry_id = tx.insert(
            "timeline_entry",
            {
                "customer_id": survivor_id,
                "kind": EntryKind.MERGE.value,
                "occurred_at": tx.now,
                "content": _label(merged),
                "ref_id": merged_id,
                "new_value": json.dumps(undo, ensure_ascii=False, sort_keys=True),
            },
        )
        tx.record("merge", "customer", survivor_id, {"merged_id": merged_id, "entry_id": entry_id})
    return _changes(survivor_id, merged_id, entry_id)


def undo_merge(session: Session, merge_entry_id: str) -> Changes:
    """Restore both customers exactly as they were before the merge."""
    with session.writer().transaction() as tx:
        entry = tx.fetch("timeline_entry", merge_entry_id)
        if entry["kind"] != EntryKind.MERGE.value or not entry["new_value"]:
            raise MergeError("not_merge", f"{merge_entry_id} is not a merge")
        if entry["deleted_at"] is not None:
            raise MergeError("undone", "this merge was already undone")
        undo = json.loads(entry["new_value"])
        survivor_id, merged_id = entry["customer_id"], undo["merged_id"]
        moved_on = undo.get("survivor_id", survivor_id) != survivor_id  # its survivor merged on
        if moved_on or tx.fetch("customer", survivor_id)["deleted_at"] is not None:
            raise MergeError("stale", "the surviving customer was deleted or merged since")
        for table, ids in undo["moved"].items():
            for row_id in ids:
                tx.update(table, row_id, {"customer_id": merged_id})
        for contact_id in undo["demoted"]:
            tx.update("contact", contact_id, {"is_primary": 1})
        _restore_tags(tx, survivor_id, merged_id, undo["tags"])
        tx.update("customer", survivor_id, undo["survivor_previous"])
        _refresh_search(tx, survivor_id)
        tx.restore("customer", merged_id)
        tx.soft_delete("timeline_entry", merge_entry_id)
        tx.record("unmerge", "customer", survivor_id, {"merged_id": merged_id})
    return _changes(survivor_id, merged_id, None)


# --- the pieces --------------------------------------------------------------------------


def _pair(tx: Tx, survivor_id: str, merged_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    if survivor_id == merged_id:
        raise MergeError("same", "a customer cannot be merged into itself")
    survivor, merged = tx.fetch("customer", survivor_id), tx.fetch("customer", merged_id)
    if survivor["deleted_at"] is not None or merged["deleted_at"] is not None:
        raise MergeError("gone", "one of the customers was deleted")
    return survivor, merged


def _read(db: Any, customer_id: str) -> dict[str, Any]:
    cursor = db.execute_sql("SELECT * FROM customer WHERE id = ?", (customer_id,))
    row = cursor.fetchone()
    if row is None:
        raise MergeError("gone", f"no customer {customer_id}")
    return dict(zip([d[0] for d in cursor.description], row, strict=True))


def _move_children(tx: Tx, table: str, from_id: str, to_id: str) -> list[str]:
    ids = [row[0] for row in tx.execute(
        f"SELECT id FROM {table} WHERE customer_id = ? ORDER BY rid", (from_id,)
    )]  # fmt: skip
    for row_id in ids:
        tx.update(table, row_id, {"customer_id": to_id})
    return ids


def _demote_primaries(tx: Tx, survivor_id: str, moved_contacts: list[str]) -> list[str]:
    """The survivor keeps its primary contact: moved ones stop being primary."""
    has_primary = tx.execute(
        "SELECT 1 FROM contact WHERE customer_id = ? AND is_primary = 1 AND deleted_at IS NULL "
        "AND id NOT IN (SELECT value FROM json_each(?))",
        (survivor_id, json.dumps(moved_contacts)),
    ).fetchone()
    if not has_primary:
        return []
    demoted = [
        row[0]
        for row in tx.execute(
            "SELECT id FROM contact WHERE is_primary = 1 "
            "AND id IN (SELECT value FROM json_each(?))",
            (json.dumps(moved_contacts),),
        )
    ]
    for contact_id in demoted:
        tx.update("contact", contact_id, {"is_primary": 0})
    return demoted


def _move_tags(tx: Tx, merged_id: str, survivor_id: str) -> tuple[list[str], list[str]]:
    """(the merged customer's tag ids, those newly linked to the survivor)."""
    links = [row[0] for row in tx.execute(
        "SELECT tag_id FROM customer_tag WHERE customer_id = ? ORDER BY tag_id", (merged_id,)
    )]  # fmt: skip
    have = {row[0] for row in tx.execute(
        "SELECT tag_id FROM customer_tag WHERE customer_id = ?", (survivor_id,)
    )}  # fmt: skip
    added = [tag_id for tag_id in links if tag_id not in have]
    tx.execute("DELETE FROM customer_tag WHERE customer_id = ?", (merged_id,))
    for tag_id in added:
        tx.execute(
            "INSERT INTO customer_tag(customer_id, tag_id) VALUES (?, ?)", (survivor_id, tag_id)
        )
    return links, added


def _restore_tags(tx: Tx, survivor_id: str, merged_id: str, tags: dict[str, list[str]]) -> None:
    for tag_id in tags["added"]:
        tx.execute(
            "DELETE FROM customer_tag WHERE customer_id = ? AND tag_id = ?", (survivor_id, tag_id)
        )
    for tag_id in tags["merged"]:
        tx.execute(
            "INSERT OR IGNORE INTO customer_tag(customer_id, tag_id) VALUES (?, ?)",
            (merged_id, tag_id),
        )


def _tag_names(tx: Tx, tag_ids: list[str]) -> list[str]:
    names = dict(tx.execute(
        "SELECT id, name FROM tag WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(tag_ids),),
    ).fetchall())  # fmt: skip
    return [names[tag_id] for tag_id in tag_ids if tag_id in names]


def _refresh_search(tx: Tx, customer_id: str) -> None:
    """Re-index a customer whose contacts moved (the contact trigger indexes only the new
    owner): a no-op write of a watched column fires the customer's search trigger."""
    tx.execute("UPDATE customer SET name = name WHERE id = ?", (customer_id,))


def _created_day(values: dict[str, Any]) -> date:
    first = values.get("first_contact_on")
    return date.fromisoformat(first) if first else date.fromisoformat(values["created_at"][:10])


def _label(customer: dict[str, Any]) -> str:
    company = customer.get("company")
    if company and company != customer["name"]:
        return f"{customer['name']} ({company})"
    return str(customer["name"])


def _changes(survivor_id: str, merged_id: str, created_id: str | None) -> Changes:
    both = frozenset({survivor_id, merged_id})
    return Changes(customers=both, timeline=both, reminders=True, created_id=created_id)
