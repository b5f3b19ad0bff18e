"""What can be done with the selected due item of the Today pane: Done, Snooze, Open.

    actions = DueItemActions(pane, ctx)     # builds the actions, wires the pane's buttons
    actions.update(item)                    # enable what applies to the selected item
    actions.context_menu(pane.tree, pos)    # the same actions as a context menu

"Done" on a follow-up asks the window to log it (the follow-up dialog); on a key date or a
reminder it marks it done. Snoozing runs on the DB worker. The texts keep the translation
context "TodayPane", where they were written first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTreeView

from crmdesk.domain.enums import ReminderKind
from crmdesk.services.due import DueItem
from crmdesk.services.reminders import complete_item, snooze_item
from crmdesk.ui.context import AppContext
from crmdesk.ui.today_parts import DatePickerDialog, latest_snooze_day, next_week

if TYPE_CHECKING:
    from crmdesk.ui.today_pane import TodayPane

__all__ = ["DueItemActions"]


class DueItemActions(QObject):
    """The Done / Snooze / Open actions of *pane*, on the item it has selected."""

    def __init__(self, pane: TodayPane, ctx: AppContext) -> None:
        super().__init__(pane)
        self._pane = pane
        self._ctx = ctx
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.done = self._action(
            QCoreApplication.translate("TodayPane", "&Done"), self._done, "Ctrl+D", scope
        )
        self.open = self._action(
            QCoreApplication.translate("TodayPane", "&Open customer"),
            self.open_selected,
            None,
            scope,
        )
        self.snooze = {
            "hour": self._action(
                QCoreApplication.translate("TodayPane", "For 1 &hour"), lambda: self._snooze("hour")
            ),
            "tomorrow": self._action(
                QCoreApplication.translate("TodayPane", "Until &tomorrow"),
                lambda: self._snooze("tomorrow"),
                "Ctrl+T",
                scope,
            ),
            "week": self._action(
                QCoreApplication.translate("TodayPane", "Until &next week"),
                lambda: self._snooze("week"),
            ),
            "pick": self._action(
                QCoreApplication.translate("TodayPane", "Until a &date…"), self._pick_date
            ),
        }
        self.snooze_menu = QMenu(QCoreApplication.translate("TodayPane", "&Snooze"), pane)
        self.snooze_menu.addActions(list(self.snooze.values()))
        pane.snooze_button.setMenu(self.snooze_menu)
        pane.done_button.clicked.connect(self.done.trigger)
        pane.open_button.clicked.connect(self.open.trigger)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | None = None,
        scope: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self._pane)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(scope)
            self._pane.addAction(action)
        return action

    def update(self, item: DueItem | None) -> None:
        """Enable what applies to *item* (nothing without one); a key date snoozes no later
        than the date itself."""
        pane = self._pane
        for widget in (pane.done_button, pane.snooze_button, pane.open_button):
            widget.setEnabled(item is not None)
        for action in (self.done, self.open, *self.snooze.values()):
            action.setEnabled(item is not None)
        if item is None:
            return
        today, latest = self._ctx.session.today(), latest_snooze_day(item)
        for key, day in (
            ("tomorrow", today + timedelta(days=1)),
            ("week", next_week(today)),
            ("pick", today + timedelta(days=1)),
        ):
            self.snooze[key].setEnabled(latest is None or day <= latest)
        followup = item.kind == ReminderKind.FOLLOWUP
        pane.done_button.setToolTip(
            QCoreApplication.translate("TodayPane", "Log the follow-up…")
            if followup
            else QCoreApplication.translate("TodayPane", "Mark as done")
        )

    def open_selected(self) -> None:
        item = self._pane.selected_item()
        if item is not None:
            self._ctx.bus.open_customer.emit(item.customer_id)

    def context_menu(self, tree: QTreeView, pos: QPoint) -> None:
        """The actions at *pos* of *tree* (the item there becomes the selected one)."""
        index = tree.indexAt(pos) if pos is not None else QModelIndex()
        if index.isValid():
            tree.setCurrentIndex(index)
        if self._pane.selected_item() is None:
            return
        menu = QMenu(self._pane)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.done)
        menu.addMenu(self.snooze_menu)
        menu.addSeparator()
        menu.addAction(self.open)
        menu.popup(tree.viewport().mapToGlobal(pos))

    def _done(self) -> None:
        item = self._pane.selected_item()
        if item is None:
            return
        if item.kind == ReminderKind.FOLLOWUP:
            self._pane.log_followup_requested.emit(item.customer_id)
        else:
            self._ctx.run(complete_item, item)

    def _snooze(self, choice: str) -> None:
        item = self._pane.selected_item()
        if item is None:
            return
        today = self._ctx.session.today()
        until: date | datetime
        if choice == "hour":
            until = self._ctx.session.now() + timedelta(hours=1)
        elif choice == "tomorrow":
            until = today + timedelta(days=1)
        else:
            until = next_week(today)
        self._ctx.run(snooze_item, item, until)

    def _pick_date(self) -> None:
        item = self._pane.selected_item()
        if item is None:
            return
        today = self._ctx.session.today()
        dialog = DatePickerDialog(today + timedelta(days=1), latest_snooze_day(item), self._pane)
        dialog.accepted.connect(lambda: self._ctx.run(snooze_item, item, dialog.chosen()))
        dialog.open()
