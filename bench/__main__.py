"""`uv run python -m bench [--customers N] [--repeat R] [--json FILE]`: print the figures."""

from __future__ import annotations

import argparse
import json
import os
import platform
from dataclasses import asdict
from pathlib import Path

from bench import imports, maintenance, plain, queries, search, startup, window
from bench.dataset import dataset, open_dataset
from bench.stats import Figure, table


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def run(customers: int, repeat: int) -> list[Figure]:
    path, build_seconds = dataset(customers)
    print(f"dataset: {customers} customers ({path.name})", end="")
    print(f", built in {build_seconds:.1f} s" if build_seconds else ", cached")
    session = open_dataset(path)
    try:
        figures = search.measure(session, repeat)
        figures += queries.measure(session, repeat)
        figures += plain.measure(session, repeat)
        figures += maintenance.measure(session)
    finally:
        session.store.close()
    figures += window.measure(path, customers, repeat)
    if startup.default_frozen().exists():  # built by scripts/build-linux.sh
        figures += startup.measure(repeat=min(repeat, 9))
    else:
        print(f"frozen start: skipped, no bundle at {startup.default_frozen()}")
    return figures + imports.measure(customers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    figures = run(args.customers, args.repeat)
    print(table(figures))
    if args.json:
        args.json.write_text(json.dumps([asdict(f) for f in figures], indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
