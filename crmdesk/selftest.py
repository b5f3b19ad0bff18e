"""`crmdesk --self-test`: prove an installed (or frozen) crmdesk works, without touching user data.

    crmdesk --self-test      # prints one line and exits 0, or prints the reason and exits 1
    crmdesk self-test OK: crmdesk 0.1.0, Qt 6.11.3, SQLCipher 4.6.1 community, SQLite 3.46.1

In a temporary folder (removed afterwards) it creates an encrypted database with cheap key
derivation, adds a customer, searches for it, computes the due list and the Today agenda,
checks that crmdesk's and Qt's translations load, then builds the main window off-screen
(QT_QPA_PLATFORM=offscreen unless already set) and waits until its first page of customers
is shown. Installers and CI run it after building; support staff can ask a user to run it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from crmdesk import APP_NAME, __version__

if TYPE_CHECKING:
    from crmdesk.services.session import Session

PASSWORD = "self-test password, never a real one"
CUSTOMER = "自检客户 Self-test Trading"
TIMEOUT_MS = 30_000


class SelfTestFailed(Exception):
    """A check did not hold; the message says which."""


def run_self_test() -> int:
    """Run every check; print the OK line (exit code 0) or the reason (exit code 1)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        # First the QApplication: a missing platform plugin aborts the process (Qt prints why)
        # before anything was written to disk.
        qapp = _application()
        with tempfile.TemporaryDirectory(prefix=f"{APP_NAME}-selftest-") as folder:
            line = _run(Path(folder))
        del qapp
    except Exception as exc:
        traceback.print_exc(file=sys.stderr)
        print(f"crmdesk self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(line, flush=True)
    return 0


def _run(folder: Path) -> str:
    from PySide6.QtCore import qVersion

    from crmdesk.services import access, maintenance
    from crmdesk.services.customers import create_customer
    from crmdesk.services.due import agenda, due_list
    from crmdesk.services.search import search_customers

    session, _recovery_code = access.create(
        folder / "selftest.db", PASSWORD, access.cheap_kdf_for_tests(), actor="self-test"
    )
    try:
        created = create_customer(session, {"name": CUSTOMER, "grade": "A"}).created_id
        hits = search_customers(session, "自检")
        _check([hit.id for hit in hits] == [created], f"search found {len(hits)} customer(s)")
        due_list(session, session.today())
        agenda(session)
        versions = maintenance.versions(session)
        _check(bool(versions["sqlcipher"]), "SQLCipher did not report its version")
        _show_window(session, folder)
    finally:
        session.store.close()
    return (
        f"crmdesk self-test OK: crmdesk {__version__}, Qt {qVersion()}, "
        f"SQLCipher {versions['sqlcipher']}, SQLite {versions['sqlite']}"
    )


def _application() -> object:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(mode: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:  # the offscreen plugin's harmless remark
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])


def _check(condition: bool, failure: str) -> None:
    if not condition:
        raise SelfTestFailed(failure)


def _check_translations() -> None:
    """crmdesk's own catalogues and Qt's Chinese one are where the app looks for them."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from crmdesk.ui.i18n import SUPPORTED, TRANSLATIONS

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"crmdesk_{lang}", str(TRANSLATIONS)) for lang in SUPPORTED]
    wanted.append(("qtbase_zh_CN", qt_dir))
    for name, where in wanted:
        _check(QTranslator().load(name, where), f"translation {name}.qm not found in {where}")


def _show_window(session: Session, folder: Path) -> None:
    """The main window, off-screen, until its first page of customers is loaded and shown."""
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    import crmdesk.app  # noqa: F401  every module the GUI needs imports (a frozen app's pitfall)
    from crmdesk.ui.context import AppContext, ChangeBus
    from crmdesk.ui.i18n import install_translators
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.worker import DbWorker

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    _check_translations()
    install_translators(qapp, "en")
    settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "en")
    worker = DbWorker()
    ctx = AppContext(session=session, worker=worker, bus=ChangeBus())
    errors: list[BaseException] = []
    rows: list[int] = []
    try:
        window = MainWindow(ctx, settings, session.store.path)
        worker.failed.disconnect(window.show_failure)  # no modal box: report it here
        worker.failed.connect(errors.append)
        window.list_pane.model.loaded.connect(rows.append)
        window.show()
        window.reload()
        _wait(lambda: bool(errors) or (bool(rows) and worker.pending() == 0))
        if errors:
            raise SelfTestFailed(f"the window's database job failed: {errors[0]!r}")
        _check(bool(rows), f"the customer list did not load within {TIMEOUT_MS // 1000} s")
        _check(rows[-1] == 1, f"the customer list shows {rows[-1]} customers, not 1")
        _check(window.isVisible(), "the main window is not visible")
        window.close()
        window.deleteLater()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    finally:
        try:
            worker.run_sync(session.store.close)  # the worker thread's own connection
        finally:
            worker.stop()


def _wait(done: Callable[[], bool]) -> None:
    """Run the event loop until *done()* holds or TIMEOUT_MS has passed."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll = QTimer(interval=10)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    give_up = QTimer(singleShot=True, interval=TIMEOUT_MS)
    give_up.timeout.connect(loop.quit)
    if not done():
        poll.start()
        give_up.start()
        loop.exec()
    poll.stop()
    give_up.stop()
