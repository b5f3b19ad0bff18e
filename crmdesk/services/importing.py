"""Importing customers from a spreadsheet or vCard file: preview, decide, run, as one batch.

    preview = preview_import(session, Path("客户.xlsx"))        # read, map, clean, match
    preview.new, preview.duplicates, preview.invalid           # what a dry run shows
    result = run_import(session, preview, default=Decision.SKIP, progress=bar, cancelled=stop)
    undo_import(session, result.batch_id)                      # see import_batches.py

Every file row ends in exactly one of four outcomes: new (a customer is created), updated
(an existing customer, or an earlier row of the same file, takes its non-empty values),
duplicate (skipped) or invalid (rejected, with its row number and reason), so
new + updated + duplicates + invalid == rows read. A row with bad fields but a name is
imported with those fields left empty and a warning.

Duplicates are matched by normalised phone (E.164), e-mail or name+company against live
customers (their phones and their contacts' phones) and against earlier rows of the file.
The database side is one pass over customers and contacts building dictionaries restricted
to the keys the file holds; only phones whose last seven digits occur in the file are parsed.

`run_import` is one transaction through the bulk path: executemany inserts in chunks of
`CHUNK` rows, the search index built set-based at the end, one audit event. Cancelling or
any failure rolls the whole batch back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crmdesk.data import import_queries as q
from crmdesk.data.bulk import bulk_transaction
from crmdesk.data.writer import utc_text
from crmdesk.domain.ids import new_id
from crmdesk.exchange.cells import restore
from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.model import CleanRow, Table
from crmdesk.exchange.normalise import clean_rows, gc_paused
from crmdesk.exchange.readers import read_table
from crmdesk.services.import_batches import BatchWriter, Target
from crmdesk.services.import_matching import ExistingKeys, FileKeys, Match
from crmdesk.services.import_model import (
    Cancelled,
    ColumnMapping,
    Decision,
    ImportCancelled,
    ImportPreview,
    ImportResult,
    PreviewRow,
    Progress,
    RowStatus,
)
from crmdesk.services.import_profiles import (
    list_mapping_profiles,
    load_mapping_profile,
    save_mapping_profile,
)
from crmdesk.services.session import Changes, Session

__all__ = [
    "CHUNK",
    "Decision",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "Match",
    "PreviewRow",
    "RowStatus",
    "clean_table",
    "list_mapping_profiles",
    "load_mapping_profile",
    "plan_import",
    "preview_import",
    "preview_rows",
    "run_import",
    "save_mapping_profile",
]


CHUNK = 5000
# --- reading and previewing ----------------------------------------------------------------


def preview_import(
    session: Session,
    path: Path,
    *,
    mapping: Mapping[int, str] | Mapping[str, str] | None = None,
    region: str | None = None,
    sheet: str | None = None,
) -> ImportPreview:
    """Read *path* (a workbook's *sheet*, default the first with data), map (guessed unless
    given: by column index or by header), clean, match.

    Raises `ImportFileError` when the file cannot be read at all.
    """
    table = read_table(path, sheet=sheet)
    chosen = resolve_mapping(table.headers, mapping) if mapping else guess_mapping(table.headers)
    rows = clean_table(session, table, chosen, region=region)
    return preview_rows(
        session,
        rows,
        file_name=path.name,
        kind=table.kind,
        headers=table.headers,
        mapping=dict(chosen),
        skipped_rows=table.skipped_rows,
    )


def resolve_mapping(
    headers: Sequence[str], mapping: Mapping[int, str] | Mapping[str, str]
) -> dict[int, str]:
    """A mapping by column index; header names (a saved profile) are looked up in *headers*."""
    position = {h.strip().casefold(): i for i, h in reversed(list(enumerate(headers)))}
    resolved: dict[int, str] = {}
    for key, target in mapping.items():
        if isinstance(key, int):
            resolved[key] = target
        elif key.strip().casefold() in position:
            resolved[position[key.strip().casefold()]] = target
    return resolved


def clean_table(
    session: Session,
    table: Table,
    mapping: ColumnMapping,
    *,
    region: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[CleanRow]:
    """Every row of *table* cleaned; cells our own export neutralised are restored first.

    Reports (rows done, rows) and polls *cancelled* every `CHUNK` rows (ImportCancelled).
    """
    from crmdesk.services.preferences import load_preferences

    region = region or load_preferences(session).phone_region
    today, total = session.today(), len(table.rows)
    cleaned: list[CleanRow] = []
    for start in range(0, total, CHUNK):
        _check(cancelled)
        chunk = (_restored(source) for source in table.rows[start : start + CHUNK])
        cleaned += clean_rows(chunk, mapping, region=region, today=today)
        if progress is not None:
            progress(len(cleaned), total)
    return cleaned


def _restored(source: Any) -> Any:
    """The row with export neutralising ('=…, '+…) undone; the row itself when untouched."""
    if not any(isinstance(cell, str) and cell[:1] == "'" for cell in source.cells):
        return source
    return type(source)(number=source.number, cells=[restore(cell) for cell in source.cells])


def preview_rows(
    session: Session,
    rows: Sequence[CleanRow],
    *,
    file_name: str,
    kind: str,
    headers: Sequence[str] = (),
    mapping: Mapping[int, str] | None = None,
    skipped_rows: Sequence[int] = (),
    region: str | None = None,
) -> ImportPreview:
    """Classify cleaned rows as new, duplicate or invalid."""
    from crmdesk.services.preferences import load_preferences

    region = region or load_preferences(session).phone_region
    with gc_paused():
        existing = ExistingKeys(session, [r for r in rows if r.valid], region)
        out = _classified(rows, existing)
    return ImportPreview(
        file_name=file_name,
        kind=kind,
        headers=list(headers),
        mapping=dict(mapping or {}),
        rows=out,
        skipped_rows=list(skipped_rows),
    )


def _classified(rows: Sequence[CleanRow], existing: ExistingKeys) -> list[PreviewRow]:
    seen = FileKeys()
    out: list[PreviewRow] = []
    for row in rows:
        if not row.valid:
            out.append(PreviewRow(row, RowStatus.INVALID))
            continue
        matches = existing.matches(row)
        earlier = seen.earlier(row)
        status = RowStatus.DUPLICATE if matches or earlier is not None else RowStatus.NEW
        out.append(PreviewRow(row, status, matches, earlier))
    return out


# --- planning ------------------------------------------------------------------------------


@dataclass
class ImportPlan:
    creates: list[Target]
    updates: dict[str, Target]
    new: int = 0
    updated: int = 0
    skipped: int = 0


def plan_import(
    preview: ImportPreview,
    decisions: Mapping[int, Decision] | None = None,
    default: Decision = Decision.SKIP,
) -> ImportPlan:
    """Decide every row: create, update (which target), or skip; the counts a run will give.

    An "update" of a row that only duplicates an earlier file row merges it into that row's
    customer; if the earlier row was itself skipped, the row is skipped too.
    """
    decisions = decisions or {}
    plan = ImportPlan(creates=[], updates={})
    targets: dict[int, Target | None] = {}
    for prow in preview.rows:
        if prow.status is RowStatus.INVALID:
            continue
        choice = Decision.CREATE
        if prow.status is RowStatus.DUPLICATE:
            choice = Decision(decisions.get(prow.number, default))
        target = _target_for(plan, prow, choice, targets)
        if target is None:
            plan.skipped += 1
        else:
            target.absorb(prow.row)
        targets[prow.number] = target
    return plan


def _target_for(
    plan: ImportPlan, prow: PreviewRow, choice: Decision, targets: dict[int, Target | None]
) -> Target | None:
    if choice is Decision.SKIP:
        return None
    if choice is Decision.CREATE:
        plan.new += 1
        target = Target()
        plan.creates.append(target)
        return target
    found: Target | None
    if prow.matches:
        cid = prow.matches[0].customer_id
        found = plan.updates.setdefault(cid, Target(existing_id=cid, id=cid))
    else:
        found = targets.get(prow.earlier_row or -1)
    if found is not None:
        plan.updated += 1
    return found


def dry_run(
    preview: ImportPreview,
    decisions: Mapping[int, Decision] | None = None,
    default: Decision = Decision.SKIP,
) -> ImportResult:
    """What `run_import` would report, without writing anything."""
    plan = plan_import(preview, decisions, default)
    return ImportResult(plan.new, plan.updated, plan.skipped, preview.invalid, preview.warnings)


# --- running -------------------------------------------------------------------------------


def run_import(
    session: Session,
    preview: ImportPreview,
    *,
    decisions: Mapping[int, Decision] | None = None,
    default: Decision = Decision.SKIP,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Import the previewed rows as one batch in one transaction; see the module docstring."""
    with gc_paused():
        return _run(session, preview, plan_import(preview, decisions, default), progress, cancelled)


