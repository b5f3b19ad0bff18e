"""Benchmarks: `uv run python -m bench [--customers N] [--json FILE]`."""
