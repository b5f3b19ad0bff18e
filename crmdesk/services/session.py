"""A Session: an unlocked store, who is working, the clock, and the preferences in force.

Services take a Session so that tests can inject a fake clock and cheap stores.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date, datetime

from crmdesk.data.database import Store
from crmdesk.data.writer import Clock, Writer, system_clock
from crmdesk.domain.cadence import Cadences, WorkingDays


@dataclass(frozen=True)
class Preferences:
    cadences: Cadences = field(default_factory=Cadences)
    working_days: WorkingDays = field(default_factory=WorkingDays)


@dataclass(frozen=True)
class Changes:
    """What a use case changed, so that each pane can decide whether to refresh."""

    customers: frozenset[str] = frozenset()
    timeline: frozenset[str] = frozenset()
    reminders: bool = False
    settings: bool = False
    created_id: str | None = None


class Session:
    def __init__(self, store: Store, actor: str | None = None, clock: Clock = system_clock):
        self.store = store
        self.actor = actor or _os_user()
        self.clock = clock

    def writer(self) -> Writer:
        return Writer(self.store, self.actor, self.clock)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The salesperson's local calendar day."""
        return self.clock().astimezone().date()

    def preferences(self) -> Preferences:
        """Cadences and working days in force (a damaged stored value falls back to its default)."""
        from crmdesk.services.preferences import load_preferences

        return load_preferences(self).follow_up


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name in the environment
        return "user"
