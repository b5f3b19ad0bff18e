"""What the Today pane's rows say: column titles, section titles, day and "what" texts, and
the data of an item row for each column and role (see today_model.TodayModel).

Translated in the context "TodayModel", as when these lived in today_model.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from crmdesk.domain.enums import ReminderKind
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.due import DueItem, Section
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning, label, plurals

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # DueItem on item rows, None on headings
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2  # Section value on section headings
GRADE_ROLE = Qt.ItemDataRole.UserRole + 3  # grade letter on grade headings and items
OVERDUE_COLOUR = QColor("#c62828")
CTX = "TodayModel"

COLUMNS = (
    QT_TRANSLATE_NOOP("TodayModel", "Customer"),
    QT_TRANSLATE_NOOP("TodayModel", "What"),
    QT_TRANSLATE_NOOP("TodayModel", "Due"),
    QT_TRANSLATE_NOOP("TodayModel", "Overdue"),
    QT_TRANSLATE_NOOP("TodayModel", "Company"),
)
CUSTOMER_COLUMN, WHAT_COLUMN, DUE_COLUMN, OVERDUE_COLUMN, COMPANY_COLUMN = range(len(COLUMNS))
SECTION_TITLES = {
    Section.OVERDUE: QT_TRANSLATE_NOOP("TodayModel", "Overdue (%n)"),
    Section.TODAY: QT_TRANSLATE_NOOP("TodayModel", "Due today (%n)"),
    Section.UPCOMING: QT_TRANSLATE_NOOP("TodayModel", "Next 7 days (%n)"),
}


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(CTX, text, None, n)


def day_text(day: date, today: date) -> str:
    """Today, Tomorrow, Yesterday, else the weekday and the locale's short date."""
    offset = (day - today).days
    if offset == 0:
        return QCoreApplication.translate("TodayModel", "Today")
    if offset == 1:
        return QCoreApplication.translate("TodayModel", "Tomorrow")
    if offset == -1:
        return QCoreApplication.translate("TodayModel", "Yesterday")
    qdate = QDate(day.year, day.month, day.day)
    if day.year == today.year:
        # Qt date format; a translation may reorder it ("M月d日 ddd")
        return QLocale().toString(qdate, QCoreApplication.translate("TodayModel", "ddd d MMM"))
    return QLocale().toString(qdate, QCoreApplication.translate("TodayModel", "ddd d MMM yyyy"))


def what_text(item: DueItem) -> str:
    """What is due: a follow-up, the kind (and label) of a key date, or a reminder's note."""
    if item.kind == ReminderKind.FOLLOWUP:
        return label(ReminderKind.FOLLOWUP)
    if item.kind == ReminderKind.KEY_DATE:
        kind = label(item.key_date_kind) if item.key_date_kind else label(item.kind)
        extra = item.detail if item.detail and item.detail != item.key_date_kind else ""
        return f"{kind} · {extra}" if extra else kind
    return item.detail or label(ReminderKind.MANUAL)


def item_data(item: DueItem, column: int, role: int, today: date) -> Any:
    if role == ITEM_ROLE:
        return item if column == CUSTOMER_COLUMN else None
    if role == GRADE_ROLE:
        return item.grade.value if column == CUSTOMER_COLUMN else None
    if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        texts = _DISPLAY if role == Qt.ItemDataRole.DisplayRole else _TOOLTIP
        return texts[column](item, today)
    if role == Qt.ItemDataRole.DecorationRole and column == CUSTOMER_COLUMN:
        return GRADE_COLOURS[item.grade]
    overdue_column = column in (DUE_COLUMN, OVERDUE_COLUMN)
    if role == Qt.ItemDataRole.ForegroundRole and overdue_column and item.overdue_days:
        return QBrush(OVERDUE_COLOUR)
    return None


def _shown_day(item: DueItem) -> date:
    snoozed = item.starts is not None and item.starts > item.due
    return item.starts if snoozed and item.starts else item.due


def _due_tooltip(item: DueItem, _today: date) -> str:
    if item.starts is not None and item.starts > item.due:
        return QCoreApplication.translate("TodayModel", "Snoozed; first due %1").replace(
            "%1", _long_date(item.due)
        )
    return _long_date(item.due)


_DISPLAY: tuple[Callable[[DueItem, date], str], ...] = (
    lambda item, _today: item.name,
    lambda item, _today: what_text(item),
    lambda item, today: day_text(_shown_day(item), today),
    lambda item, _today: plurals().days(item.overdue_days) if item.overdue_days else "",
    lambda item, _today: item.company or "",
)
_TOOLTIP: tuple[Callable[[DueItem, date], str | None], ...] = (
    lambda item, _today: f"{item.grade.value} · {grade_meaning(item.grade)}",
    lambda item, _today: what_text(item),
    _due_tooltip,
    lambda _item, _today: None,
    lambda _item, _today: None,
)


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day))
