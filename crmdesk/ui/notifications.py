"""Showing an alert: desktop notification over D-Bus, else a tray balloon, else the window.

    notifier = Notifier(tray)                  # tray: a TrayIcon, or None without a tray
    notifier.open_requested.connect(window.show_today)
    notifier.snooze_requested.connect(lambda keys: ...)
    notifier.banner.connect(window_banner)     # the last resort: text for an in-window banner
    notifier.show_alert(alert)                 # returns the channel used: "dbus", "tray", "window"

On Linux the freedesktop Notifications service gives real notifications with the actions
"open" and "snooze" (qutebrowser's approach); `QSystemTrayIcon.showMessage` from an XEmbed
tray would only show a Qt balloon. PySide6 marshals every Python int as a signed or short
integer, while ``Notify`` wants ``replaces_id`` as uint32 and GDBus-based daemons check the
signature. So the call goes through `QDBusInterface`'s typed meta-method with `Q_ARG("uint")`;
its hints map is typed ``QVariantMap`` by first introspecting a local object that declares the
same interface with proper types (QtDBus caches the meta-object per interface name). If any
of that fails, the tray balloon is used.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    ClassInfo,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface
from PySide6.QtWidgets import QSystemTrayIcon

from crmdesk.domain.alerts import Alert, AlertReason

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
_SHAPE_PATH = "/org/crmdesk/NotificationsShape"
DBUS, TRAY, WINDOW = "dbus", "tray", "window"


class _NotifyShape(QObject):
    """Declares Notify with its real types, for QtDBus's meta-object cache (never called)."""

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, *_args: object) -> int:
        return 0


# the stub accepts keyword arguments only; the key has a space, so a dict it is
_NotifyShape = ClassInfo({"D-Bus Interface": SERVICE})(_NotifyShape)  # type: ignore[call-arg, misc, operator]


class AlertTexts(QObject):
    """The words of an alert (translated): a summary line and a body."""

    def texts(self, alert: Alert) -> tuple[str, str]:
        """Summary: the most urgent grade's count; body: its names, then the other grades."""
        if alert.locked:
            return self.tr("%n follow-up(s) due — unlock to see them", "", alert.items), ""
        if not alert.groups:
            return self.tr("crmdesk"), ""
        first, *others = alert.groups
        lines = [", ".join(first.names) + ("…" if first.more else "")] if first.names else []
        for group in others:
            line = self.count_line(group.grade.value, group.customers)
            if group.names:
                line += " — " + ", ".join(group.names) + ("…" if group.more else "")
            lines.append(line)
        if alert.reason == AlertReason.CATCH_UP:
            lines.insert(0, self.tr("While you were away:"))
        return self.count_line(first.grade.value, first.customers), "\n".join(lines)

    def count_line(self, grade: str, customers: int) -> str:
        return self.tr("%1: %n customer(s) due today", "", customers).replace("%1", grade)


class Notifier(QObject):
    """Delivers alerts through the best channel available; says which one it used."""

    open_requested = Signal()
    snooze_requested = Signal(object)  # tuple of item keys
    banner = Signal(str, str)  # summary, body: show it in the window

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        parent: QObject | None = None,
        *,
        use_dbus: bool = True,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self.words = AlertTexts(self)
        self._bus = QDBusConnection.sessionBus()
        self._iface: QDBusInterface | None = None
        self._shape: _NotifyShape | None = None
        self._pending: dict[int, Alert] = {}
        if use_dbus and self._bus.isConnected():
            for name, slot in (
                ("ActionInvoked", SLOT("_action_invoked(uint,QString)")),
                ("NotificationClosed", SLOT("_closed(uint,uint)")),
            ):  # the stubs lack the (…, QObject, SLOT) overload
                self._bus.connect(SERVICE, PATH, SERVICE, name, self, slot)  # type: ignore[call-overload]
            self._iface = self._interface()
        if tray is not None:
            tray.messageClicked.connect(self.open_requested)

    def show_alert(self, alert: Alert) -> str:
        summary, body = self.words.texts(alert)
        notification_id = self._notify(summary, body, alert)
        if notification_id is not None:
            self._pending[notification_id] = alert
            return DBUS
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage(summary, body, QSystemTrayIcon.MessageIcon.Information)
            return TRAY
        self.banner.emit(summary, body)
        return WINDOW

    def dbus_available(self) -> bool:
        return self._iface is not None

    # -- D-Bus -------------------------------------------------------------------------------
    def _interface(self) -> QDBusInterface | None:
        self._shape = _NotifyShape(self)
        if self._bus.registerObject(
            _SHAPE_PATH, self._shape, QDBusConnection.RegisterOption.ExportAllSlots
        ):
            QDBusInterface(self._bus.baseService(), _SHAPE_PATH, SERVICE, self._bus)
        iface = QDBusInterface(SERVICE, PATH, SERVICE, self._bus, self)
        return iface if iface.isValid() else None

    def _notify(self, summary: str, body: str, alert: Alert) -> int | None:
        if self._iface is None:
            return None
        actions = ["default", self.tr("Open crmdesk"), "open", self.tr("Open")]
        if not alert.locked and alert.keys:
            actions += ["snooze", self.tr("Snooze 1 hour")]
        try:
            result = QMetaObject.invokeMethod(
                self._iface,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG(str, "crmdesk"),
                Q_ARG("uint", 0),
                Q_ARG(str, "crmdesk"),
                Q_ARG(str, summary),
                Q_ARG(str, body),
                Q_ARG("QStringList", actions),
                Q_ARG("QVariantMap", {"desktop-entry": "crmdesk", "category": "im"}),
                Q_ARG(int, -1),
            )
        except RuntimeError as exc:  # the service is gone or its Notify does not match
            log.warning("desktop notification failed (%s); using the tray", exc)
            self._iface = None
            return None
        return result if isinstance(result, int) and result > 0 else None

    @Slot("uint", str)
    def _action_invoked(self, notification_id: int, action: str) -> None:
        alert = self._pending.get(notification_id)
        if alert is None:
            return
        if action == "snooze":
            self.snooze_requested.emit(alert.keys)
        else:
            self.open_requested.emit()

    @Slot("uint", "uint")
    def _closed(self, notification_id: int, _reason: int) -> None:
        self._pending.pop(notification_id, None)
