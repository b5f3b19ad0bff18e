"""Runs crmdesk's tray and notifier on a database, for tests/ui/test_tray_real.py.

    CRMDESK_PASSWORD=… python -m tests.ui.tray_probe DB [--menu] [--hold SECONDS]

Prints one JSON line: whether a system tray is available, the channel the start alert went
through and its summary. With --menu the tray menu stays open for a screenshot; --hold keeps
the process alive (bounded) until stdin closes or the time is up.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from crmdesk.services import access
from crmdesk.services.alerts import AlertService
from crmdesk.ui.i18n import install_translators
from crmdesk.ui.notifications import Notifier
from crmdesk.ui.tray import TrayIcon


def wait_for_tray(app: QApplication, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if QSystemTrayIcon.isSystemTrayAvailable():
            return True
        app.processEvents()
        time.sleep(0.05)
    return False


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--menu", action="store_true")
    parser.add_argument("--hold", type=float, default=0.0)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_translators(app, "en")
    tray_ok = wait_for_tray(app, 10)
    session = access.unlock(args.db, os.environ["CRMDESK_PASSWORD"])
    service = AlertService(session)
    report = service.start()
    tray = TrayIcon() if tray_ok else None
    if tray is not None:
        tray.show()
        tray.set_digest(report.digest)
    notifier = Notifier(tray)
    channel = notifier.show_alert(report.alert) if report.alert else "none"
    summary = notifier.words.texts(report.alert)[0] if report.alert else ""
    print(json.dumps({"tray": tray_ok, "channel": channel, "summary": summary}), flush=True)
    if args.menu and tray is not None:
        tray.menu.popup(QPoint(600, 40))
    if args.hold:
        QTimer.singleShot(int(args.hold * 1000), app.quit)
        app.exec()
    session.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
