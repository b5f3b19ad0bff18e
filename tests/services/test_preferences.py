"""Preferences: defaults, round trip, damaged values, audited saves, due dates recomputed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from crmdesk.data.settings import read_setting
from crmdesk.domain.cadence import Cadences, WorkingDays
from crmdesk.domain.enums import Grade
from crmdesk.services.customers import create_customer
from crmdesk.services.preferences import AppPreferences, load_preferences, save_preferences
from crmdesk.services.session import Changes, Session
from tests.conftest import FakeClock
from tests.helpers import customer


def _audit(session: Session, entity: str) -> list[dict[str, object]]:
    rows = session.store.db.execute_sql(
        "SELECT action, changes FROM audit_event WHERE entity = ? ORDER BY seq", (entity,)
    )
    return [{"action": a, "changes": json.loads(c) if c else None} for a, c in rows]


def _store_raw(session: Session, key: str, text: str) -> None:
    session.store.db.execute_sql(
        "INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES (?, ?, '')", (key, text)
    )


def test_defaults_when_nothing_is_stored(session: Session) -> None:
    prefs = load_preferences(session)
    assert prefs == AppPreferences()
    assert prefs.cadences.to_dict() == {"A": 1, "B": 7, "C": 15, "D": 30, "E": 365}
    assert prefs.working_days.to_list() == [0, 1, 2, 3, 4]
    assert (prefs.auto_lock_minutes, prefs.phone_region, prefs.language) == (15, "CN", "system")
    assert prefs.names_in_alerts is True
    assert prefs.morning_alert == time(8, 30)
    assert prefs.backups_kept == 7


def test_saved_preferences_round_trip(session: Session) -> None:
    prefs = AppPreferences(
        cadences=Cadences().with_days(Grade.C, 20),
        working_days=WorkingDays.of([0, 1, 2, 3, 4, 5]),
        quiet_start=time(22, 15),
        quiet_end=time(7, 0),
        auto_lock_minutes=0,
        phone_region="HK",
        language="zh_CN",
        names_in_alerts=False,
        morning_alert=time(9, 5),
        backups_kept=3,
    )
    changes = save_preferences(session, prefs)
    assert changes.settings
    assert load_preferences(session) == prefs
    # Session.preferences() reads the same keys
    assert session.preferences().cadences.days(Grade.C) == 20
    assert session.preferences().working_days.to_list() == [0, 1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("key", "text", "attribute"),
    [
        ("cadences", '{"A": 0, "B": 7}', "cadences"),
        ("cadences", '"weekly"', "cadences"),
        ("working_days", "[]", "working_days"),
        ("working_days", "[1, 9]", "working_days"),
        ("quiet_hours.start", '"25:99"', "quiet_start"),
        ("alerts.morning_at", "830", "morning_alert"),
        ("auto_lock_minutes", "-5", "auto_lock_minutes"),
        ("auto_lock_minutes", '"15"', "auto_lock_minutes"),
        ("phone_region", '"china"', "phone_region"),
        ("language", '"klingon"', "language"),
        ("alerts.show_names", "1", "names_in_alerts"),
    ],
)
def test_a_damaged_value_falls_back_to_its_default(
    session: Session, key: str, text: str, attribute: str
) -> None:
    save_preferences(session, replace(AppPreferences(), phone_region="TW", language="en"))
    _store_raw(session, key, text)
    prefs = load_preferences(session)
    assert getattr(prefs, attribute) == getattr(AppPreferences(), attribute)
    if attribute != "phone_region":
        assert prefs.phone_region == "TW", "the other values are kept"
    if attribute != "language":
        assert prefs.language == "en"


def test_invalid_values_are_refused() -> None:
    with pytest.raises(ValueError, match="auto-lock"):
        AppPreferences(auto_lock_minutes=100_000)
    with pytest.raises(ValueError, match="two-letter"):
        AppPreferences(phone_region="cn")
    with pytest.raises(ValueError, match="language"):
        AppPreferences(language="fr")
    with pytest.raises(ValueError, match="backups kept"):
        AppPreferences(backups_kept=0)


def test_quiet_hours_across_midnight() -> None:
    prefs = AppPreferences(quiet_start=time(21, 0), quiet_end=time(8, 0))
    assert prefs.quiet_at(time(23, 0))
    assert prefs.quiet_at(time(7, 59))
    assert not prefs.quiet_at(time(8, 0))
    assert not prefs.quiet_at(time(12, 0))
    assert not AppPreferences(quiet_start=time(9), quiet_end=time(9)).quiet_at(time(9))


def test_changing_a_cadence_recomputes_due_dates_and_is_audited(
    session: Session, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # Monday
    b1 = create_customer(session, {"name": "张伟", "grade": "B"}).created_id
    b2 = create_customer(session, {"name": "Acme", "grade": "B"}).created_id
    c = create_customer(session, {"name": "李娜", "grade": "C"}).created_id
    manual = create_customer(
        session, {"name": "Hand", "grade": "B", "manual_next_on": "2026-12-24"}
    ).created_id
    assert customer(session, b1)["next_due_on"] == "2026-11-09"

    prefs = load_preferences(session)
    changes = save_preferences(
        session, replace(prefs, cadences=prefs.cadences.with_days(Grade.B, 10))
    )

    assert changes.settings
    assert changes.reminders
    assert customer(session, b1)["next_due_on"] == "2026-11-12"
    assert customer(session, b2)["next_due_on"] == "2026-11-12"
    assert customer(session, c)["next_due_on"] == "2026-11-17", "other grades unchanged"
    assert customer(session, manual)["next_due_on"] == "2026-12-24", "a hand date wins"
    settings_events = _audit(session, "settings")
    assert settings_events[-1] == {
        "action": "update",
        "changes": {
            "cadences": [
                {"A": 1, "B": 7, "C": 15, "D": 30, "E": 365},
                {"A": 1, "B": 10, "C": 15, "D": 30, "E": 365},
            ]
        },
    }
    assert _audit(session, "customer")[-1]["changes"] == {"next_due_on": {"recomputed": 2}}


def test_working_days_change_moves_weekend_dues(session: Session, clock: FakeClock) -> None:
    clock.moment = datetime(2026, 11, 6, 9, 0, tzinfo=UTC)  # Friday
    a = create_customer(session, {"name": "周末", "grade": "A"}).created_id
    assert customer(session, a)["next_due_on"] == "2026-11-09"  # skips the weekend
    save_preferences(session, AppPreferences(working_days=WorkingDays.of(range(6))))
    assert customer(session, a)["next_due_on"] == "2026-11-07"  # Saturday now works


def test_other_changes_leave_due_dates_alone(session: Session) -> None:
    cid = create_customer(session, {"name": "张伟", "grade": "B"}).created_id
    session.store.db.execute_sql(
        "UPDATE customer SET next_due_on = '2030-01-01' WHERE id = ?", (cid,)
    )
    changes = save_preferences(session, AppPreferences(auto_lock_minutes=5))
    assert changes.settings
    assert not changes.reminders
    assert customer(session, cid)["next_due_on"] == "2030-01-01"
    assert _audit(session, "settings")[-1]["changes"] == {"auto_lock_minutes": [15, 5]}
    assert save_preferences(session, AppPreferences(auto_lock_minutes=5)) == Changes()


def test_saving_repairs_a_damaged_value(session: Session) -> None:
    _store_raw(session, "auto_lock_minutes", '"soon"')
    assert load_preferences(session).auto_lock_minutes == 15
    save_preferences(session, AppPreferences())
    assert _audit(session, "settings")[-1]["changes"] == {"auto_lock_minutes": ["soon", 15]}
    assert read_setting(session.store, "auto_lock_minutes") == 15
