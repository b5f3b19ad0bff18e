"""Pieces of the Today pane: the snooze date picker and its dates (today_pane.TodayPane)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from crmdesk.domain.enums import ReminderKind
from crmdesk.services.due import DueItem

__all__ = ["DatePickerDialog", "latest_snooze_day", "next_week", "whole_pages"]


class DatePickerDialog(QDialog):
    """Pick the day a snoozed item comes back."""

    def __init__(self, earliest: date, latest: date | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(_qdate(earliest))
        if latest is not None:
            self.calendar.setMaximumDate(_qdate(latest))
        self.calendar.setSelectedDate(_qdate(earliest))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        picked = self.calendar.selectedDate()
        return date(picked.year(), picked.month(), picked.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def next_week(today: date) -> date:
    """The same weekday next week."""
    return today + timedelta(days=7)


def whole_pages(items: int, page: int) -> int:
    """*items* rounded up to whole pages."""
    return -(-items // page) * page


def latest_snooze_day(item: DueItem) -> date | None:
    """A key date cannot be snoozed past the date itself."""
    return item.due if item.kind == ReminderKind.KEY_DATE else None
