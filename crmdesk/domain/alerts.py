"""When to announce what is due: the tray notifier's schedule, with an injectable clock.

    scheduler = AlertScheduler(clock, AlertRules(morning_at=time(8, 30)))
    alert = scheduler.start(entries)       # the summary at start (None: nothing to say now)
    alert = scheduler.tick(entries)        # every minute or so: newly due items, catch-up
    scheduler.lock()                       # names are forgotten; alerts give counts only
    alert = scheduler.unlock(entries)      # what the salesperson has not seen with names yet
    scheduler.snooze(alert.keys, until)    # announced again once *until* has passed

Rules. An item (a follow-up, a key date, a manual reminder) is announced once. Items shown on
an earlier day are ripe at once; items of today ripen at the morning alert time, so the first
unprompted alert of a working day is the morning summary; start and unlock announce all of
today's list. Nothing is announced in quiet hours or on a non-working day: the items wait for
the next allowed moment, where one summary carries them. Every alert groups its items per
grade. When the wall clock moved differently from the monotonic clock since the last check
(sleep, resume, a clock change), the alert is marked as a catch-up: still one alert. An item
is announced again only after its snooze has passed, or when it comes back to the list after
having left it (snoozed elsewhere). While locked, alerts carry counts only, never names; the
``show_names`` rule keeps names out of every alert.

The texts are the UI's (translated); this module returns structured `Alert` values.
"""

from __future__ import annotations

import time as _time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol

from crmdesk.domain.cadence import WorkingDays
from crmdesk.domain.enums import Grade

__all__ = [
    "JUMP_TOLERANCE",
    "NAMES_PER_GRADE",
    "Alert",
    "AlertClock",
    "AlertReason",
    "AlertRules",
    "AlertScheduler",
    "DueEntry",
    "GradeGroup",
    "SystemAlertClock",
    "group_by_grade",
]

NAMES_PER_GRADE = 3
JUMP_TOLERANCE = timedelta(seconds=90)


def in_quiet_hours(start: time, end: time, moment: time) -> bool:
    """Quiet from *start* to *end*, across midnight when end < start; never when equal."""
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


