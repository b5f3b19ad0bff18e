"""The audit log as a table model: one page of events at a time, older pages on demand.

    model = AuditTableModel(ctx, page_size=200, parent=dialog)
    model.reload({"customer_id": cid, "action": None, "since": None, "until": None})
    model.event_at(row)                    # the AuditEvent shown in that row

Pages are read on the DB worker (QAbstractItemModel.fetchMore); the helpers below turn an
event into readable, translated text (context "AuditDialog", as marked with QT_TRANSLATE_NOOP).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.audit_log import AuditEvent, list_events
from crmdesk.ui.audit_labels import action_text, change_lines, entity_text, tr
from crmdesk.ui.context import AppContext

CONTEXT = "AuditDialog"
CELL_CHARS = 300  # the view elides to the column width; this only bounds long notes
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditDialog", "Time"),
    QT_TRANSLATE_NOOP("AuditDialog", "Who"),
    QT_TRANSLATE_NOOP("AuditDialog", "Action"),
    QT_TRANSLATE_NOOP("AuditDialog", "What"),
    QT_TRANSLATE_NOOP("AuditDialog", "Customer"),
    QT_TRANSLATE_NOOP("AuditDialog", "Changes"),
)


def local_time(event: AuditEvent) -> str:
    moment = QDateTime.fromMSecsSinceEpoch(int(event.at.timestamp() * 1000))
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm:ss")


def _elide(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


AnyIndex = QModelIndex | QPersistentModelIndex


class AuditTableModel(QAbstractTableModel):
    """Events newest first; older pages of *page_size* are fetched on demand through the worker."""

    def __init__(self, ctx: AppContext, page_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._events: list[AuditEvent] = []
        self._filters: dict[str, Any] = {}
        self._more = False
        self._loading = False
        self._generation = 0
        self.on_loaded: list[Any] = []  # callables run after each page arrives

    def reload(self, filters: dict[str, Any]) -> None:
        self._filters = dict(filters)
        self._generation += 1
        self._loading = True
        self._submit(None, self._generation)

    def event_at(self, row: int) -> AuditEvent:
        return self._events[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.rowCount."""
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractTableModel.columnCount."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Override QAbstractTableModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel.data."""
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1:
            return "\n".join(change_lines(event)) or None
        if role == EVENT_ROLE:
            return event
        return None

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Override QAbstractTableModel.canFetchMore."""
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: AnyIndex) -> None:
        """Override QAbstractTableModel.fetchMore."""
        if self.canFetchMore(parent):
            self._loading = True
            self._submit(self._events[-1].seq, self._generation)

    def _cell(self, event: AuditEvent, column: int) -> str:
        if column == 0:
            return local_time(event)
        if column == 1:
            return event.actor
        if column == 2:
            return action_text(event.action)
        if column == 3:
            return entity_text(event.entity)
        if column == 4:
            return event.customer or ""
        return _elide("; ".join(change_lines(event)))

    def _submit(self, before_seq: int | None, generation: int) -> None:
        self._ctx.worker.submit(
            list_events,
            self._ctx.session,
            limit=self._page_size,
            before_seq=before_seq,
            **self._filters,
            on_done=lambda page: self._arrived(page, before_seq is None, generation),
        )

    def _arrived(self, page: list[AuditEvent], first: bool, generation: int) -> None:
        if generation != self._generation:
            return  # the filters changed while this page was being read
        self._loading = False
        self._more = len(page) == self._page_size
        if first:
            self.beginResetModel()
            self._events = list(page)
            self.endResetModel()
        elif page:
            start = len(self._events)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._events.extend(page)
            self.endInsertRows()
        for callback in self.on_loaded:
            callback()
