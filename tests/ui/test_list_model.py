"""The customer list model: lazy rows, SQL sorting, filtering, qtmodeltester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Grade
from crmdesk.services.customer_list import ListQuery
from crmdesk.services.customers import create_customer
from crmdesk.services.demo import fill_demo
from crmdesk.ui.context import AppContext
from crmdesk.ui.list_model import COLUMNS, CustomerListModel
from tests.ui.conftest import wait_idle


def _model(qtbot: QtBot, ctx: AppContext) -> CustomerListModel:
    model = CustomerListModel(ctx)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    return model


def test_model_passes_the_qt_model_tester(qtbot: QtBot, ctx: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    fill_demo(ctx.session, customers=60, seed=2)
    model = _model(qtbot, ctx)
    assert model.rowCount() == 60
    qtmodeltester.check(model, force_py=True)


def test_sorting_by_next_due_is_done_in_sql(qtbot: QtBot, ctx: AppContext) -> None:
    fill_demo(ctx.session, customers=80, seed=4)
    model = _model(qtbot, ctx)
    column = [key for key, _ in COLUMNS].index("next_due_on")
    with qtbot.waitSignal(model.loaded):
        model.sort(column, Qt.SortOrder.AscendingOrder)
    dues = [model.index(r, column).data() for r in range(model.rowCount())]
    assert dues == sorted(dues)
    with qtbot.waitSignal(model.loaded):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, column).data() for r in range(model.rowCount())] == sorted(
        dues, reverse=True
    )


def test_rows_are_fetched_by_page_not_all_at_once(qtbot: QtBot, ctx: AppContext) -> None:
    fill_demo(ctx.session, customers=450, seed=5)
    model = _model(qtbot, ctx)
    assert model.cached_rows() == 0
    model.index(0, 1).data()
    assert model.cached_rows() == 100
    model.index(449, 1).data()
    assert model.cached_rows() == 150


def test_filter_and_search_narrow_the_list(qtbot: QtBot, ctx: AppContext) -> None:
    create_customer(ctx.session, {"name": "张伟", "grade": "A"})
    create_customer(ctx.session, {"name": "张敏", "grade": "C"})
    create_customer(ctx.session, {"name": "Acme", "grade": "A"})
    model = _model(qtbot, ctx)
    with qtbot.waitSignal(model.loaded) as loaded:
        model.set_query(ListQuery(text="张"))
    assert loaded.args == [2]
    with qtbot.waitSignal(model.loaded) as loaded:
        model.set_query(ListQuery(text="张", grades=frozenset({Grade.A})))
    assert loaded.args == [1]
    assert model.index(0, 1).data() == "张伟"
    wait_idle(qtbot, ctx)
