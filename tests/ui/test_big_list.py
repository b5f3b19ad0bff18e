"""100,000 customers: the list shows its first page without turning every row into an object."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from crmdesk.data.search_index import suspended_search_triggers
from crmdesk.services.session import Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.list_model import MAX_CACHED_ROWS, PAGE_SIZE
from crmdesk.ui.list_pane import CustomerListPane

CUSTOMERS = 100_000


def _many_customers(session: Session, count: int) -> None:
    """Plain customer rows made by SQLite itself (the search index is not under test here)."""
    db = session.store.db
    with db.atomic(), suspended_search_triggers(db):
        db.execute_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO customer(id, created_at, updated_at, name, grade, next_due_on) "
            "SELECT printf('00000000-0000-7000-8000-%012d', i), '2026-01-01', '2026-01-01', "
            "'客户 ' || i, char(65 + i % 5), date('2026-11-01', '+' || (i % 60) || ' days') FROM n",
            (count,),
        )


def test_first_page_of_100k_customers_loads_only_what_is_shown(
    qtbot: QtBot, ctx: AppContext
) -> None:
    _many_customers(ctx.session, CUSTOMERS)
    pane = CustomerListPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    with qtbot.waitSignal(pane.model.loaded, timeout=30_000) as loaded:
        pane.reload()
        pane.show()
    assert loaded.args == [CUSTOMERS]
    qtbot.waitExposed(pane)
    qtbot.wait(50)  # let the view paint the first rows
    assert pane.model.index(0, 1).data() is not None
    assert 0 < pane.model.cached_rows() <= PAGE_SIZE
    pane.table.scrollToBottom()
    qtbot.wait(50)
    assert pane.model.cached_rows() <= 2 * PAGE_SIZE
    for row in range(0, CUSTOMERS, CUSTOMERS // 50):  # jump around: the cache stays bounded
        pane.model.data(pane.model.index(row, 1, QModelIndex()))
    assert pane.model.cached_rows() <= MAX_CACHED_ROWS
