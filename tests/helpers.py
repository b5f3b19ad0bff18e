"""Helpers shared by tests."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crmdesk.data import queries
from crmdesk.services.session import Session


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below *folder* with its SHA-256: proves a failure changed nothing on disk."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def contains_bytes(folder: Path, needles: list[bytes]) -> list[str]:
    """Files below *folder* that contain any needle (for canary tests)."""
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits.extend(f"{path.name}: {needle!r}" for needle in needles if needle in data)
    return hits


def customer(session: Session, customer_id: str | None) -> dict[str, Any]:
    """The stored customer row; fails the test if it does not exist."""
    row = queries.customer_row(session.store, customer_id or "")
    assert row is not None, f"no customer {customer_id}"
    return row


TWO_CUSTOMERS = (("华信科技", "13912345678"), ("星河贸易", "13800138000"))


def notes_then_customers(path: Path, customers: Sequence[tuple[str, str]] = TWO_CUSTOMERS) -> Path:
    """A workbook whose first sheet is a note and whose second, 客户, holds *customers*
    (name, mobile) under a header row."""
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "说明"
    notes.append(["这份表格的说明"])
    people = book.create_sheet("客户")
    people.append(["客户名称", "手机"])
    for row in customers:
        people.append(list(row))
    book.save(path)
    return path


def assert_due_upkeep(db: Any) -> None:
    """Schema v8's tally of follow-ups and the customer fields copied onto key dates and
    reminders equal what the tables say (kept by triggers, or set-based by the bulk path)."""
    tally = db.execute_sql("SELECT grade, day, n FROM due_tally WHERE n <> 0 ORDER BY 1, 2")
    counted = db.execute_sql(
        "SELECT grade, next_due_on, count(*) FROM customer WHERE deleted_at IS NULL "
        "AND next_due_on IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2"
    )
    assert tally.fetchall() == counted.fetchall()
    for table in ("key_date", "reminder"):
        copies = db.execute_sql(
            f"SELECT t.customer_grade, t.customer_name, t.customer_company, t.customer_live, "
            f"c.grade, c.name, c.company, c.deleted_at IS NULL "
            f"FROM {table} t JOIN customer c ON c.id = t.customer_id"
        ).fetchall()
        assert [row[:4] for row in copies] == [row[4:] for row in copies]
