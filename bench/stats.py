"""Timing helpers and the results table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    p50_ms: float
    p95_ms: float
    baseline_p50_ms: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.baseline_p50_ms:
            return None
        return self.p50_ms / self.baseline_p50_ms


def timings_ms(action: Callable[[], object], repeat: int) -> list[float]:
    action()  # warm the page cache and statement cache
    result = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        result.append((time.perf_counter() - started) * 1000)
    return result


def p50_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def table(figures: list[Figure]) -> str:
    head = f"{'figure':<44} {'p50 ms':>9} {'p95 ms':>9} {'raw p50':>9} {'ratio':>7}  note"
    lines = [head, "-" * len(head)]
    for f in figures:
        raw = f"{f.baseline_p50_ms:9.3f}" if f.baseline_p50_ms is not None else f"{'':>9}"
        ratio = f"{f.ratio:6.2f}x" if f.ratio is not None else f"{'':>7}"
        lines.append(f"{f.name:<44} {f.p50_ms:9.3f} {f.p95_ms:9.3f} {raw} {ratio}  {f.note}")
    return "\n".join(lines)
