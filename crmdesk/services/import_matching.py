"""Duplicate matching for the import: rows against each other and against live customers.

Keys are "p:<E.164 phone>", "e:<e-mail>" and "n:<name+company key>". Stored phones are parsed
only when their last 7 digits occur in the file, so a 100k-customer database is one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from crmdesk.data import import_queries as q
from crmdesk.domain.validation import phone_digits
from crmdesk.exchange.model import CleanRow
from crmdesk.exchange.normalise import name_company_key
from crmdesk.exchange.phones import e164
from crmdesk.services.session import Session

_PHONE_SPLIT = re.compile(r"[,，;；/、|\n\r]+")  # as exchange.phones splits a cell


@dataclass(frozen=True, slots=True)
class Match:
    """An existing customer a row duplicates."""

    customer_id: str
    name: str
    company: str | None
    phone: str | None


def row_keys(row: CleanRow) -> list[str]:
    """The matching keys of a cleaned row."""
    keys = [f"p:{p}" for p in row.keys.phones] + [f"e:{e}" for e in row.keys.emails]
    if row.keys.name_company:
        keys.append(f"n:{row.keys.name_company}")
    return keys


class FileKeys:
    """Keys of the rows seen so far: which earlier row a row duplicates."""

    def __init__(self) -> None:
        self.first: dict[str, int] = {}

    def earlier(self, row: CleanRow) -> int | None:
        keys = row_keys(row)
        hits = [self.first[k] for k in keys if k in self.first]
        for key in keys:
            self.first.setdefault(key, row.number)
        return min(hits) if hits else None


class ExistingKeys:
    """Live customers whose phone, e-mail or name+company occurs among the file's keys."""

    def __init__(self, session: Session, rows: Sequence[CleanRow], region: str) -> None:
        self.phones = {p for r in rows for p in r.keys.phones}
        self.emails = {e for r in rows for e in r.keys.emails}
        self.names = {r.keys.name_company for r in rows if r.keys.name_company}
        self.tails = {phone_digits(p)[-7:] for p in self.phones}
        self.region = region
        self.by_key: dict[str, list[str]] = {}
        self.info: dict[str, Match] = {}
        if rows:
            self._scan(session)

    def _scan(self, session: Session) -> None:
        db = session.store.db
        for cid, name, company, phone, email in q.live_customers(db):
            keys = [*self._phone_keys(phone), *self._email_key(email)]
            name_key = name_company_key(name, company)
            if name_key in self.names:
                keys.append(f"n:{name_key}")
            if keys:
                self._add(cid, keys)
                self.info[cid] = Match(cid, name, company, phone)
        for cid, phones, email in q.live_contacts(db):
            keys = [*self._phone_keys(phones), *self._email_key(email)]
            if keys:
                self._add(cid, keys)
        missing = [cid for ids in self.by_key.values() for cid in ids if cid not in self.info]
        for row in q.customers_by_id(db, list(dict.fromkeys(missing))):
            self.info[row["id"]] = Match(row["id"], row["name"], row["company"], row["phone"])

    def _add(self, cid: str, keys: Iterable[str]) -> None:
        for key in keys:
            ids = self.by_key.setdefault(key, [])
            if cid not in ids:
                ids.append(cid)

    def _phone_keys(self, text: str | None) -> list[str]:
        if not text or not self.tails:
            return []
        keys = []
        for piece in _PHONE_SPLIT.split(text):
            digits = phone_digits(piece)
            if len(digits) >= 5 and digits[-7:] in self.tails:
                number = e164(piece, self.region)
                if number in self.phones:
                    keys.append(f"p:{number}")
        return keys

    def _email_key(self, email: str | None) -> list[str]:
        if email and email.strip().lower() in self.emails:
            return [f"e:{email.strip().lower()}"]
        return []

    def matches(self, row: CleanRow) -> tuple[Match, ...]:
        if not self.by_key:
            return ()
        keys = row_keys(row)
        ids = dict.fromkeys(cid for key in keys for cid in self.by_key.get(key, ()))
        return tuple(self.info[cid] for cid in ids)
