"""File → Import… and Undo import: the real wizard pages driven by qtbot over a real database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from crmdesk.exchange.model import ImportFileError
from crmdesk.exchange.readers import read_table
from crmdesk.services import importing
from crmdesk.services.customer_list import ListQuery, list_ids
from crmdesk.services.customers import create_customer
from crmdesk.services.import_batches import list_import_batches
from crmdesk.services.importing import list_mapping_profiles, preview_import, run_import
from crmdesk.services.session import Session
from crmdesk.ui.context import AppContext
from crmdesk.ui.import_wizard import ImportWizard
from crmdesk.ui.progress_job import ProgressJob
from crmdesk.ui.undo_import_dialog import UndoImportDialog
from tests.helpers import customer, notes_then_customers
from tests.ui.conftest import wait_idle

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

HEADERS = "客户名称,联系人,手机,邮箱,城市,客户等级"
ROWS = [
    "华信科技,张三,13800138000,zhang@huaxin.cn,上海,A类",  # row 2: new
    "星河贸易,李四,13900139000,not-a-mail,北京,B",  # row 3: new, e-mail left empty
    ",,,,,",  # blank: left out
    "华信科技,张三,138 0013 8000,,上海,A",  # row 5: duplicate of row 2
    ",,13700000000,,广州,C",  # row 6: invalid, no name
    "远航物流,王五,13600136000,,深圳,C级",  # row 7: new
]


def _csv(
    folder: Path, rows: list[str], name: str = "客户.csv", encoding: str = "utf-8-sig"
) -> Path:
    path = folder / name
    path.write_text("\r\n".join([HEADERS, *rows]) + "\r\n", encoding=encoding)
    return path


def _count(session: Session) -> int:
    return len(list_ids(session, ListQuery()))


def _wizard(qtbot: QtBot, ctx: AppContext) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _open(qtbot: QtBot, ctx: AppContext, wizard: ImportWizard, path: Path) -> None:
    """Type the path, press Enter, wait for the read; Next is then enabled."""
    page = wizard.file_page
    page.path_edit.setText(str(path))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _to_preview(qtbot: QtBot, ctx: AppContext, wizard: ImportWizard, path: Path) -> None:
    _open(qtbot, ctx, wizard, path)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == ImportWizard.MAPPING
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_idle(qtbot, ctx)
    assert wizard.currentId() == ImportWizard.PREVIEW


def _import(qtbot: QtBot, ctx: AppContext, wizard: ImportWizard) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentId() == ImportWizard.RUN
    wait_idle(qtbot, ctx)


def test_a_csv_with_chinese_headers_imports_with_the_right_counts(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ctx)
    _open(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    assert "5 rows, 6 columns" in wizard.file_page.status.text()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    mapping = [c.currentData() for c in wizard.mapping_page.combos]
    assert mapping == ["name", "contact_name", "phone", "email", "city", "grade"]
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_idle(qtbot, ctx)
    page = wizard.preview_page
    assert page.counts.text() == "<b>3 new · 1 duplicates · 1 invalid · 1 warnings</b>"
    problems = page.problems_model.cells
    assert [(r[0], r[1], r[4]) for r in problems] == [
        ("3", "E-mail", "Imported without this value"),
        ("6", "—", "Row rejected"),
    ]
    assert problems[0][2] == "not-a-mail"
    assert page.duplicates_model.cells[0][0] == "5"
    assert page.duplicates_model.cells[0][5] == "Row 2 of this file"
    with qtbot.waitSignal(ctx.bus.changed) as announced:
        _import(qtbot, ctx, wizard)
    run = wizard.run_page
    assert {k: label.text() for k, label in run.counts.items()} == {
        "new": "3", "updated": "0", "skipped": "1", "invalid": "1",
    }  # fmt: skip
    assert announced.args[0].customers == run.result.changes.customers  # type: ignore[union-attr]
    assert _count(ctx.session) == 3
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_a_duplicate_set_to_update_updates_the_existing_customer(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    cid = create_customer(ctx.session, {"name": "华信科技", "phone": "13800138000", "city": "北京"})
    existing = cid.created_id
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, ctx, wizard, _csv(tmp_path, [ROWS[0], ROWS[5]]))
    page = wizard.preview_page
    assert page.duplicates_stack.currentIndex() == 1
    assert page.duplicates_model.cells[0][5:8] == ["华信科技", "", "13800138000"]
    assert page.duplicates_model.cells[0][8] == "Skip"
    page.duplicates_view.selectRow(0)
    qtbot.mouseClick(page.decide_buttons[importing.Decision.UPDATE], Qt.MouseButton.LeftButton)
    assert page.duplicates_model.cells[0][8] == "Update existing"
    assert "create 1 customers, update 1 and skip 0" in page.plan.text()
    _import(qtbot, ctx, wizard)
    assert wizard.run_page.counts["updated"].text() == "1"
    assert customer(ctx.session, existing)["city"] == "上海"
    assert _count(ctx.session) == 2


def test_create_anyway_for_all_duplicates(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    create_customer(ctx.session, {"name": "华信科技", "phone": "13800138000"})
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, ctx, wizard, _csv(tmp_path, [ROWS[0]]))
    page = wizard.preview_page
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # all skipped
    page.for_all.setCurrentIndex(page.for_all.findData("create"))
    page.for_all.activated.emit(page.for_all.currentIndex())
    _import(qtbot, ctx, wizard)
    assert _count(ctx.session) == 2


def test_a_damaged_file_shows_the_message_and_another_can_be_chosen(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    bad = tmp_path / "客户.xlsx"
    bad.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(ImportFileError) as raised:
        read_table(bad)
    wizard = _wizard(qtbot, ctx)
    page = wizard.file_page
    page.choose(bad)
    wait_idle(qtbot, ctx)
    assert page.error.isVisible()
    assert page.error.text().startswith(raised.value.message)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _open(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    assert not page.error.isVisible()


def test_an_empty_file_says_so(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard = _wizard(qtbot, ctx)
    wizard.file_page.choose(empty)
    wait_idle(qtbot, ctx)
    assert wizard.file_page.error.text().startswith("The file is empty.")


def test_cancel_during_the_import_keeps_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel at the first progress report, after a first chunk was written: all rolled back."""
    create_customer(ctx.session, {"name": "老客户"})
    monkeypatch.setattr(importing, "CHUNK", 1)
    report = ProgressJob.report

    def cancel_at_first_report(job: ProgressJob, done: int, total: int) -> None:
        report(job, done, total)
        job.cancel()  # thread-safe: what the Cancel button does

    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    # from here on the reports are the import's, not the file read's
    monkeypatch.setattr(ProgressJob, "report", cancel_at_first_report)
    _import(qtbot, ctx, wizard)
    assert wizard.run_page.status.text().startswith("The import was cancelled. Nothing")
    assert not wizard.run_page.summary.isVisible()
    assert _count(ctx.session) == 1
    assert list_import_batches(ctx.session) == []
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_the_cancel_button_and_escape_stop_a_waiting_import(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 5)  # the worker is busy: the import waits behind it
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    run = wizard.run_page
    assert run.running
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # cancels, does not close
    assert wizard.isVisible()
    assert not run.cancel_button.isEnabled()
    gate.set()
    wait_idle(qtbot, ctx)
    assert not run.running
    assert _count(ctx.session) == 0


