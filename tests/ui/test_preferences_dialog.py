"""The Preferences dialog, driven through its widgets over a real database."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Grade
from crmdesk.services.customers import create_customer
from crmdesk.services.preferences import AppPreferences, load_preferences, save_preferences
from crmdesk.ui.context import AppContext
from crmdesk.ui.preferences_dialog import ALERTS_TAB, FOLLOWUP_TAB, GENERAL_TAB, PreferencesDialog
from tests.conftest import FakeClock
from tests.helpers import customer
from tests.ui.conftest import wait_idle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


def _dialog(qtbot: QtBot, ctx: AppContext) -> PreferencesDialog:
    with qtbot.waitSignal(ctx.worker.busy_changed):  # the load was submitted at construction
        dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.tabs.isEnabled())
    dialog.show()
    return dialog


def _ok(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    dialog.buttons.accepted.emit()


def test_shows_the_stored_preferences(qtbot: QtBot, ctx: AppContext) -> None:
    save_preferences(
        ctx.session, AppPreferences(auto_lock_minutes=0, phone_region="HK", language="zh_CN")
    )
    dialog = _dialog(qtbot, ctx)
    assert dialog.cadence[Grade.B].value() == 7
    assert dialog.cadence[Grade.B].text() == "7 days"
    assert dialog.cadence[Grade.A].text() == "1 day"
    assert [box.isChecked() for box in dialog.working] == [True] * 5 + [False] * 2
    assert dialog.auto_lock.text() == "Never"
    assert dialog.region.text() == "HK"
    assert dialog.language.currentData() == "zh_CN"
    assert dialog.morning.time() == QTime(8, 30)
    assert dialog.preferences() == load_preferences(ctx.session)


def test_changing_a_cadence_recomputes_due_dates(
    qtbot: QtBot, ctx: AppContext, clock: FakeClock
) -> None:
    clock.moment = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    cid = create_customer(ctx.session, {"name": "张伟", "grade": "B"}).created_id
    assert customer(ctx.session, cid)["next_due_on"] == "2026-11-09"
    dialog = _dialog(qtbot, ctx)
    dialog.cadence[Grade.B].setValue(10)
    with (
        qtbot.waitSignal(ctx.bus.changed) as changed,
        qtbot.waitSignal(dialog.saved),
        qtbot.assertNotEmitted(dialog.language_changed),
    ):
        _ok(qtbot, dialog)
    assert changed.args[0].reminders
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert customer(ctx.session, cid)["next_due_on"] == "2026-11-12"
    assert load_preferences(ctx.session).cadences.days(Grade.B) == 10
    wait_idle(qtbot, ctx)


def test_language_change_is_reported(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    with qtbot.waitSignal(dialog.language_changed) as changed:
        _ok(qtbot, dialog)
    assert changed.args == ["zh_CN"]
    assert load_preferences(ctx.session).language == "zh_CN"
    wait_idle(qtbot, ctx)


def test_backups_kept_is_saved(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.backups_kept.value() == 7
    dialog.backups_kept.clear()
    qtbot.keyClicks(dialog.backups_kept, "3")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: load_preferences(ctx.session).backups_kept == 3)
    wait_idle(qtbot, ctx)


@pytest.mark.parametrize(
    ("edit", "tab", "message"),
    [
        (lambda d: [box.setChecked(False) for box in d.working], FOLLOWUP_TAB, "working day"),
        (lambda d: d.region.setText("C"), GENERAL_TAB, "two-letter"),
        (lambda d: d.morning.setTime(QTime(22, 0)), ALERTS_TAB, "quiet hours"),
    ],
)
def test_invalid_input_is_explained_and_nothing_is_saved(
    qtbot: QtBot, ctx: AppContext, edit: object, tab: int, message: str
) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.tabs.setCurrentIndex((tab + 1) % 3)
    edit(dialog)  # type: ignore[operator]
    with qtbot.assertNotEmitted(ctx.bus.changed, wait=100):
        _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert message in dialog.error.text()
    assert dialog.tabs.currentIndex() == tab
    assert load_preferences(ctx.session) == AppPreferences()


def test_restore_defaults_and_lowercase_region(qtbot: QtBot, ctx: AppContext) -> None:
    save_preferences(ctx.session, AppPreferences(quiet_start=time(23), phone_region="US"))
    dialog = _dialog(qtbot, ctx)
    assert dialog.quiet_start.time() == QTime(23, 0)
    dialog.buttons.button(dialog.buttons.StandardButton.RestoreDefaults).click()
    dialog.region.setText("tw")
    assert dialog.preferences() == AppPreferences(phone_region="TW")


def test_start_at_login_writes_and_removes_the_autostart_entry(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from crmdesk.services.autostart import XdgAutostart

    autostart = XdgAutostart(tmp_path / "autostart", ["crmdesk"])
    for wanted in (True, False):
        with qtbot.waitSignal(ctx.worker.busy_changed):
            dialog = PreferencesDialog(ctx, autostart=autostart)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: d.tabs.isEnabled())
        assert dialog.start_at_login.isChecked() is (not wanted)
        dialog.start_at_login.setChecked(wanted)
        with qtbot.waitSignal(dialog.saved):
            _ok(qtbot, dialog)
        assert autostart.is_enabled() is wanted
        entries = list((tmp_path / "autostart").glob("*.desktop"))
        assert len(entries) == (1 if wanted else 0)
