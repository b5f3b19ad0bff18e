"""Importing 100,000 rows from CSV and XLSX: phases, rows/s, and the ratios that matter.

- insert phase vs raw sqlcipher3 executemany of exactly the same rows (triggers dropped)
- XLSX: python-calamine's read of the file alone, and openpyxl's read-only pass
- undo of the CSV batch just imported (`undo_import`)
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench import import_files
from bench.dataset import CACHE
from bench.stats import Figure
from crmdesk.data import bulk as bulk_module
from crmdesk.data.database import BATCH_CACHE_KIB
from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.normalise import forget_cached_cells
from crmdesk.exchange.readers import read_table
from crmdesk.services import access, importing
from crmdesk.services.import_batches import undo_import

Captured = list[tuple[str, tuple[str, ...], list[Any]]]


def files(count: int) -> tuple[Path, Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = CACHE / f"import-{count}.csv", CACHE / f"import-{count}.xlsx"
    if not csv_path.exists() or not xlsx_path.exists():
        data = import_files.rows(count)
        import_files.write_csv(csv_path, data)
        import_files.write_xlsx(xlsx_path, data)
    return csv_path, xlsx_path


@contextmanager
def _timed_inserts(captured: Captured, spent: list[float]) -> Iterator[None]:
    real = bulk_module.Bulk.insert

    def insert(self: Any, table: str, columns: Any, rows: Any) -> int:
        rows = list(rows)
        started = time.perf_counter()
        added: int = real(self, table, columns, rows)
        spent[0] += time.perf_counter() - started
        captured.append((table, tuple(columns), rows))
        return added

    bulk_module.Bulk.insert = insert  # type: ignore[method-assign]
    try:
        yield
    finally:
        bulk_module.Bulk.insert = real  # type: ignore[method-assign]


def _raw_executemany(folder: Path, captured: Captured) -> float:
    session, _ = access.create(folder / "raw.db", "pw", access.cheap_kdf_for_tests())
    db = session.store.db
    for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        db.execute_sql(f'DROP TRIGGER "{name}"')
    cursor = db.connection().cursor()
    cursor.execute(f"PRAGMA cache_size = -{BATCH_CACHE_KIB}")  # as the bulk path has
    started = time.perf_counter()
    cursor.execute("BEGIN")
    cursor.execute("PRAGMA defer_foreign_keys = ON")
    for table, columns, rows in captured:
        if table in {"customer", "contact", "timeline_entry", "customer_tag", "tag", "key_date"}:
            marks = ", ".join("?" * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    cursor.execute("ROLLBACK")  # foreign keys to rows of the real batch need not hold here
    elapsed = time.perf_counter() - started
    session.store.close()
    return elapsed


def import_once(path: Path) -> dict[str, float]:
    forget_cached_cells()  # phones and dates parsed for an earlier file would flatter this one
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
    session, _ = access.create(folder / "db.db", "pw", access.cheap_kdf_for_tests(), actor="bench")
    captured: Captured = []
    spent = [0.0]
    with _timed_inserts(captured, spent):
        started = time.perf_counter()
        table = read_table(path)
        read = time.perf_counter()
        preview = importing.preview_rows(
            session, importing.clean_table(session, table, guess_mapping(table.headers)),
            file_name=path.name, kind=table.kind, headers=table.headers,
            mapping=guess_mapping(table.headers),
        )  # fmt: skip
        previewed = time.perf_counter()
        result = importing.run_import(session, preview)
        done = time.perf_counter()
    session.store.settle()  # the log copied into the file on its own thread (checkpoint.py)
    settled = time.perf_counter()
    undo_started = time.perf_counter()
    undo_import(session, str(result.batch_id))
    undone = time.perf_counter()
    session.store.close()
    return {
        "rows": float(len(table.rows)),
        "new": float(result.new),
        "read": read - started,
        "preview": previewed - read,
        "import": done - previewed,
        "total": done - started,
        "insert": spent[0],
        "undo": undone - undo_started,
        "checkpoint": settled - done,
        "raw_insert": _raw_executemany(folder, captured),
    }


def reader_baselines(xlsx: Path) -> dict[str, float]:
    from openpyxl import load_workbook
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(xlsx))
    sum(1 for _ in book.get_sheet_by_index(0).to_python())
    calamine = time.perf_counter() - started
    started = time.perf_counter()
    workbook = load_workbook(xlsx, read_only=True)
    sum(1 for _ in workbook.active.iter_rows(values_only=True))
    workbook.close()
    return {"calamine": calamine, "openpyxl": time.perf_counter() - started}


def measure(count: int) -> list[Figure]:
    csv_path, xlsx_path = files(count)
    figures = []
    for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
        run = import_once(path)
        rate = run["rows"] / run["total"]
        note = (
            f"{rate:,.0f} rows/s; read {run['read']:.1f} s, clean+match {run['preview']:.1f} s, "
            f"write+index {run['import']:.1f} s; then the log copied into the file on a "
            f"thread of its own, {run['checkpoint']:.1f} s"
        )
        ms = run["total"] * 1000
        figures.append(Figure(f"import {count:,} rows {label} (all included)", ms, ms, None, note))
        insert_ms = run["insert"] * 1000
        figures.append(
            Figure(f"  insert phase {label} vs raw executemany", insert_ms, insert_ms,
                   run["raw_insert"] * 1000, "ratio < 1: faster than the raw loop")
        )  # fmt: skip
        if label == "CSV":
            undo_ms = run["undo"] * 1000
            note = "every created customer tombstoned, search index updated"
            figures.append(
                Figure(f"  undo that import ({count:,} rows)", undo_ms, undo_ms, None, note)
            )
    readers = reader_baselines(xlsx_path)
    for name, seconds in readers.items():
        figures.append(Figure(f"  XLSX read alone: {name}", seconds * 1000, seconds * 1000))
    return figures
