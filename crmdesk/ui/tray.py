"""The tray icon: today's counts in the tooltip, and a menu to open, snooze, lock or quit.

    if TrayIcon.available():
        tray = TrayIcon(app)
        tray.open_requested.connect(window.show_and_raise)
        tray.customer_requested.connect(window.open_customer)
        tray.show()
        tray.set_digest(report.digest)
    else:
        ...                                      # alerts in the window; closing quits

An adapter that says when there is no tray (style.md example 11): the caller checks
`available()` and falls back. It never reads the database; it shows a `Digest` it is given,
which carries no names while the database is locked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from crmdesk.services.alerts import Digest

MENU_ITEMS = 5
ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
HINT_KEY = "tray/close_hint_shown"


def app_icon() -> QIcon:
    """The crmdesk icon: resources/icons/crmdesk-*.png, the theme's, or drawn here."""
    icon = QIcon()
    for png in sorted(ICONS.glob("crmdesk-*.png")):
        icon.addFile(str(png))
    if icon.isNull():
        icon = QIcon.fromTheme("crmdesk")
    if not icon.isNull():
        return icon
    for size in (16, 22, 24, 32, 48, 64, 128):
        icon.addPixmap(_draw_icon(size))
    return icon


def _draw_icon(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1565c0"))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.2, size * 0.2)
    pen = painter.pen()
    pen.setStyle(Qt.PenStyle.SolidLine)
    pen.setColor(QColor("white"))
    pen.setWidthF(max(1.5, size * 0.11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    s = float(size)
    painter.drawPolyline([QPointF(s * 0.22, s * 0.52), QPointF(s * 0.42, s * 0.72)])
    painter.drawPolyline([QPointF(s * 0.42, s * 0.72), QPointF(s * 0.78, s * 0.28)])
    if size >= 32:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawEllipse(QRectF(s * 0.62, s * 0.02, s * 0.36, s * 0.36))
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, int(s * 0.26)))
        painter.setFont(font)
        painter.drawText(
            QRectF(s * 0.62, s * 0.02, s * 0.36, s * 0.36), Qt.AlignmentFlag.AlignCenter, "A"
        )
    painter.end()
    return pixmap


class TrayIcon(QSystemTrayIcon):
    open_requested = Signal()
    today_requested = Signal()  # open the window on the Reminders pane
    customer_requested = Signal(str)
    snooze_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    @staticmethod
    def available() -> bool:
        """False where the desktop has no tray: alerts then go to the window."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(app_icon(), parent)
        self.menu = QMenu()
        self.open_action = QAction(self.tr("&Open crmdesk"), self)
        self.open_action.triggered.connect(self.open_requested)
        self.heading_action = QAction(self)
        self.heading_action.setEnabled(False)
        self.snooze_action = QAction(self.tr("&Snooze all 1 hour"), self)
        self.snooze_action.triggered.connect(self.snooze_requested)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.customer_actions: list[QAction] = []
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.set_digest(None)

    def set_digest(self, digest: Digest | None) -> None:
        """Tooltip and menu for today's list (None: nothing known yet)."""
        self.setToolTip(self._tooltip(digest))
        self._rebuild_menu(digest)

    def set_locked(self, locked: bool) -> None:
        self.lock_action.setEnabled(not locked)

    def show_close_hint(self, settings: QSettings) -> bool:
        """Once per profile: say that crmdesk keeps running here. True if shown now."""
        if settings.value(HINT_KEY, False, type=bool):
            return False
        settings.setValue(HINT_KEY, True)
        self.showMessage(
            self.tr("crmdesk is still running"),
            self.tr("Reminders keep coming from the tray. Use Quit in its menu to stop crmdesk."),
            QSystemTrayIcon.MessageIcon.Information,
            8000,
        )
        return True

    # -- inside ------------------------------------------------------------------------------
    def _tooltip(self, digest: Digest | None) -> str:
        if digest is None:
            return self.tr("crmdesk")
        if digest.total == 0:
            return self.tr("crmdesk — nothing due today")
        counts = ", ".join(f"{grade.value} {n}" for grade, n in digest.counts.items() if n)
        text = self.tr("crmdesk — %n due today", "", digest.total) + f" ({counts})"
        if digest.overdue:
            text += "\n" + self.tr("%n overdue", "", digest.overdue)
        if digest.locked:
            text += "\n" + self.tr("Locked")
        return text

    def _rebuild_menu(self, digest: Digest | None) -> None:
        self.menu.clear()
        self.customer_actions = []
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.heading_action.setText(self._heading(digest))
        self.menu.addAction(self.heading_action)
        for item in digest.top[:MENU_ITEMS] if digest else ():
            action = QAction(f"{item.grade.value}  {item.name}", self.menu)
            action.triggered.connect(
                lambda _checked=False, cid=item.customer_id: self.customer_requested.emit(cid)
            )
            self.menu.addAction(action)
            self.customer_actions.append(action)
        if digest is not None and digest.total > len(self.customer_actions) and not digest.locked:
            more = QAction(self.tr("All reminders…"), self.menu)
            more.triggered.connect(self.today_requested)
            self.menu.addAction(more)
        self.menu.addSeparator()
        self.snooze_action.setEnabled(bool(digest and digest.total and not digest.locked))
        self.menu.addAction(self.snooze_action)
        self.menu.addAction(self.lock_action)
        self.menu.addAction(self.quit_action)

    def _heading(self, digest: Digest | None) -> str:
        if digest is None or digest.total == 0:
            return self.tr("Nothing due today")
        if digest.locked:
            return self.tr("%n follow-up(s) due — unlock to see them", "", digest.total)
        return self.tr("Today's follow-ups (%n)", "", digest.total)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()
