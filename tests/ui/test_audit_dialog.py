"""Tools → Audit log: the table, filters, chain verification and export, driven by qtbot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

import crmdesk.ui.audit_dialog as audit_dialog
from crmdesk.services.customers import add_contact, create_customer, update_customer
from crmdesk.services.session import Session
from crmdesk.ui.audit_dialog import BAD_COLOUR, OK_COLOUR, AuditDialog
from crmdesk.ui.context import AppContext
from tests.ui.conftest import wait_idle

pytestmark = pytest.mark.qt_log_level_fail("WARNING")

CHANGES = len(audit_dialog.COLUMNS) - 1


def _customer(session: Session, name: str, **fields: object) -> str:
    return create_customer(session, {"name": name, **fields}).created_id or ""


def _dialog(qtbot: QtBot, ctx: AppContext, **kwargs: object) -> AuditDialog:
    dialog = AuditDialog(ctx, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    return dialog


def _column(dialog: AuditDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _result_colour(dialog: AuditDialog) -> str:
    return dialog.verify_result.palette().color(QPalette.ColorRole.WindowText).name()


def test_an_edit_shows_old_and_new_values(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx.session, "王秀英", grade="C", relationship="potential")
    update_customer(ctx.session, cid, {"grade": "B", "relationship": "intent"})
    dialog = _dialog(qtbot, ctx)

    assert dialog.stack.currentWidget() is dialog.table
    top = [dialog.model.index(0, c).data() for c in range(len(audit_dialog.COLUMNS))]
    assert top[1:5] == ["tester", "Changed", "Customer", "王秀英"]
    assert "grade: C → B" in top[CHANGES]
    assert "status: Potential → Intent" in top[CHANGES]
    assert top[0].startswith("2026-11-2")  # local time of 2026-11-23 09:30 UTC

    dialog.table.selectRow(0)
    assert "grade: C → B" in dialog.details.toPlainText().splitlines()


def test_model_passes_the_qt_model_tester(
    qtbot: QtBot,
    ctx: AppContext,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    cid = _customer(ctx.session, "Acme Ltd")
    update_customer(ctx.session, cid, {"grade": "A"})
    dialog = _dialog(qtbot, ctx)
    qtmodeltester.check(dialog.model, force_py=True)


def test_filter_by_action_narrows_the_table(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx.session, "Acme Ltd")
    update_customer(ctx.session, cid, {"grade": "A"})
    update_customer(ctx.session, cid, {"grade": "B"})
    dialog = _dialog(qtbot, ctx)
    everything = dialog.model.rowCount()

    combo = dialog.action_combo
    assert combo.findData("update") > 0
    combo.setCurrentIndex(combo.findData("update"))
    wait_idle(qtbot, ctx)
    assert _column(dialog, 2) == ["Changed", "Changed"]
    assert dialog.model.rowCount() < everything

    combo.setCurrentIndex(0)
    wait_idle(qtbot, ctx)
    assert dialog.model.rowCount() == everything


def test_this_customer_shows_its_own_and_its_contacts_events(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx.session, "Acme Ltd")
    _customer(ctx.session, "Globex")
    add_contact(ctx.session, cid, {"name": "李雷"})
    dialog = _dialog(qtbot, ctx, customer_id=cid)

    assert dialog.customer_box.text() == "Acme Ltd"
    assert set(_column(dialog, 4)) == {"Acme Ltd"}
    assert sorted(_column(dialog, 3)) == ["Contact", "Customer"]

    dialog.customer_box.clear()
    dialog.customer_box.textEdited.emit("")
    wait_idle(qtbot, ctx)
    assert {"Acme Ltd", "Globex", ""} <= set(_column(dialog, 4))


def test_customer_search_box_filters_to_the_chosen_customer(qtbot: QtBot, ctx: AppContext) -> None:
    _customer(ctx.session, "Acme Ltd", city="Shanghai")
    _customer(ctx.session, "Globex")
    dialog = _dialog(qtbot, ctx)  # not shown: the offscreen platform warns about popups

    qtbot.keyClicks(dialog.customer_box, "Acme")
    qtbot.waitUntil(lambda: dialog.completer.model().rowCount() == 1)
    choice = dialog.completer.model().index(0, 0).data()
    assert choice == "Acme Ltd (Shanghai)"
    dialog.completer.activated.emit(choice)
    wait_idle(qtbot, ctx)
    assert set(_column(dialog, 4)) == {"Acme Ltd"}


def test_date_filter_and_empty_state(qtbot: QtBot, ctx: AppContext) -> None:
    _customer(ctx.session, "Acme Ltd")
    dialog = _dialog(qtbot, ctx)
    assert dialog.stack.currentWidget() is dialog.table

    dialog.since_edit.setDate(QDate(2027, 1, 1))
    dialog.since_check.setChecked(True)
    wait_idle(qtbot, ctx)
    assert dialog.filters()["since"] == date(2027, 1, 1)
    assert dialog.model.rowCount() == 0
    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.empty.text() == "No events match these filters."

    dialog.since_check.setChecked(False)
    wait_idle(qtbot, ctx)
    assert dialog.stack.currentWidget() is dialog.table


def test_verify_shows_intact_then_tampering(qtbot: QtBot, ctx: AppContext) -> None:
    cid = _customer(ctx.session, "Acme Ltd", grade="C")
    update_customer(ctx.session, cid, {"grade": "B"})
    dialog = _dialog(qtbot, ctx)
    events = dialog.model.rowCount()

    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.verify_result.text() == f"Chain intact: {events:,} events"
    assert _result_colour(dialog) == OK_COLOUR.name()

    ctx.session.store.db.execute_sql(
        "UPDATE audit_event SET changes = ? WHERE seq = 3", ('{"grade": ["C", "A"]}',)
    )
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.verify_result.text() == "Tampering detected at event 3"
    assert _result_colour(dialog) == BAD_COLOUR.name()


def test_export_writes_the_filtered_events(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _customer(ctx.session, "=HYPERLINK(1)")
    update_customer(ctx.session, cid, {"grade": "A"})
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog = _dialog(qtbot, ctx, customer_id=cid)

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    text = target.read_text(encoding="utf-8-sig")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(text.splitlines()) == 3  # header, update, create
    assert "'=HYPERLINK(1)" in text
    assert dialog.status.text().startswith("Exported 2 events to log.csv.")
    assert dialog.export_button.isEnabled()


def test_export_to_a_missing_folder_says_so(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing" / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog = _dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.status.text().startswith("Could not export:")
    assert not target.exists()


def test_cancelled_export_does_nothing(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    dialog = _dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert ctx.worker.pending() == 0
    assert dialog.status.text() == ""


def test_a_change_elsewhere_refreshes_the_table(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = _dialog(qtbot, ctx)
    before = dialog.model.rowCount()
    ctx.run(create_customer, {"name": "New Co"})
    wait_idle(qtbot, ctx)
    assert dialog.model.rowCount() == before + 1
    assert dialog.model.index(0, 4).data() == "New Co"


def test_older_pages_are_fetched_on_demand(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_dialog, "PAGE_SIZE", 3)
    cid = _customer(ctx.session, "Acme Ltd")
    for grade in "ABCDE":
        update_customer(ctx.session, cid, {"grade": grade})
    dialog = _dialog(qtbot, ctx)
    # the first page; the view itself may already have asked for more to fill its height
    assert dialog.model.rowCount() in (3, 6, 7)
    seen: list[int] = []
    while dialog.model.canFetchMore(dialog.model.index(-1, -1)):
        dialog.model.fetchMore(dialog.model.index(-1, -1))
        wait_idle(qtbot, ctx)
    seen = [dialog.model.event_at(r).seq for r in range(dialog.model.rowCount())]
    assert seen == sorted(set(seen), reverse=True)
    assert len(seen) == 7  # create_database, create, five updates
