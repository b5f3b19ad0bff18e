"""Shared values of the exchange tests."""

from __future__ import annotations

from datetime import date

from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.model import CleanRow, Table
from crmdesk.exchange.normalise import clean_rows

TODAY = date(2026, 11, 23)


def cleaned(table: Table, region: str = "CN") -> list[CleanRow]:
    return clean_rows(table.rows, guess_mapping(table.headers), region=region, today=TODAY)
