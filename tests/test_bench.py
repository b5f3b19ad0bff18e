"""A tiny run of the benchmark, so that it cannot rot (figures are never asserted)."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.dataset
import bench.imports
from bench.__main__ import main


def test_benchmark_runs_end_to_end_at_a_tiny_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench.dataset, "CACHE", tmp_path)
    monkeypatch.setattr(bench.imports, "CACHE", tmp_path)
    out = tmp_path / "figures.json"
    assert main(["--customers", "150", "--repeat", "3", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    for line in (
        "search 2 char Chinese",
        "import 150 rows CSV",
        "XLSX read alone: calamine",
        "sort by next_due_on",
        "open customer (1,000 entries)",
        "due: Today pane on open",
        "due: Today pane after a change",
        "encrypted: search (8 queries)",
        "encrypted: due: Today pane on open",
        "start -> first page, KDF excluded",
        "key derivation, default Argon2id",
        "first paint of the list",
        "keystroke -> results repainted",
        "RSS after listing 150 customers (MB)",
        "log follow-up -> list, timeline, Today",
        "export 150 customers XLSX",
        "backup now (copy + verify)",
        "undo that import (150 rows)",
    ):
        assert line in table
    assert out.read_text().startswith("[")
