"""Benchmark datasets: demo databases built once per size and seed, cached (encrypted)."""

from __future__ import annotations

import time
from pathlib import Path

from crmdesk.data.keyfile import KdfParams
from crmdesk.services import access
from crmdesk.services.demo import fill_demo
from crmdesk.services.session import Session

PASSWORD = "bench"
CACHE = Path(__file__).parent / ".cache"


def dataset(customers: int, seed: int = 1, folder: Path = CACHE) -> tuple[Path, float | None]:
    """The cached database path, and the seconds it took to build (None if cached)."""
    path = folder / f"bench-{customers}-{seed}.db"
    if path.exists():
        return path, None
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    session, _code = access.create(path, PASSWORD, KdfParams.cheap(), actor="bench")
    try:
        fill_demo(session, customers=customers, seed=seed)
    finally:
        session.store.close()
    return path, time.perf_counter() - started


def open_dataset(path: Path) -> Session:
    return access.unlock(path, PASSWORD, actor="bench")