class AlertClock(Protocol):
    """The salesperson's local wall clock and a monotonic clock (seconds)."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemAlertClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return _time.monotonic()


class AlertReason(StrEnum):
    START = "start"
    UNLOCK = "unlock"
    MORNING = "morning"  # the first unprompted alert of a working day
    DUE = "due"  # items that fell due (or came back from a snooze) during the day
    CATCH_UP = "catch_up"  # after sleep, resume or a clock jump


@dataclass(frozen=True, slots=True)
class DueEntry:
    """One item on the due list, as the scheduler needs it.

    *key* identifies the item and its due date (a follow-up logged and due again is a new
    item); *shows_on* is the first day it is on the list.
    """

    key: str
    customer_id: str
    grade: Grade
    shows_on: date
    name: str = ""


@dataclass(frozen=True)
class AlertRules:
    morning_at: time = time(8, 30)
    quiet_start: time = time(21, 0)  # quiet across midnight when end < start; off when equal
    quiet_end: time = time(8, 0)
    working_days: WorkingDays = field(default_factory=WorkingDays)
    show_names: bool = True

    def quiet_at(self, moment: time) -> bool:
        return in_quiet_hours(self.quiet_start, self.quiet_end, moment)

    def allows(self, moment: datetime) -> bool:
        """True when an alert may be shown at *moment* (working day, outside quiet hours)."""
        return self.working_days.is_working(moment.date()) and not self.quiet_at(
            moment.time().replace(tzinfo=None)
        )


@dataclass(frozen=True)
class GradeGroup:
    grade: Grade
    customers: int  # distinct customers of this grade
    names: tuple[str, ...] = ()  # the first few names (empty when names are not shown)

    @property
    def more(self) -> bool:
        """True when there are customers beyond the names given."""
        return bool(self.names) and self.customers > len(self.names)


@dataclass(frozen=True)
class Alert:
    reason: AlertReason
    items: int  # how many due items this alert announces
    groups: tuple[GradeGroup, ...]  # A→E, only grades with items
    locked: bool = False  # counts only: the UI says "unlock to see them"
    keys: tuple[str, ...] = ()  # the items announced (for Snooze)

    @property
    def customers(self) -> int:
        return sum(group.customers for group in self.groups)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for group in self.groups for name in group.names)


def group_by_grade(entries: Iterable[DueEntry], *, names: bool) -> tuple[GradeGroup, ...]:
    """Per grade A→E: distinct customers, and their first names when *names*."""
    by_grade: dict[Grade, dict[str, str]] = {grade: {} for grade in Grade}
    for entry in entries:
        by_grade[entry.grade].setdefault(entry.customer_id, entry.name)
    groups = []
    for grade, customers in by_grade.items():
        if not customers:
            continue
        shown = [name for name in customers.values() if name][:NAMES_PER_GRADE] if names else []
        groups.append(GradeGroup(grade, len(customers), tuple(shown)))
    return tuple(groups)


@dataclass(slots=True)
class _Mark:
    """How an item was announced: with names or not (locked), and snoozed until when."""

    named: bool
    snoozed_until: datetime | None = None


class AlertScheduler:
    """Decides, on each call, whether to announce something and what (no Qt, no I/O)."""

    def __init__(self, clock: AlertClock, rules: AlertRules | None = None) -> None:
        self.clock = clock
        self.rules = rules or AlertRules()
        self.locked = False
        self._entries: tuple[DueEntry, ...] = ()
        self._marks: dict[str, _Mark] = {}
        self._last: tuple[datetime, float] | None = None
        self._morning_done: date | None = None

    # -- the calls ---------------------------------------------------------------------------
    def start(self, entries: Iterable[DueEntry]) -> Alert | None:
        """The summary at start: everything on today's list not yet announced."""
        return self._prompted(AlertReason.START, entries)

    def unlock(self, entries: Iterable[DueEntry]) -> Alert | None:
        """After unlock: today's items not yet announced with names."""
        self.locked = False
        return self._prompted(AlertReason.UNLOCK, entries)

    def lock(self) -> None:
        """Forget the names; later alerts give counts only."""
        self.locked = True
        self._entries = tuple(replace(entry, name="") for entry in self._entries)

    def tick(self, entries: Iterable[DueEntry] | None = None) -> Alert | None:
        """A periodic check; *entries* is a fresh due list (None: keep the last one)."""
        if entries is not None:
            self._refresh(entries)
        now = self.clock.now()
        jumped = self._jumped(now)
        if not self._unprompted_allowed(now):
            return None
        ripe = [e for e in self._entries if self._on_list(e, now) and self._announceable(e, now)]
        if not ripe:
            self._morning_done = now.date()
            return None
        if jumped:
            reason = AlertReason.CATCH_UP
        elif self._morning_done != now.date():
            reason = AlertReason.MORNING
        else:
            reason = AlertReason.DUE
        self._morning_done = now.date()
        return self._announce(reason, ripe)

    def snooze(self, keys: Iterable[str], until: datetime) -> None:
        """Hold these items back until *until*; then they may be announced again."""
        for key in keys:
            mark = self._marks.setdefault(key, _Mark(named=not self.locked))
            mark.snoozed_until = until

    def set_rules(self, rules: AlertRules) -> None:
        self.rules = rules

    @property
    def entries(self) -> tuple[DueEntry, ...]:
        """The last due list (names blanked while locked)."""
        return self._entries

    # -- inside ------------------------------------------------------------------------------
    def _prompted(self, reason: AlertReason, entries: Iterable[DueEntry]) -> Alert | None:
        self._refresh(entries)
        now = self.clock.now()
        self._jumped(now)
        if not self.rules.allows(now):
            return None
        due = [e for e in self._entries if self._on_list(e, now) and self._announceable(e, now)]
        if now.time().replace(tzinfo=None) >= self.rules.morning_at:
            self._morning_done = now.date()
        return self._announce(reason, due) if due else None

    def _refresh(self, entries: Iterable[DueEntry]) -> None:
        fresh = tuple(entries)
        if self.locked:
            fresh = tuple(replace(entry, name="") for entry in fresh)
        else:  # an item that left the list (done, snoozed elsewhere) is new when it comes back
            present = {entry.key for entry in fresh}
            now = self.clock.now()
            self._marks = {
                key: mark
                for key, mark in self._marks.items()
                if key in present or (mark.snoozed_until is not None and mark.snoozed_until > now)
            }
        self._entries = fresh

    def _jumped(self, now: datetime) -> bool:
        """True when wall and monotonic time moved apart since the last call."""
        mono = self.clock.monotonic()
        last, self._last = self._last, (now, mono)
        if last is None:
            return False
        wall_delta = now - last[0]
        mono_delta = timedelta(seconds=mono - last[1])
        return abs(wall_delta - mono_delta) > JUMP_TOLERANCE

    def _unprompted_allowed(self, now: datetime) -> bool:
        return self.rules.allows(now) and now.time().replace(tzinfo=None) >= self.rules.morning_at

    @staticmethod
    def _on_list(entry: DueEntry, now: datetime) -> bool:
        return entry.shows_on <= now.date()

    def _announceable(self, entry: DueEntry, now: datetime) -> bool:
        mark = self._marks.get(entry.key)
        if mark is None:
            return True
        if mark.snoozed_until is not None:
            return mark.snoozed_until <= now
        return not self.locked and not mark.named

    def _announce(self, reason: AlertReason, entries: list[DueEntry]) -> Alert:
        for entry in entries:
            self._marks[entry.key] = _Mark(named=not self.locked)
        names = self.rules.show_names and not self.locked
        return Alert(
            reason=reason,
            items=len(entries),
            groups=group_by_grade(entries, names=names),
            locked=self.locked,
            keys=tuple(entry.key for entry in entries),
        )
