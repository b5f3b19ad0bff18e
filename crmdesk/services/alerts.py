"""The tray notifier's use cases: read what is due and the preferences, ask the scheduler.

    alerts = AlertService(session)                 # one per app; call it on the DB worker
    report = alerts.start()                        # report.alert: what to announce, or None
    report = alerts.check()                        # every minute: newly due, catch-up
    alerts.lock(); report = alerts.unlock(session) # counts only while locked
    changes = alerts.snooze()                      # Snooze all 1 hour (announce the Changes)

Every call returns a `Report`: the alert to show (if any) and a `Digest` of today's list for
the tray's tooltip and menu. The due list comes from `crmdesk.services.due.agenda`, read again
when something changed (`invalidate`), when a day begins, when a short snooze ends and every
few minutes; the preferences (quiet hours, morning time, working days, names) are read with
it. What was announced is remembered in memory: a restart announces today's list again.
While locked the session is gone and the scheduler keeps the last list without names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from crmdesk.domain.alerts import (
    Alert,
    AlertClock,
    AlertRules,
    AlertScheduler,
    DueEntry,
    SystemAlertClock,
)
from crmdesk.domain.enums import Grade
from crmdesk.services.due import DueItem, agenda
from crmdesk.services.preferences import AppPreferences, load_preferences
from crmdesk.services.reminders import snooze_item
from crmdesk.services.session import Changes, Session

__all__ = [
    "DIGEST_ITEMS",
    "REFRESH_EVERY",
    "AlertService",
    "Digest",
    "DigestItem",
    "Report",
    "entry_key",
    "rules_from",
]

REFRESH_EVERY = timedelta(minutes=5)
DIGEST_ITEMS = 5
SNOOZE = timedelta(hours=1)


@dataclass(frozen=True)
class DigestItem:
    customer_id: str
    name: str
    grade: Grade
    overdue_days: int


@dataclass(frozen=True)
class Digest:
    """Today's list for the tray: counts per grade and the first few customers (no names
    while locked)."""

    today: date
    counts: dict[Grade, int]  # items on today's list per grade (overdue included)
    overdue: int
    top: tuple[DigestItem, ...] = ()
    locked: bool = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Report:
    alert: Alert | None
    digest: Digest


def entry_key(item: DueItem) -> str:
    """Names an item with its due date: logged and due again, it is a new item."""
    return f"{item.kind.value}/{item.customer_id}/{item.ref_id or ''}/{item.due.isoformat()}"


def rules_from(prefs: AppPreferences) -> AlertRules:
    return AlertRules(
        morning_at=prefs.morning_alert,
        quiet_start=prefs.quiet_start,
        quiet_end=prefs.quiet_end,
        working_days=prefs.working_days,
        show_names=prefs.names_in_alerts,
    )


class AlertService:
    """Owns the scheduler and the last due list; not thread-safe: call it from one thread."""

    def __init__(
        self,
        session: Session | None = None,
        clock: AlertClock | None = None,
        *,
        refresh_every: timedelta = REFRESH_EVERY,
    ) -> None:
        self.clock = clock or SystemAlertClock()
        self.scheduler = AlertScheduler(self.clock)
        self._session = session
        self._refresh_every = refresh_every
        self._items: dict[str, DueItem] = {}
        self._overdue: set[str] = set()
        self._next_refresh: datetime | None = None

    # -- the calls ---------------------------------------------------------------------------
    def start(self) -> Report:
        return self._report(self.scheduler.start(self._read()))

    def unlock(self, session: Session) -> Report:
        self._session = session
        return self._report(self.scheduler.unlock(self._read()))

    def lock(self) -> Report:
        """Drop the session and every name; the digest keeps counts only."""
        self._session = None
        self._items = {}
        self._next_refresh = None
        self.scheduler.lock()
        return self._report(None)

    def check(self) -> Report:
        entries = self._read() if self._due_for_refresh() else None
        return self._report(self.scheduler.tick(entries))

    def invalidate(self) -> None:
        """Something changed (a follow-up logged, preferences saved): read again next time."""
        self._next_refresh = None

    def snooze(self, keys: Iterable[str] | None = None, delta: timedelta = SNOOZE) -> Changes:
        """Snooze these items (default: all of today's) in the database and in the schedule."""
        session = self._session
        if session is None:
            return Changes()
        wanted = list(self._today_keys() if keys is None else keys)
        until = session.now() + delta
        customers: set[str] = set()
        for key in wanted:
            item = self._items.get(key)
            if item is not None:
                customers |= snooze_item(session, item, until).customers
        self.scheduler.snooze(wanted, until.astimezone())
        self.invalidate()
        return Changes(customers=frozenset(customers), reminders=bool(wanted))

    def digest(self, limit: int = DIGEST_ITEMS) -> Digest:
        today = self.clock.now().date()
        entries = [e for e in self.scheduler.entries if e.shows_on <= today]
        counts = dict.fromkeys(Grade, 0)
        for entry in entries:
            counts[entry.grade] += 1
        overdue = sum(1 for e in entries if e.key in self._overdue)
        return Digest(
            today=today,
            counts=counts,
            overdue=overdue,
            top=() if self.scheduler.locked else self._top(entries, limit),
            locked=self.scheduler.locked,
        )

    # -- inside ------------------------------------------------------------------------------
    def _read(self) -> list[DueEntry]:
        """The due list and the preferences from the database (nothing while locked)."""
        session = self._session
        if session is None:
            return list(self.scheduler.entries)
        self.scheduler.set_rules(rules_from(load_preferences(session)))
        result = agenda(session, today=self.clock.now().date())
        self._items = {entry_key(item): item for item in result.items}
        self._overdue = {key for key, item in self._items.items() if item.overdue_days > 0}
        self._next_refresh = self.clock.now() + self._refresh_every
        if result.wake_at is not None:
            self._next_refresh = min(self._next_refresh, result.wake_at.astimezone())
        return [_entry(key, item) for key, item in self._items.items()]

    def _due_for_refresh(self) -> bool:
        if self._session is None:
            return False
        return self._next_refresh is None or self.clock.now() >= self._next_refresh

    def _today_keys(self) -> list[str]:
        today = self.clock.now().date()
        return [e.key for e in self.scheduler.entries if e.shows_on <= today]

    def _top(self, entries: list[DueEntry], limit: int) -> tuple[DigestItem, ...]:
        top: dict[str, DigestItem] = {}
        for entry in sorted(entries, key=lambda e: e.grade.value):
            item = self._items.get(entry.key)
            if item is None or item.customer_id in top:
                continue
            top[item.customer_id] = DigestItem(
                item.customer_id, item.name, item.grade, item.overdue_days
            )
            if len(top) == limit:
                break
        return tuple(top.values())

    def _report(self, alert: Alert | None) -> Report:
        return Report(alert=alert, digest=self.digest())


def _entry(key: str, item: DueItem) -> DueEntry:
    return DueEntry(
        key=key,
        customer_id=item.customer_id,
        grade=item.grade,
        shows_on=item.starts or item.due,
        name=item.name,
    )
