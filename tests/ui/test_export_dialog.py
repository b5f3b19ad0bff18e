"""File → Export…: format, scope, the unencrypted warning, and the file actually written."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.domain.enums import Grade
from crmdesk.services import exporting
from crmdesk.services.customer_list import ListQuery
from crmdesk.services.customers import create_customer
from crmdesk.services.session import Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.export_dialog import ExportDialog
from tests.ui.conftest import wait_idle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def three(session: Session) -> None:
    create_customer(session, {"name": "华信科技", "grade": "A", "phone": "13800138000"})
    create_customer(session, {"name": "星河贸易", "grade": "A", "notes": "=1+1"})
    create_customer(session, {"name": "远航物流", "grade": "D"})


def _dialog(qtbot: QtBot, ctx: AppContext, query: ListQuery | None) -> ExportDialog:
    dialog = ExportDialog(ctx, query)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def _export(qtbot: QtBot, ctx: AppContext, dialog: ExportDialog, path: Path) -> None:
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)


@pytest.mark.usefixtures("three")
def test_csv_export_of_all_customers_has_a_bom_and_every_row(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, None)
    assert dialog.all_radio.isChecked()
    assert not dialog.view_radio.isEnabled()
    assert dialog.all_radio.text() == "&All customers (3)"
    assert "NOT encrypted" in dialog.warning.text()
    assert dialog.warning.isVisible()
    path = tmp_path / "out.csv"
    _export(qtbot, ctx, dialog, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert len(rows) == 1 + 3
    assert {r[0] for r in rows[1:]} == {"华信科技", "星河贸易", "远航物流"}
    assert "'=1+1" in {cell for r in rows for cell in r}
    assert dialog.written == 3
    assert dialog.status.text() == f"3 customers written to {path}."
    assert dialog.export_button.isEnabled()


@pytest.mark.usefixtures("three")
def test_xlsx_export_of_the_list_view(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx, ListQuery(grades=frozenset({Grade.A})))
    assert dialog.view_radio.isChecked()
    assert dialog.view_radio.text().endswith("(2)")
    dialog.xlsx_radio.setChecked(True)
    assert dialog.path_edit.text().endswith(".xlsx")
    path = tmp_path / "a级客户"  # the suffix is added
    _export(qtbot, ctx, dialog, path)
    book = openpyxl.load_workbook(tmp_path / "a级客户.xlsx", read_only=True)
    rows = list(book.active.iter_rows(values_only=True))  # type: ignore[union-attr]
    book.close()
    assert len(rows) == 1 + 2
    assert {r[0] for r in rows[1:]} == {"华信科技", "星河贸易"}
    assert dialog.written == 2


@pytest.mark.usefixtures("three")
def test_chinese_column_names(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx, None)
    dialog.chinese.setChecked(True)
    path = tmp_path / "客户.csv"
    _export(qtbot, ctx, dialog, path)
    header = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("客户名称,")


@pytest.mark.usefixtures("three")
def test_an_existing_file_is_kept_unless_replacing_is_confirmed(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.csv"
    path.write_text("keep me", encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    dialog = _dialog(qtbot, ctx, None)
    _export(qtbot, ctx, dialog, path)
    assert path.read_text(encoding="utf-8") == "keep me"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    _export(qtbot, ctx, dialog, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_an_unwritable_folder_is_reported(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, ctx, None)
    _export(qtbot, ctx, dialog, tmp_path / "missing" / "out.csv")
    assert dialog.status.text().startswith("The file cannot be written:")
    assert dialog.written is None
    assert dialog.export_button.isEnabled()


@pytest.mark.usefixtures("three")
def test_progress_then_cancel_and_escape_stop_the_export_and_keep_the_earlier_file(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "PAGE", 1)  # a report per customer
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    path = tmp_path / "out.csv"
    path.write_text("an earlier export", encoding="utf-8")
    dialog = _dialog(qtbot, ctx, None)
    assert not dialog.cancel_button.isVisible()
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 5)  # hold the export back while we look at the dialog
    dialog.path_edit.setText(str(path))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isVisible()
    assert dialog.cancel_button.isEnabled()
    assert not dialog.export_button.isEnabled()
    assert dialog.job is not None
    dialog.job.progressed.emit(1, 3)
    assert (dialog.busy.maximum(), dialog.busy.value()) == (3, 1)
    assert dialog.status.text() == "Writing 1 of 3 customers…"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancels, does not close
    assert dialog.isVisible()
    assert dialog.status.text() == "Cancelling…"
    gate.set()
    wait_idle(qtbot, ctx)
    assert dialog.status.text() == "The export was cancelled; no file was written."
    assert path.read_text(encoding="utf-8") == "an earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("out", ".out"))] == ["out.csv"]
    assert not dialog.cancel_button.isVisible()
    assert dialog.export_button.isEnabled()
    _export(qtbot, ctx, dialog, path)  # and again, to the end
    assert dialog.written == 3
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.usefixtures("three")
def test_once_every_row_is_written_the_bar_is_busy_and_cancel_is_off(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, None)
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 5)
    dialog.path_edit.setText(str(tmp_path / "out.xlsx"))
    dialog.xlsx_radio.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None
    dialog.job.progressed.emit(3, 3)
    assert dialog.busy.maximum() == 0  # busy: the workbook is being assembled
    assert not dialog.cancel_button.isEnabled()
    assert dialog.status.text() == "Wrote 3 customers; saving the file…"
    gate.set()
    wait_idle(qtbot, ctx)
    assert dialog.written == 3
