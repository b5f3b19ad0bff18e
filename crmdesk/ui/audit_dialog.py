"""Tools → Audit log: who did what and when, filtered, verified and exported.

    AuditDialog(ctx, parent=window).show()                      # the whole log
    AuditDialog(ctx, parent=window, customer_id=cid).show()     # starts on one customer

Every read runs on the DB worker thread; the table model holds one page of events and fetches
older pages as the view scrolls (QAbstractItemModel.fetchMore). Event contents are customer
data: they are shown here and written only to a file the user picks, never logged.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
from crmdesk.services.audit_log import AuditEvent, ChainReport, actions, export_csv, list_events
from crmdesk.services.audit_log import verify as verify_chain
from crmdesk.services.customer_view import customer_detail
from crmdesk.services.search import CustomerHit, search_customers
from crmdesk.ui.context import AppContext
from crmdesk.ui.labels import label

CONTEXT = "AuditDialog"
PAGE_SIZE = 200
CELL_CHARS = 300  # the view elides to the column width; this only bounds long notes
OK_COLOUR = QColor("#2e7d32")
BAD_COLOUR = QColor("#c62828")
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
    """Events newest first; older pages are fetched on demand through the worker."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
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
            limit=PAGE_SIZE,
            before_seq=before_seq,
            **self._filters,
            on_done=lambda page: self._arrived(page, before_seq is None, generation),
        )

    def _arrived(self, page: list[AuditEvent], first: bool, generation: int) -> None:
        if generation != self._generation:
            return  # the filters changed while this page was being read
        self._loading = False
        self._more = len(page) == PAGE_SIZE
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


