"""Import batches: writing one (the row tuples for the bulk path), listing, undoing.

    writer = BatchWriter(session, bulk, batch_id, now, "客户.xlsx")   # inside bulk_transaction
    writer.create(targets); writer.update(targets)                    # see importing.run_import
    for batch in list_import_batches(session): …
    changes = undo_import(session, batch.id)     # raises BatchAlreadyUndone the second time

A created customer gets its contacts, tags (tag, customer_tag and the space-joined `tags`
text), a birthday key date, an import timeline entry and `next_due_on` from its grade and last
follow-up. An updated customer takes the non-empty values of its rows, gains their new tags
and contacts, and its `import_change` row keeps the previous values of everything changed.

Undo is one transaction: the customers the batch created get tombstones (with their
contacts, key dates and import entries), the customers it updated get back the previous
values of the fields it changed, lose the tags and contacts it added, and the search index
is rebuilt for all of them set-based (the per-row triggers are suspended meanwhile).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from crmdesk.data import import_queries as q
from crmdesk.data.bulk import Bulk, large_page_cache
from crmdesk.data.checkpoint import checkpoint_afterwards
from crmdesk.data.search_index import index_customers, suspended_search_triggers
from crmdesk.domain.enums import EntryKind, Grade, KeyDateKind
from crmdesk.domain.ids import new_id
from crmdesk.domain.keydates import DEFAULT_LEAD_DAYS
from crmdesk.exchange.model import CleanRow
from crmdesk.services.customers import CUSTOMER_FIELDS, due_for
from crmdesk.services.session import Changes, Preferences, Session

__all__ = [
    "BatchAlreadyUndone",
    "BatchWriter",
    "ImportBatch",
    "Target",
    "UnknownBatch",
    "list_import_batches",
    "undo_import",
]

_IN_BATCH = "id IN (SELECT customer_id FROM import_change WHERE batch_id = ?)"


class UnknownBatch(LookupError):
    """No import batch has this id."""


class BatchAlreadyUndone(Exception):
    """The batch was undone before; undoing it twice would be wrong."""


@dataclass(frozen=True)
class ImportBatch:
    id: str
    created_at: str
    file_name: str
    kind: str
    counts: dict[str, Any]
    undone_at: str | None


def _batch(row: dict[str, Any]) -> ImportBatch:
    return ImportBatch(
        id=row["id"],
        created_at=row["created_at"],
        file_name=row["file_name"],
        kind=row["kind"],
        counts=json.loads(row["counts"]),
        undone_at=row["undone_at"],
    )


def list_import_batches(session: Session) -> list[ImportBatch]:
    """Every import, newest first."""
    return [_batch(row) for row in q.batch_rows(session.store.db)]


def undo_import(session: Session, batch_id: str) -> Changes:
    """Remove exactly what the batch created and restore what it updated (audited)."""
    db = session.store.db
    with (
        large_page_cache(db),
        checkpoint_afterwards(session.store),
        session.writer().transaction() as tx,
        suspended_search_triggers(db),
    ):
        row = q.batch_row(db, batch_id)
        if row is None:
            raise UnknownBatch(batch_id)
        if row["undone_at"] is not None:
            raise BatchAlreadyUndone(batch_id)
        changes = q.batch_changes(db, batch_id)
        q.tombstone_created(db, batch_id, tx.now)
        updated = [
            (cid, json.loads(prev or "{}")) for cid, action, prev in changes if action == "updated"
        ]
        for cid, previous in updated:
            _restore(db, cid, previous, tx.now)
        index_customers(db, _IN_BATCH, (batch_id,))
        created = sum(1 for _cid, action, _prev in changes if action == "created")
        tx.record(
            "undo_import",
            "import_batch",
            batch_id,
            {"removed": created, "restored": len(updated), "file": row["file_name"]},
        )
    ids = frozenset(cid for cid, _action, _prev in changes)
    return Changes(customers=ids, timeline=ids, reminders=True)


def _restore(db: Any, customer_id: str, previous: dict[str, Any], now: str) -> None:
    fields: dict[str, Any] = previous.get("fields", {})
    if fields:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        db.execute_sql(
            f"UPDATE customer SET {assignments}, updated_at = ? WHERE id = ?",
            (*fields.values(), now, customer_id),
        )
    cursor = db.cursor()
    cursor.executemany(
        "DELETE FROM customer_tag WHERE customer_id = ? AND tag_id = ?",
        [(customer_id, tag_id) for tag_id in previous.get("tag_ids", [])],
    )
    cursor.executemany(
        "UPDATE contact SET deleted_at = ?, updated_at = ? WHERE id = ?",
        [(now, now, contact_id) for contact_id in previous.get("contacts", [])],
    )


# --- writing a batch -----------------------------------------------------------

_DATE_FIELDS = ("first_contact_on", "last_followup_on", "manual_next_on")
_GRADES = frozenset(g.value for g in Grade)
_DEFAULTS = {
    "grade": "D",
    "relationship": "potential",
    "importance": "normal",
    "need": "future",
}
FIELDS = tuple(sorted(CUSTOMER_FIELDS))
_REC = ("id", "created_at", "updated_at")
CUSTOMER_COLUMNS = (*_REC, *FIELDS, "tags", "next_due_on")
CONTACT_FIELDS = ("name", "title", "gender", "birthday", "phones", "email", "wechat", "social")
CONTACT_COLUMNS = (*_REC, "customer_id", *CONTACT_FIELDS, "is_primary")
ENTRY_COLUMNS = (*_REC, "customer_id", "kind", "occurred_at", "content", "ref_id", "batch_id")
KEY_DATE_COLUMNS = (
    *_REC,
    *["customer_id", "kind", "label", "month", "day", "year", "yearly", "lead_days"],
)


@dataclass(slots=True)
class Target:
    """A customer the import creates, or an existing one it updates, with the merged rows."""

    customer: dict[str, Any] = field(default_factory=dict)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    birthday: tuple[int, int, int | None] | None = None
    existing_id: str | None = None
    id: str = ""

    def absorb(self, row: CleanRow) -> None:
        if not (self.customer or self.contacts or self.tags or self.existing_id):
            self.customer = {k: v for k, v in customer_values(row.customer).items() if v != ""}
            self.contacts = list(row.contacts)
            self.tags = _unique(row.tags)
            self.birthday = row.birthday
            return
        for key, value in customer_values(row.customer).items():
            if value not in (None, ""):
                self.customer[key] = value
        self.contacts.extend(row.contacts)
        known = {t.casefold() for t in self.tags}
        self.tags.extend(t for t in row.tags if t.casefold() not in known)
        self.birthday = row.birthday or self.birthday


def _unique(tags: Sequence[str]) -> list[str]:
    """Tags without repeats (ignoring case), first spelling kept."""
    first: dict[str, str] = {}
    for tag in tags:
        first.setdefault(tag.casefold(), tag)
    return list(first.values())


def customer_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The importable customer columns of a cleaned row, dates as ISO text."""
    out = {k: v for k, v in values.items() if k in CUSTOMER_FIELDS}
    if values.get("next_followup_on") and "manual_next_on" not in out:
        out["manual_next_on"] = values["next_followup_on"]
    for key in _DATE_FIELDS:
        value = out.get(key)
        if isinstance(value, datetime):
            out[key] = value.date().isoformat()
        elif isinstance(value, date):
            out[key] = value.isoformat()
    if "grade" in out and out["grade"] not in _GRADES:
        del out["grade"]
    return out


