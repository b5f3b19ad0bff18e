"""The assembled window: list, detail, timeline and Today working together; lock; language."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from crmdesk.app import CrmdeskApp
from crmdesk.services import access
from crmdesk.services.customers import create_customer
from crmdesk.services.session import Session
from crmdesk.ui import unlock_dialog
from crmdesk.ui.backup_progress import BackupProgress
from crmdesk.ui.context import AppContext
from crmdesk.ui.main_window import MainWindow
from tests.conftest import PASSWORD, FakeClock
from tests.ui.conftest import restore_driver, wait_idle


def _open_app(
    qtbot: QtBot, session: Session, settings: QSettings, *, backup_delay_ms: int | None = None
) -> tuple[CrmdeskApp, MainWindow]:
    """The app with its window open on *session*, as after an unlock."""
    app = CrmdeskApp(QApplication.instance(), session.store.path, settings)  # type: ignore[arg-type]
    if backup_delay_ms is not None:
        app.daily_backup.delay_ms = backup_delay_ms
    app._open_window(session)
    assert app.window is not None
    qtbot.addWidget(app.window)
    return app, app.window


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    made = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    made.setValue("ui/language", "en")
    return made


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, settings: QSettings) -> Iterator[MainWindow]:
    for name, grade in (("张伟", "A"), ("张敏", "B"), ("Acme Trading", "C"), ("Northwind", "B")):
        create_customer(ctx.session, {"name": name, "grade": grade})
    made = MainWindow(ctx, settings, ctx.session.store.path)
    qtbot.addWidget(made)
    made.show()
    with qtbot.waitSignal(made.list_pane.model.loaded):
        made.reload()
    yield made
    wait_idle(qtbot, ctx)


def test_search_narrows_the_list_and_selection_fills_detail_and_timeline(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    assert window.list_pane.model.rowCount() == 4
    with qtbot.waitSignal(window.list_pane.model.loaded, timeout=3000):
        window.list_pane.search.insert("张")  # how an input method commits Chinese text
    assert window.list_pane.model.rowCount() == 2
    assert "2" in window.count_label.text()
    window.list_pane.table.selectRow(0)
    wait_idle(qtbot, ctx)
    shown = window.list_pane.model.customer_id(0)
    assert window.detail_pane.customer_id() == shown
    assert window.timeline_pane.customer_id() == shown


def test_saved_view_round_trip(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = window.list_pane
    pane.grade_buttons[next(g for g in pane.grade_buttons if g.value == "B")].setChecked(True)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("B customers", True))
    pane.save_current_view()
    qtbot.waitUntil(lambda: pane.view_picker.findText("B customers") >= 0)
    pane.clear_filters()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 4)
    index = pane.view_picker.findText("B customers")
    pane.view_picker.setCurrentIndex(index)
    pane.view_picker.activated.emit(index)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    assert [b.text() for b in pane.grade_buttons.values() if b.isChecked()] == ["B"]


def test_lock_clears_every_model_and_closes_the_database(
    qtbot: QtBot, session: Session, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_customer(session, {"name": "机密客户", "grade": "A"})
    app, window = _open_app(qtbot, session, settings)
    qtbot.waitUntil(lambda: window.list_pane.model.rowCount() == 1)
    window.list_pane.table.selectRow(0)
    wait_idle(qtbot, app.ctx)  # type: ignore[arg-type]
    seen_while_locked: dict[str, object] = {}

    def fake_exec(dialog: unlock_dialog.UnlockDialog) -> int:
        seen_while_locked.update(
            rows=window.list_pane.model.rowCount(),
            cached=window.list_pane.model.cached_rows(),
            detail=window.detail_pane.customer_id(),
            timeline=window.timeline_pane.customer_id(),
            visible=window.isVisible(),
            key=session.store.data_key,
            closed=session.store.db.is_closed(),
        )
        dialog.session = access.unlock(session.store.path, PASSWORD)
        return 1

    monkeypatch.setattr(unlock_dialog.UnlockDialog, "exec", fake_exec)
    window.lock_action.trigger()
    assert seen_while_locked == {
        "rows": 0, "cached": 0, "detail": None, "timeline": None,
        "visible": False, "key": b"", "closed": True,
    }  # fmt: skip
    qtbot.waitUntil(lambda: window.list_pane.model.rowCount() == 1)
    assert window.isVisible()
    app.quit()


def test_switching_to_chinese_relabels_the_window(
    qtbot: QtBot, session: Session, settings: QSettings
) -> None:
    app = CrmdeskApp(QApplication.instance(), session.store.path, settings)  # type: ignore[arg-type]
    app._open_window(session)
    assert app.window is not None
    assert app.window.menuBar().actions()[0].text() == "&File"
    settings.setValue("ui/language", "zh_CN")
    try:
        app.switch_language()
        window = app.window
        assert window is not None
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == "文件(&F)"
        assert window.left_tabs.tabText(0) == "客户"
        header = window.list_pane.model.headerData(1, Qt.Orientation.Horizontal)
        assert header == "名称"
        assert window.list_pane.search.placeholderText().startswith("搜索")
    finally:
        settings.setValue("ui/language", "en")
        app.switch_language()
        app.quit()


def test_idle_minutes_from_the_database_arm_the_auto_lock(
    qtbot: QtBot, session: Session, settings: QSettings
) -> None:
    from dataclasses import replace

    from crmdesk.services.preferences import load_preferences, save_preferences

    save_preferences(session, replace(load_preferences(session), auto_lock_minutes=3))
    app = CrmdeskApp(QApplication.instance(), session.store.path, settings)  # type: ignore[arg-type]
    app._open_window(session)
    qtbot.waitUntil(lambda: app.idle.interval() == 3 * 60_000)
    assert app.idle.isActive()
    app.quit()


def test_alerts_reach_the_window_when_the_desktop_has_no_tray(
    qtbot: QtBot, session: Session, settings: QSettings, monkeypatch: pytest.MonkeyPatch, clock
) -> None:  # type: ignore[no-untyped-def]
    from crmdesk.services.alerts import AlertService

    create_customer(session, {"name": "张伟", "grade": "A", "first_contact_on": "2026-11-01"})
    app = CrmdeskApp(QApplication.instance(), session.store.path, settings)  # type: ignore[arg-type]

    class MondayMorning:  # a working day, outside the quiet hours
        def now(self) -> datetime:
            return clock().astimezone()

        def monotonic(self) -> float:
            return time.monotonic()

    app.alerts.service = AlertService(clock=MondayMorning())
    monkeypatch.setattr(app.alerts.notifier, "_notify", lambda *_args: None)  # no D-Bus
    assert not app.alerts.has_tray  # the offscreen platform has none
    app._open_window(session)
    window = app.window
    assert window is not None
    qtbot.addWidget(window)
    assert not window.keep_in_tray  # closing the window quits: nothing would stay running
    qtbot.waitUntil(lambda: "A" in window.statusBar().currentMessage(), timeout=5000)
    assert "张伟" in window.left_tabs.tabToolTip(1)
    app.quit()


def _on_today(qtbot: QtBot, window: MainWindow) -> None:
    """The Today tab in front, loaded, with the keyboard in its tree."""
    window.show_today()
    with qtbot.waitSignal(window.today_pane.loaded, timeout=3000):
        window.today_pane.refresh()
    window.today_pane.tree.setFocus()


def test_moving_through_today_shows_each_customer_in_detail_and_timeline(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    _on_today(qtbot, window)
    wait_idle(qtbot, ctx)
    tree = window.today_pane.tree
    seen = set()
    for _ in range(12):  # headings and items, top to bottom, with the arrow key
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        wait_idle(qtbot, ctx)
        item = window.today_pane.selected_item()
        if item is not None:
            assert window.detail_pane.customer_id() == item.customer_id
            assert window.timeline_pane.customer_id() == item.customer_id
            seen.add(item.customer_id)
    assert len(seen) >= 2, "the fixture has several customers due this week"
    assert window.left_tabs.currentIndex() != 0, "Today stays in front"


def test_back_on_today_the_detail_shows_its_selected_customer(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    _on_today(qtbot, window)
    tree = window.today_pane.tree
    while window.today_pane.selected_item() is None:
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    chosen = window.today_pane.selected_item()
    assert chosen is not None
    window.left_tabs.setCurrentIndex(0)  # the customer list
    other = next(
        window.list_pane.model.customer_id(row)
        for row in range(window.list_pane.model.rowCount())
        if window.list_pane.model.customer_id(row) != chosen.customer_id
    )
    window.list_pane.select_customer(other)
    wait_idle(qtbot, ctx)
    assert window.detail_pane.customer_id() == other
    window.show_today()
    wait_idle(qtbot, ctx)
    assert window.detail_pane.customer_id() == chosen.customer_id


def _backup_dialog(window: MainWindow) -> BackupProgress:
    [dialog] = [child for child in window.findChildren(BackupProgress) if child.isVisible()]
    return dialog


def test_back_up_now_shows_the_copy_then_the_check_and_reports_the_file(
    qtbot: QtBot, ctx: AppContext, window: MainWindow
) -> None:
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 5)  # hold the backup back while we look at its dialog
    window.backup_action.trigger()
    dialog = _backup_dialog(window)
    assert dialog.labelText() == "Copying the database…"
    dialog.job.progressed.emit(512, 2048)
    assert (dialog.maximum(), dialog.value()) == (2048, 512)
    dialog.job.progressed.emit(2048, 2048)
    assert dialog.maximum() == 0  # busy: the check of the copy has no steps
    assert dialog.labelText() == "Verifying the backup…"
    gate.set()
    wait_idle(qtbot, ctx)
    assert not dialog.isVisible()
    message = window.statusBar().currentMessage()
    assert message.startswith("Backup written and verified: ")
    assert Path(message.split(": ", 1)[1]).is_file()


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancelling_a_backup_leaves_no_file_and_says_so(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, how: str
) -> None:
    folder = ctx.session.store.path.parent / "backups"
    before = sorted(folder.iterdir()) if folder.exists() else []
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 5)
    window.backup_action.trigger()
    dialog = _backup_dialog(window)
    if how == "button":
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    gate.set()
    wait_idle(qtbot, ctx)
    assert not dialog.isVisible()
    message = window.statusBar().currentMessage()
    assert message == "The backup was cancelled; no backup file was left behind."
    assert (sorted(folder.iterdir()) if folder.exists() else []) == before


def test_a_daily_backup_is_made_after_unlock_and_said_in_the_status_bar(
    qtbot: QtBot, session: Session, settings: QSettings, clock: FakeClock
) -> None:
    from crmdesk.data.backup import backup_dir_for, list_backups

    # no customer due: no alert takes the status bar, which the message would not cover
    app, window = _open_app(qtbot, session, settings, backup_delay_ms=0)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Daily backup written"),
        timeout=20_000,
    )
    (backup,) = list_backups(backup_dir_for(session.store.path), session.store.path.stem)
    assert backup.name in window.statusBar().currentMessage()
    wait_idle(qtbot, app.ctx)  # type: ignore[arg-type]
    audited = session.store.db.execute_sql(
        "SELECT count(*) FROM audit_event WHERE action = 'backup'"
    ).fetchone()[0]
    assert audited == 1
    clock.moment = datetime.now(UTC)  # the backup's name carries the real time
    assert not app.daily_backup.start(app.ctx, window)  # type: ignore[arg-type]  # one a day
    app.quit()


def test_a_failed_daily_backup_is_said_in_the_status_bar(
    qtbot: QtBot, session: Session, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.data import backup as backup_module

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_module, "_copy_pages", full_disk)
    app, window = _open_app(qtbot, session, settings, backup_delay_ms=0)
    qtbot.waitUntil(
        lambda: "daily backup could not be written" in window.statusBar().currentMessage(),
        timeout=20_000,
    )
    assert "(No space left on device)" in window.statusBar().currentMessage()
    assert "Back up now" in window.statusBar().currentMessage()
    app.quit()


def test_a_backup_failure_waits_for_an_alert_in_the_status_bar_to_go(
    qtbot: QtBot, window: MainWindow
) -> None:
    from crmdesk.ui.daily_backup import _show_when_free

    window.show_alert_banner("A: 1 customer due today", "张伟")
    _show_when_free(window, "The daily backup could not be written (disk full).")
    assert window.statusBar().currentMessage().startswith("A: 1 customer due today")
    window.statusBar().clearMessage()
    assert window.statusBar().currentMessage().startswith("The daily backup could not")


def test_no_daily_backup_on_a_nearly_full_disk_and_the_status_bar_says_why(
    qtbot: QtBot, session: Session, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: usage(10**12, 10**12, 1024))
    app, window = _open_app(qtbot, session, settings, backup_delay_ms=0)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("The daily backup was not made"),
        timeout=20_000,
    )
    assert "not enough free disk space" in window.statusBar().currentMessage()
    app.quit()


def test_file_restore_locks_restores_the_backup_and_unlocks_it(
    qtbot: QtBot, session: Session, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.data.backup import make_backup
    from crmdesk.ui.restore_dialog import RestoreDialog

    create_customer(session, {"name": "Kept in the backup"})
    make_backup(session.store, reason="manual")
    create_customer(session, {"name": "Made after it"})
    app, window = _open_app(qtbot, session, settings)  # its daily backup waits two minutes
    qtbot.waitUntil(lambda: window.list_pane.model.rowCount() == 2)
    wait_idle(qtbot, app.ctx)  # type: ignore[arg-type]

    def run_unlock(dialog: unlock_dialog.UnlockDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.session is not None, timeout=20_000)  # restored, unlocked
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", restore_driver(qtbot, PASSWORD))
    monkeypatch.setattr(unlock_dialog.UnlockDialog, "exec", run_unlock)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: window.list_pane.model.rowCount() == 1, timeout=10_000)
    assert window.isVisible()
    names = app.ctx.session.store.db.execute_sql("SELECT name FROM customer").fetchall()  # type: ignore[union-attr]
    assert names == [("Kept in the backup",)]
    kept = [p for p in session.store.path.parent.iterdir() if "-replaced-" in p.name]
    assert kept
    app.quit()


def test_the_daily_backup_waits_a_while_after_unlock(
    qtbot: QtBot, session: Session, settings: QSettings
) -> None:
    from crmdesk.data.backup import backup_dir_for

    app, _window = _open_app(qtbot, session, settings)
    qtbot.waitUntil(lambda: app.daily_backup._timer.isActive(), timeout=5000)
    assert app.daily_backup._timer.remainingTime() > 60_000
    folder = backup_dir_for(session.store.path)
    assert not folder.exists() or not any(folder.iterdir())
    app.quit()
    assert not app.daily_backup._timer.isActive()  # nothing fires after quitting
