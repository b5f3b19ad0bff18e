"""Tell what a file is before trying to open it, so that each failure gets its own message.

Wrong key, random bytes, a plain SQLite file and a renamed CSV all make SQLite say "file is
not a database"; looking at size and header first tells them apart.
"""

from __future__ import annotations

from pathlib import Path

from crmdesk.data.errors import DatabaseMissing, EmptyFile, NotADatabase, PlainSQLiteFile

SQLITE_HEADER = b"SQLite format 3\x00"
_MAGIC = {
    b"\x89PNG": "png",
    b"%PDF": "pdf",
    b"PK\x03\x04": "zip",
    b"\xd0\xcf\x11\xe0": "ole",
    b"\xff\xd8\xff": "jpeg",
    b"GIF8": "gif",
}


def sniff_kind(head: bytes) -> str | None:
    """Name a recognisable non-database format from the first bytes, or None."""
    if head.startswith(SQLITE_HEADER):
        return "sqlite"
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return "text" if printable >= 0.95 * max(len(text), 1) else None


def check_database_file(path: Path) -> None:
    """Raise the matching error if *path* cannot be an encrypted crmdesk database."""
    if not path.exists():
        raise DatabaseMissing()
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile()
    with path.open("rb") as handle:
        head = handle.read(512)
    kind = sniff_kind(head)
    if kind == "sqlite":
        raise PlainSQLiteFile()
    if kind is not None:
        raise NotADatabase(kind)
    if size < 512:
        raise NotADatabase("too small")
