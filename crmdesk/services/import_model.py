"""What an import works with: decisions, row outcomes, the preview, the result.

    preview.new, preview.duplicates, preview.invalid      # a dry run's counts
    result.to_json()                                      # the CLI's --json summary

See crmdesk.services.importing for the use cases (importing re-exports all of these).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from crmdesk.domain.progress import Cancelled, Progress
from crmdesk.exchange.model import CleanRow, Problem
from crmdesk.services.import_matching import Match
from crmdesk.services.session import Changes

__all__ = [
    "Cancelled",
    "ColumnMapping",
    "Decision",
    "ImportCancelled",
    "ImportPreview",
    "ImportResult",
    "PreviewRow",
    "Progress",
    "RowStatus",
]

ColumnMapping = Mapping[int, str]


class Decision(StrEnum):
    """What to do with a duplicate row."""

    SKIP = "skip"
    UPDATE = "update"  # fill the matched customer (or earlier row) with the row's values
    CREATE = "create"  # create a new customer anyway


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


class ImportCancelled(Exception):
    """The user cancelled a running import; nothing of it was kept."""


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: CleanRow
    status: RowStatus
    matches: tuple[Match, ...] = ()
    earlier_row: int | None = None  # the first file row with the same phone/e-mail/name

    @property
    def number(self) -> int:
        return self.row.number


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    kind: str
    headers: list[str]
    mapping: dict[int, str]
    rows: list[PreviewRow]
    skipped_rows: list[int] = field(default_factory=list)

    def _count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)

    @property
    def new(self) -> int:
        return self._count(RowStatus.NEW)

    @property
    def duplicates(self) -> int:
        return self._count(RowStatus.DUPLICATE)

    @property
    def invalid(self) -> list[Problem]:
        return [r.row.error for r in self.rows if r.row.error is not None]

    @property
    def warnings(self) -> list[Problem]:
        return [w for r in self.rows if r.row.error is None for w in r.row.warnings]


@dataclass(frozen=True)
class ImportResult:
    new: int
    updated: int
    duplicates: int  # skipped
    invalid: list[Problem]
    warnings: list[Problem]
    batch_id: str | None = None  # None for a dry run
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "updated": self.updated,
            "duplicates": self.duplicates,
            "invalid": [p.to_json() for p in self.invalid],
            "warnings": [p.to_json() for p in self.warnings],
            "batch_id": self.batch_id,
        }
