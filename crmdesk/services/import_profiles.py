"""Saved column mappings for imports ("our CRM export", "trade-show list"), kept in settings."""

from __future__ import annotations

from collections.abc import Mapping

from crmdesk.data.settings import read_setting, write_setting
from crmdesk.services.session import Changes, Session

PROFILES_KEY = "import_mapping_profiles"


def list_mapping_profiles(session: Session) -> list[str]:
    return sorted(_profiles(session))


def load_mapping_profile(session: Session, name: str) -> dict[str, str] | None:
    """The profile's header -> target field mapping, or None when there is no such profile."""
    return _profiles(session).get(name)


def save_mapping_profile(session: Session, name: str, mapping: Mapping[str, str]) -> Changes:
    """Create or replace a profile (audited)."""
    name = name.strip()
    if not name:
        raise ValueError("a mapping profile needs a name")
    profiles = _profiles(session)
    old = profiles.get(name)
    profiles[name] = {str(k): str(v) for k, v in mapping.items()}
    with session.writer().transaction() as tx:
        write_setting(session.store, PROFILES_KEY, profiles, tx.now)
        tx.record("update", "settings", None, {f"{PROFILES_KEY}.{name}": [old, profiles[name]]})
    return Changes(settings=True)


def _profiles(session: Session) -> dict[str, dict[str, str]]:
    stored = read_setting(session.store, PROFILES_KEY, {})
    if not isinstance(stored, dict):
        return {}
    return {
        str(name): {str(k): str(v) for k, v in profile.items()}
        for name, profile in stored.items()
        if isinstance(profile, dict)
    }
