"""The shared state of one demo run: the generator (`Gen`), one customer in the making
(`Customer`) and the weights and constants that shape the demo rows.

`Gen` holds the single `random.Random(seed)` every row is drawn from, so the order of the calls
on it is part of the output: moving a draw changes every later row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from random import Random
from typing import Any, TypeVar

from crmdesk.data.writer import utc_text
from crmdesk.domain.enums import (
    FollowUpMethod,
    Grade,
    Importance,
    NeedStatus,
    RelationshipStatus,
    SizeBucket,
    SourceChannel,
)
from crmdesk.services import demo_data as words
from crmdesk.services import demo_people as people
from crmdesk.services.session import Session

Row = tuple[Any, ...]
T = TypeVar("T")

_BASE_MS = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp()) * 1000

GRADE_WEIGHTS = (8, 17, 25, 30, 20)
NEED_WEIGHTS = {"A": (9, 1, 0), "B": (9, 1, 0), "C": (8, 2, 0), "D": (2, 7, 1), "E": (0, 2, 8)}
FOLLOWUPS = {"A": (8, 20), "B": (5, 12), "C": (3, 8), "D": (2, 5), "E": (1, 3)}
CLOSE_DAYS = {"A": (5, 30), "B": (20, 90), "C": (60, 180), "D": (150, 365), "E": (200, 365)}
PROBABILITY = {"lead": 10, "qualified": 25, "proposal": 50, "negotiation": 75, "won": 100}
METHODS, METHOD_WEIGHTS = [m.value for m in FollowUpMethod], (35, 15, 10, 30, 10)
GRADES, RELATIONSHIPS, IMPORTANCE = list(Grade), list(RelationshipStatus), list(Importance)
NEEDS, SOURCES, SIZES = list(NeedStatus), list(SourceChannel), list(SizeBucket)
CENTS = Decimal("0.01")
# The first ten customers: 6 Chinese, 3 persons, and between them every value of every enum.
FORCED_CN = (True, False, True, True, False, True, False, True, True, False)
FORCED_COMPANY = (True, True, True, False, True, False, True, True, False, True)


class Gen:
    """The random source, the clock and the growing row lists of one demo run."""

    def __init__(self, session: Session, seed: int, tables: Iterable[str]) -> None:
        self.rng = Random(seed)
        self.today = session.today()
        moment = session.now()
        self.now = utc_text(moment)
        self.tz = moment.astimezone().tzinfo
        self.prefs = session.preferences()
        self.owner = session.actor
        self.rows: dict[str, list[Row]] = {table: [] for table in tables}
        self.tag_ids: dict[str, str] = {}
        self._ms = _BASE_MS

    def new_id(self) -> str:
        """UUIDv7 layout: base time + one ms per id, version 7, variant 0b10, random bits."""
        bits = self.rng.getrandbits(74)
        value = (self._ms << 80) | (7 << 76) | ((bits >> 62) << 64) | (2 << 62)
        value |= bits & ((1 << 62) - 1)
        self._ms += 1
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def at(self, day: date, minute: int | None = None) -> str:
        """A moment in the working hours of a local *day*, as UTC text."""
        minute = self.rng.randrange(510, 1080) if minute is None else minute
        return utc_text(datetime.combine(day, time(minute // 60, minute % 60), tzinfo=self.tz))

    def day_between(self, low: date, high: date) -> date:
        return date.fromordinal(self.rng.randint(low.toordinal(), max(low, high).toordinal()))

    def pick(self, index: int, values: Sequence[T], weights: Sequence[int]) -> T:
        """values[index] for the first rows (coverage), else a weighted random choice."""
        if index < len(values):
            return values[index]
        return self.rng.choices(values, weights)[0]


@dataclass
class Customer:
    id: str
    index: int
    cn: bool
    grade: Grade
    relationship: RelationshipStatus
    importance: Importance
    need: NeedStatus
    source: SourceChannel
    where: people.Place
    product: tuple[str, str, tuple[str, ...], tuple[int, int]]
    firm: people.Company | None = None
    person: people.Person | None = None
    name: str = ""
    created_at: str = ""
    first_contact: date = date.min
    followups: list[date] = field(default_factory=list)
    moments: list[str] = field(default_factory=list)
    birthdays: list[tuple[str | None, str, str]] = field(default_factory=list)

    @property
    def currency(self) -> str:
        return words.CURRENCIES[self.where.country]

    def text(self, cn: Sequence[T], en: Sequence[T]) -> Sequence[T]:
        return cn if self.cn else en

    def product_name(self, product: tuple[str, str, Any, Any] | None = None) -> str:
        chosen = product or self.product
        return chosen[0] if self.cn else chosen[1]
