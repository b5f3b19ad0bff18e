"""A coloured A–E badge, painted by the list's grade column delegate."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crmdesk.domain.enums import Grade
from crmdesk.ui.labels import GRADE_COLOURS
from crmdesk.ui.list_model import GRADE_ROLE


def paint_badge(painter: QPainter, rect: QRect, grade: Grade) -> None:
    side = min(rect.height() - 4, 22)
    badge = QRect(0, 0, side + 6, side)
    badge.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GRADE_COLOURS[grade])
    painter.drawRoundedRect(badge, 5, 5)
    font = QFont(painter.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, grade.value)
    painter.restore()


class GradeBadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Override QStyledItemDelegate.paint."""
        value = index.data(GRADE_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        paint_badge(painter, option.rect, Grade(value))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Override QStyledItemDelegate.sizeHint."""
        return QSize(44, 26)
