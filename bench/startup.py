"""Start-up time of the frozen app against `python -m crmdesk` (goal: frozen <= 1.1x source).

    from bench import startup
    figures = startup.measure(repeat=7)      # [Figure(...)]; ratio = frozen p50 / source p50
    uv run python -m bench.startup [--repeat N] [--frozen dist/crmdesk/crmdesk]

Each run is a whole process, timed with time.perf_counter around subprocess.run: interpreter
start, imports, a throwaway encrypted database, QApplication, and the main window shown
off-screen with its first page of customers, then exit: `crmdesk --self-test` does exactly
that. Source and frozen runs alternate, after one warm-up each (page cache), and the medians
are compared. Build the bundle first (scripts/build-linux.sh, or PyInstaller on other OSes).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import Figure, p50_p95, table

ROOT = Path(__file__).resolve().parent.parent
GOAL_RATIO = 1.1


def default_frozen() -> Path:
    """Where build.spec puts the executable on this OS."""
    if sys.platform == "win32":
        return ROOT / "dist" / "crmdesk" / "crmdesk-console.exe"
    if sys.platform == "darwin":
        return ROOT / "dist" / "crmdesk.app" / "Contents" / "MacOS" / "crmdesk"
    return ROOT / "dist" / "crmdesk" / "crmdesk"


def _time_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0 or "self-test OK" not in done.stdout:
        raise RuntimeError(f"{command[0]} --self-test failed ({done.returncode}): {done.stderr}")
    return elapsed


def measure(repeat: int = 7, frozen: Path | None = None) -> list[Figure]:
    """Median and p95 start-up of source and frozen runs; the frozen figure's ratio is the goal."""
    frozen = frozen or default_frozen()
    source_cmd = [sys.executable, "-m", "crmdesk", "--self-test"]
    frozen_cmd = [str(frozen), "--self-test"]
    with tempfile.TemporaryDirectory(prefix="crmdesk-bench-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
        env["XDG_DATA_HOME"] = home
        commands = {"source": source_cmd}
        if frozen.exists():
            commands["frozen"] = frozen_cmd
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():
            _time_ms(command, env)  # warm-up: the page cache, .pyc files
        for _ in range(repeat):
            for name, command in commands.items():
                samples[name].append(_time_ms(command, env))
    source_p50, source_p95 = p50_p95(samples["source"])
    figures = [
        Figure("startup: python -m crmdesk --self-test", source_p50, source_p95, note="source")
    ]
    if "frozen" in samples:
        p50, p95 = p50_p95(samples["frozen"])
        verdict = "ok" if p50 <= GOAL_RATIO * source_p50 else "SLOWER than goal"
        figures.append(
            Figure(
                "startup: frozen --self-test",
                p50,
                p95,
                baseline_p50_ms=source_p50,
                note=f"vs source; goal <= {GOAL_RATIO}x: {verdict}",
            )
        )
    else:
        figures[0] = Figure(
            figures[0].name, source_p50, source_p95, note=f"no frozen app at {frozen}"
        )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--frozen", type=Path, default=None)
    args = parser.parse_args(argv)
    print(table(measure(args.repeat, args.frozen)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
