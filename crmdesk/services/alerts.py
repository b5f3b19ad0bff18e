"""The tray notifier's use cases: read what is due and the preferences, ask the scheduler.

    alerts = AlertService(session)                 # one per app; call it on the DB worker
    report = alerts.start()                        # report.alert: what to announce, or None
    report = alerts.check()                        # every minute: newly due, catch-up
    alerts.lock(); report = alerts.unlock(session) # counts only while locked
    changes = alerts.snooze()                      # Snooze all 1 hour (announce the Changes)

Every call returns a `Report`: the alert to show (if any) and a `Digest` of today's list for
the tray's tooltip and menu. Today's list (overdue and due today, not the week ahead) comes
from a `crmdesk.services.due.due_summary` and its pages, read again when something changed
(`invalidate`: only the customers a change names), when a day begins, when a short snooze
ends and every few minutes (then the pages only if the counts moved); the preferences
(quiet hours, morning time, working days, names) are read with it. The scheduler keeps one
small entry per item (a key naming it, its customer, grade and name), nothing more. What
was announced is remembered in memory: a restart announces today's list again. While locked
the session is gone and the scheduler keeps the last list without names.
"""

from __future__ import annotations

from bisect import insort
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from crmdesk.domain.alerts import (
    Alert,
    AlertClock,
    AlertRules,
    AlertScheduler,
    DueEntry,
    SystemAlertClock,
)
from crmdesk.domain.cadence import overdue_days
from crmdesk.domain.enums import Grade, ReminderKind
from crmdesk.services.due import (
    DueItem,
    DueSummary,
    Section,
    customer_items,
    due_page,
    due_summary,
)
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
MAX_CHANGED = 500  # more customers changed than this: read everything again
TODAYS_LIST = (Section.OVERDUE, Section.TODAY)


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


def item_of(entry: DueEntry) -> DueItem:
    """The due item an entry names (enough of it to snooze it)."""
    kind, customer_id, ref_id, due = entry.key.split("/")
    return DueItem(
        ReminderKind(kind),
        customer_id,
        entry.name,
        None,
        entry.grade,
        date.fromisoformat(due),
        0,
        ref_id=ref_id or None,
    )