def _run(
    session: Session,
    preview: ImportPreview,
    plan: ImportPlan,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportResult:
    now = utc_text(session.now())
    batch_id = new_id()
    counts = {"new": plan.new, "updated": plan.updated, "duplicates": plan.skipped}
    counts["invalid"] = len(preview.invalid)
    store = session.store
    with bulk_transaction(store, actor=session.actor, action="import", now=now) as bulk:
        q.insert_batch(store.db, batch_id, now, preview.file_name, preview.kind, counts)
        writer = BatchWriter(session, bulk, batch_id, now, preview.file_name)
        total, done = len(plan.creates) + len(plan.updates), 0
        _check(cancelled)
        for start in range(0, len(plan.creates), CHUNK):
            chunk = plan.creates[start : start + CHUNK]
            writer.create(chunk)
            done += len(chunk)
            _step(progress, cancelled, done, total)
        updates = list(plan.updates.values())
        for start in range(0, len(updates), CHUNK):
            chunk = updates[start : start + CHUNK]
            writer.update(chunk)
            done += len(chunk)
            _step(progress, cancelled, done, total)
    ids = frozenset(t.id for t in plan.creates) | frozenset(plan.updates)
    return ImportResult(
        plan.new,
        plan.updated,
        plan.skipped,
        preview.invalid,
        preview.warnings,
        batch_id=batch_id,
        changes=Changes(customers=ids, timeline=ids, reminders=True),
    )


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled


def _step(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
    _check(cancelled)


# --- mapping profiles ----------------------------------------------------------------------
