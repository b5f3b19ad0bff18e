"""The Detail pane, driven like a user would: typing, clicking, shortcuts, dialogs."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crmdesk.domain.validation import ValidationError
from crmdesk.services.customers import add_contact, create_customer, update_customer
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_pane import DetailPane
from crmdesk.ui.form_widgets import OptionalDate
from tests.helpers import customer
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton
# Showing a top-level window on the offscreen platform always says this; nothing else may warn.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def pane(qtbot: QtBot, ctx: AppContext) -> Iterator[DetailPane]:
    widget = DetailPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    wait_idle(qtbot, ctx)


def _open(qtbot: QtBot, ctx: AppContext, pane: DetailPane, fields: dict[str, Any]) -> str:
    cid = create_customer(ctx.session, fields).created_id or ""
    pane.show_customer(cid)
    wait_idle(qtbot, ctx)
    return cid


def _keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type *text*: ASCII as key presses, anything else as an input method commit (how
    Chinese is typed; QTest cannot press keys for characters outside ASCII)."""
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def _type(qtbot: QtBot, pane: DetailPane, field: str, text: str) -> None:
    """Replace a field's text the way a user does: select everything, then type."""
    editor = pane.form.editor(field)
    assert isinstance(editor, QLineEdit | QPlainTextEdit)
    pane.form.focus_field(field)
    editor.selectAll()
    if text:
        _keys(qtbot, editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)


def _text(pane: DetailPane, field: str) -> str:
    editor = pane.form.editor(field)
    return editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()  # type: ignore[attr-defined]


def _save(qtbot: QtBot, ctx: AppContext, pane: DetailPane) -> None:
    with qtbot.waitSignal(pane.saved):
        qtbot.mouseClick(pane.editor_page.save_button, LEFT)
    wait_idle(qtbot, ctx)


def _count(ctx: AppContext, table: str) -> int:
    sql = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
    return int(ctx.session.store.db.execute_sql(sql).fetchone()[0])


def _audit_changes(ctx: AppContext, cid: str) -> list[dict[str, Any]]:
    rows = ctx.session.store.db.execute_sql(
        "SELECT changes FROM audit_event WHERE action = 'update' AND entity_id = ? ORDER BY seq",
        (cid,),
    )
    return [json.loads(row[0]) for row in rows]


def test_empty_state_offers_a_new_customer(qtbot: QtBot, pane: DetailPane) -> None:
    assert pane.empty_page.hint.isVisible()
    assert pane.empty_page.new_button.isVisible()
    assert not pane.save_action.isEnabled()
    assert not pane.delete_action.isEnabled()
    qtbot.mouseClick(pane.empty_page.new_button, LEFT)
    assert pane.form.isVisible()
    assert pane.header.title.text() == "New customer"
    assert pane.form.currentIndex() == 0
    assert pane.form.editor("name").hasFocus()


