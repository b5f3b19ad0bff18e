"""The Today pane's model: sections (overdue, today, next days) → grades A→E → due items.

    model = TodayModel()
    shape = load_outline(session)              # on the worker: the agenda, sorted into groups
    model.set_agenda(shape)                    # on the GUI thread (an Agenda is accepted too)
    model.item(index)                          # the DueItem of a row, None for a heading

Rows are not built: the view asks for the few on screen (a big customer base can have tens
of thousands of overdue follow-ups).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from crmdesk.domain.enums import Grade, ReminderKind
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services.due import Agenda, DueItem, Section, agenda
from crmdesk.services.session import Session
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


Groups = list[tuple[Grade, list[DueItem]]]


@dataclass(frozen=True)
class Outline:
    """An agenda sorted into the pane's sections and non-empty grade groups, with counts."""

    agenda: Agenda
    sections: list[tuple[Section, Groups]]
    counts: dict[Section, int]


def outline(result: Agenda) -> Outline:
    """Sort *result* into sections and grade groups (one pass over the items)."""
    placed: dict[tuple[Section, Grade], list[DueItem]] = {
        (section, grade): [] for section in Section for grade in Grade
    }
    today = result.today
    for item in result.items:
        placed[item.section(today), item.grade].append(item)
    sections: list[tuple[Section, Groups]] = []
    counts: dict[Section, int] = {}
    for section in Section:
        groups = [(grade, placed[section, grade]) for grade in Grade if placed[section, grade]]
        counts[section] = sum(len(items) for _grade, items in groups)
        if groups:
            sections.append((section, groups))
    return Outline(result, sections, counts)


def load_outline(session: Session) -> Outline:
    """Worker side: the agenda, already sorted for the model."""
    return outline(agenda(session))