class BatchWriter:
    """Builds the row tuples of one batch and hands them to the bulk path."""

    def __init__(self, session: Session, bulk: Bulk, batch_id: str, now: str, file: str) -> None:
        self.db = session.store.db
        self.bulk = bulk
        self.batch_id = batch_id
        self.now = now
        self.file = file
        self.prefs: Preferences = session.preferences()
        self.today = session.today()
        self.tag_ids = q.tag_ids(self.db)
        self._due: dict[tuple[Any, ...], str] = {}

    def _tag_id(self, name: str, new_tags: list[tuple[str, ...]]) -> str:
        key = name.casefold()
        if key not in self.tag_ids:
            self.tag_ids[key] = new_id()
            new_tags.append((self.tag_ids[key], self.now, self.now, name))
        return self.tag_ids[key]

    def _entry(self, customer_id: str) -> tuple[Any, ...]:
        kind = EntryKind.IMPORT.value
        return (new_id(), self.now, self.now, customer_id, kind, self.now, self.file,
                self.batch_id, self.batch_id)  # fmt: skip

    def _contact_rows(
        self, customer_id: str, contacts: Sequence[dict[str, Any]], primary: bool
    ) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        for contact in contacts:
            values = [contact.get(k) for k in CONTACT_FIELDS]
            values[0] = values[0] or ""
            values[4] = values[4] or ""
            is_primary = int(bool(contact.get("is_primary")) or (primary and not rows))
            rows.append((new_id(), self.now, self.now, customer_id, *values, is_primary))
        return rows

    def create(self, targets: Sequence[Target]) -> None:
        customers: list[tuple[Any, ...]] = []
        contacts: list[tuple[Any, ...]] = []
        tags: list[tuple[str, ...]] = []
        links: list[tuple[str, str]] = []
        keydates: list[tuple[Any, ...]] = []
        entries: list[tuple[Any, ...]] = []
        changes: list[tuple[str, str, str, str | None]] = []
        for t in targets:
            t.id = cid = new_id()
            values = {**_DEFAULTS, **t.customer}
            values.setdefault("kind", "company" if values.get("company") else "person")
            values["name"] = values.get("name") or values.get("company") or ""
            first = values.get("first_contact_on")
            base = date.fromisoformat(first) if first else self.today
            values["tags"] = " ".join(t.tags)
            values["next_due_on"] = self._due_on(values, base)
            customers.append((cid, self.now, self.now, *map(values.get, CUSTOMER_COLUMNS[3:])))
            contacts.extend(self._contact_rows(cid, t.contacts, primary=True))
            links.extend((cid, self._tag_id(name, tags)) for name in t.tags)
            if t.birthday:
                keydates.append(self._birthday(cid, t.birthday))
            entries.append(self._entry(cid))
            changes.append((self.batch_id, cid, "created", None))
        bulk = self.bulk
        # Parents first: with no deferred violation outstanding, SQLite skips the child-table
        # scans (key_date.contact_id has no index: contacts first made this quadratic).
        bulk.insert("tag", (*_REC, "name"), tags)
        bulk.insert("customer", CUSTOMER_COLUMNS, customers)
        bulk.insert("contact", CONTACT_COLUMNS, contacts)
        bulk.insert("customer_tag", ("customer_id", "tag_id"), links)
        bulk.insert("key_date", KEY_DATE_COLUMNS, keydates)
        bulk.insert("timeline_entry", ENTRY_COLUMNS, entries)
        q.insert_changes(self.db, changes)

    def _due_on(self, values: dict[str, Any], base: date) -> str:
        """due_for, memoised: a file holds few distinct (grade, last, manual, base) tuples."""
        key = (values["grade"], values.get("last_followup_on"), values.get("manual_next_on"), base)
        due = self._due.get(key)
        if due is None:
            due = self._due[key] = due_for(values, base, self.prefs)
        return due

    def _birthday(self, cid: str, birthday: tuple[int, int, int | None]) -> tuple[Any, ...]:
        month, day, year = birthday
        lead = DEFAULT_LEAD_DAYS[KeyDateKind.BIRTHDAY]
        return (new_id(), self.now, self.now, cid, KeyDateKind.BIRTHDAY.value, "", month, day,
                year, 1, lead)  # fmt: skip

    def update(self, targets: Sequence[Target]) -> None:
        ids = [t.id for t in targets]
        current = {row["id"]: row for row in q.customers_by_id(self.db, ids)}
        links = q.tag_links(self.db, ids)
        known: dict[str, set[str]] = {}
        for cid, name, phones, email in q.contact_keys(self.db, ids):
            known.setdefault(cid, set()).update(_contact_keys(name, phones, email))
        rows: list[tuple[Any, ...]] = []
        contacts: list[tuple[Any, ...]] = []
        tags: list[tuple[str, ...]] = []
        new_links: list[tuple[str, str]] = []
        entries: list[tuple[Any, ...]] = []
        changes: list[tuple[str, str, str, str | None]] = []
        for t in targets:
            cur = current.get(t.id)
            if cur is None:
                continue
            values, previous = self._merged(cur, t)
            added = [c for c in t.contacts if not _known_contact(c, known.get(t.id, set()))]
            contact_rows = self._contact_rows(t.id, added, primary=t.id not in known)
            contacts.extend(contact_rows)
            tag_links = [(t.id, self._tag_id(n, tags)) for n in t.tags]
            fresh = [pair for pair in tag_links if pair not in links]
            new_links.extend(fresh)
            if fresh:
                names = [n for n, pair in zip(t.tags, tag_links, strict=True) if pair in fresh]
                values["tags"] = " ".join(filter(None, [cur["tags"], *names]))
                previous["fields"]["tags"] = cur["tags"]
            previous["contacts"] = [row[0] for row in contact_rows]
            previous["tag_ids"] = [tid for _cid, tid in fresh]
            rows.append((*(values[k] for k in CUSTOMER_COLUMNS[3:]), self.now, t.id))
            entries.append(self._entry(t.id))
            changes.append(
                (self.batch_id, t.id, "updated", json.dumps(previous, ensure_ascii=False))
            )
        self.bulk.insert("tag", (*_REC, "name"), tags)
        self.bulk.insert("contact", CONTACT_COLUMNS, contacts)
        self.bulk.insert("customer_tag", ("customer_id", "tag_id"), new_links)
        self.bulk.insert("timeline_entry", ENTRY_COLUMNS, entries)
        assignments = ", ".join(f"{k} = ?" for k in CUSTOMER_COLUMNS[3:])
        self.db.cursor().executemany(
            f"UPDATE customer SET {assignments}, updated_at = ? WHERE id = ?", rows
        )
        q.insert_changes(self.db, changes)
        self.bulk.touch(t.id for t in targets)

    def _merged(self, cur: dict[str, Any], t: Target) -> tuple[dict[str, Any], dict[str, Any]]:
        """The customer's new column values, and the previous values of those that change."""
        values = {k: cur[k] for k in CUSTOMER_COLUMNS[3:]}
        values.update(t.customer)
        if "name" in t.customer and not t.customer["name"]:
            values["name"] = cur["name"]
        first = cur["first_contact_on"] or cur["created_at"][:10]
        values["next_due_on"] = due_for(values, date.fromisoformat(first), self.prefs)
        if values["next_due_on"] != cur["next_due_on"] and not (
            {"grade", "last_followup_on", "manual_next_on"} & t.customer.keys()
        ):
            values["next_due_on"] = cur["next_due_on"]  # only recomputed when its inputs change
        changed = {k: cur[k] for k in CUSTOMER_COLUMNS[3:] if values[k] != cur[k]}
        return values, {"fields": changed}


def _contact_keys(name: Any, phones: Any, email: Any) -> set[str]:
    keys = {f"p:{p.strip()}" for p in str(phones or "").split(",") if p.strip()}
    if email:
        keys.add(f"e:{str(email).strip().lower()}")
    if name:
        keys.add(f"n:{str(name).strip().casefold()}")
    return keys


def _known_contact(contact: Mapping[str, Any], known: set[str]) -> bool:
    """The customer already has this contact: same phone or e-mail, else (none given) name."""
    keys = _contact_keys(contact.get("name"), contact.get("phones"), contact.get("email"))
    reach = {k for k in keys if not k.startswith("n:")}
    return bool((reach or keys) & known)
