"""The Reminders / Today pane: what is overdue, due today and due in the next 7 days.

    pane = TodayPane(ctx)
    pane.title_changed.connect(tabs_title_setter)         # "Today — 3 overdue, 5 due"
    pane.log_followup_requested.connect(open_followup)    # "Done" on a follow-up means logging it
    pane.refresh()

Items are grouped by section, then by grade A→E (design §5). Done, Snooze ▸ (1 hour, tomorrow,
next week, a picked date) and Open customer act on the selected item, from the buttons, the
context menu or the keyboard (Enter opens the customer, Ctrl+D is Done, Ctrl+T snoozes until
tomorrow, the menu key opens the context menu).

The counts and the first items of the groups shown open are read on the worker thread
(`load_today`); a bigger group's items are read a page at a time as it is opened and
scrolled. The pane refreshes on every change to reminders, customers or settings (the
counts again and the pages already shown: ~4 ms at 100,000 customers, schema v8), at
midnight and when the earliest short snooze ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.due import PAGE, DueItem, DueSummary, Section, due_page
from crmdesk.services.session import Changes
from crmdesk.ui.context import AppContext
from crmdesk.ui.today_actions import DueItemActions
from crmdesk.ui.today_model import (
    CUSTOMER_COLUMN,
    DUE_COLUMN,
    EXPAND_UP_TO,
    OVERDUE_COLUMN,
    WHAT_COLUMN,
    GroupId,
    TodayLoad,
    TodayModel,
    day_text,
    load_today,
)
from crmdesk.ui.today_parts import whole_pages

MAX_WAIT_MS = 30 * 60 * 1000  # refresh at least every half hour (midnight, clock changes)
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TodayPane(QWidget):
    """Overdue, due-today and upcoming follow-ups, key dates and reminders, with actions."""

    title_changed = Signal(str)
    log_followup_requested = Signal(str)  # customer id: "Done" on a follow-up
    current_changed = Signal(str)  # customer id of the item moved to: the window shows it
    loaded = Signal()  # after each refresh has been applied

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._choices: dict[GroupId, bool] = {}  # groups the salesperson opened or closed
        self._applying = False
        self.model = TodayModel(self)
        self.model.fetch_wanted.connect(self._fetch_page)
        self._timer = QTimer(self)  # midnight, the end of a short snooze, half an hour
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self._soon = QTimer(self)  # after a change: once the other panes' jobs are queued
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.refresh)
        self._build()
        self.item_actions = DueItemActions(self, ctx)
        self.done_action, self.open_action = self.item_actions.done, self.item_actions.open
        self.snooze_actions = self.item_actions.snooze
        self._update_actions()
        ctx.bus.changed.connect(self._on_changed)

    # -- public ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the summary and the pages shown again off the GUI thread (a few milliseconds
        at 100,000 customers); a newer refresh supersedes an older one."""
        self._generation += 1
        generation = self._generation
        self._ctx.worker.submit(
            load_today,
            self._ctx.session,
            self._shown(),
            on_done=lambda load: self._apply(generation, load),
        )

    def clear(self) -> None:
        """Forget everything shown (the database is being locked)."""
        self._generation += 1
        self._timer.stop()
        self._soon.stop()
        self.model.set_load(None)
        self.message.clear()
        self.message.hide()
        self.tree.show()
        self.title_changed.emit(self.tr("Today"))
        self._update_actions()

    def selected_item(self) -> DueItem | None:
        return self.model.item(self.tree.currentIndex())

    def select(self, key: tuple[str, str, str]) -> bool:
        index = self.model.index_of(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_button = QPushButton(self.tr("&Open customer"), self)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(8, 12, 8, 12)
        self.message.hide()
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: self.item_actions.context_menu(self.tree, pos)
        )
        self.tree.activated.connect(self._activated)
        self.tree.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(self._current_moved)
        self.tree.expanded.connect(self._expanded)
        self.tree.collapsed.connect(self._collapsed)
        self.tree.verticalScrollBar().valueChanged.connect(lambda _value: self._fetch_visible())
        self.tree.setAccessibleName(self.tr("Due today and next days"))
        self._size_columns()
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(buttons)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.tree, 1)

    def _size_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(True)  # the company takes what is left
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            CUSTOMER_COLUMN: 220,
            WHAT_COLUMN: 180,
            DUE_COLUMN: 100,
            OVERDUE_COLUMN: 80,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

    # -- loading ---------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.reminders or changes.customers or changes.settings:
            # after the panes the salesperson is looking at (the list, the timeline): this
            # read takes a few milliseconds, and a burst of changes is read once
            self._soon.start(0)

    def _shown(self) -> dict[GroupId, int]:
        """How many items to read again for each group the salesperson opened."""
        loaded = self.model.shown()
        opened = [group for group, choice in self._choices.items() if choice]
        return {group: max(PAGE, whole_pages(loaded.get(group, 0), PAGE)) for group in opened}

    def _apply(self, generation: int, load: TodayLoad) -> None:
        if generation != self._generation:
            return
        summary = load.summary
        current = self.selected_item()
        position = self._position(current)
        had_focus = self.tree.hasFocus()
        self._applying = True
        try:
            self.model.set_load(load)
            self._expand()
            self.tree.setFirstColumnSpanned(0, QModelIndex(), True)
            self._span_headings()
            self._restore_current(current, position)
        finally:
            self._applying = False
        if had_focus:
            self.tree.setFocus()
        self._show_message(summary)
        self.tree.setVisible(bool(summary.total))
        self._layout.setStretchFactor(self.message, 0 if summary.total else 1)
        self.title_changed.emit(self._title(summary))
        self._schedule(summary)
        self._update_actions()
        self._fetch_visible()
        self.loaded.emit()

    def _expand(self) -> None:
        """Open every section, and the grade groups of up to EXPAND_UP_TO items, unless the
        salesperson opened or closed a group: then as they left it.

        A bigger group starts collapsed, its heading showing the count; opened, it shows its
        items a page at a time.
        """
        summary = self.model.summary
        for s in range(self.model.rowCount()):
            section = self.model.index(s, 0)
            self.tree.expand(section)
            for g in range(self.model.rowCount(section)):
                group = self.model.index(g, 0, section)
                group_id = self.model.group_of(group)
                if summary is None or group_id is None:
                    continue
                small = summary.count(*group_id) <= EXPAND_UP_TO
                self.tree.setExpanded(group, self._choices.get(group_id, small))

    def _expanded(self, index: QModelIndex) -> None:
        group = self.model.group_of(index)
        if group is not None and not self._applying:
            self._choices[group] = True
            if self.model.canFetchMore(index):
                self.model.fetchMore(index)

    def _collapsed(self, index: QModelIndex) -> None:
        group = self.model.group_of(index)
        if group is not None and not self._applying:
            self._choices[group] = False

    def _fetch_page(self, group: GroupId, offset: int) -> None:
        """The model wants the next page of *group*: read it on the worker."""
        summary = self.model.summary
        if summary is None:
            return

        def done(items: list[DueItem]) -> None:
            self.model.add_page(summary, group, offset, items)
            self._fetch_visible()

        self._ctx.worker.submit(
            due_page, self._ctx.session, summary, *group, offset, PAGE, on_done=done
        )

    def _fetch_visible(self) -> None:
        """Read more of every open group whose last item read is on screen (or nearly).

        The view itself asks only when scrolled to the very bottom; a group above others
        would stop at its first page.
        """
        reach = self.tree.viewport().height() * 2
        for index in self._open_groups():
            if not self.model.canFetchMore(index):
                continue
            rows = self.model.rowCount(index)
            last = self.model.index(rows - 1, 0, index) if rows else index
            rect = self.tree.visualRect(last)
            if rect.isValid() and rect.bottom() >= 0 and rect.top() <= reach:
                self.model.fetchMore(index)

    def _open_groups(self) -> Iterator[QModelIndex]:
        for s in range(self.model.rowCount()):
            section = self.model.index(s, 0)
            for g in range(self.model.rowCount(section)):
                group = self.model.index(g, 0, section)
                if self.tree.isExpanded(group):
                    yield group

    def _span_headings(self) -> None:
        for s in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(s, QModelIndex(), True)
            section = self.model.index(s, 0)
            for g in range(self.model.rowCount(section)):
                self.tree.setFirstColumnSpanned(g, section, True)

    def _position(self, current: DueItem | None) -> int:
        return self.model.position_of(current.key) if current is not None else -1

    def _restore_current(self, current: DueItem | None, position: int) -> None:
        if current is not None and self.select(current.key):
            return
        count = self.model.item_count()
        if count:  # the next item takes the place of the one just done or snoozed
            self.tree.setCurrentIndex(self.model.index_at(min(max(position, 0), count - 1)))

    def _title(self, _summary: DueSummary) -> str:
        overdue, due = self.model.count(Section.OVERDUE), self.model.count(Section.TODAY)
        if not overdue and not due:
            return self.tr("Today — all done")
        return (
            self.tr("Today — %1 overdue, %2 due")
            .replace("%1", str(overdue))
            .replace("%2", str(due))
        )

    def _show_message(self, result: DueSummary) -> None:
        if self.model.count(Section.OVERDUE) or self.model.count(Section.TODAY):
            self.message.hide()
            return
        text = self.tr("Nothing due today — well done.")
        if result.next_due is not None:
            nxt = self.tr("Next due: %1.").replace("%1", day_text(result.next_due, result.today))
            text = f"{text}\n{nxt}"
        else:
            text = f"{text}\n" + self.tr("Nothing is scheduled yet.")
        self.message.setText(text)
        self.message.show()

    def _schedule(self, result: DueSummary) -> None:
        """Refresh at the next midnight or when the earliest short snooze ends."""
        now = self._ctx.session.now()
        tomorrow = datetime.combine(result.today + timedelta(days=1), datetime.min.time())
        moments = [tomorrow.astimezone()]
        if result.wake_at is not None:
            moments.append(result.wake_at)
        wait = min(moments) - now
        milliseconds = int(wait.total_seconds() * 1000) + 1000
        self._timer.start(min(max(milliseconds, 1000), MAX_WAIT_MS))

    # -- actions ---------------------------------------------------------------------------
    def _update_actions(self) -> None:
        self.item_actions.update(self.selected_item())

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget.showEvent: back on Today, the window shows its selected customer."""
        super().showEvent(event)
        item = self.selected_item()
        if item is not None:
            self.current_changed.emit(item.customer_id)

    def _current_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        item = self.model.item(current)
        if item is not None and self.isVisible():
            self.current_changed.emit(item.customer_id)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.item(index) is not None:
            self.item_actions.open_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject.eventFilter: Enter on an item opens its customer (on every OS)."""
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key_event = event if isinstance(event, QKeyEvent) else None
            if key_event is not None and key_event.key() in _OPEN_KEYS:
                if self.selected_item() is not None:
                    self.item_actions.open_selected()
                    return True
                current = self.tree.currentIndex()
                self.tree.setExpanded(current, not self.tree.isExpanded(current))
                return True
            if key_event is not None and key_event.key() == Qt.Key.Key_Menu:
                rect = self.tree.visualRect(self.tree.currentIndex())
                self.item_actions.context_menu(self.tree, rect.center())
                return True
        return super().eventFilter(watched, event)
