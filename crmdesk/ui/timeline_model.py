"""The Timeline pane's list: one customer's entries as a model, painted by a delegate.

    model = TimelineModel(parent)
    model.set_items(timeline(session, customer_id))   # newest first
    view = TimelineView()
    view.setModel(model)
    view.setItemDelegate(TimelineDelegate(view))

Each row answers the roles below (the TimelineItem, its headline, local time, detail lines
and, for a grade change, the old and new grade); the delegate paints them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from crmdesk.domain.enums import EntryKind, FollowUpMethod, Grade, RelationshipStatus
from crmdesk.services.customer_view import TimelineItem
from crmdesk.ui.labels import GRADE_COLOURS, label

ItemRole = Qt.ItemDataRole.UserRole + 1  # the TimelineItem
HeadlineRole = Qt.ItemDataRole.UserRole + 2  # "Follow-up · Call"
WhenRole = Qt.ItemDataRole.UserRole + 3  # "Mon 2026-11-23 09:30" (local time)
DetailsRole = Qt.ItemDataRole.UserRole + 4  # list of lines under the headline
GradesRole = Qt.ItemDataRole.UserRole + 5  # (old, new) Grade pair of a grade change, else None

SP = QStyle.StandardPixmap
_ICONS = {
    EntryKind.FOLLOWUP: SP.SP_DialogYesButton,
    EntryKind.NOTE: SP.SP_FileIcon,
    EntryKind.FEEDBACK: SP.SP_MessageBoxInformation,
    EntryKind.GRADE_CHANGE: SP.SP_ArrowUp,
    EntryKind.STATUS_CHANGE: SP.SP_BrowserReload,
    EntryKind.ORDER: SP.SP_FileDialogDetailedView,
    EntryKind.OPPORTUNITY: SP.SP_FileDialogContentsView,
    EntryKind.IMPORT: SP.SP_DialogOpenButton,
    EntryKind.MERGE: SP.SP_FileLinkIcon,
}


def when_text(occurred_at: str) -> str:
    """A stored UTC timestamp as the salesperson's local weekday, date and time."""
    local = datetime.fromisoformat(occurred_at).astimezone()
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {local:%Y-%m-%d %H:%M}"


def grade_pair(item: TimelineItem) -> tuple[Grade, Grade] | None:
    if item.kind is not EntryKind.GRADE_CHANGE or not (item.old_value and item.new_value):
        return None
    return Grade(item.old_value), Grade(item.new_value)


def _status(value: str | None) -> str:
    try:
        return label(RelationshipStatus(value or ""))
    except ValueError:
        return value or "—"


