"""Tools → Find duplicates: groups, field choices, merge, skip and undo, driven by qtbot."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.services.customers import create_customer
from crmdesk.services.search import search_customers
from crmdesk.services.session import Changes, Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.duplicates_dialog import DuplicatesDialog
from tests.helpers import customer
from tests.ui.conftest import wait_idle

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def _new(session: Session, **fields: str) -> str:
    return create_customer(session, fields).created_id or ""


def _dialog(qtbot: QtBot, ctx: AppContext) -> DuplicatesDialog:
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    return dialog


def _alive(session: Session, customer_id: str) -> bool:
    return customer(session, customer_id)["deleted_at"] is None


@pytest.fixture
def twins(ctx: AppContext) -> tuple[str, str]:
    kept = _new(ctx.session, name="华信科技", city="上海", phone="13800138000")
    merged = _new(
        ctx.session, name="上海华信科技有限公司", city="上海", phone="+86 138 0013 8000",
        email="sales@huaxin.cn", industry="制造",
    )  # fmt: skip
    return kept, merged


def test_no_duplicates_shows_the_empty_state(qtbot: QtBot, ctx: AppContext) -> None:
    _new(ctx.session, name="星河贸易")
    dialog = _dialog(qtbot, ctx)
    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.empty.text() == "No likely duplicates found"


def test_a_group_shows_score_reasons_and_both_records(
    qtbot: QtBot, ctx: AppContext, twins: tuple[str, str]
) -> None:
    dialog = _dialog(qtbot, ctx)
    assert dialog.stack.currentIndex() == 1
    assert dialog.group_list.count() == 1
    text = dialog.group_list.item(0).text()
    assert text.startswith("100  华信科技 / 上海华信科技有限公司")  # phone 95 + 5 for the name
    assert "Same phone +8613800138000" in text
    assert "Similar names" in text
    assert (dialog.survivor_combo.currentData(), dialog.merged_combo.currentData()) == twins
    choices = dialog.field_choices()
    assert choices["email"] == "merged"  # only the merged record has one
    assert choices["city"] == "survivor"  # the same on both
    assert not dialog._right["city"].isEnabled()
    assert dialog.moving.text().startswith("Moves to the kept record: 0 contacts")
    assert dialog.merge_button.isEnabled()


def test_merge_then_undo(qtbot: QtBot, ctx: AppContext, twins: tuple[str, str]) -> None:
    kept, merged = twins
    dialog = _dialog(qtbot, ctx)
    dialog._right["name"].setChecked(True)  # take the merged record's name
    announced: list[Changes] = []
    ctx.bus.changed.connect(announced.append)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)

    assert announced
    assert announced[0].customers == {kept, merged}
    row = customer(ctx.session, kept)
    assert (row["name"], row["email"]) == ("上海华信科技有限公司", "sales@huaxin.cn")
    assert not _alive(ctx.session, merged)
    assert dialog.group_list.count() == 0  # the group is done
    assert dialog.stack.currentWidget() is dialog.empty
    assert dialog.undo_button.isEnabled()

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert _alive(ctx.session, merged)
    assert customer(ctx.session, kept)["name"] == "华信科技"
    assert {h.id for h in search_customers(ctx.session, "13800138000")} == {kept, merged}
    assert dialog.group_list.count() == 1  # found again
    assert not dialog.undo_button.isEnabled()


def test_skip_group_moves_on_without_writing(
    qtbot: QtBot, ctx: AppContext, twins: tuple[str, str]
) -> None:
    other = _new(ctx.session, name="Anna", kind="person", email="anna@example.com")
    _new(ctx.session, name="Anna B.", kind="person", email="Anna@example.com")
    dialog = _dialog(qtbot, ctx)
    assert dialog.group_list.count() == 2
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert dialog.group_list.count() == 1
    assert dialog.survivor_combo.currentData() == other
    assert all(_alive(ctx.session, cid) for cid in twins)


def test_choosing_the_same_record_twice_disables_merge(
    qtbot: QtBot, ctx: AppContext, twins: tuple[str, str]
) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.merged_combo.setCurrentIndex(0)
    wait_idle(qtbot, ctx)
    assert not dialog.merge_button.isEnabled()
    assert dialog.field_choices() == {}
    dialog.survivor_combo.setCurrentIndex(1)  # swapped: keep the other one
    wait_idle(qtbot, ctx)
    assert dialog.merge_button.isEnabled()
    assert dialog.field_choices()["phone"] == "survivor"


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_closing_while_searching_stops_the_search(
    qtbot: QtBot, ctx: AppContext, twins: tuple[str, str]
) -> None:
    del twins
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 5)  # the search waits behind this
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.searching.isVisible()
    assert dialog.search is not None
    search = dialog.search
    dialog.search.progressed.emit(2, 5)
    assert dialog.searching.value() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert search.cancelled()  # the worker stops at its next step instead of running on
    gate.set()
    wait_idle(qtbot, ctx)
    assert dialog.groups == []  # nothing was filled in after the close


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_search_bar_goes_once_the_groups_are_in(
    qtbot: QtBot, ctx: AppContext, twins: tuple[str, str]
) -> None:
    del twins
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    assert not dialog.searching.isVisible()
    assert dialog.search is None
    assert len(dialog.groups) == 1
