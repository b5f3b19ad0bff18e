"""Why a file cannot be read at all: `ImportFileError` with a stable code and English text.

    raise damaged("Bad CRC-32")   # ImportFileError("damaged", "The file is damaged…", detail)

Each message is marked for translation under the context "ImportFileError"; the detail (the
library's own words) is for the log and the curious, never translated.
"""

from __future__ import annotations

from crmdesk.exchange.model import ImportFileError
from crmdesk.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "damaged",
    "empty",
    "no_contacts",
    "no_header",
    "no_sheet",
    "not_spreadsheet",
    "password",
    "unknown_encoding",
    "unreadable",
]


def unreadable(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP("ImportFileError", "The file cannot be opened.")
    return ImportFileError("unreadable", text, detail)


def empty(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP("ImportFileError", "The file is empty.")
    return ImportFileError("empty", text, detail)


def not_spreadsheet(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP("ImportFileError", "The file is not a spreadsheet, CSV or vCard file.")
    return ImportFileError("not_spreadsheet", text, detail)


def unknown_encoding(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP(
        "ImportFileError",
        "The text encoding of the file is not recognised. Save it as CSV UTF-8 and try again.",
    )
    return ImportFileError("encoding", text, detail)


def damaged(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP("ImportFileError", "The file is damaged and cannot be read.")
    return ImportFileError("damaged", text, detail)


def password(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP(
        "ImportFileError",
        "The file is protected by a password. Open it in Excel or WPS, remove the password "
        "and save it again.",
    )
    return ImportFileError("password", text, detail)


def no_header(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP(
        "ImportFileError",
        "No header row was found. The first rows of the sheet should name its columns, "
        "for example Name, Phone, Company.",
    )
    return ImportFileError("no_header", text, detail)


def no_sheet(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP("ImportFileError", "The workbook has no sheet of that name.")
    return ImportFileError("no_sheet", text, detail)


def no_contacts(detail: str = "") -> ImportFileError:
    text = QT_TRANSLATE_NOOP("ImportFileError", "The vCard file contains no contacts.")
    return ImportFileError("no_contacts", text, detail)
