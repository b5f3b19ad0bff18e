"""The real thing on Linux: Xvfb, trayer (XEmbed tray), a D-Bus session and dunst.

Runs crmdesk's tray and notifier in a subprocess on a demo database and reads the delivered
notification back from dunst. Skips, with the reason, where the Debian packages are missing
(scripts/install-tray-deps.sh installs them).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from datetime import time
from pathlib import Path

import pytest

from crmdesk.data.keyfile import KdfParams
from crmdesk.domain.cadence import WorkingDays
from crmdesk.domain.enums import Grade
from crmdesk.services import access
from crmdesk.services.demo import fill_demo
from crmdesk.services.due import due_list
from crmdesk.services.preferences import load_preferences, save_preferences
from tests.ui import tray_env

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "tray test password"

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or bool(tray_env.missing()),
    reason="needs Linux with "
    + ", ".join(tray_env.missing() or ["-"])
    + " (run scripts/install-tray-deps.sh)",
)


def make_demo(path: Path) -> int:
    """A demo database where alerts may fire at any hour; returns today's A customers."""
    session, _code = access.create(path, PASSWORD, KdfParams.cheap())
    try:
        fill_demo(session, customers=40, seed=7)
        prefs = load_preferences(session)
        always = replace(
            prefs, quiet_start=time(0), quiet_end=time(0), working_days=WorkingDays.of(range(7))
        )
        save_preferences(session, always)
        today = session.today()
        items = due_list(session, today).items
        return len(
            {i.customer_id for i in items if i.grade == Grade.A and (i.starts or i.due) <= today}
        )
    finally:
        session.store.close()


def run_probe(env: tray_env.TrayEnvironment, db: Path, *extra: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.tray_probe", str(db), *extra],
        cwd=REPO, env=env.environ(CRMDESK_PASSWORD=PASSWORD),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_tray_and_a_notification_reach_a_real_desktop(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    a_customers = make_demo(db)
    assert a_customers > 0
    with tray_env.TrayEnvironment(tmp_path / "desktop") as env:
        seen = run_probe(env, db)
        received = env.notifications()
    assert seen["tray"] is True
    assert seen["channel"] == "dbus"
    expected = re.compile(rf"A: {a_customers} customer(s|\(s\)) due today")
    assert expected.fullmatch(str(seen["summary"]))
    summaries = [str(n.get("summary")) for n in received]
    assert any(expected.fullmatch(s) for s in summaries), summaries
    crmdesk = [n for n in received if n.get("appname") == "crmdesk"]
    assert crmdesk, received
    assert crmdesk[0]["body"], received


def screenshots(out: Path) -> None:
    """docs/screenshots/tray-menu.png and notification.png (python -m tests.ui.test_tray_real)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        db = base / "demo.db"
        make_demo(db)
        with tray_env.TrayEnvironment(base / "desktop") as env:
            probe = subprocess.Popen(
                [sys.executable, "-m", "tests.ui.tray_probe", str(db), "--hold", "6"],
                cwd=REPO, env=env.environ(CRMDESK_PASSWORD=PASSWORD),
            )  # fmt: skip
            tray_env.wait_for(lambda: probe.poll() is not None or _shown(env), 20, "notification")
            env.screenshot(out / "notification.png")
            probe.wait(timeout=30)
            subprocess.run(["dunstctl", "close-all"], env=env.environ(), timeout=5, check=False)
            menu = subprocess.Popen(
                [sys.executable, "-m", "tests.ui.tray_probe", str(db), "--menu", "--hold", "5"],
                cwd=REPO, env=env.environ(CRMDESK_PASSWORD=PASSWORD),
            )  # fmt: skip
            tray_env.time.sleep(3)
            subprocess.run(["dunstctl", "close-all"], env=env.environ(), timeout=5, check=False)
            tray_env.time.sleep(0.5)
            env.screenshot(out / "tray-menu.png")
            menu.wait(timeout=30)


def _shown(env: tray_env.TrayEnvironment) -> bool:
    out = subprocess.run(
        ["dunstctl", "count", "displayed"], env=env.environ(), capture_output=True, text=True,
        timeout=5,
    )  # fmt: skip
    return out.stdout.strip() not in ("", "0")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    screenshots(REPO / "docs" / "screenshots")
