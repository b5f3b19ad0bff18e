"""The tray adapter and the notifier, driven offscreen (no tray, no D-Bus session here)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from crmdesk.domain.alerts import Alert, AlertReason, GradeGroup
from crmdesk.domain.enums import Grade
from crmdesk.services.alerts import Digest, DigestItem
from crmdesk.ui.notifications import WINDOW, AlertTexts, Notifier
from crmdesk.ui.tray import TrayIcon, app_icon

DIGEST = Digest(
    today=date(2026, 11, 23),
    counts={Grade.A: 2, Grade.B: 1, Grade.C: 0, Grade.D: 0, Grade.E: 0},
    overdue=1,
    top=(DigestItem("c1", "张伟", Grade.A, 1), DigestItem("c2", "Acme Trading", Grade.A, 0)),
)
ALERT = Alert(
    AlertReason.START,
    items=3,
    groups=(GradeGroup(Grade.A, 2, ("张伟", "Acme Trading")), GradeGroup(Grade.B, 1, ("Bob",))),
    keys=("k1", "k2", "k3"),
)


def test_available_follows_the_platform() -> None:
    assert TrayIcon.available() == QSystemTrayIcon.isSystemTrayAvailable()


def test_icon_is_drawn() -> None:
    assert not app_icon().isNull()


def test_menu_lists_todays_follow_ups_and_opens_a_customer(qtbot: QtBot) -> None:
    tray = TrayIcon()
    tray.set_digest(DIGEST)
    texts = [a.text() for a in tray.menu.actions()]
    assert texts[0] == tray.open_action.text()
    assert [a.text() for a in tray.customer_actions] == ["A  张伟", "A  Acme Trading"]
    assert "A 2, B 1" in tray.toolTip()
    assert "张伟" not in tray.toolTip()
    with qtbot.waitSignal(tray.customer_requested) as blocker:
        tray.customer_actions[1].trigger()
    assert blocker.args == ["c2"]
    for action, signal in (
        (tray.snooze_action, tray.snooze_requested),
        (tray.lock_action, tray.lock_requested),
        (tray.quit_action, tray.quit_requested),
        (tray.open_action, tray.open_requested),
    ):
        with qtbot.waitSignal(signal):
            action.trigger()


def test_locked_digest_shows_no_names(qtbot: QtBot) -> None:
    tray = TrayIcon()
    locked = Digest(DIGEST.today, DIGEST.counts, 1, top=(), locked=True)
    tray.set_digest(locked)
    shown = " ".join(a.text() for a in tray.menu.actions()) + tray.toolTip()
    assert "张伟" not in shown
    assert tray.customer_actions == []
    assert not tray.snooze_action.isEnabled()


def test_close_hint_is_shown_once(tmp_path: object, qtbot: QtBot) -> None:
    settings = QSettings(str(tmp_path) + "/s.ini", QSettings.Format.IniFormat)
    tray = TrayIcon()
    assert tray.show_close_hint(settings) is True
    assert tray.show_close_hint(settings) is False


def test_alert_texts() -> None:
    words = AlertTexts()
    summary, body = words.texts(ALERT)
    assert summary.startswith("A: 2 customer")
    assert body.splitlines()[0] == "张伟, Acme Trading"
    assert body.splitlines()[1].startswith("B: 1 customer")
    assert "Bob" in body
    locked = Alert(AlertReason.DUE, items=4, groups=ALERT.groups, locked=True)
    summary, body = words.texts(locked)
    assert summary.startswith("4 follow-up")
    assert "unlock" in summary
    assert body == ""


def test_without_tray_or_dbus_the_alert_goes_to_the_window(qtbot: QtBot) -> None:
    notifier = Notifier(None, use_dbus=False)
    with qtbot.waitSignal(notifier.banner) as blocker:
        assert notifier.show_alert(ALERT) == WINDOW
    assert blocker.args[0].startswith("A: 2 customer")
