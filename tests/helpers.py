"""Helpers shared by tests."""

from __future__ import annotations

import hashlib
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
