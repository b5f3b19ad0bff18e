"""The audit log as a table model: one page of events at a time, older pages on demand.

    model = AuditTableModel(ctx, page_size=200, parent=dialog)
    model.reload({"customer_id": cid, "action": None, "since": None, "until": None})
    model.event_at(row)                    # the AuditEvent shown in that row

Pages are read on the DB worker (QAbstractItemModel.fetchMore); the helpers below turn an
event into readable, translated text (context "AuditDialog", as marked with QT_TRANSLATE_NOOP).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from crmdesk.domain.enums import (
    CustomerKind,
    EntryKind,
    FollowUpMethod,
    Gender,
    Importance,
    KeyDateKind,
    NeedStatus,
    OpportunityStage,
    PricePreference,
    RelationshipStatus,
    ReminderKind,
    SizeBucket,
    SourceChannel,
)
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.audit_log import AuditEvent, list_events
from crmdesk.ui.context import AppContext
from crmdesk.ui.labels import label

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
_ACTIONS = {
    "create_database": QT_TRANSLATE_NOOP("AuditDialog", "Database created"),
    "unlock": QT_TRANSLATE_NOOP("AuditDialog", "Unlocked"),
    "open": QT_TRANSLATE_NOOP("AuditDialog", "Opened"),
    "view": QT_TRANSLATE_NOOP("AuditDialog", "Viewed"),
    "create": QT_TRANSLATE_NOOP("AuditDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditDialog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditDialog", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditDialog", "Restored"),
    "backup": QT_TRANSLATE_NOOP("AuditDialog", "Backup"),
    "change_password": QT_TRANSLATE_NOOP("AuditDialog", "Password changed"),
    "demo": QT_TRANSLATE_NOOP("AuditDialog", "Demo data added"),
    "import": QT_TRANSLATE_NOOP("AuditDialog", "Import"),
    "export": QT_TRANSLATE_NOOP("AuditDialog", "Export"),
    "merge": QT_TRANSLATE_NOOP("AuditDialog", "Merge"),
    "sync": QT_TRANSLATE_NOOP("AuditDialog", "Sync"),
}
_ENTITIES = {
    "customer": QT_TRANSLATE_NOOP("AuditDialog", "Customer"),
    "contact": QT_TRANSLATE_NOOP("AuditDialog", "Contact"),
    "timeline_entry": QT_TRANSLATE_NOOP("AuditDialog", "Timeline entry"),
    "opportunity": QT_TRANSLATE_NOOP("AuditDialog", "Opportunity"),
    "sale_order": QT_TRANSLATE_NOOP("AuditDialog", "Order"),
    "key_date": QT_TRANSLATE_NOOP("AuditDialog", "Key date"),
    "reminder": QT_TRANSLATE_NOOP("AuditDialog", "Reminder"),
    "tag": QT_TRANSLATE_NOOP("AuditDialog", "Tag"),
    "saved_view": QT_TRANSLATE_NOOP("AuditDialog", "Saved view"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditDialog", "name"),
    "grade": QT_TRANSLATE_NOOP("AuditDialog", "grade"),
    "relationship": QT_TRANSLATE_NOOP("AuditDialog", "status"),
    "importance": QT_TRANSLATE_NOOP("AuditDialog", "importance"),
    "need": QT_TRANSLATE_NOOP("AuditDialog", "need"),
    "source": QT_TRANSLATE_NOOP("AuditDialog", "source"),
    "owner": QT_TRANSLATE_NOOP("AuditDialog", "owner"),
    "phone": QT_TRANSLATE_NOOP("AuditDialog", "phone"),
    "phones": QT_TRANSLATE_NOOP("AuditDialog", "phones"),
    "email": QT_TRANSLATE_NOOP("AuditDialog", "e-mail"),
    "company": QT_TRANSLATE_NOOP("AuditDialog", "company"),
    "city": QT_TRANSLATE_NOOP("AuditDialog", "city"),
    "address": QT_TRANSLATE_NOOP("AuditDialog", "address"),
    "notes": QT_TRANSLATE_NOOP("AuditDialog", "notes"),
    "tags": QT_TRANSLATE_NOOP("AuditDialog", "tags"),
    "title": QT_TRANSLATE_NOOP("AuditDialog", "title"),
    "stage": QT_TRANSLATE_NOOP("AuditDialog", "stage"),
    "amount": QT_TRANSLATE_NOOP("AuditDialog", "amount"),
    "content": QT_TRANSLATE_NOOP("AuditDialog", "content"),
    "next_due_on": QT_TRANSLATE_NOOP("AuditDialog", "next due"),
    "last_followup_on": QT_TRANSLATE_NOOP("AuditDialog", "last follow-up"),
    "manual_next_on": QT_TRANSLATE_NOOP("AuditDialog", "scheduled follow-up"),
    "first_contact_on": QT_TRANSLATE_NOOP("AuditDialog", "first contact"),
    "rows": QT_TRANSLATE_NOOP("AuditDialog", "rows"),
    "file": QT_TRANSLATE_NOOP("AuditDialog", "file"),
}
# (entity or None for any, field) -> the enum whose labels name the stored values
_ENUM_FIELDS: dict[tuple[str | None, str], type[StrEnum]] = {
    ("customer", "kind"): CustomerKind,
    ("timeline_entry", "kind"): EntryKind,
    ("key_date", "kind"): KeyDateKind,
    ("reminder", "kind"): ReminderKind,
    (None, "relationship"): RelationshipStatus,
    (None, "importance"): Importance,
    (None, "need"): NeedStatus,
    (None, "source"): SourceChannel,
    (None, "size_bucket"): SizeBucket,
    (None, "price_preference"): PricePreference,
    (None, "method"): FollowUpMethod,
    (None, "stage"): OpportunityStage,
    (None, "gender"): Gender,
}


def tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("AuditDialog", …)."""
    return QCoreApplication.translate(CONTEXT, text)


def action_text(action: str) -> str:
    return tr(_ACTIONS[action]) if action in _ACTIONS else action


def entity_text(entity: str | None) -> str:
    if entity is None:
        return "—"
    return tr(_ENTITIES[entity]) if entity in _ENTITIES else entity


def value_text(entity: str | None, field: str, value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("AuditDialog", "(empty)")
    enum = _ENUM_FIELDS.get((entity, field)) or _ENUM_FIELDS.get((None, field))
    if enum is not None and str(value) in {m.value for m in enum}:
        return label(enum(str(value)))
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def change_lines(event: AuditEvent) -> list[str]:
    """One readable line per field: "grade: C → B", or "name: 张伟" for a value set from empty."""
    lines = []
    for field, change in event.changes.items():
        if field == "customer_id" and event.customer:
            continue  # the Customer column already names it
        name = tr(_FIELDS[field]) if field in _FIELDS else field.replace("_", " ")
        is_pair = isinstance(change, list) and len(change) == 2
        if is_pair and change[0] not in (None, ""):
            old, new = (value_text(event.entity, field, v) for v in change)
            lines.append(f"{name}: {old} → {new}")
        else:
            new = change[1] if is_pair else change
            lines.append(f"{name}: {value_text(event.entity, field, new)}")
    return lines


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
