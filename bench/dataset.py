"""Benchmark datasets: demo databases built once per size and seed, cached (encrypted).

The demo data is topped up to 10 timeline entries per customer, one of them with 1,000
(bench/heavy.py): 100,000 customers have 1,000,000 entries. A cached file is built under a
lock into a ".partial" file and renamed when complete, so that concurrent runs share one
build and an interrupted one is never reused.
"""

from __future__ import annotations

import contextlib
import fcntl
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.heavy import top_up
from crmdesk.data.keyfile import KdfParams, key_path_for
from crmdesk.services import access
from crmdesk.services.demo import fill_demo
from crmdesk.services.session import Session

PASSWORD = "bench"
CACHE = Path(__file__).parent / ".cache"


def dataset(customers: int, seed: int = 1, folder: Path | None = None) -> tuple[Path, float | None]:
    """The cached database path, and the seconds it took to build (None if cached)."""
    path = (folder or CACHE) / f"bench-v2-{customers}-{seed}.db"

    def build(target: Path) -> None:
        session, _code = access.create(target, PASSWORD, KdfParams.cheap(), actor="bench")
        try:
            fill_demo(session, customers=customers, seed=seed)
            top_up(session, seed)
        finally:
            session.store.close()

    return path, cached(path, build)


def open_dataset(path: Path) -> Session:
    return access.unlock(path, PASSWORD, actor="bench")


def cached(path: Path, build: Callable[[Path], None]) -> float | None:
    """Build *path* (and its key file, if any) once; the seconds it took, None if cached."""
    if path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path.with_name(path.name + ".lock")):
        if path.exists():
            return None  # another run built it while this one waited
        partial = path.with_name(path.name + ".partial")
        for suffix in ("", "-wal", "-shm", ".key"):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)
        started = time.perf_counter()
        build(partial)
        if key_path_for(partial).exists():
            key_path_for(partial).rename(key_path_for(path))
        partial.rename(path)
        return time.perf_counter() - started


@contextlib.contextmanager
def _locked(lock: Path) -> Iterator[None]:
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
