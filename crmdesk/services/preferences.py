"""The user's preferences, stored in the encrypted database's settings table.

    prefs = load_preferences(session)                 # defaults for anything missing or damaged
    changes = save_preferences(session, replace(prefs, auto_lock_minutes=5))

Each preference is declared once, as a field of `AppPreferences` with its default; the field's
metadata names its settings key and how it is stored. Cadences and working days keep the keys
and JSON shapes `Session.preferences()` reads. Saving is one audited transaction; when the
cadences or the working days change, every live customer's next due date is recomputed in the
same transaction.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, time
from typing import Any

from crmdesk.data.settings import read_setting, write_setting
from crmdesk.data.writer import Tx
from crmdesk.domain.alerts import in_quiet_hours
from crmdesk.domain.cadence import Cadences, WorkingDays
from crmdesk.services.customers import due_for
from crmdesk.services.session import Changes, Preferences, Session

__all__ = [
    "LANGUAGES",
    "MAX_AUTO_LOCK_MINUTES",
    "AppPreferences",
    "load_preferences",
    "save_preferences",
]

log = logging.getLogger(__name__)

LANGUAGES = ("system", "en", "zh_CN")
MAX_AUTO_LOCK_MINUTES = 24 * 60
MAX_BACKUPS_KEPT = 60
_REGION = re.compile(r"[A-Z]{2}")
_BATCH = 500


@dataclass(frozen=True)
class _Codec:
    key: str
    dump: Callable[[Any], Any]
    load: Callable[[Any], Any]


def _stored(key: str, dump: Callable[[Any], Any], load: Callable[[Any], Any]) -> dict[str, Any]:
    """Field metadata: the settings key and how the value is stored as JSON."""
    return {"codec": _Codec(key, dump, load)}


def _time_text(value: time) -> str:
    return value.strftime("%H:%M")


def _time_of(value: Any) -> time:
    if not isinstance(value, str):
        raise TypeError("a time is stored as HH:MM text")
    return time.fromisoformat(value)


def _exact(kind: type) -> Callable[[Any], Any]:
    def load(value: Any) -> Any:
        if type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return load


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class AppPreferences:
    """Every preference with its default; invalid values raise ``ValueError``."""

    cadences: Cadences = field(
        default=Cadences(), metadata=_stored("cadences", Cadences.to_dict, Cadences.from_dict)
    )
    working_days: WorkingDays = field(
        default=WorkingDays(),
        metadata=_stored("working_days", WorkingDays.to_list, WorkingDays.of),
    )
    # quiet hours: no alerts from start to end (across midnight when end < start; off if equal)
    quiet_start: time = field(
        default=time(21, 0), metadata=_stored("quiet_hours.start", _time_text, _time_of)
    )
    quiet_end: time = field(
        default=time(8, 0), metadata=_stored("quiet_hours.end", _time_text, _time_of)
    )
    auto_lock_minutes: int = field(  # 0: never
        default=15, metadata=_stored("auto_lock_minutes", _identity, _exact(int))
    )
    phone_region: str = field(
        default="CN", metadata=_stored("phone_region", _identity, _exact(str))
    )
    language: str = field(default="system", metadata=_stored("language", _identity, _exact(str)))
    names_in_alerts: bool = field(
        default=True, metadata=_stored("alerts.show_names", _identity, _exact(bool))
    )
    morning_alert: time = field(
        default=time(8, 30), metadata=_stored("alerts.morning_at", _time_text, _time_of)
    )
    # backups of the database kept (daily, by hand, before an upgrade), newest first; each is
    # as big as the database (~800 MB at 100,000 customers with their history)
    backups_kept: int = field(default=7, metadata=_stored("backups.keep", _identity, _exact(int)))

    def __post_init__(self) -> None:
        if not 0 <= self.auto_lock_minutes <= MAX_AUTO_LOCK_MINUTES:
            raise ValueError(f"auto-lock must be 0..{MAX_AUTO_LOCK_MINUTES} minutes")
        if not 1 <= self.backups_kept <= MAX_BACKUPS_KEPT:
            raise ValueError(f"backups kept must be 1..{MAX_BACKUPS_KEPT}")
        if not _REGION.fullmatch(self.phone_region):
            raise ValueError("the phone region is a two-letter country code such as CN")
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")

    @property
    def follow_up(self) -> Preferences:
        """The part the cadence rules need (`Session.preferences()`)."""
        return Preferences(cadences=self.cadences, working_days=self.working_days)

    def quiet_at(self, moment: time) -> bool:
        """True when *moment* falls in the quiet hours."""
        return in_quiet_hours(self.quiet_start, self.quiet_end, moment)

    def stored(self) -> dict[str, Any]:
        """{settings key: JSON value} of every preference."""
        return {c.key: c.dump(getattr(self, name)) for name, c in _codecs()}


def _codecs() -> list[tuple[str, _Codec]]:
    return [(f.name, f.metadata["codec"]) for f in fields(AppPreferences)]


def load_preferences(session: Session) -> AppPreferences:
    """The stored preferences; a missing or damaged value falls back to its default."""
    values: dict[str, Any] = {}
    for name, codec in _codecs():
        raw = read_setting(session.store, codec.key)
        if raw is None:
            continue
        try:
            values[name] = codec.load(raw)
        except (TypeError, ValueError, AttributeError) as exc:
            log.warning("setting %s is damaged (%s); using the default", codec.key, exc)
    try:
        return AppPreferences(**values)
    except ValueError as exc:  # each value parsed, but one is out of range
        log.warning("stored preferences are invalid (%s); checking them one by one", exc)
        return AppPreferences(**_valid_one_by_one(values))


def _valid_one_by_one(values: dict[str, Any]) -> dict[str, Any]:
    kept = {}
    for name, value in values.items():
        try:
            AppPreferences(**{name: value})
        except ValueError:
            continue
        kept[name] = value
    return kept


def save_preferences(session: Session, prefs: AppPreferences) -> Changes:
    """Store what changed, audited; recompute next due dates if the cadence rules changed."""
    before = load_preferences(session)
    changed = _changed(session, before, prefs)
    if not changed:
        return Changes()
    cadence_changed = before.follow_up != prefs.follow_up
    with session.writer().transaction() as tx:
        for key, (_old, value) in changed.items():
            write_setting(session.store, key, value, tx.now)
        tx.record("update", "settings", None, changed)
        if cadence_changed:
            _recompute_due_dates(tx, prefs.follow_up)
    return Changes(settings=True, reminders=cadence_changed)


def _changed(
    session: Session, before: AppPreferences, after: AppPreferences
) -> dict[str, list[Any]]:
    """{key: [old, new]} for values that change, and damaged stored values to repair.

    The old value is the one in force (a default when nothing was stored), or the damaged
    stored value being replaced.
    """
    in_force, wanted = before.stored(), after.stored()
    changed = {}
    for key, value in wanted.items():
        raw = read_setting(session.store, key)
        if value != in_force[key] or (raw is not None and raw != value):
            changed[key] = [in_force[key] if raw is None else raw, value]
    return changed


def _recompute_due_dates(tx: Tx, rules: Preferences) -> None:
    """Set every live customer's next due date under *rules*: batched UPDATE … FROM VALUES."""
    rows = tx.execute(
        "SELECT id, grade, last_followup_on, manual_next_on, first_contact_on, created_at, "
        "next_due_on FROM customer WHERE deleted_at IS NULL"
    ).fetchall()
    updates = []
    for cid, grade, last, manual, first, created, current in rows:
        values = {"grade": grade, "last_followup_on": last, "manual_next_on": manual}
        due = due_for(values, date.fromisoformat((first or created)[:10]), rules)
        if due != current:
            updates.append((cid, due))
    for start in range(0, len(updates), _BATCH):
        batch = updates[start : start + _BATCH]
        marks = ",".join("(?, ?)" for _ in batch)
        tx.execute(
            "UPDATE customer SET next_due_on = v.column2 "
            f"FROM (VALUES {marks}) AS v WHERE customer.id = v.column1",
            tuple(p for pair in batch for p in pair),
        )
    tx.record("update", "customer", None, {"next_due_on": {"recomputed": len(updates)}})
