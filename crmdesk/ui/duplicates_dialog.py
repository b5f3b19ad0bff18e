"""Tools → Find duplicates: review groups of likely duplicates and merge them field by field.

    DuplicatesDialog(ctx, parent=window).exec()

The groups are found on the DB worker thread (`crmdesk.services.duplicates`). For the selected
group the two chosen records are shown side by side, one radio button per field (suggested:
the non-empty, else the newer value); Merge runs `merge_customers` through `ctx.run`, which
announces the Changes; "Undo last merge" puts both records back.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.duplicates import (
    SEARCH_STEPS,
    DuplicateGroup,
    Member,
    Reason,
    SearchCancelled,
    find_duplicates,
)
from crmdesk.services.merge import (
    MERGE_FIELDS,
    MergeError,
    MergePreview,
    merge_customers,
    merge_preview,
    undo_merge,
)
from crmdesk.services.session import Changes
from crmdesk.ui import detail_form
from crmdesk.ui.context import AppContext
from crmdesk.ui.labels import label
from crmdesk.ui.progress_job import ProgressJob

_SHOWN = 60  # characters of a value shown on its radio button (all of it in the tooltip)


class DuplicatesDialog(QDialog):
    """Tools → Find duplicates."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.groups: list[DuplicateGroup] = []
        self.last_merge: str | None = None  # the merge entry "Undo last merge" reverses
        self._right: dict[str, QAbstractButton] = {}  # field -> the merged record's radio
        self._buttons: list[QButtonGroup] = []
        self.search: ProgressJob | None = None  # the search running, if any
        self.setWindowTitle(self.tr("Find duplicates"))
        self._build()
        self.resize(1000, 640)
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.searching = QProgressBar()  # the search's steps; Close stops it
        self.searching.setRange(0, SEARCH_STEPS)
        self.searching.setTextVisible(False)
        self.searching.hide()
        layout.addWidget(self.searching)
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("No likely duplicates found"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._review())
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo last merge"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)

    def _review(self) -> QSplitter:
        self.group_list = QListWidget()
        self.group_list.setWordWrap(True)
        self.group_list.setItemDelegate(_RoomyDelegate(self.group_list))
        self.group_list.setAlternatingRowColors(True)  # where one group ends and the next begins
        self.group_list.setSpacing(2)
        self.group_list.currentRowChanged.connect(self._show_group)
        right = QWidget()
        box = QVBoxLayout(right)
        pick = QGridLayout()
        self.survivor_combo, self.merged_combo = QComboBox(), QComboBox()
        pick.addWidget(QLabel(self.tr("Keep")), 0, 0)
        pick.addWidget(self.survivor_combo, 0, 1)
        pick.addWidget(QLabel(self.tr("Merge into it")), 1, 0)
        pick.addWidget(self.merged_combo, 1, 1)
        pick.setColumnStretch(1, 1)
        for combo in (self.survivor_combo, self.merged_combo):
            combo.currentIndexChanged.connect(self._load_preview)
        box.addLayout(pick)
        self.field_scroll = QScrollArea()
        self.field_scroll.setWidgetResizable(True)
        box.addWidget(self.field_scroll, 1)
        self.moving = QLabel()
        self.moving.setWordWrap(True)
        box.addWidget(self.moving)
        self._clear_fields()
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.skip_button = QPushButton(self.tr("&Skip group"))
        self.skip_button.clicked.connect(self.skip_group)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.merge_button)
        box.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.group_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 660])
        return splitter

    # --- finding --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.status.setText(self.tr("Looking for likely duplicates…"))
        self.merge_button.setEnabled(False)
        self.search = ProgressJob(self)
        self.search.progressed.connect(self.searching.setValue)
        self.searching.setValue(0)
        self.searching.show()
        self._ctx.worker.submit(
            find_duplicates, self._ctx.session,
            progress=self.search.report, cancelled=self.search.cancelled,
            on_done=self._found, on_error=self._failed,
        )  # fmt: skip

    def done(self, result: int) -> None:
        """Override QDialog.done: closing stops a search still running (it frees the worker
        the window needs; a search changes nothing)."""
        if self.search is not None:
            self.search.cancel()
        super().done(result)

    def _found(self, groups: list[DuplicateGroup]) -> None:
        self.search = None
        self.searching.hide()
        self.groups = list(groups)
        self.status.setText(self.tr("%n group(s) of likely duplicates", "", len(self.groups)))
        self._fill_list()

    def _fill_list(self) -> None:
        self.group_list.clear()
        for group in self.groups:
            names = " / ".join(m.name for m in group.members)
            reasons = "; ".join(self.reason_text(r) for r in group.reasons)
            item = QListWidgetItem(f"{group.score}  {names}\n{reasons}")
            item.setToolTip(f"{names}\n{reasons}")
            self.group_list.addItem(item)
        self.stack.setCurrentIndex(1 if self.groups else 0)
        if self.groups:
            self.group_list.setCurrentRow(0)

    def reason_text(self, reason: Reason) -> str:
        if reason.kind == "phone":
            return self.tr("Same phone %1").replace("%1", reason.detail)
        if reason.kind == "email":
            return self.tr("Same e-mail %1").replace("%1", reason.detail)
        if reason.kind == "name":
            return self.tr("Same name and company")
        if reason.kind == "person":
            return self.tr("Same name in the same city")
        return self.tr("Similar names")

    # --- one group ------------------------------------------------------------------------

    def current_group(self) -> DuplicateGroup | None:
        row = self.group_list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def _show_group(self, row: int) -> None:
        group = self.current_group()
        for combo in (self.survivor_combo, self.merged_combo):
            combo.blockSignals(True)
            combo.clear()
            for member in group.members if group else ():
                combo.addItem(_member_text(member), member.id)
            combo.setCurrentIndex(0 if combo is self.survivor_combo else 1)
            combo.blockSignals(False)
        if group:
            self._load_preview()

    def _chosen(self) -> tuple[str, str]:
        return self.survivor_combo.currentData(), self.merged_combo.currentData()

    def _load_preview(self) -> None:
        survivor, merged = self._chosen()
        self.merge_button.setEnabled(False)
        if survivor and merged and survivor != merged:
            done, failed = self._show_preview, self._failed
            self._ctx.worker.submit(
                merge_preview, self._ctx.session, survivor, merged, on_done=done, on_error=failed
            )
        else:
            self._clear_fields()

    def _clear_fields(self) -> None:
        self.fields = QWidget()
        self.grid = QGridLayout(self.fields)
        self.field_scroll.setWidget(self.fields)  # the old one is deleted with its radio buttons
        self._right.clear()
        self._buttons.clear()
        self.moving.clear()

    def _show_preview(self, preview: MergePreview) -> None:
        if (preview.survivor["id"], preview.merged["id"]) != self._chosen():
            return  # the choice changed while this preview was read
        self._clear_fields()
        self.grid.addWidget(QLabel(f"<b>{self.tr('Keep')}</b>"), 0, 1)
        self.grid.addWidget(QLabel(f"<b>{self.tr('Merge into it')}</b>"), 0, 2)
        for field, caption, kind in self._field_rows():
            ours, theirs = preview.survivor.get(field), preview.merged.get(field)
            if ours in (None, "") and theirs in (None, ""):
                continue
            row = self.grid.rowCount()
            self.grid.addWidget(QLabel(caption), row, 0)
            group = QButtonGroup(self.fields)
            for column, value in ((1, ours), (2, theirs)):
                radio = QRadioButton(_shown(value, kind)[:_SHOWN])
                radio.setToolTip(_shown(value, kind))
                radio.setEnabled(ours != theirs)
                group.addButton(radio, column)
                self.grid.addWidget(radio, row, column)
            group.button(2 if preview.choices.get(field) == "merged" else 1).setChecked(True)
            self._right[field] = group.button(2)
            self._buttons.append(group)
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.moving.setText(self.moving_text(preview.moving))
        self.merge_button.setEnabled(True)

    def _field_rows(self) -> list[tuple[str, str, object]]:
        rows = [
            (field, QCoreApplication.translate(detail_form.CTX, caption), kind)
            for _title, fields in detail_form.GROUPS
            for field, caption, kind in fields
            if field in MERGE_FIELDS
        ]
        rows.append(("last_followup_on", self.tr("Last follow-up"), "date"))
        rows.append(("manual_next_on", self.tr("Next follow-up (set by hand)"), "date"))
        return rows

    def moving_text(self, moving: dict[str, int]) -> str:
        text = self.tr(
            "Moves to the kept record: %1 contacts, %2 timeline entries, %3 orders, "
            "%4 opportunities, %5 key dates, %6 reminders, and the tags."
        )
        tables = ("contact", "timeline_entry", "sale_order", "opportunity", "key_date")
        for number, table in enumerate((*tables, "reminder"), start=1):
            text = text.replace(f"%{number}", str(moving.get(table, 0)))
        return text

    def field_choices(self) -> dict[str, str]:
        """Per shown field: "merged" where the merged record's value is chosen."""
        return {f: "merged" if r.isChecked() else "survivor" for f, r in self._right.items()}

    # --- actions --------------------------------------------------------------------------

    def merge(self) -> None:
        survivor, merged = self._chosen()
        self.merge_button.setEnabled(False)
        self._ctx.run(
            merge_customers,
            survivor,
            merged,
            self.field_choices(),
            on_done=lambda changes: self._merged(merged, changes),
            on_error=self._failed,
        )

    def _merged(self, merged_id: str, changes: Changes) -> None:
        self.last_merge = changes.created_id
        self.undo_button.setEnabled(True)
        self.status.setText(self.tr("Merged. “Undo last merge” puts both records back."))
        group = self.current_group()
        if group is not None:
            left = tuple(m for m in group.members if m.id != merged_id)
            self._replace_current(
                DuplicateGroup(left, group.score, group.reasons) if len(left) > 1 else None
            )

    def skip_group(self) -> None:
        self._replace_current(None)

    def _replace_current(self, group: DuplicateGroup | None) -> None:
        row = self.group_list.currentRow()
        if row < 0:
            return
        if group is None:
            del self.groups[row]
        else:
            self.groups[row] = group
        self._fill_list()
        if self.groups:
            self.group_list.setCurrentRow(min(row, len(self.groups) - 1))

    def undo_last(self) -> None:
        if self.last_merge is None:
            return
        self.undo_button.setEnabled(False)
        self._ctx.run(undo_merge, self.last_merge, on_done=self._undone, on_error=self._failed)

    def _undone(self, _changes: Changes) -> None:
        self.last_merge = None
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.search = None
        self.searching.hide()
        if isinstance(error, SearchCancelled):
            return  # the dialog was closed
        if not isinstance(error, MergeError):
            self.status.setText(self.tr("Something went wrong; nothing was changed."))
            self._ctx.worker.failed.emit(error)
            return
        texts = {
            "undone": self.tr("This merge was already undone."),
            "stale": self.tr("The kept record was deleted or merged since: undo is not possible."),
            "gone": self.tr("One of the records was deleted in the meantime."),
        }
        self.status.setText(texts.get(error.code, str(error)))
        self.undo_button.setEnabled(self.last_merge is not None and error.code != "undone")


def _member_text(member: Member) -> str:
    extra = [x for x in (member.company, member.city, member.phone) if x and x != member.name]
    return f"{member.name} — {', '.join(extra)}" if extra else member.name


def _shown(value: Any, kind: object) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(kind, type) and issubclass(kind, StrEnum):
        try:
            return label(kind(value))
        except ValueError:
            return str(value)
    return " ".join(str(value).split())


class _RoomyDelegate(QStyledItemDelegate):
    """Qt's height for a wrapped item is its measured text to the pixel, and the style then
    draws wrapped Chinese lines (a fallback font in an English UI) a little taller: the last
    line, the group's reason, was cut and the names ended in "…". A few pixels of slack."""

    SLACK = 6

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Override QStyledItemDelegate.sizeHint: Qt's hint plus the slack."""
        return super().sizeHint(option, index) + QSize(0, self.SLACK)
