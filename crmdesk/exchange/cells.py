"""Spreadsheet cells that a spreadsheet would run as a formula (CSV/XLSX injection).

    neutralise("=cmd|' /C calc'!A0")   # "'=cmd|' /C calc'!A0": shown as text, never run
    restore("'=1+1")                   # "=1+1": what our own export neutralised, undone

A leading quote is quoted as well, so that `restore` can undo `neutralise` without guessing.
"""

from __future__ import annotations

from typing import Any

UNSAFE_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise(value: Any) -> Any:
    """A text cell made inert with a leading '; anything else unchanged."""
    if isinstance(value, str) and value[:1] in UNSAFE_STARTS:
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """Undo `neutralise`: drop the quote it added; anything else unchanged."""
    if isinstance(value, str) and value[:1] == "'" and value[1:2] in UNSAFE_STARTS:
        return value[1:]
    return value