def test_create_a_customer_through_the_pane(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    pane.new_customer()
    _type(qtbot, pane, "name", "欧阳  娜娜")
    _type(qtbot, pane, "email", "nana@Example.COM")
    grade = pane.form.editor("grade")
    assert isinstance(grade, QComboBox)
    qtbot.keyClicks(grade, "A")
    _type(qtbot, pane, "tags", "VIP， 华东")
    assert pane.header.dirty_marker.isVisible()
    with qtbot.waitSignal(pane.saved) as saved:
        qtbot.mouseClick(pane.editor_page.save_button, LEFT)
    wait_idle(qtbot, ctx)
    row = customer(ctx.session, saved.args[0])
    assert (row["name"], row["grade"], row["email"]) == ("欧阳 娜娜", "A", "nana@example.com")
    assert sorted(row["tags"].split()) == ["VIP", "华东"]
    assert row["first_contact_on"] == "2026-11-23"
    assert pane.customer_id() == saved.args[0]
    assert pane.header.title.text() == "欧阳 娜娜"
    assert pane.header.badge.text() == "A"
    assert not pane.header.dirty_marker.isVisible()
    assert not pane.editor_page.save_button.isEnabled()
    assert _text(pane, "tags") == "VIP, 华东"


def test_bad_email_saves_nothing_and_keeps_the_typing(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    pane.new_customer()
    _type(qtbot, pane, "name", "Li Wei")
    _type(qtbot, pane, "city", "Suzhou")
    _type(qtbot, pane, "email", "li.wei@example")
    qtbot.mouseClick(pane.editor_page.save_button, LEFT)
    wait_idle(qtbot, ctx)
    assert "e-mail" in pane.form.message("email")
    assert pane.form.currentIndex() == 0  # back on the tab of the bad field
    assert _count(ctx, "customer") == 0
    assert (_text(pane, "email"), _text(pane, "city")) == ("li.wei@example", "Suzhou")
    _type(qtbot, pane, "email", "li.wei@example.com")
    _save(qtbot, ctx, pane)
    assert pane.form.message("email") == ""
    assert customer(ctx.session, pane.customer_id())["city"] == "Suzhou"


def _fail_tags(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    """Make the next save fail inside its transaction, after the fields were written."""

    def fail(*_args: object) -> None:
        raise exc

    monkeypatch.setattr("crmdesk.services.customers.set_tags", fail)


def _stored_tags(ctx: AppContext, cid: str) -> list[str]:
    rows = ctx.session.store.db.execute_sql(
        "SELECT t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
        " WHERE ct.customer_id = ? ORDER BY t.name",
        (cid,),
    )
    return [row[0] for row in rows]


def test_a_failing_save_changes_neither_fields_nor_tags(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = create_customer(ctx.session, {"name": "Acme", "city": "Shanghai"}, ["VIP"])
    cid = created.created_id or ""
    audited = _audit_changes(ctx, cid)
    pane.show_customer(cid)
    wait_idle(qtbot, ctx)
    _type(qtbot, pane, "city", "Hangzhou")
    _type(qtbot, pane, "tags", "VIP, 华东")
    _fail_tags(monkeypatch, ValidationError("tags", "too_long"))
    saved: list[str] = []
    pane.saved.connect(saved.append)
    qtbot.mouseClick(pane.editor_page.save_button, LEFT)
    wait_idle(qtbot, ctx)
    row = customer(ctx.session, cid)
    assert (row["city"], row["tags"]) == ("Shanghai", "VIP")
    assert _stored_tags(ctx, cid) == ["VIP"]
    assert _audit_changes(ctx, cid) == audited
    assert saved == []
    assert (_text(pane, "city"), _text(pane, "tags")) == ("Hangzhou", "VIP, 华东")
    assert pane.form.message("tags") == "This is too long."
    assert pane.is_dirty()
    assert pane.header.dirty_marker.isVisible()
    assert pane.editor_page.save_button.isEnabled()


def test_a_failing_new_customer_is_not_created(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane.new_customer()
    _type(qtbot, pane, "name", "Li Wei")
    _type(qtbot, pane, "tags", "VIP")
    _fail_tags(monkeypatch, RuntimeError("disk full"))
    with qtbot.waitSignal(ctx.worker.failed) as failed:  # the window shows it to the user
        qtbot.mouseClick(pane.editor_page.save_button, LEFT)
    wait_idle(qtbot, ctx)
    assert str(failed.args[0]) == "disk full"
    assert _count(ctx, "customer") == 0
    assert _count(ctx, "tag") == 0
    assert pane.customer_id() is None
    assert pane.header.title.text() == "New customer"
    assert (_text(pane, "name"), _text(pane, "tags")) == ("Li Wei", "VIP")
    assert pane.editor_page.save_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "typed", "expected"),
    [
        ("name", "", "Enter a name."),
        ("phone", "call after lunch", "A phone number needs digits."),
        ("annual_revenue", "about a million", "Enter a number, like 1,250,000."),
    ],
)
def test_invalid_values_are_refused_next_to_the_field(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, field: str, typed: str, expected: str
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "恒通机械", "phone": "021 5555 0101"})
    _type(qtbot, pane, field, typed)
    qtbot.mouseClick(pane.editor_page.save_button, LEFT)
    wait_idle(qtbot, ctx)
    assert pane.form.message(field) == expected
    assert pane.is_dirty()
    assert _text(pane, field) == typed
    assert _audit_changes(ctx, cid) == []


def test_amounts_are_normalised(qtbot: QtBot, ctx: AppContext, pane: DetailPane) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "恒通机械"})
    _type(qtbot, pane, "annual_revenue", "1,250,000")
    _save(qtbot, ctx, pane)
    assert customer(ctx.session, cid)["annual_revenue"] == "1250000.00"


