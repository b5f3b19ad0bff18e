"""The Today pane's model: sections (overdue, today, next days) → grades A→E → due items.

    model = TodayModel()
    model.set_agenda(agenda(session))          # built on the worker, applied on the GUI thread
    model.item(index)                          # the DueItem of a row, None for a heading

A few hundred rows at most, rebuilt on each refresh: a QStandardItemModel is enough.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from crmdesk.domain.enums import Grade, ReminderKind
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.due import Agenda, DueItem, Section
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

AnyIndex = QModelIndex | QPersistentModelIndex


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


class TodayModel(QStandardItemModel):
    """Headings and due items of an agenda; items carry their DueItem in ITEM_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self._set_headers()
        self.agenda: Agenda | None = None

    def set_agenda(self, agenda: Agenda | None) -> None:
        """Rebuild from *agenda* (None empties the model, e.g. when locked)."""
        self.agenda = agenda
        self.removeRows(0, self.rowCount())  # not clear(): the view keeps its column widths
        if agenda is None:
            return
        for section in Section:
            groups = {g: items for g, items in agenda.groups(section).items() if items}
            if groups:
                self._add_section(section, groups, agenda.today)

    def item(self, index: AnyIndex) -> DueItem | None:  # type: ignore[override]
        """The due item of *index*'s row (any column), None for a heading."""
        if not index.isValid():
            return None
        value = index.sibling(index.row(), 0).data(ITEM_ROLE)
        return value if isinstance(value, DueItem) else None

    def item_indexes(self) -> list[QModelIndex]:
        """Column-0 indexes of every item row, top to bottom."""
        found: list[QModelIndex] = []
        for s in range(self.rowCount()):
            section = self.index(s, 0)
            for g in range(self.rowCount(section)):
                group = self.index(g, 0, section)
                found.extend(self.index(r, 0, group) for r in range(self.rowCount(group)))
        return found

    def index_of(self, key: tuple[str, str, str]) -> QModelIndex:
        for index in self.item_indexes():
            item = self.item(index)
            if item is not None and item.key == key:
                return index
        return QModelIndex()

    # -- building ------------------------------------------------------------------------
    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([tr(text) for text in COLUMNS])

    def _add_section(
        self, section: Section, groups: dict[Grade, list[DueItem]], today: date
    ) -> None:
        count = sum(len(items) for items in groups.values())
        heading = _heading(tr(SECTION_TITLES[section], count), bold=True)
        heading.setData(section.value, SECTION_ROLE)
        if section == Section.OVERDUE:
            heading.setForeground(QBrush(OVERDUE_COLOUR))
        self.appendRow(heading)
        for grade, items in groups.items():
            title = f"{grade.value} · {grade_meaning(grade)} ({len(items)})"
            group = _heading(title, bold=False)
            group.setData(grade.value, GRADE_ROLE)
            group.setForeground(QBrush(GRADE_COLOURS[grade]))
            group.setData(GRADE_COLOURS[grade], Qt.ItemDataRole.DecorationRole)
            heading.appendRow(group)
            for item in items:
                group.appendRow(_item_row(item, today))


def _heading(text: str, *, bold: bool) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    if bold:
        font = QFont()
        font.setBold(True)
        cell.setFont(font)
    return cell


def _cell(text: str) -> QStandardItem:
    cell = QStandardItem(text)
    cell.setEditable(False)
    return cell


def _item_row(item: DueItem, today: date) -> list[QStandardItem]:
    name = _cell(item.name)
    name.setData(item, ITEM_ROLE)
    name.setData(item.grade.value, GRADE_ROLE)
    name.setData(GRADE_COLOURS[item.grade], Qt.ItemDataRole.DecorationRole)
    name.setToolTip(f"{item.grade.value} · {grade_meaning(item.grade)}")
    what = _cell(what_text(item))
    what.setToolTip(what.text())
    snoozed = item.starts is not None and item.starts > item.due
    shown = item.starts if snoozed and item.starts else item.due
    due = _cell(day_text(shown, today))
    due.setToolTip(
        QCoreApplication.translate("TodayModel", "Snoozed; first due %1").replace(
            "%1", _long_date(item.due)
        )
        if snoozed
        else _long_date(item.due)
    )
    days = plurals().days(item.overdue_days)
    overdue = _cell(days if item.overdue_days else "")
    if item.overdue_days:
        overdue.setForeground(QBrush(OVERDUE_COLOUR))
        due.setForeground(QBrush(OVERDUE_COLOUR))
    return [name, what, due, overdue, _cell(item.company or "")]


def _long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day))
