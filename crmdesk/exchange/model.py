"""What the readers produce and the import consumes (the interface of crmdesk.exchange).

    table = read_table(path)                          # readers.py: CSV, XLSX/XLS/ODS, vCard
    mapping = guess_mapping(table.headers)            # mapping.py: column index -> target field
    row = clean_row(table.rows[0], mapping, region="CN", today=date.today())   # normalise.py

Row numbers are the ones the user sees in Excel (1-based, the header row included), so a
problem report can say "row 17: not an e-mail address".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from crmdesk.i18n import QT_TRANSLATE_NOOP

Cell = str | int | float | date | datetime | None


class ImportFileError(Exception):
    """The file cannot be read at all (not a spreadsheet, unknown encoding, damaged, empty).

    `code` names the problem; `message` is translatable English (context "ImportFileError").
    """

    def __init__(self, code: str, message: str, detail: str = "") -> None:
        super().__init__(f"{message} ({detail})" if detail else message)
        self.code = code
        self.message = message
        self.detail = detail


@dataclass(frozen=True, slots=True)
class SourceRow:
    number: int  # as shown in Excel: 1-based, header row included
    cells: list[Cell]


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[SourceRow]  # blank rows and total/footer rows already left out
    kind: str  # "csv", "xlsx", "xls", "ods", "vcard"
    encoding: str | None = None  # for CSV: what was detected
    sheet: str | None = None
    skipped_rows: list[int] = field(default_factory=list)  # title, blank, total rows
    sheets: tuple[str, ...] = ()  # a workbook's sheets that hold data, in the book's order


@dataclass(frozen=True, slots=True)
class Problem:
    row: int
    field: str | None
    code: str  # stable identifier, e.g. "email.invalid"
    message: str  # translatable English, context "ImportProblem"
    value: str = ""  # the cell's text as read (added by the readers; shown next to the message)

    def to_json(self) -> dict[str, Any]:
        reason = self.message if self.field is None else f"{self.field}: {self.message}"
        return {"row": self.row, "reason": reason}


@dataclass(frozen=True, slots=True)
class MatchKeys:
    """What duplicate matching compares: normalised phones, e-mails, and name+company."""

    # tuples without repeats, not sets: 100,000 rows of an import keep them (~30 MB less)
    phones: tuple[str, ...] = ()  # E.164
    emails: tuple[str, ...] = ()  # lower-cased
    name_company: str | None = None  # casefolded, spaces removed, "name|company"


@dataclass(frozen=True, slots=True)
class CleanRow:
    number: int
    customer: dict[str, Any]  # customer columns as stored (schema names), cleaned
    contacts: list[dict[str, Any]]  # contact columns as stored (phones text: E.164, ", ")
    tags: list[str]
    birthday: tuple[int, int, int | None] | None  # (month, day, year or None) of the customer
    keys: MatchKeys
    warnings: list[Problem]  # fields left empty because their value was bad
    error: Problem | None  # set: the row is rejected as a whole (e.g. no name at all)

    @property
    def valid(self) -> bool:
        return self.error is None


# Target fields the mapping may choose, besides the customer columns of schema_v1:
EXTRA_FIELDS = (
    "contact_name",
    "contact_title",
    "contact_phone",
    "contact_email",
    "contact_wechat",
    "birthday",
    "tags",
    "next_followup_on",
)

PROBLEM_CONTEXT = "ImportProblem"
NO_NAME = QT_TRANSLATE_NOOP("ImportProblem", "No name: the row has neither a name nor a company.")
