"""Export, backup and undo of an import at field scale: what a salesperson waits for now and then.

- export: `export_customers` of every customer to CSV and to XLSX (rows read in the list's
  order, written, renamed into place); raw = the same SELECTs replayed on a bare connection,
  rows fetched and nothing written, so the ratio is the cost of writing the file;
- backup: `maintenance.backup` (copy, then verify: cipher and SQLite integrity checks);
  raw = SQLite's backup API copying the same pages, no verify;
- undo import: measured in bench/imports.py on the batch it has just imported.

Each runs once per size (seconds, not milliseconds): p50 = p95.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from bench.queries import raw_connection, recording
from bench.stats import Figure
from crmdesk.services import maintenance
from crmdesk.services.exporting import export_customers
from crmdesk.services.session import Session


def measure(session: Session) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-") as folder:
        figures = [_export(session, Path(folder), fmt) for fmt in ("csv", "xlsx")]
        figures.append(_backup(session, Path(folder)))
    return figures


def _export(session: Session, folder: Path, fmt: str) -> Figure:
    path = folder / f"customers.{fmt}"
    with recording(session) as statements:
        started = time.perf_counter()
        count = export_customers(session, path, fmt=fmt)
        ms = (time.perf_counter() - started) * 1000
    reads = [(sql, params) for sql, params in statements if sql.lstrip().startswith("SELECT")]
    raw = raw_connection(session)
    try:
        started = time.perf_counter()
        for sql, params in reads:
            raw.execute(sql, params).fetchall()
        raw_ms = (time.perf_counter() - started) * 1000
    finally:
        raw.close()
    size = path.stat().st_size / 1e6
    note = f"{count:,} customers, {size:.0f} MB; raw = its SELECTs, nothing written"
    return Figure(f"export {count:,} customers {fmt.upper()}", ms, ms, raw_ms, note)


def _backup(session: Session, folder: Path) -> Figure:
    started = time.perf_counter()
    path = maintenance.backup(session, folder=folder)
    ms = (time.perf_counter() - started) * 1000
    size = path.stat().st_size / 1e6
    copy = folder / "raw-copy.db"
    target = sqlcipher.connect(str(copy))
    try:
        target.execute(f"PRAGMA key = \"x'{session.store.raw_key}'\"")
        started = time.perf_counter()
        session.store.db.connection().backup(target)
        raw_ms = (time.perf_counter() - started) * 1000
    finally:
        target.close()
    note = f"{size:.0f} MB: copy + verify; raw = the backup API's copy alone"
    return Figure("backup now (copy + verify)", ms, ms, raw_ms, note)