class TimelineModel(QAbstractListModel):
    """A customer's timeline entries, newest first, with their display texts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TimelineItem] = []

    def set_items(self, items: list[TimelineItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractListModel.rowCount."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """Override QAbstractListModel.data."""
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join([f"{self.headline(item)} — {when_text(item.occurred_at)}",
                              *self.details(item)])  # fmt: skip
        getters: dict[int, Callable[[], Any]] = {
            ItemRole: lambda: item,
            HeadlineRole: lambda: self.headline(item),
            WhenRole: lambda: when_text(item.occurred_at),
            DetailsRole: lambda: self.details(item),
            GradesRole: lambda: grade_pair(item),
            Qt.ItemDataRole.DecorationRole: lambda: self._icon(item),
        }
        getter = getters.get(role)
        return getter() if getter else None

    def headline(self, item: TimelineItem) -> str:
        text = label(item.kind)
        if item.kind is EntryKind.FOLLOWUP and item.method:
            text += " · " + label(FollowUpMethod(item.method))
        elif item.kind is EntryKind.FEEDBACK and item.satisfaction:
            text += " · " + "★" * item.satisfaction + "☆" * (5 - item.satisfaction)
            text += (" · " + self.tr("Complaint")) if item.complaint else ""
        elif item.kind is EntryKind.GRADE_CHANGE:
            text = self.tr("Grade %1 → %2")
            text = text.replace("%1", item.old_value or "—").replace("%2", item.new_value or "—")
        elif item.kind is EntryKind.STATUS_CHANGE:
            text = self.tr("Status %1 → %2")
            text = text.replace("%1", _status(item.old_value)).replace(
                "%2", _status(item.new_value)
            )
        return text

    def details(self, item: TimelineItem) -> list[str]:
        lines = [item.content] if item.content else []
        for prefix, value in (
            (self.tr("Outcome: %1"), item.outcome),
            (self.tr("Next step: %1"), item.next_step),
            (self.tr("Resolution: %1"), item.resolution),
        ):
            if value:
                lines.append(prefix.replace("%1", value))
        return lines

    def _icon(self, item: TimelineItem) -> QIcon:
        pixmap = _ICONS.get(item.kind, SP.SP_FileIcon)
        if item.kind is EntryKind.FEEDBACK and item.complaint:
            pixmap = SP.SP_MessageBoxWarning
        pair = grade_pair(item)
        if pair and pair[1] > pair[0]:  # a later letter is a lower grade
            pixmap = SP.SP_ArrowDown
        return QApplication.style().standardIcon(pixmap)


class TimelineDelegate(QStyledItemDelegate):
    """Paints one entry: icon, bold headline (grade badges for a grade change), time, lines."""

    PAD = 6
    ICON = 20

    def _text_width(self) -> int:
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else 400
        return max(width - 3 * self.PAD - self.ICON, 80)

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        """Override QStyledItemDelegate.sizeHint."""
        width, metrics = self._text_width(), option.fontMetrics
        height = 2 * self.PAD + metrics.lineSpacing() + 2
        for line in index.data(DetailsRole) or []:
            box = QRect(0, 0, width, 100_000)
            height += metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, line).height()
        return QSize(width, max(height, self.ICON + 2 * self.PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        """Override QStyledItemDelegate.paint."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text, opt.icon = "", QIcon()
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        index.data(Qt.ItemDataRole.DecorationRole).paint(
            painter, QRect(rect.left(), rect.top(), self.ICON, self.ICON)
        )
        rect.setLeft(rect.left() + self.ICON + self.PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(group))
        line_height = self._paint_headline(painter, rect, index)
        rect.setTop(rect.top() + line_height + 2)
        for line in index.data(DetailsRole):
            used = painter.boundingRect(rect, Qt.TextFlag.TextWordWrap, line)
            painter.drawText(rect, Qt.TextFlag.TextWordWrap, line)
            rect.setTop(rect.top() + used.height())
        painter.restore()

    def _paint_headline(self, painter: QPainter, rect: QRect, index: Any) -> int:
        when, normal = index.data(WhenRole), painter.font()
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, when)
        bold = QFont(normal)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = painter.fontMetrics()
        room = rect.width() - metrics.horizontalAdvance(when) - 2 * self.PAD
        pair = index.data(GradesRole)
        if pair:
            self._paint_grades(painter, rect, pair)
        else:
            text = metrics.elidedText(index.data(HeadlineRole), Qt.TextElideMode.ElideRight, room)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        painter.setFont(normal)
        return metrics.lineSpacing()

    def _paint_grades(self, painter: QPainter, rect: QRect, pair: tuple[Grade, Grade]) -> None:
        metrics, x = painter.fontMetrics(), rect.left()
        caption = label(EntryKind.GRADE_CHANGE)
        painter.drawText(x, rect.top() + metrics.ascent(), caption)
        x += metrics.horizontalAdvance(caption) + self.PAD
        for n, grade in enumerate(pair):
            badge = QRect(x, rect.top(), metrics.lineSpacing() + 4, metrics.lineSpacing())
            painter.fillRect(badge, GRADE_COLOURS[grade])
            painter.save()
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, grade.value)
            painter.restore()
            x = badge.right() + self.PAD
            if n == 0:
                painter.drawText(x, rect.top() + metrics.ascent(), "→")
                x += metrics.horizontalAdvance("→") + self.PAD


class TimelineView(QListView):
    """A list whose entries re-wrap when its width changes (QListView only does so for height)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QListView.resizeEvent."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
