"""The customer list pane: search-as-you-type, filters, saved views, the table."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import Grade, Importance, RelationshipStatus
from crmdesk.services.customer_list import ListQuery, all_tags
from crmdesk.services.views import SavedView, delete_view, list_views, save_view
from crmdesk.ui.context import AppContext
from crmdesk.ui.grade_badge import GradeBadgeDelegate
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning, label
from crmdesk.ui.list_model import COLUMNS, ID_ROLE, CustomerListModel


class CustomerListPane(QWidget):
    """Emits current_changed(id) as the selection moves and activated(id) on Enter."""

    current_changed = Signal(str)
    activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._views: list[SavedView] = []
        self.model = CustomerListModel(ctx, self)
        self._build()
        self.model.loaded.connect(self._on_loaded)
        ctx.bus.changed.connect(self._on_changed)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, company, phone, e-mail, tag… (Ctrl+F)")
        )
        # every key searches at once (tens of ms at 100,000 customers): the model drops a
        # result that a newer key has already superseded
        self.search.textChanged.connect(lambda _text: self._apply_filters())
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        layout.addWidget(self.search)
        layout.addLayout(self._filter_row())
        layout.addLayout(self._views_row())
        self.table = self._table()
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setStyleSheet("color: palette(mid); padding: 24px;")
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint, 1)

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.grade_buttons: dict[Grade, QToolButton] = {}
        for grade in Grade:
            button = QToolButton(self)
            button.setText(grade.value)
            button.setCheckable(True)
            button.setToolTip(
                self.tr("Show grade %1: %2")
                .replace("%1", grade.value)
                .replace("%2", grade_meaning(grade))
            )
            colour = GRADE_COLOURS[grade].name()
            button.setStyleSheet(
                f"QToolButton {{ color: {colour}; font-weight: bold; min-width: 22px; }}"
                f"QToolButton:checked {{ background: {colour}; color: white; border-radius: 3px; }}"
            )
            button.toggled.connect(lambda _on: self._apply_filters())
            self.grade_buttons[grade] = button
            row.addWidget(button)
        self.status_filter = self._enum_combo(self.tr("Any status"), list(RelationshipStatus))
        self.importance_filter = self._enum_combo(self.tr("Any importance"), list(Importance))
        self.tag_filter = QComboBox(self)
        self.tag_filter.addItem(self.tr("Any tag"), None)
        self.tag_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.overdue_only = QCheckBox(self.tr("Overdue only"), self)
        self.overdue_only.toggled.connect(lambda _on: self._apply_filters())
        for widget in (self.status_filter, self.importance_filter, self.tag_filter):
            row.addWidget(widget, 1)
        row.addWidget(self.overdue_only)
        return row

    def _enum_combo(
        self, any_text: str, values: list[RelationshipStatus] | list[Importance]
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(any_text, None)
        for value in values:
            combo.addItem(label(value), value.value)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

    def _views_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.view_picker = QComboBox(self)
        self.view_picker.setToolTip(self.tr("Saved views"))
        self.view_picker.activated.connect(self._pick_view)
        self.save_view_button = QPushButton(self.tr("Save view…"), self)
        self.save_view_button.clicked.connect(self.save_current_view)
        self.delete_view_button = QPushButton(self.tr("Delete view"), self)
        self.delete_view_button.clicked.connect(self._delete_view)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel(self)
        row.addWidget(self.view_picker, 2)
        row.addWidget(self.save_view_button)
        row.addWidget(self.delete_view_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        return row

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setItemDelegateForColumn(0, GradeBadgeDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # by name
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((48, 150, 170, 92, 100, 128, 90, 110, 120)):
            table.setColumnWidth(column, width)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.activated.connect(self._on_activated)
        return table

    # -- public ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def reload(self) -> None:
        self.model.reload()
        self.reload_tags_and_views()

    def clear(self) -> None:
        """Forget everything shown (the database was locked)."""
        self.model.clear()
        self.view_picker.clear()
        self.count_label.clear()

    def current_query(self) -> ListQuery:
        grades = frozenset(g for g, b in self.grade_buttons.items() if b.isChecked())
        status = self.status_filter.currentData()
        importance = self.importance_filter.currentData()
        return replace(
            self.model.query,
            text=self.search.text().strip(),
            grades=grades,
            relationships=frozenset({RelationshipStatus(status)}) if status else frozenset(),
            importance=Importance(importance) if importance else None,
            tag=self.tag_filter.currentData(),
            overdue_only=self.overdue_only.isChecked(),
        )

    def apply_query(self, query: ListQuery) -> None:
        """Show the controls for *query* (a saved view) and load it."""
        widgets = [self.search, *self.grade_buttons.values(), self.status_filter,
                   self.importance_filter, self.tag_filter, self.overdue_only]  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        self.search.setText(query.text)
        for grade, button in self.grade_buttons.items():
            button.setChecked(grade in query.grades)
        status = next(iter(query.relationships)).value if query.relationships else None
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        importance = query.importance.value if query.importance else None
        self.importance_filter.setCurrentIndex(max(self.importance_filter.findData(importance), 0))
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(query.tag), 0))
        self.overdue_only.setChecked(query.overdue_only)
        for widget in widgets:
            widget.blockSignals(False)
        column = next((i for i, (key, _) in enumerate(COLUMNS) if key == query.sort), 1)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().blockSignals(True)
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.horizontalHeader().blockSignals(False)
        self.model.set_query(query)

    def clear_filters(self) -> None:
        self.apply_query(
            ListQuery(sort=self.model.query.sort, descending=self.model.query.descending)
        )

    def select_customer(self, customer_id: str) -> None:
        row = self.model.row_of(customer_id)
        if row is not None:
            self.table.selectRow(row)

    def save_current_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
        if ok and name.strip():
            self._ctx.run(save_view, name.strip(), self.current_query())

    # -- slots -----------------------------------------------------------------------------
    def _apply_filters(self) -> None:
        self.model.set_query(self.current_query())

    def _on_loaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", count))
        filtered = self.current_query() != ListQuery(
            sort=self.model.query.sort, descending=self.model.query.descending
        )
        if count == 0:
            self.empty_hint.setText(
                self.tr("No customer matches. Change the search or press “Clear filters”.")
                if filtered
                else self.tr("No customers yet. Press Ctrl+N to add your first customer.")
            )
        self.empty_hint.setVisible(count == 0)
        self.table.setVisible(count > 0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            customer_id = indexes[0].data(ID_ROLE)
            if customer_id:
                self.current_changed.emit(customer_id)

    def _on_activated(self, index: QModelIndex) -> None:
        customer_id = index.data(ID_ROLE)
        if customer_id:
            self.activated.emit(customer_id)

    def _on_changed(self, changes: object) -> None:
        if getattr(changes, "settings", False) or getattr(changes, "customers", None):
            # after the jobs of the panes showing the change (detail, timeline)
            QTimer.singleShot(0, self, self.reload_tags_and_views)

    def reload_tags_and_views(self) -> None:
        self._ctx.worker.submit(all_tags, self._ctx.session, on_done=self._fill_tags)
        self._ctx.worker.submit(list_views, self._ctx.session, on_done=self._fill_views)

    def _fill_tags(self, tags: list[str]) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Any tag"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(current), 0))
        self.tag_filter.blockSignals(False)

    def _fill_views(self, views: list[SavedView]) -> None:
        self._views = views
        self.view_picker.clear()
        self.view_picker.addItem(
            self.tr("Saved views…") if views else self.tr("No saved views yet"), None
        )
        for view in views:
            self.view_picker.addItem(view.name, view.id)
        self.delete_view_button.setEnabled(bool(views))

    def _pick_view(self, index: int) -> None:
        view_id = self.view_picker.itemData(index)
        view = next((v for v in self._views if v.id == view_id), None)
        if view is not None:
            self.apply_query(view.query)

    def _delete_view(self) -> None:
        view_id = self.view_picker.currentData()
        view = next((v for v in self._views if v.id == view_id), None)
        if view is None:
            QMessageBox.information(
                self, self.tr("Delete view"), self.tr("Pick a saved view first.")
            )
            return
        self._ctx.run(delete_view, view.id)