class AuditDialog(QDialog):
    """Tools → Audit log."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, customer_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id = customer_id
        self._hits: dict[str, str] = {}  # completer text -> customer id
        self.setWindowTitle(self.tr("Audit log"))
        self.model = AuditTableModel(ctx, self)
        self.model.on_loaded.append(self._show_state)
        self._build()
        self._connect()
        self.resize(1100, 640)
        self._load_actions()
        if customer_id is not None:
            ctx.worker.submit(
                customer_detail, ctx.session, customer_id, on_done=self._show_customer
            )
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        self.stack = QStackedWidget()
        self.table = self._table()
        self.empty = QLabel(self.tr("Loading…"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select an event to see every change."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 100])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._bottom_row())

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.customer_box = QLineEdit()
        self.customer_box.setPlaceholderText(self.tr("All customers — type to search"))
        self.customer_box.setClearButtonEnabled(True)
        self.customer_box.setMinimumWidth(180)
        self._completions = QStringListModel(self)
        self.completer = QCompleter(self._completions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.customer_box.setCompleter(self.completer)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("All actions"), None)
        self.action_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.since_check = QCheckBox(self.tr("From"))
        self.since_edit = self._date_edit()
        self.until_check = QCheckBox(self.tr("To"))
        self.until_edit = self._date_edit()
        customer_label = QLabel(self.tr("&Customer:"))
        customer_label.setBuddy(self.customer_box)
        action_label = QLabel(self.tr("&Action:"))
        action_label.setBuddy(self.action_combo)
        row.addWidget(customer_label)
        row.addWidget(self.customer_box, 2)
        row.addWidget(action_label)
        row.addWidget(self.action_combo)
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            row.addWidget(widget)
        return row

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(QDate.fromString(self._ctx.session.today().isoformat(), "yyyy-MM-dd"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setToolTip(
            self.tr("Recompute every event's hash to show whether the log was altered.")
        )
        self.verify_result = QLabel()
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.close_button = QPushButton(self.tr("Close"))
        row.addWidget(self.verify_button)
        row.addWidget(self.verify_result)
        row.addWidget(self.status, 1)
        row.addWidget(self.export_button)
        row.addWidget(self.close_button)
        return row

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search)
        self.customer_box.textEdited.connect(self._customer_edited)
        self.completer.activated.connect(self._customer_chosen)
        self.action_combo.currentIndexChanged.connect(self.reload)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.reload)
            edit.dateChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)
        self._ctx.bus.changed.connect(self._changed)
        self._listening = True

    # --- filters --------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The filters in force, as keyword arguments of list_events and export_csv."""
        return {
            "customer_id": self._customer_id,
            "action": self.action_combo.currentData(),
            "since": _day(self.since_edit) if self.since_check.isChecked() else None,
            "until": _day(self.until_edit) if self.until_check.isChecked() else None,
        }

    def reload(self) -> None:
        self.model.reload(self.filters())

    def _load_actions(self) -> None:
        self._ctx.worker.submit(actions, self._ctx.session, on_done=self._fill_actions)

    def _fill_actions(self, names: list[str]) -> None:
        current = self.action_combo.currentData()
        self.action_combo.blockSignals(True)
        while self.action_combo.count() > 1:
            self.action_combo.removeItem(1)
        for name in sorted(names, key=action_text):
            self.action_combo.addItem(action_text(name), name)
        found = self.action_combo.findData(current)
        self.action_combo.setCurrentIndex(max(found, 0))
        self.action_combo.blockSignals(False)
        if current is not None and found < 0:
            self.reload()

    def _show_customer(self, detail: Any) -> None:
        if detail is not None and self._customer_id == detail.id:
            self.customer_box.blockSignals(True)
            self.customer_box.setText(str(detail.fields["name"]))
            self.customer_box.blockSignals(False)

    def _search(self) -> None:
        text = self.customer_box.text().strip()
        if text:
            self._ctx.worker.submit(
                search_customers, self._ctx.session, text, limit=20, on_done=self._hits_arrived
            )

    def _hits_arrived(self, hits: list[CustomerHit]) -> None:
        self._hits = {}
        for hit in hits:
            extra = ", ".join(x for x in (hit.company, hit.city) if x and x != hit.name)
            text = f"{hit.name} ({extra})" if extra else hit.name
            self._hits.setdefault(text, hit.id)
        self._completions.setStringList(list(self._hits))
        if self._hits and self.customer_box.hasFocus():
            self.completer.complete()

    def _customer_chosen(self, text: str) -> None:
        customer_id = self._hits.get(text)
        if customer_id is not None and customer_id != self._customer_id:
            self._customer_id = customer_id
            self.reload()

    def _customer_edited(self, _text: str) -> None:
        """Typing starts a new search: the customer chosen before no longer filters."""
        self._search_timer.start()
        if self._customer_id is not None:
            self._customer_id = None
            self.reload()

    # --- results --------------------------------------------------------------------------

    def _show_state(self) -> None:
        self.details.setVisible(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.table)
            return
        self.details.clear()
        self.empty.setText(
            self.tr("No events match these filters.")
            if any(v is not None for v in self.filters().values())
            else self.tr("The audit log is empty.")
        )
        self.stack.setCurrentWidget(self.empty)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = self.model.data(current, EVENT_ROLE) if current.isValid() else None
        if event is None:
            self.details.clear()
            return
        head = self.tr("Event %1 · %2 · %3 · %4").replace("%1", str(event.seq))
        head = head.replace("%2", local_time(event)).replace("%3", event.actor)
        head = head.replace("%4", action_text(event.action))
        parts = (entity_text(event.entity) if event.entity else "", event.customer or "")
        what = " · ".join(x for x in parts if x)
        self.details.setPlainText("\n".join([head, what, "", *change_lines(event)]))

    def _changed(self, _changes: object) -> None:
        self._load_actions()
        self.reload()

    # --- verify and export ----------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self._set_result(self.tr("Verifying…"), None)
        self._ctx.worker.submit(verify_chain, self._ctx.session, on_done=self._verified)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            text = self.tr("Chain intact: %Ln event(s)", None, report.events)
            self._set_result(text, OK_COLOUR)
        else:
            text = self.tr("Tampering detected at event %1").replace(
                "%1", str(report.first_bad_seq)
            )
            self._set_result(text, BAD_COLOUR)

    def _set_result(self, text: str, colour: QColor | None) -> None:
        self.verify_result.setText(text)
        palette = self.verify_result.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            colour or self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.verify_result.setPalette(palette)
        font = self.verify_result.font()
        font.setBold(colour is not None)
        self.verify_result.setFont(font)

    def export(self) -> None:
        suggested = f"audit-log-{self._ctx.session.today().isoformat()}.csv"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit log"),
            str(Path.home() / suggested),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        self.export_button.setEnabled(False)
        self._ctx.worker.submit(
            export_csv,
            self._ctx.session,
            path,
            **self.filters(),
            on_done=lambda count: self._exported(path, count),
            on_error=self._export_failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        self.export_button.setEnabled(True)
        text = self.tr("Exported %Ln event(s) to %1. The file is not encrypted.", None, count)
        self._set_status(text.replace("%1", path.name))
        self._load_actions()
        self.reload()

    def _export_failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(exc, OSError):
            self._ctx.worker.failed.emit(exc)  # our bug: reported as one
            return
        reason = exc.strerror or type(exc).__name__
        self._set_status(self.tr("Could not export: %1").replace("%1", reason), BAD_COLOUR)

    def _set_status(self, text: str, colour: QColor | None = None) -> None:
        self.status.setText(text)
        palette = self.status.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            colour or self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.status.setPalette(palette)

    def closeEvent(self, event: Any) -> None:
        """Override QDialog.closeEvent: stop listening for changes."""
        self._disconnect_bus()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Override QDialog.done: stop listening for changes."""
        self._disconnect_bus()
        super().done(result)

    def _disconnect_bus(self) -> None:
        if self._listening:
            self._listening = False
            self._ctx.bus.changed.disconnect(self._changed)


def _day(edit: QDateEdit) -> date:
    return date.fromisoformat(edit.date().toString("yyyy-MM-dd"))
