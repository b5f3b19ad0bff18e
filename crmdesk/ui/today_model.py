"""The Today pane's model: sections (overdue, today, next days) → grades A→E → due items.

    model = TodayModel()
    load = load_today(session)                 # on the worker: counts and the first pages
    model.set_load(load)                       # on the GUI thread
    model.fetch_wanted.connect(read_a_page)    # then model.add_page(summary, group, offset, items)
    model.item(index)                          # the DueItem of a row, None for a heading

A big customer base has tens of thousands of follow-ups due in a week: the headings show the
counts of a `DueSummary`, and a grade group holds only the items read so far, a page at a
time (`crmdesk.services.due.due_page`), as the view scrolls to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from crmdesk.domain.enums import Grade
from crmdesk.services.due import DueItem, DueSummary, Section, due_page, due_summary
from crmdesk.services.session import Session
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning
from crmdesk.ui.today_text import (
    COLUMNS,
    CUSTOMER_COLUMN,
    DUE_COLUMN,
    GRADE_ROLE,
    ITEM_ROLE,
    OVERDUE_COLOUR,
    OVERDUE_COLUMN,
    SECTION_ROLE,
    SECTION_TITLES,
    WHAT_COLUMN,
    day_text,
    item_data,
    tr,
)

__all__ = [  # the texts and roles live in today_text.py; the pane and tests import them here
    "CUSTOMER_COLUMN", "DUE_COLUMN", "EXPAND_UP_TO", "GRADE_ROLE", "ITEM_ROLE",
    "OVERDUE_COLUMN", "SECTION_ROLE", "WHAT_COLUMN", "GroupId", "TodayLoad", "TodayModel",
    "day_text", "load_today",
]  # fmt: skip

AnyIndex = QModelIndex | QPersistentModelIndex


GroupId = tuple[Section, Grade]
EXPAND_UP_TO = 200  # a grade group of up to this many items is shown open, read in full


@dataclass(frozen=True)
class TodayLoad:
    """What the pane shows: the counts, and the first items of the groups shown open."""

    summary: DueSummary
    pages: Mapping[GroupId, list[DueItem]]


def load_today(session: Session, shown: Mapping[GroupId, int] | None = None) -> TodayLoad:
    """Worker side: the summary, every item of the groups of up to EXPAND_UP_TO, and the
    first *shown*[group] items of the others."""
    summary = due_summary(session)
    pages = {}
    for group in summary.groups():
        count = summary.counts[group]
        wanted = count if count <= EXPAND_UP_TO else min(count, (shown or {}).get(group, 0))
        if wanted:
            pages[group] = due_page(session, summary, *group, offset=0, limit=wanted)
    return TodayLoad(summary, pages)


@dataclass
class _Group:
    section: Section
    grade: Grade
    count: int
    items: list[DueItem] = field(default_factory=list)  # the first ones, as read so far
    fetching: bool = False  # a page is being read
    ended: bool = False  # a page came back empty: the count was ahead of the database

    @property
    def id(self) -> GroupId:
        return (self.section, self.grade)


class TodayModel(QAbstractItemModel):
    """Sections, grade groups and due items; item rows carry their DueItem in ITEM_ROLE.

    Three levels: sections, grade groups, items. The headings count every item of the
    summary; a group holds only the items read so far, and asks for more with
    `fetch_wanted` (the view's `fetchMore`): the pane reads the page on the worker and hands
    it to `add_page`. Nothing is built per row: the texts are made when the view asks.
    """

    fetch_wanted = Signal(object, int)  # (section, grade), offset: read a page from there

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary: DueSummary | None = None
        self._sections: list[tuple[Section, list[_Group]]] = []
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_load(self, load: TodayLoad | None) -> None:
        """Show *load* (None empties the model, e.g. when locked).

        When the same sections and groups are shown, the rows are updated in place (the view
        keeps what is open, the selection and the scroll position, and repaints what
        changed); else they are removed and inserted again.
        """
        sections = _sections_of(load) if load is not None else []
        if load is not None and _shape(sections) == _shape(self._sections):
            self._update(load, sections)
            return
        if self._sections:  # rows removed and inserted, not reset: the view keeps its widths
            self.beginRemoveRows(QModelIndex(), 0, len(self._sections) - 1)
            self._sections = []
            self.endRemoveRows()
        self.summary = None
        if load is None:
            return
        self.summary, self._today = load.summary, load.summary.today
        if sections:
            self.beginInsertRows(QModelIndex(), 0, len(sections) - 1)
            self._sections = sections
            self.endInsertRows()

    def _update(self, load: TodayLoad, sections: list[tuple[Section, list[_Group]]]) -> None:
        self.summary, self._today = load.summary, load.summary.today
        last = len(COLUMNS) - 1
        for s, (_section, groups) in enumerate(self._sections):
            heading = self.createIndex(s, 0, _SECTIONS)
            self.dataChanged.emit(heading, heading)
            for g, (group, fresh) in enumerate(zip(groups, sections[s][1], strict=True)):
                parent = self.createIndex(g, 0, _GROUPS + s)
                self.dataChanged.emit(parent, parent)
                old, new = len(group.items), len(fresh.items)
                group.count, group.fetching, group.ended = fresh.count, False, False
                if new < old:
                    self.beginRemoveRows(parent, new, old - 1)
                    del group.items[new:]
                    self.endRemoveRows()
                group.items[: min(old, new)] = fresh.items[: min(old, new)]
                if new > old:
                    self.beginInsertRows(parent, old, new - 1)
                    group.items += fresh.items[old:]
                    self.endInsertRows()
                if min(old, new):
                    first, end = (
                        self.index(0, 0, parent),
                        self.index(min(old, new) - 1, last, parent),
                    )
                    self.dataChanged.emit(first, end)

    def add_page(
        self, summary: DueSummary, group_id: GroupId, offset: int, items: list[DueItem]
    ) -> None:
        """Append a page read for *summary* from *offset* (ignored if either is stale)."""
        found = self._find(group_id)
        if found is None or summary is not self.summary:
            return
        s, g, group = found
        group.fetching = False
        group.ended = not items
        if offset != len(group.items) or not items:
            return
        parent = self.createIndex(g, 0, _GROUPS + s)
        self.beginInsertRows(parent, offset, offset + len(items) - 1)
        group.items += items
        self.endInsertRows()

    def count(self, section: Section) -> int:
        """How many items *section* holds (all of them, read or not)."""
        return self.summary.count(section) if self.summary is not None else 0

    def shown(self) -> dict[GroupId, int]:
        """How many items of each group have been read."""
        return {group.id: len(group.items) for _s, groups in self._sections for group in groups}

    def group_index(self, group_id: GroupId) -> QModelIndex:
        found = self._find(group_id)
        return self.createIndex(found[1], 0, _GROUPS + found[0]) if found else QModelIndex()

    def group_of(self, index: AnyIndex) -> GroupId | None:
        """The (section, grade) of a grade heading, None for anything else."""
        if not index.isValid() or not _GROUPS <= index.internalId() < _ITEMS:
            return None
        return self._sections[index.internalId() - _GROUPS][1][index.row()].id

    def item(self, index: AnyIndex) -> DueItem | None:
        """The due item of *index*'s row (any column), None for a heading."""
        if not index.isValid() or index.internalId() < _ITEMS:
            return None
        return self._group_at(index.internalId()).items[index.row()]

    def item_indexes(self) -> list[QModelIndex]:
        """Column-0 indexes of every item row read, top to bottom."""
        return [self._item_index(s, g, r) for s, g, r in self._positions()]

    def index_of(self, key: tuple[str, str, str]) -> QModelIndex:
        position = self.position_of(key)
        return self.index_at(position) if position >= 0 else QModelIndex()

    def position_of(self, key: tuple[str, str, str]) -> int:
        """Where the item with *key* is, counting item rows read from the top; -1 if none."""
        position = 0
        for _section, groups in self._sections:
            for group in groups:
                for row, item in enumerate(group.items):
                    if item.key == key:
                        return position + row
                position += len(group.items)
        return -1

    def index_at(self, position: int) -> QModelIndex:
        """The column-0 index of the *position*-th item row read (see position_of)."""
        for s, (_section, groups) in enumerate(self._sections):
            for g, group in enumerate(groups):
                if position < len(group.items):
                    return self._item_index(s, g, position)
                position -= len(group.items)
        return QModelIndex()

    def item_count(self) -> int:
        return sum(len(group.items) for _s, groups in self._sections for group in groups)

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
        """Override QAbstractItemModel.rowCount: the rows read so far."""
        if not parent.isValid():
            return len(self._sections)
        if parent.column() != 0:
            return 0
        if parent.internalId() == _SECTIONS:
            return len(self._sections[parent.row()][1])
        if parent.internalId() < _ITEMS:
            return len(self._sections[parent.internalId() - _GROUPS][1][parent.row()].items)
        return 0

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Override QAbstractItemModel.hasChildren: a group has items before any is read."""
        group = self._heading_group(parent)
        if group is not None:
            return group.count > 0
        return self.rowCount(parent) > 0

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Override QAbstractItemModel.canFetchMore: a group with items not read yet."""
        group = self._heading_group(parent)
        return group is not None and not group.ended and len(group.items) < group.count

    def fetchMore(self, parent: AnyIndex) -> None:
        """Override QAbstractItemModel.fetchMore: ask for the next page (`fetch_wanted`)."""
        group = self._heading_group(parent)
        if group is None or group.fetching or not self.canFetchMore(parent):
            return
        group.fetching = True
        self.fetch_wanted.emit(group.id, len(group.items))

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
        item = self._group_at(kind).items[index.row()]
        return item_data(item, index.column(), role, self._today)

    # -- rows ------------------------------------------------------------------------------
    def _find(self, group_id: GroupId) -> tuple[int, int, _Group] | None:
        for s, (_section, groups) in enumerate(self._sections):
            for g, group in enumerate(groups):
                if group.id == group_id:
                    return s, g, group
        return None

    def _heading_group(self, index: AnyIndex) -> _Group | None:
        if not index.isValid() or index.column() != 0:
            return None
        if not _GROUPS <= index.internalId() < _ITEMS:
            return None
        return self._sections[index.internalId() - _GROUPS][1][index.row()]

    def _positions(self) -> list[tuple[int, int, int]]:
        return [
            (s, g, r)
            for s, (_section, groups) in enumerate(self._sections)
            for g, group in enumerate(groups)
            for r in range(len(group.items))
        ]

    def _item_index(self, s: int, g: int, row: int) -> QModelIndex:
        return self.createIndex(row, 0, _item_id(s, g))

    def _group_at(self, kind: int) -> _Group:
        s, g = divmod(kind - _ITEMS, _MAX_GROUPS)
        return self._sections[s][1][g]

    def _section_data(self, index: AnyIndex, role: int) -> Any:
        section = self._sections[index.row()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(SECTION_TITLES[section], self.count(section))
        if role == SECTION_ROLE:
            return section.value
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and section == Section.OVERDUE:
            return QBrush(OVERDUE_COLOUR)
        return None

    def _group_data(self, index: AnyIndex, role: int) -> Any:
        group = self._sections[index.internalId() - _GROUPS][1][index.row()]
        grade = group.grade
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{grade.value} · {grade_meaning(grade)} ({group.count})"
        if role == GRADE_ROLE:
            return grade.value
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(GRADE_COLOURS[grade])
        if role == Qt.ItemDataRole.DecorationRole:
            return GRADE_COLOURS[grade]
        return None


def _sections_of(load: TodayLoad) -> list[tuple[Section, list[_Group]]]:
    sections: list[tuple[Section, list[_Group]]] = []
    for section in Section:
        groups = [
            _Group(
                section,
                grade,
                load.summary.count(section, grade),
                list(load.pages.get((section, grade), ())),
            )
            for grade in Grade
            if load.summary.count(section, grade)
        ]
        if groups:
            sections.append((section, groups))
    return sections


def _shape(sections: list[tuple[Section, list[_Group]]]) -> list[tuple[Section, list[Grade]]]:
    return [(section, [group.grade for group in groups]) for section, groups in sections]


_SECTIONS, _GROUPS, _ITEMS = 0, 1, 16  # internal ids: a section, a group of section s, items
_MAX_GROUPS = 8  # grades per section (5), rounded up


def _item_id(section: int, group: int) -> int:
    return _ITEMS + section * _MAX_GROUPS + group