def _due_of(key: str) -> date:
    return date.fromisoformat(key.rsplit("/", 1)[1])


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
        self._summary: DueSummary | None = None  # the last one read (for the next, and counts)
        self._changed: set[str] | None = None  # customers changed since (None: anything)
        self._overdue: frozenset[str] = frozenset()  # keys of the overdue entries
        self._next_refresh: datetime | None = None

    # -- the calls ---------------------------------------------------------------------------
    def start(self) -> Report:
        return self._report(self.scheduler.start(self._entries()))

    def unlock(self, session: Session) -> Report:
        self._session = session
        return self._report(self.scheduler.unlock(self._entries()))

    def lock(self) -> Report:
        """Drop the session and every name; the digest keeps counts only."""
        self._session = None
        self._summary, self._changed = None, None  # the summary holds names
        self._next_refresh = None
        self.scheduler.lock()
        return self._report(None)

    def check(self) -> Report:
        entries = self._read() if self._due_for_refresh() else None
        return self._report(self.scheduler.tick(entries))

    def invalidate(self, changes: Changes | None = None) -> None:
        """Something changed (a follow-up logged, preferences saved): read again next time,
        the customers *changes* names (None, settings or no customers: everything)."""
        self._next_refresh = None
        if self._changed is None:
            return
        if changes is None or changes.settings or not changes.customers:
            self._changed = None
        else:
            self._changed |= changes.customers
            if len(self._changed) > MAX_CHANGED:
                self._changed = None

    def snooze(self, keys: Iterable[str] | None = None, delta: timedelta = SNOOZE) -> Changes:
        """Snooze these items (default: all of today's) in the database and in the schedule."""
        session = self._session
        if session is None:
            return Changes()
        wanted = list(self._today_keys() if keys is None else keys)
        until = session.now() + delta
        entries = {entry.key: entry for entry in self.scheduler.entries}
        customers: set[str] = set()
        for key in wanted:
            entry = entries.get(key)
            if entry is not None:
                customers |= snooze_item(session, item_of(entry), until).customers
        self.scheduler.snooze(wanted, until.astimezone())
        changes = Changes(customers=frozenset(customers), reminders=bool(wanted))
        self.invalidate(changes)
        return changes

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
    def _read(self) -> list[DueEntry] | None:
        """Today's list and the preferences from the database (nothing while locked).

        After a change, only the items of the customers it names are read again; when only
        time passed and the counts are those of the last read, nothing (None: the scheduler
        keeps its entries). Either way the entries must add up to the summary's counts, else
        the whole list is read.
        """
        session = self._session
        if session is None:
            return list(self.scheduler.entries)
        self.scheduler.set_rules(rules_from(load_preferences(session)))
        now = self.clock.now()
        previous, changed = self._summary, self._changed
        summary = due_summary(session, today=now.date(), days=0, horizon=False)
        self._summary, self._changed = summary, set()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), time()).astimezone()
        self._next_refresh = min(now + self._refresh_every, tomorrow)
        if summary.wake_at is not None:
            self._next_refresh = min(self._next_refresh, summary.wake_at.astimezone())
        if previous is None or changed is None or previous.today != summary.today:
            return self._read_all(session, summary)
        if not changed:
            return None if _same_list(previous, summary) else self._read_all(session, summary)
        entries = self._patched(session, summary, changed)
        if not _adds_up(entries, summary):
            return self._read_all(session, summary)
        return entries

    def _read_all(self, session: Session, summary: DueSummary) -> list[DueEntry]:
        entries, overdue = [], set()
        groups = [(s, g) for g in Grade for s in TODAYS_LIST if summary.count(s, g)]
        for section, grade in groups:  # grade A→E, then by due day: the list's order
            for item in due_page(session, summary, section, grade, limit=-1):
                entries.append(_entry(entry_key(item), item))
                if item.overdue_days > 0:
                    overdue.add(entries[-1].key)
        self._overdue = frozenset(overdue)
        return entries

    def _patched(
        self, session: Session, summary: DueSummary, customers: set[str]
    ) -> list[DueEntry]:
        """The last entries with those of *customers* read again."""
        entries, gone = [], set()
        for entry in self.scheduler.entries:
            if entry.customer_id in customers:
                gone.add(entry.key)
            else:
                entries.append(entry)
        overdue = set(self._overdue - gone)
        for item in customer_items(session, summary, customers, TODAYS_LIST):
            entry = _entry(entry_key(item), item)
            insort(entries, entry, key=_entry_order)
            if item.overdue_days > 0:
                overdue.add(entry.key)
        self._overdue = frozenset(overdue)
        return entries

    def _entries(self) -> list[DueEntry]:
        fresh = self._read()
        return list(self.scheduler.entries) if fresh is None else fresh

    def _due_for_refresh(self) -> bool:
        if self._session is None:
            return False
        return self._next_refresh is None or self.clock.now() >= self._next_refresh

    def _today_keys(self) -> list[str]:
        today = self.clock.now().date()
        return [e.key for e in self.scheduler.entries if e.shows_on <= today]

    def _top(self, entries: list[DueEntry], limit: int) -> tuple[DigestItem, ...]:
        """The first *limit* customers, A→E (most overdue first within a grade)."""
        today = self.clock.now().date()
        top: dict[str, DigestItem] = {}
        for entry in entries:  # in the list's order
            if entry.customer_id in top:
                continue
            days = overdue_days(_due_of(entry.key), today)
            top[entry.customer_id] = DigestItem(entry.customer_id, entry.name, entry.grade, days)
            if len(top) == limit:
                break
        return tuple(top.values())

    def _report(self, alert: Alert | None) -> Report:
        return Report(alert=alert, digest=self.digest())


def _entry_order(entry: DueEntry) -> tuple[str, str, str, str, str, str]:
    """The list's order (`crmdesk.services.due_items.order_key`) from an entry."""
    kind, customer_id, ref_id, due = entry.key.split("/")
    return (entry.grade.value, due, kind, entry.name, customer_id, ref_id)


def _adds_up(entries: list[DueEntry], summary: DueSummary) -> bool:
    counts = Counter(entry.grade for entry in entries)
    return all(counts[g] == sum(summary.count(s, g) for s in TODAYS_LIST) for g in Grade)


def _same_list(before: DueSummary, after: DueSummary) -> bool:
    """The same day and the same counts: nothing to read again when nothing was changed."""
    return before.today == after.today and before.counts == after.counts


def _entry(key: str, item: DueItem) -> DueEntry:
    return DueEntry(
        key=key,
        customer_id=item.customer_id,
        grade=item.grade,
        shows_on=item.starts or item.due,
        name=item.name,
    )