def test_edit_and_save_is_audited_with_old_and_new(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme", "city": "Shanghai"})
    assert _text(pane, "city") == "Shanghai"
    assert not pane.editor_page.save_button.isEnabled()
    _type(qtbot, pane, "city", "Hangzhou")
    assert pane.header.dirty_marker.isVisible()
    assert pane.editor_page.save_button.isEnabled()
    with qtbot.waitSignal(pane.saved):
        qtbot.keyClick(pane.form.editor("city"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    assert _audit_changes(ctx, cid) == [{"city": ["Shanghai", "Hangzhou"]}]
    assert not pane.header.dirty_marker.isVisible()


def test_cancel_reverts_the_edits(qtbot: QtBot, ctx: AppContext, pane: DetailPane) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme", "city": "Shanghai"})
    _type(qtbot, pane, "city", "Hangzhou")
    _type(qtbot, pane, "notes", "call back in spring")
    qtbot.mouseClick(pane.editor_page.cancel_button, LEFT)
    assert (_text(pane, "city"), _text(pane, "notes")) == ("Shanghai", "")
    assert not pane.is_dirty()
    assert not pane.header.dirty_marker.isVisible()
    assert customer(ctx.session, cid)["city"] == "Shanghai"


def test_typing_back_the_stored_value_is_not_an_edit(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    _open(qtbot, ctx, pane, {"name": "Acme", "city": "Shanghai"})
    _type(qtbot, pane, "city", "Hangzhou")
    _type(qtbot, pane, "city", "Shanghai")
    assert not pane.is_dirty()


def _answer(monkeypatch: pytest.MonkeyPatch, name: str, button: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: button))


def test_leaving_with_edits_can_be_cancelled_or_discarded(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme", "city": "Shanghai"})
    assert pane.confirm_leave()  # nothing edited: no question
    _type(qtbot, pane, "city", "Hangzhou")
    _answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    assert not pane.confirm_leave()
    assert _text(pane, "city") == "Hangzhou"
    assert pane.is_dirty()
    _answer(monkeypatch, "warning", QMessageBox.StandardButton.Discard)
    assert pane.confirm_leave()
    assert _text(pane, "city") == "Shanghai"
    assert not pane.is_dirty()
    assert customer(ctx.session, cid)["city"] == "Shanghai"


def test_leaving_with_save_saves(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme"})
    other = create_customer(ctx.session, {"name": "Other"}).created_id
    _type(qtbot, pane, "city", "Hangzhou")
    _answer(monkeypatch, "warning", QMessageBox.StandardButton.Save)
    assert pane.confirm_leave()
    pane.show_customer(other)
    wait_idle(qtbot, ctx)
    assert customer(ctx.session, cid)["city"] == "Hangzhou"
    assert pane.header.title.text() == "Other"
    assert _text(pane, "city") == ""


def test_leaving_with_save_and_an_invalid_field_stays(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(qtbot, ctx, pane, {"name": "Acme"})
    _type(qtbot, pane, "email", "not an address")
    _answer(monkeypatch, "warning", QMessageBox.StandardButton.Save)
    assert not pane.confirm_leave()
    assert pane.form.message("email")


def test_delete_then_undo(qtbot: QtBot, ctx: AppContext, pane: DetailPane) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "恒通机械"})
    with qtbot.waitSignal(pane.deleted) as deleted:
        qtbot.mouseClick(pane.editor_page.delete_button, LEFT)
    wait_idle(qtbot, ctx)
    assert deleted.args == [cid]
    assert customer(ctx.session, cid)["deleted_at"] is not None
    assert pane.undo_bar.isVisible()
    assert "恒通机械" in pane.undo_bar.text.text()
    assert pane.undo_bar.timer.isActive()
    assert pane.empty_page.hint.isVisible()
    with qtbot.waitSignal(ctx.bus.open_customer) as opened:
        qtbot.mouseClick(pane.undo_bar.button, LEFT)
    wait_idle(qtbot, ctx)
    assert opened.args == [cid]
    assert customer(ctx.session, cid)["deleted_at"] is None
    assert not pane.undo_bar.isVisible()
    assert pane.header.title.text() == "恒通机械"
    assert pane.form.isVisible()


def test_undo_bar_goes_when_another_customer_is_shown(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    _open(qtbot, ctx, pane, {"name": "One"})
    pane.delete_action.trigger()
    wait_idle(qtbot, ctx)
    assert pane.undo_bar.isVisible()
    _open(qtbot, ctx, pane, {"name": "Two"})
    assert not pane.undo_bar.isVisible()


def test_delete_key_in_a_field_edits_the_text_not_the_customer(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme"})
    name = pane.form.editor("name")
    pane.form.focus_field("name")
    assert isinstance(name, QLineEdit)
    name.setCursorPosition(0)
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    wait_idle(qtbot, ctx)
    assert name.text() == "cme"
    assert customer(ctx.session, cid)["deleted_at"] is None


def test_an_empty_date_stays_empty(qtbot: QtBot, ctx: AppContext, pane: DetailPane) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme", "first_contact_on": "2026-10-01"})
    first = pane.form.editor("first_contact_on")
    assert isinstance(first, OptionalDate)
    assert first.edit.date().toString(Qt.DateFormat.ISODate) == "2026-10-01"
    qtbot.mouseClick(first.check, LEFT)
    assert not first.edit.isEnabled()
    _save(qtbot, ctx, pane)
    assert customer(ctx.session, cid)["first_contact_on"] is None
    assert first.value() is None
    assert not pane.is_dirty()


def _dialog_edit(dialog: QWidget, field: str) -> QLineEdit:
    return dialog.edits[field]  # type: ignore[attr-defined, no-any-return]


def _ok(qtbot: QtBot, dialog: Any) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_add_edit_and_remove_a_contact(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "恒通机械"})
    contacts = pane.editor_page.contacts
    pane.form.setCurrentWidget(contacts)
    qtbot.mouseClick(contacts.add_button, LEFT)
    dialog = contacts.dialog
    assert dialog is not None
    assert dialog.isVisible()
    _keys(qtbot, _dialog_edit(dialog, "name"), "王芳")
    qtbot.keyClicks(_dialog_edit(dialog, "phones"), "ask reception")
    qtbot.keyClicks(_dialog_edit(dialog, "birthday"), "02-30")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.messages["phones"].text() == "A phone number needs digits."
    assert dialog.messages["birthday"].isVisible()
    _dialog_edit(dialog, "phones").clear()
    _keys(qtbot, _dialog_edit(dialog, "phones"), "138 0013 8000，021-5555 1234")
    _dialog_edit(dialog, "birthday").clear()
    qtbot.keyClicks(_dialog_edit(dialog, "birthday"), "03-12")
    _ok(qtbot, dialog)
    wait_idle(qtbot, ctx)
    assert contacts.names() == ["王芳"]
    assert pane.form.tabText(pane.form.indexOf(contacts)) == "Contacts (1)"
    assert contacts.table.item(0, 2).text() == "138 0013 8000, 021-5555 1234"
    (row,) = ctx.session.store.db.execute_sql(
        "SELECT phones, birthday FROM contact WHERE customer_id = ?", (cid,)
    ).fetchall()
    assert row == ("138 0013 8000, 021-5555 1234", "--03-12")

    contacts.table.selectRow(0)
    qtbot.mouseClick(contacts.edit_button, LEFT)
    dialog = contacts.dialog
    assert dialog is not None
    assert _dialog_edit(dialog, "birthday").text() == "03-12"
    _keys(qtbot, _dialog_edit(dialog, "title"), "采购经理")
    _ok(qtbot, dialog)
    wait_idle(qtbot, ctx)
    assert contacts.table.item(0, 1).text() == "采购经理"

    _answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    contacts.table.selectRow(0)
    qtbot.mouseClick(contacts.remove_button, LEFT)
    wait_idle(qtbot, ctx)
    assert contacts.names() == []
    assert _count(ctx, "contact") == 0


def test_a_new_primary_contact_takes_the_flag(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    cid = create_customer(ctx.session, {"name": "恒通机械"}).created_id or ""
    add_contact(ctx.session, cid, {"name": "张伟", "is_primary": 1})
    pane.show_customer(cid)
    wait_idle(qtbot, ctx)
    contacts = pane.editor_page.contacts
    contacts.add()
    dialog = contacts.dialog
    assert dialog is not None
    _keys(qtbot, _dialog_edit(dialog, "name"), "李娜")
    qtbot.keyClick(dialog.primary, Qt.Key.Key_Space)
    _ok(qtbot, dialog)
    wait_idle(qtbot, ctx)
    assert contacts.names() == ["李娜", "张伟"]
    assert [contacts.table.item(r, 5).text() for r in (0, 1)] == ["✓", ""]


def test_add_and_remove_a_key_date(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "恒通机械"})
    key_dates = pane.editor_page.key_dates
    pane.form.setCurrentWidget(key_dates)
    qtbot.mouseClick(key_dates.add_button, LEFT)
    dialog = key_dates.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.kind, "Contract")
    assert dialog.lead.value() == 30
    qtbot.keyClicks(dialog.date_edit, "12-01")
    qtbot.keyClick(dialog.yearly, Qt.Key.Key_Space)  # once only, but no year given
    _ok(qtbot, dialog)
    assert dialog.date_message.text() == "A date that happens once needs a year."
    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "2027-12-01")
    _ok(qtbot, dialog)
    wait_idle(qtbot, ctx)
    assert key_dates.row_texts() == [["Contract expiry", "", "2027-12-01", "No", "30 days"]]
    (row,) = ctx.session.store.db.execute_sql(
        "SELECT kind, month, day, year, yearly, lead_days FROM key_date WHERE customer_id = ?",
        (cid,),
    ).fetchall()
    assert row == ("contract_expiry", 12, 1, 2027, 0, 30)

    _answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    key_dates.table.selectRow(0)
    qtbot.mouseClick(key_dates.remove_button, LEFT)
    wait_idle(qtbot, ctx)
    assert key_dates.row_texts() == []
    assert _count(ctx, "key_date") == 0


def test_a_change_elsewhere_refreshes_the_shown_customer(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme", "phone": "021 1111"})
    ctx.run(update_customer, cid, {"phone": "021 2222"})
    wait_idle(qtbot, ctx)
    assert _text(pane, "phone") == "021 2222"
    assert not pane.header.note.isVisible()


def test_a_change_elsewhere_keeps_the_users_edits(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    cid = _open(qtbot, ctx, pane, {"name": "Acme", "phone": "021 1111", "city": "Shanghai"})
    _type(qtbot, pane, "city", "Hangzhou")
    ctx.run(update_customer, cid, {"phone": "021 2222"})
    wait_idle(qtbot, ctx)
    assert _text(pane, "city") == "Hangzhou"
    assert pane.header.note.isVisible()
    _save(qtbot, ctx, pane)
    row = customer(ctx.session, cid)
    assert (row["city"], row["phone"]) == ("Hangzhou", "021 2222")  # the other edit survives
    assert _text(pane, "phone") == "021 2222"
    assert not pane.header.note.isVisible()


def test_changes_to_other_customers_are_ignored(
    qtbot: QtBot, ctx: AppContext, pane: DetailPane
) -> None:
    _open(qtbot, ctx, pane, {"name": "Acme"})
    other = create_customer(ctx.session, {"name": "Other"}).created_id
    _type(qtbot, pane, "city", "Hangzhou")
    ctx.run(update_customer, other, {"city": "Beijing"})
    wait_idle(qtbot, ctx)
    assert not pane.header.note.isVisible()
    assert _text(pane, "city") == "Hangzhou"
