"""Help → About: versions from the open database, and Copy for support requests."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from crmdesk import __version__
from crmdesk.services.maintenance import versions
from crmdesk.ui.about_dialog import AboutDialog
from crmdesk.ui.context import AppContext
from tests.ui.conftest import wait_idle

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


def test_versions_service_reads_the_open_database(ctx: AppContext) -> None:
    found = versions(ctx.session)
    assert found["crmdesk"] == __version__
    assert found["sqlcipher"][:1].isdigit()  # empty on plain SQLite
    assert found["sqlite"].startswith("3.")


def test_about_shows_sqlcipher_and_copy_puts_it_on_the_clipboard(
    qtbot: QtBot, ctx: AppContext
) -> None:
    expected = versions(ctx.session)
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)

    assert dialog._values["sqlcipher"].text() == expected["sqlcipher"]
    assert dialog._values["sqlite"].text() == expected["sqlite"]
    assert dialog._values["qt"].text() == qVersion()
    assert dialog._values["database"].text() == str(ctx.session.store.path)

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert f"SQLCipher: {expected['sqlcipher']}" in copied.splitlines()
    assert f"crmdesk: {__version__}" in copied.splitlines()
    assert f"Python: {platform.python_version()}" in copied.splitlines()
    assert dialog.status.text() == "Copied to the clipboard."


def test_about_takes_versions_without_a_database(qtbot: QtBot) -> None:
    dialog = AboutDialog({"sqlcipher": "4.6.1 community", "sqlite": "3.46.1"})
    qtbot.addWidget(dialog)
    assert dialog._values["sqlcipher"].text() == "4.6.1 community"
    assert dialog._values["database"].text() == "unknown"
    assert "Database file: -" in dialog.versions_text().splitlines()
