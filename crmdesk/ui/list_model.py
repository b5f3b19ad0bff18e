"""The customer list model: ordered ids, rows fetched by page into a bounded cache.

For 100,000 customers the model holds 100,000 ints; CustomerRow objects exist only for the
pages the view has asked for (at most MAX_CACHED_ROWS). Sorting, searching and filtering
re-query the ids in SQL on the worker thread (style.md examples 3 and 5).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from crmdesk.domain.enums import Grade
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.customer_list import CustomerRow, ListQuery, list_ids, rows
from crmdesk.services.session import Changes
from crmdesk.ui.context import AppContext
from crmdesk.ui.labels import grade_meaning, label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
GRADE_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 100
MAX_CACHED_ROWS = 2000
REFRESH_UP_TO = 20  # changed customers whose rows are re-read in place (else a new query)
OVERDUE_COLOUR = QColor("#c62828")

COLUMNS = (  # what a salesperson scans first comes first: who, and when they are due
    ("grade", QT_TRANSLATE_NOOP("CustomerListModel", "Grade")),
    ("name", QT_TRANSLATE_NOOP("CustomerListModel", "Name")),
    ("company", QT_TRANSLATE_NOOP("CustomerListModel", "Company")),
    ("next_due_on", QT_TRANSLATE_NOOP("CustomerListModel", "Next due")),
    ("last_followup_on", QT_TRANSLATE_NOOP("CustomerListModel", "Last follow-up")),
    ("phone", QT_TRANSLATE_NOOP("CustomerListModel", "Phone")),
    ("city", QT_TRANSLATE_NOOP("CustomerListModel", "City")),
    ("relationship", QT_TRANSLATE_NOOP("CustomerListModel", "Status")),
    ("tags", QT_TRANSLATE_NOOP("CustomerListModel", "Tags")),
)

AnyIndex = QModelIndex | QPersistentModelIndex


class CustomerListModel(QAbstractTableModel):
    """Override-light table model over the customer ids of the current query."""

    loaded = Signal(int)  # number of matching customers, after each (re)load
    load_failed = Signal()  # a (re)load raised; the worker's `failed` reports it

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._query = ListQuery()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, CustomerRow] = OrderedDict()
        self._generation = 0
        self._started = False  # no query before the first reload(): the view sets up first
        self._busy = False  # an id query is on the worker
        self._again = False  # asked again meanwhile: re-query once it returns
        self._today = ctx.session.today().isoformat()
        ctx.bus.changed.connect(self._on_changed)

    # -- queries ---------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Re-query the ids off the GUI thread; a newer reload supersedes an older one.

        At most one id query is queued: asked again while one runs (a key typed during a
        search), the model drops that query's result and runs the latest query once more.
        """
        self._started = True
        self._generation += 1
        if self._busy:
            self._again = True
            return
        self._submit()

    def _submit(self) -> None:
        self._busy, self._again = True, False
        generation = self._generation
        self._ctx.worker.submit(
            list_ids,
            self._ctx.session,
            self._query,
            on_done=lambda ids: self._apply(generation, ids),
            on_error=self._failed,
        )

    def _returned(self) -> bool:
        """The id query came back: False if its result is already superseded."""
        self._busy = False
        if self._again:
            self._submit()
            return False
        return True

    def _failed(self, exc: Exception) -> None:
        if self._returned():
            self.load_failed.emit()
            self._ctx.worker.failed.emit(exc)

    def clear(self) -> None:
        """Drop everything (used when the database is locked)."""
        self._generation += 1
        self._again = False
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.endResetModel()

    def cached_rows(self) -> int:
        return len(self._cache)

    def customer_id(self, row: int) -> str | None:
        cached = self._row(row)
        return cached.id if cached else None

    def row_of(self, customer_id: str) -> int | None:
        for rid, cached in self._cache.items():
            if cached.id == customer_id:
                return self._ids.index(rid)
        return None

    def _apply(self, generation: int, ids: list[int]) -> None:
        if not self._returned() or generation != self._generation:
            return
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._today = self._ctx.session.today().isoformat()
        self.endResetModel()
        self.loaded.emit(len(ids))

    def _on_changed(self, changes: Changes) -> None:
        wanted = self._started and (changes.customers or changes.reminders)
        if wanted and not self._refresh_rows(changes.customers):
            self.reload()

    def _refresh_rows(self, customer_ids: frozenset[str]) -> bool:
        """Re-read just these customers' rows, if the list's order and membership stay.

        A follow-up changes one customer's grade and dates: when the list is neither sorted
        nor filtered by what changed, reading the rows on screen again (a primary-key
        lookup) is enough, not a new query over every id (Anki's browser marks rows stale).
        False when a full reload is needed: a search (any field may match now), a customer
        not on screen (perhaps new), one gone (deleted or merged), or a changed sort or
        filter column.
        """
        query = self._query
        if not customer_ids or len(customer_ids) > REFRESH_UP_TO or query.text or query.tag:
            return False
        shown = {cached.id: rid for rid, cached in self._cache.items()}
        if not customer_ids <= shown.keys():
            return False
        rids = [shown[cid] for cid in customer_ids]
        fresh = {row.rid: row for row in rows(self._ctx.session, rids)}
        keys = self._order_keys()
        for rid in rids:
            old, new = self._cache[rid], fresh.get(rid)
            if new is None or any(getattr(old, k) != getattr(new, k) for k in keys):
                return False
        last = len(COLUMNS) - 1
        for rid in rids:
            self._cache[rid] = fresh[rid]
            row = self._ids.index(rid)
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def _order_keys(self) -> set[str]:
        """The row fields that decide where a customer sits in the list, and whether at all."""
        query = self._query
        keys = {query.sort}
        for wanted, key in (
            (query.grades, "grade"),
            (query.relationships, "relationship"),
            (query.importance, "importance"),
            (query.overdue_only, "next_due_on"),
        ):
            if wanted:
                keys.add(key)
        return keys

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Override QAbstractItemModel.headerData."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("CustomerListModel", COLUMNS[section][1])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row.id
        if role == GRADE_ROLE:
            return row.grade.value
        if role == Qt.ItemDataRole.ToolTipRole and key == "grade":
            return grade_meaning(row.grade)
        if role == Qt.ItemDataRole.ForegroundRole and key == "next_due_on":
            return QBrush(OVERDUE_COLOUR) if self._overdue(row) else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractItemModel.sort: sorting is done by SQLite."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = replace(self._query, sort=COLUMNS[column][0], descending=descending)
        if query == self._query:
            return
        self._query = query
        if self._started:  # else the view is being set up: the first reload() uses the order
            self.reload()

    # -- rows ------------------------------------------------------------------------------
    def _row(self, row: int) -> CustomerRow | None:
        rid = self._ids[row]
        cached = self._cache.get(rid)
        if cached is None:
            self._fetch_page(row)
            cached = self._cache.get(rid)
        else:
            self._cache.move_to_end(rid)
        return cached

    def _fetch_page(self, row: int) -> None:
        start = (row // PAGE_SIZE) * PAGE_SIZE
        page = self._ids[start : start + PAGE_SIZE]
        for fetched in rows(self._ctx.session, page):
            self._cache[fetched.rid] = fetched
        while len(self._cache) > MAX_CACHED_ROWS:
            self._cache.popitem(last=False)

    def _display(self, row: CustomerRow, key: str) -> str:
        if key == "relationship":
            return label(row.relationship)
        value = getattr(row, key)
        if isinstance(value, Grade):
            return value.value
        return "" if value is None else str(value)

    def _overdue(self, row: CustomerRow) -> bool:
        return bool(row.next_due_on) and str(row.next_due_on) < self._today
