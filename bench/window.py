"""The figures a user sees in the window: start-up, first paint, typing, memory, a follow-up.

    from bench import window
    figures = window.measure(db_path, customers=100_000, repeat=50)

Each run is a whole crmdesk process (bench/window_child.py) started the way `crmdesk --db
PATH` starts, off-screen (QT_QPA_PLATFORM=offscreen), with a throwaway home folder; bytecode
is cached (in bench/.cache/pycache) as it is for an installed app. "start" runs stop at the
first painted page of the list; one "full" run then pages through the whole list, types
searches key by key and logs follow-ups in the real dialog. The baselines are the same SQL
on a bare sqlcipher3 connection, in the same run. The child is spawned with this Python, as
the `crmdesk` launcher runs it; `uv run crmdesk` adds uv's own start-up on top.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from bench import search
from bench.dataset import PASSWORD, open_dataset
from bench.stats import Figure, p50_p95, timings_ms
from crmdesk.data import keyfile, queries
from crmdesk.data.customer_list import ListFilter, list_rids
from crmdesk.data.database import configure_connection
from crmdesk.services.session import Session
from crmdesk.ui.list_model import PAGE_SIZE

ROOT = Path(__file__).resolve().parent.parent
PYCACHE = Path(__file__).resolve().parent / ".cache" / "pycache"
CHILD = "import time; t = time.monotonic(); import bench.window_child as c; c.main(t)"
GOAL_START_MS, GOAL_PAINT_MS, GOAL_KEY_MS, GOAL_FOLLOWUP_MS = 500, 100, 50, 50
GOAL_STEADY_MB, GOAL_PEAK_MB = 150, 300
PHASES = (  # (label, from stamp, to stamp)
    ("interpreter", "spawned", "main"),
    ("imports", "main", "imports"),
    ("QApplication", "imports", "qapplication"),
    ("app setup", "qapplication", "unlock"),
    ("unlock", "unlock", "unlocked"),
    ("window build", "window", "window_built"),
    ("show", "window_built", "shown"),
    ("ids query|empty paint", "shown", "ids"),  # the worker's query; the GUI paints meanwhile
    ("first page+paint", "ids", "painted"),
)


def measure(db_path: Path, customers: int, repeat: int) -> list[Figure]:
    session = open_dataset(db_path)
    try:
        typing = typing_plan(session)
        raw = raw_baselines(session, typing, max(repeat, 5))
    finally:
        session.store.close()
    kdf = default_kdf_ms(3)
    starts = max(3, min(repeat, 7))
    plan = {
        "db": str(db_path),
        "password": PASSWORD,
        "typing": typing,
        "rounds": max(1, min(3, repeat // 10)),
        "followups": max(3, min(repeat, 10)),
    }
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-") as home:
        env = _child_env(Path(home))
        _child(plan, "start", env)  # warm-up: page cache, bytecode
        runs = [_child(plan, "start", env) for _ in range(starts)]
        full = _child(plan, "full", env)
    return [
        *start_figures(runs, kdf, raw),
        search_figure(full["search"], raw),
        search_fired_figure(full["search"], raw),
        *memory_figures(full["memory"], customers),
        followup_figure(full["followup"]),
    ]


# -- the child processes ---------------------------------------------------------------------


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env.update(XDG_CONFIG_HOME=str(home), XDG_DATA_HOME=str(home), XDG_CACHE_HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def _child(plan: dict[str, Any], mode: str, env: dict[str, str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-run-") as folder:
        plan_path, out = Path(folder) / "plan.json", Path(folder) / "out.json"
        spawned = time.monotonic()
        plan_path.write_text(json.dumps({**plan, "mode": mode, "spawned": spawned}), "utf-8")
        command = [sys.executable, "-c", CHILD, str(plan_path), str(out)]
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=1800)  # fmt: skip
        result: dict[str, Any] = json.loads(out.read_text("utf-8")) if out.exists() else {}
    if done.returncode != 0 or "error" in result or "painted" not in result.get("stamps", {}):
        raise RuntimeError(
            f"window benchmark child ({mode}) failed, exit {done.returncode}:\n"
            f"{result.get('error', '')}\n{done.stderr[-4000:]}"
        )
    return result


# -- baselines -------------------------------------------------------------------------------


def typing_plan(session: Session) -> list[tuple[str, str]]:
    """What a user types: a 3-character Chinese name, a 5-letter company start, 7 digits."""
    wanted = {"3 char Chinese": "Chinese", "5 char Latin": "Latin", "phone digits (7)": "digits"}
    return [(wanted[label], text) for label, text in search.queries(session) if label in wanted]


def _raw_connection(session: Session) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(session.store.path), isolation_level=None)
    configure_connection(conn, session.store.raw_key)
    return conn


def raw_baselines(session: Session, typing: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    """p50 ms of the window's SQL on bare sqlcipher3: open + ids + first page, page, search."""
    conn = _raw_connection(session)
    raw_store = SimpleNamespace(db=SimpleNamespace(execute_sql=conn.execute))
    cols = ", ".join(queries.LIST_COLUMNS)

    def page(rids: list[int], db: sqlcipher.Connection = conn) -> object:
        marks = ",".join("?" * len(rids))
        return db.execute(f"SELECT {cols} FROM customer WHERE rid IN ({marks})", rids).fetchall()

    def open_and_list() -> object:
        fresh = _raw_connection(session)
        try:
            store = SimpleNamespace(db=SimpleNamespace(execute_sql=fresh.execute))
            rids = list_rids(store, ListFilter())  # type: ignore[arg-type]
            return page(rids[:PAGE_SIZE], fresh)
        finally:
            fresh.close()

    try:
        first = list_rids(raw_store, ListFilter())[:PAGE_SIZE]  # type: ignore[arg-type]
        prefixes = [text[:n] for _, text in typing for n in range(1, len(text) + 1)]
        searches: list[float] = []
        for prefix in prefixes:
            searches += timings_ms(_search(raw_store, prefix), max(repeat // 10, 3))
        return {
            "open_list": p50_p95(timings_ms(open_and_list, max(repeat // 10, 3)))[0],
            "page": p50_p95(timings_ms(lambda: page(first), repeat))[0],
            "search": p50_p95(searches)[0],
        }
    finally:
        conn.close()


def _search(store: object, text: str) -> Callable[[], object]:
    return lambda: list_rids(store, ListFilter(text=text))  # type: ignore[arg-type]


def default_kdf_ms(repeat: int) -> list[float]:
    """Unwrapping a key file made with the product's default Argon2id parameters."""
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-kdf-") as folder:
        path = Path(folder) / "kdf.db.key"
        keyfile.create_key_file(
            path, PASSWORD, keyfile.KdfParams.default(), secrets.token_bytes(16)
        )
        result = []
        for _ in range(repeat):
            started = time.perf_counter()
            keyfile.unwrap_with_password(path, PASSWORD)
            result.append((time.perf_counter() - started) * 1000)
    return result


# -- figures ---------------------------------------------------------------------------------


def _ms(stamps: dict[str, float], start: str, end: str) -> float:
    return (stamps[end] - stamps[start]) * 1000


def _verdict(value: float, goal: float, unit: str = "ms") -> str:
    return f"goal <= {goal:g} {unit}: {'ok' if value <= goal else 'MISSED'}"


def start_figures(
    runs: list[dict[str, Any]], kdf: list[float], raw: dict[str, float]
) -> list[Figure]:
    totals = [_ms(r["stamps"], "spawned", "painted") for r in runs]
    kdfs = [r["kdf_ms"] for r in runs]
    goal = [t - k for t, k in zip(totals, kdfs, strict=True)]
    phases = ", ".join(
        f"{label} {p50_p95([_ms(r['stamps'], a, b) for r in runs])[0]:.0f}"
        for label, a, b in PHASES
    )
    paints = [_ms(r["stamps"], "ids", "painted") for r in runs]
    shown = p50_p95([_ms(r["stamps"], "shown", "painted") for r in runs])[0]
    today = p50_p95([_ms(r["stamps"], "spawned", "today_loaded") for r in runs])[0]
    kdf50, kdf95 = p50_p95(kdf)
    total50, total95 = p50_p95(totals)
    goal50, goal95 = p50_p95(goal)
    paint50, paint95 = p50_p95(paints)
    return [
        Figure("start -> first page painted (total)", total50, total95,
               note=f"{len(runs)} processes; phases p50 ms: {phases}; "
               f"Today tab filled at {today:.0f}"),
        Figure("start -> first page, KDF excluded", goal50, goal95, raw["open_list"],
               note=f"{_verdict(goal95, GOAL_START_MS)}; raw = open+ids+page SQL"),
        Figure("key derivation, default Argon2id", kdf50, kdf95,
               note=f"64 MiB, t=3, p=4 (the bench dataset's cheap KDF took "
               f"{p50_p95(kdfs)[0]:.1f} ms)"),
        Figure("first paint of the list", paint50, paint95, raw["page"],
               note=f"ids arrived -> page painted; {_verdict(paint95, GOAL_PAINT_MS)}; "
               f"window shown -> painted {shown:.0f} ms; raw = page SQL"),
    ]  # fmt: skip


def search_figure(samples: list[dict[str, Any]], raw: dict[str, float]) -> Figure:
    keys = [s["key_ms"] for s in samples]
    p50, p95 = p50_p95(keys)
    scripts = {s["label"] for s in samples}
    by_script = ", ".join(
        f"{name} {p50_p95([s['key_ms'] for s in samples if s['label'] == name])[1]:.0f}"
        for name in sorted(scripts)
    )
    return Figure("keystroke -> results repainted", p50, p95, raw["search"],
                  note=f"{len(keys)} keys; {_verdict(p95, GOAL_KEY_MS)}; p95 by script: "
                  f"{by_script}; raw = same list SQL, warm")  # fmt: skip


def search_fired_figure(samples: list[dict[str, Any]], raw: dict[str, float]) -> Figure:
    fired = [s["fired_ms"] for s in samples if s["fired_ms"] is not None]
    p50, p95 = p50_p95(fired)
    db50, db95 = p50_p95([s["db_ms"] for s in samples])
    reset50, reset95 = p50_p95([s["reset_ms"] for s in samples])
    return Figure("search query fired -> results repainted", p50, p95, raw["search"],
                  note=f"no debounce; list query {db50:.1f}/{db95:.1f} ms, "
                  f"reset -> painted {reset50:.1f}/{reset95:.1f} ms")  # fmt: skip


def memory_figures(memory: dict[str, Any], customers: int) -> list[Figure]:
    steady, peak = memory["steady_mb"], memory["peak_mb"]
    page50, page95 = p50_p95(memory["page_ms"])
    return [
        Figure(f"RSS after listing {customers} customers (MB)", steady, steady,
               note=f"{_verdict(steady, GOAL_STEADY_MB, 'MB')}; after start "
               f"{memory['after_start_mb']:.0f} MB; {memory['cached_rows']} rows cached"),
        Figure("peak RSS (MB)", peak, memory["peak_end_mb"],
               note=f"{_verdict(peak, GOAL_PEAK_MB, 'MB')}; p95 column = peak after "
               "searches and follow-ups"),
        Figure("scroll the list one screen", page50, page95,
               note=f"{len(memory['page_ms'])} screens, rows fetched by page"),
    ]  # fmt: skip


def followup_figure(results: list[dict[str, float]]) -> Figure:
    p50, p95 = p50_p95([r["all"] for r in results])
    parts = ", ".join(
        f"{name} {p50_p95([r[name] for r in results])[0]:.0f}"
        for name in ("list_painted", "timeline_painted", "today")
    )
    return Figure("log follow-up -> list, timeline, Today", p50, p95,
                  note=f"{len(results)} saves; {_verdict(p95, GOAL_FOLLOWUP_MS)}; "
                  f"p50 ms: {parts}")  # fmt: skip
