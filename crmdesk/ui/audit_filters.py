"""The Audit log's filter bar: customer (searched as you type), action and date range.

    bar = AuditFilterBar(ctx, customer_id=cid)   # cid may be None: all customers
    bar.changed.connect(dialog.reload)           # any filter changed
    bar.start()                                  # fill the actions and the customer's name
    model.reload(bar.filters())                  # keyword arguments of list_events

Searches and look-ups run on the DB worker thread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QStringListModel, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crmdesk.services.audit_log import actions
from crmdesk.services.customer_view import customer_detail
from crmdesk.services.search import CustomerHit, search_customers
from crmdesk.ui.audit_labels import action_text
from crmdesk.ui.context import AppContext

SEARCH_DELAY_MS = 200


class AuditFilterBar(QWidget):
    """One row of filters; emits `changed` whenever the filters in force change."""

    changed = Signal()

    def __init__(
        self, ctx: AppContext, customer_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id = customer_id
        self._hits: dict[str, str] = {}  # completer text -> customer id
        self._build()
        self._connect()

    def start(self) -> None:
        """Fill the action list, and the box with the name of the customer given at start."""
        self.load_actions()
        if self._customer_id is not None:
            self._ctx.worker.submit(
                customer_detail, self._ctx.session, self._customer_id, on_done=self._show_customer
            )

    def filters(self) -> dict[str, Any]:
        """The filters in force, as keyword arguments of list_events and export_csv."""
        return {
            "customer_id": self._customer_id,
            "action": self.action_combo.currentData(),
            "since": _day(self.since_edit) if self.since_check.isChecked() else None,
            "until": _day(self.until_edit) if self.until_check.isChecked() else None,
        }

    def load_actions(self) -> None:
        """Refill the action list with the actions the log holds (on the worker)."""
        self._ctx.worker.submit(actions, self._ctx.session, on_done=self._fill_actions)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
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
        self._lay_out()

    def _lay_out(self) -> None:
        customer_label = QLabel(self.tr("&Customer:"))
        customer_label.setBuddy(self.customer_box)
        action_label = QLabel(self.tr("&Action:"))
        action_label.setBuddy(self.action_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(customer_label)
        row.addWidget(self.customer_box, 2)
        row.addWidget(action_label)
        row.addWidget(self.action_combo)
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            row.addWidget(widget)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(QDate.fromString(self._ctx.session.today().isoformat(), "yyyy-MM-dd"))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.customer_box.textEdited.connect(self._customer_edited)
        self.completer.activated.connect(self._customer_chosen)
        self.action_combo.currentIndexChanged.connect(self.changed)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.changed)
            edit.dateChanged.connect(self.changed)

    # --- actions --------------------------------------------------------------------------

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
            self.changed.emit()

    # --- customer -------------------------------------------------------------------------

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
            self.changed.emit()

    def _customer_edited(self, _text: str) -> None:
        """Typing starts a new search: the customer chosen before no longer filters."""
        self._search_timer.start()
        if self._customer_id is not None:
            self._customer_id = None
            self.changed.emit()


def _day(edit: QDateEdit) -> date:
    return date.fromisoformat(edit.date().toString("yyyy-MM-dd"))