def test_once_every_row_is_written_the_bar_is_busy_and_cancel_is_off(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The search index and the commit (seconds for a big file) report no steps and cannot be
    cancelled: the bar must not sit at 100 % with a Cancel that does nothing."""
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    gate = threading.Event()
    ctx.worker.submit(gate.wait, 5)  # hold the import back while the last report arrives
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    run = wizard.run_page
    assert run.job is not None
    run.job.progressed.emit(2, 3)
    assert (run.bar.maximum(), run.bar.value()) == (3, 2)
    assert run.cancel_button.isEnabled()
    assert run.note.isVisible()
    run.job.progressed.emit(3, 3)
    assert run.bar.maximum() == 0  # busy
    assert not run.cancel_button.isEnabled()
    assert not run.note.isVisible()  # "Cancel rolls back…" is no longer on offer
    assert run.status.text() == "Wrote 3 customers; building the search index and saving…"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # nothing to cancel any more: no false promise
    assert not run.status.text().startswith("Cancelling")
    assert wizard.isVisible()
    gate.set()
    wait_idle(qtbot, ctx)
    assert run.status.text() == "The import is complete."
    assert _count(ctx.session) == 3


def test_undo_this_import_removes_the_batch(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    _import(qtbot, ctx, wizard)
    assert _count(ctx.session) == 3
    qtbot.mouseClick(wizard.run_page.undo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert _count(ctx.session) == 0
    [batch] = list_import_batches(ctx.session)
    assert batch.undone_at is not None
    assert wizard.run_page.status.text() == "The import was undone."


def test_a_changed_mapping_is_previewed_again(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ctx)
    _open(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    email = page.combos[3]
    email.setCurrentIndex(0)  # — ignore —: no more bad e-mail warning
    page.combos[5].setCurrentIndex(page.combos[5].findData("city"))  # city moves: 4 ignored
    assert page.combos[4].currentData() is None
    assert page.mapping() == {0: "name", 1: "contact_name", 2: "phone", 5: "city"}
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_idle(qtbot, ctx)
    assert wizard.currentId() == ImportWizard.PREVIEW
    assert wizard.preview is not None
    assert wizard.preview.mapping == page.mapping()
    assert wizard.preview_page.counts.text().endswith("· 0 warnings</b>")


def test_no_name_column_is_pointed_out(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, ctx)
    _open(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.mapping_page
    assert page.hint.text() == ""
    page.combos[0].setCurrentIndex(0)
    assert "No column is matched to Customer name or Company" in page.hint.text()


def test_a_mapping_profile_is_saved_and_applied(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("销售表", True))
    wizard = _wizard(qtbot, ctx)
    _open(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wait_idle(qtbot, ctx)
    page = wizard.mapping_page
    assert not page.profiles.isEnabled()  # none saved yet
    page.combos[4].setCurrentIndex(page.combos[4].findData("address"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert list_mapping_profiles(ctx.session) == ["销售表"]
    assert page.profiles.findData("销售表") > 0
    page.combos[4].setCurrentIndex(0)
    page.profiles.setCurrentIndex(page.profiles.findData("销售表"))
    page.profiles.activated.emit(page.profiles.currentIndex())
    wait_idle(qtbot, ctx)
    assert page.combos[4].currentData() == "address"


def test_no_duplicates_and_no_problems_show_hints(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, ctx)
    _to_preview(qtbot, ctx, wizard, _csv(tmp_path, [ROWS[0], ROWS[5]]))
    page = wizard.preview_page
    assert page.duplicates_stack.currentWidget() is page.no_duplicates
    assert page.problems_stack.currentWidget() is page.no_problems
    assert page.tabs.tabText(0) == "Duplicates (0)"


def test_the_undo_dialog_lists_batches_and_undoes_the_chosen_one(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    empty = UndoImportDialog(ctx)
    qtbot.addWidget(empty)
    wait_idle(qtbot, ctx)
    assert empty.stack.currentWidget() is empty.empty
    assert not empty.undo_button.isEnabled()
    path = _csv(tmp_path, ROWS)
    run_import(ctx.session, preview_import(ctx.session, path))
    dialog = UndoImportDialog(ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(1, 6)] == ["客户.csv", "3", "0", "1", "1"]
    assert _count(ctx.session) == 3
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert _count(ctx.session) == 0
    item = dialog.tree.topLevelItem(0)
    assert item is not None
    assert item.text(6).startswith("Undone ")
    assert not dialog.undo_button.isEnabled()


def test_a_workbook_with_several_sheets_offers_the_choice(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = notes_then_customers(tmp_path / "book.xlsx")
    wizard = _wizard(qtbot, ctx)
    page = wizard.file_page
    assert not page.sheet_combo.isVisibleTo(page), "no choice before a workbook is read"
    _open(qtbot, ctx, wizard, path)
    assert page.sheet_combo.isVisibleTo(page)
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "说明",
        "客户",
    ]
    assert wizard.table is not None
    assert wizard.table.sheet == "客户", "the note on the first sheet is passed over"
    assert wizard.preview is not None
    assert wizard.preview.new == 2
    assert "book.xlsx ▸ 客户: 2 rows" in page.status.text()
    page.sheet_combo.setFocus()
    qtbot.keyClick(page.sheet_combo, Qt.Key.Key_Up)  # a keyboard user picks the other sheet
    wait_idle(qtbot, ctx)
    assert "说明" in page.status.text() or page.error.isVisibleTo(page)
    assert page.sheet_combo.isVisibleTo(page), "the choice stays, to go back"
    qtbot.keyClick(page.sheet_combo, Qt.Key.Key_Down)
    wait_idle(qtbot, ctx)
    assert wizard.table is not None
    assert wizard.table.sheet == "客户"
    assert "book.xlsx ▸ 客户: 2 rows" in page.status.text()
    _open(qtbot, ctx, wizard, _csv(tmp_path, ROWS))
    assert not page.sheet_combo.isVisibleTo(page), "a CSV file has no sheets"


def test_closing_the_wizard_stops_reading_a_big_file(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "CHUNK", 100)
    gate = threading.Event()
    real_clean = importing.clean_rows
    calls: list[int] = []

    def second_chunk_waits(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            gate.wait(5)  # until the user has pressed Escape
        return real_clean(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(importing, "clean_rows", second_chunk_waits)
    path = _csv(tmp_path, [f"客户{n},张{n},139{n:08d},,上海,B" for n in range(1000)], "big.csv")
    failures: list[Exception] = []
    ctx.worker.failed.connect(failures.append)
    wizard = _wizard(qtbot, ctx)
    progress: list[tuple[int, int]] = []
    wizard.file_page.choose(path)
    assert wizard.reading is not None
    wizard.reading.progressed.connect(lambda done, total: progress.append((done, total)))
    qtbot.waitUntil(lambda: bool(progress), timeout=5000)  # the first rows are cleaned
    assert wizard.file_page.busy.maximum() == 1000  # the bar shows rows, not just "busy"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # the user gives up
    gate.set()
    wait_idle(qtbot, ctx)
    assert not wizard.isVisible()
    assert progress[-1] == (200, 1000), "the chunk under way finished; no later one started"
    assert failures == []  # a cancelled read is not reported as an error
    assert _count(ctx.session) == 0
