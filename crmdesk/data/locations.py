"""Where the live database lives: the OS's local (never roaming or cloud-synced) app data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from crmdesk import APP_NAME

DB_FILE_NAME = "crmdesk.db"


def local_data_dir() -> Path:
    """%LOCALAPPDATA%\\crmdesk, ~/Library/Application Support/crmdesk, or XDG data home."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_db_path() -> Path:
    return local_data_dir() / DB_FILE_NAME
