"""Fixtures of the exchange tests: a helper writing files into tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

WriteFile = Callable[[str, bytes], Path]


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write
