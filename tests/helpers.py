"""Helpers shared by tests."""

from __future__ import annotations

import hashlib
from pathlib import Path


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
