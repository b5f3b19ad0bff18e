"""Fixtures for GUI tests: a real encrypted database, the DB worker thread, the change bus."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.services import access
from crmdesk.services.session import Session
from crmdesk.ui.context import AppContext, ChangeBus
from crmdesk.ui.i18n import install_translators
from crmdesk.ui.restore_dialog import RestoreDialog
from crmdesk.ui.worker import DbWorker

CHEAP_CREATE = functools.partial(access.create, kdf=access.cheap_kdf_for_tests())


@pytest.fixture(autouse=True, scope="session")
def _english_translations(qapp: QApplication) -> None:
    """The shipped English catalogue (plural forms), whatever the machine's language."""
    install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _no_unplanned_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box nobody answers would hang the run: fail the test instead.

    Tests that expect a box patch the function themselves (their patch wins).
    """

    def unexpected(_parent: object, title: str, text: str, *_args: object, **_kw: object) -> int:
        raise AssertionError(f"unexpected message box: {title}: {text}")

    for name in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


@pytest.fixture
def ctx(session: Session, qtbot: QtBot) -> Iterator[AppContext]:
    """An AppContext over a fresh database (clock fixed at Monday 2026-11-23 09:30 UTC)."""
    worker = DbWorker()
    context = AppContext(session=session, worker=worker, bus=ChangeBus())
    yield context
    worker.run_sync(session.store.close)  # the worker thread's own connection
    worker.stop()


def wait_idle(qtbot: QtBot, ctx: AppContext, timeout: int = 5000) -> None:
    """Wait until every job submitted to the worker has finished and reported back."""
    qtbot.waitUntil(lambda: ctx.worker.pending() == 0, timeout=timeout)


@pytest.fixture
def worker() -> Iterator[DbWorker]:
    """A DB worker thread of its own (for dialogs shown before any session exists)."""
    made = DbWorker()
    yield made
    made.stop()


def restore_driver(qtbot: QtBot, password: str | None = None) -> Callable[[RestoreDialog], int]:
    """A stand-in for RestoreDialog.exec: Restore on the chosen backup (with *password* typed
    when given), then the dialog's result once it has closed."""

    def run(dialog: RestoreDialog) -> int:
        dialog.show()
        if password is not None:
            dialog.secret.setText(password)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
        return int(dialog.result())

    return run
