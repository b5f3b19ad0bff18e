"""File → Undo last import…: the recorded import batches, and undoing the chosen one.

    UndoImportDialog(ctx, parent=window).exec()

Undo (after a confirmation) removes the customers the batch created and restores the fields
of those it updated (`crmdesk.services.import_batches.undo_import`, through `ctx.run`, which
announces the Changes). A batch already undone is shown as such and cannot be chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.import_batches import ImportBatch, list_import_batches, undo_import
from crmdesk.services.session import Changes
from crmdesk.ui.context import AppContext

__all__ = ["UndoImportDialog", "local_time"]

_SHOWN = 50  # most recent batches listed


def local_time(utc_text: str) -> str:
    """ "2026-11-23T09:30:00.000Z" in the local time zone, to the minute."""
    moment = QDateTime.fromString(utc_text, Qt.DateFormat.ISODateWithMs)
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm") if moment.isValid() else utc_text


class UndoImportDialog(QDialog):
    """File → Undo last import…"""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.batches: list[ImportBatch] = []
        self.setWindowTitle(self.tr("Undo an import"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Undoing an import removes the customers it created and restores the fields "
                "of the customers it updated. Later changes to those customers may be lost."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Imported"), self.tr("File"), self.tr("New"), self.tr("Updated"),
             self.tr("Skipped"), self.tr("Invalid"), self.tr("State")]
        )  # fmt: skip
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel(self.tr("No imports yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tree)
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = buttons.addButton(
            self.tr("&Undo import…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)
        self.refresh()

    def refresh(self) -> None:
        self.undo_button.setEnabled(False)
        self._ctx.worker.submit(list_import_batches, self._ctx.session, on_done=self._fill)

    def _fill(self, batches: list[ImportBatch]) -> None:
        self.batches = batches[:_SHOWN]
        self.tree.clear()
        for batch in self.batches:
            counts = [
                str(batch.counts.get(k, 0)) for k in ("new", "updated", "duplicates", "invalid")
            ]
            state = ""
            if batch.undone_at:
                state = self.tr("Undone %1").replace("%1", local_time(batch.undone_at))
            item = QTreeWidgetItem([local_time(batch.created_at), batch.file_name, *counts, state])
            if batch.undone_at:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setDisabled(True)
            self.tree.addTopLevelItem(item)
        self.stack.setCurrentWidget(self.tree if self.batches else self.empty)
        first = next((i for i, b in enumerate(self.batches) if b.undone_at is None), None)
        chosen = self.tree.topLevelItem(first) if first is not None else None
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.tree.setFocus()
        self._update_button()

    def selected(self) -> ImportBatch | None:
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current is not None else -1
        if 0 <= row < len(self.batches) and self.batches[row].undone_at is None:
            return self.batches[row]
        return None

    def _update_button(self) -> None:
        self.undo_button.setEnabled(self.selected() is not None)

    def undo_selected(self) -> None:
        batch = self.selected()
        if batch is None:
            return
        question = self.tr(
            "Undo the import of %1 from %2? %3 customers it created are removed and %4 it "
            "updated are restored."
        )
        for key, value in (("%1", batch.file_name), ("%2", local_time(batch.created_at)),
                           ("%3", str(batch.counts.get("new", 0))),
                           ("%4", str(batch.counts.get("updated", 0)))):  # fmt: skip
            question = question.replace(key, value)
        answer = QMessageBox.question(self, self.tr("Undo an import"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_button.setEnabled(False)
        self._ctx.run(undo_import, batch.id, on_done=lambda changes: self._undone(batch, changes))

    def _undone(self, batch: ImportBatch, _changes: Changes) -> None:
        self.status.setText(self.tr("The import of %1 was undone.").replace("%1", batch.file_name))
        self.refresh()