class TodayModel(QAbstractItemModel):
    """Headings and due items of an agenda; item rows carry their DueItem in ITEM_ROLE.

    Three levels: sections, grade groups, items. Nothing is built per item: the texts of a
    row are made when the view asks for them, so 60,000 overdue customers cost a reference
    each (a QStandardItemModel took seconds on the GUI thread to build them).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.agenda: Agenda | None = None
        self._sections: list[tuple[Section, Groups]] = []
        self._counts: dict[Section, int] = {}
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_agenda(self, agenda: Agenda | Outline | None) -> None:
        """Rebuild from *agenda* (None empties the model, e.g. when locked).

        Pass an Outline made on the worker (`load_outline`) to keep the sorting of tens of
        thousands of items off the GUI thread.
        """
        if self._sections:  # rows removed and inserted, not reset: the view keeps its widths
            self.beginRemoveRows(QModelIndex(), 0, len(self._sections) - 1)
            self._sections = []
            self.endRemoveRows()
        self.agenda, self._counts = None, {}
        if agenda is None:
            return
        shape = agenda if isinstance(agenda, Outline) else outline(agenda)
        self.agenda, self._counts = shape.agenda, shape.counts
        self._today = shape.agenda.today
        if shape.sections:
            self.beginInsertRows(QModelIndex(), 0, len(shape.sections) - 1)
            self._sections = shape.sections
            self.endInsertRows()

    def count(self, section: Section) -> int:
        """How many items *section* holds (Agenda.count, without going through every item)."""
        return self._counts.get(section, 0)

    def item(self, index: AnyIndex) -> DueItem | None:
        """The due item of *index*'s row (any column), None for a heading."""
        if not index.isValid() or index.internalId() < _ITEMS:
            return None
        return self._items_of(index.internalId())[index.row()]

    def item_indexes(self) -> list[QModelIndex]:
        """Column-0 indexes of every item row, top to bottom."""
        return [self._item_index(s, g, r) for s, g, r in self._positions()]

    def index_of(self, key: tuple[str, str, str]) -> QModelIndex:
        position = self.position_of(key)
        return self.index_at(position) if position >= 0 else QModelIndex()

    def position_of(self, key: tuple[str, str, str]) -> int:
        """Where the item with *key* is, counting item rows from the top; -1 if not shown."""
        position = 0
        for _section, groups in self._sections:
            for _grade, items in groups:
                for row, item in enumerate(items):
                    if item.key == key:
                        return position + row
                position += len(items)
        return -1

    def index_at(self, position: int) -> QModelIndex:
        """The column-0 index of the *position*-th item row (see position_of)."""
        for s, (_section, groups) in enumerate(self._sections):
            for g, (_grade, items) in enumerate(groups):
                if position < len(items):
                    return self._item_index(s, g, position)
                position -= len(items)
        return QModelIndex()

    def item_count(self) -> int:
        return sum(len(items) for _s, groups in self._sections for _g, items in groups)

    # -- Qt overrides ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Override QAbstractItemModel.index."""
        # no hasIndex(): it would call back into rowCount and columnCount for every row the
        # tree lays out
        if row < 0 or not 0 <= column < len(COLUMNS) or row >= self.rowCount(parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTIONS)
        if parent.internalId() == _SECTIONS:
            return self.createIndex(row, column, _GROUPS + parent.row())
        return self.createIndex(row, column, _item_id(parent.internalId() - _GROUPS, parent.row()))

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Override QAbstractItemModel.parent."""
        if not index.isValid() or index.internalId() == _SECTIONS:
            return QModelIndex()
        if index.internalId() < _ITEMS:
            return self.createIndex(index.internalId() - _GROUPS, 0, _SECTIONS)
        s, g = divmod(index.internalId() - _ITEMS, _MAX_GROUPS)
        return self.createIndex(g, 0, _GROUPS + s)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        if not parent.isValid():
            return len(self._sections)
        if parent.column() != 0:
            return 0
        if parent.internalId() == _SECTIONS:
            return len(self._sections[parent.row()][1])
        if parent.internalId() < _ITEMS:
            return len(self._sections[parent.internalId() - _GROUPS][1][parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Override QAbstractItemModel.headerData."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractItemModel.data."""
        if not index.isValid():
            return None
        kind = index.internalId()
        if kind == _SECTIONS:
            return self._section_data(index, role) if index.column() == 0 else None
        if kind < _ITEMS:
            return self._group_data(index, role) if index.column() == 0 else None
        item = self._items_of(kind)[index.row()]
        return _item_data(item, index.column(), role, self._today)

    # -- rows ------------------------------------------------------------------------------
    def _positions(self) -> list[tuple[int, int, int]]:
        return [
            (s, g, r)
            for s, (_section, groups) in enumerate(self._sections)
            for g, (_grade, items) in enumerate(groups)
            for r in range(len(items))
        ]

    def _item_index(self, s: int, g: int, row: int) -> QModelIndex:
        return self.createIndex(row, 0, _item_id(s, g))

    def _items_of(self, kind: int) -> list[DueItem]:
        s, g = divmod(kind - _ITEMS, _MAX_GROUPS)
        return self._sections[s][1][g][1]

    def _section_data(self, index: AnyIndex, role: int) -> Any:
        section = self._sections[index.row()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(SECTION_TITLES[section], self._counts.get(section, 0))
        if role == SECTION_ROLE:
            return section.value
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and section == Section.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        return None

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        grade, items = self._sections[index.internalId() - _GROUPS][1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{grade.value} · {grade_meaning(grade)} ({len(items)})"
        if role == GRADE_ROLE:
            return grade.value
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(GRADE_COLOURS[grade])
        if role == Qt.ItemDataRole.DecorationRole:
            return GRADE_COLOURS[grade]
        return None


_SECTIONS, _GROUPS, _ITEMS = 0, 1, 16  # internal ids: a section, a group of section s, items
_MAX_GROUPS = 8  # grades per section (5), rounded up


def _item_id(section: int, group: int) -> int:
    return _ITEMS + section * _MAX_GROUPS + group


def _item_data(item: DueItem, column: int, role: int, today: date) -> Any:
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
