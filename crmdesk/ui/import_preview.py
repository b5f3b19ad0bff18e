"""Step 3 of the import wizard: the dry run — counts, problem rows, duplicates to decide.

    PreviewPage(wizard)      # see import_wizard.ImportWizard

Duplicates are shown side by side with the customer (or earlier row of the file) they match,
with skip / update / create anyway for the selected rows or for all; the counts the import
will give are recomputed with `dry_run` (pure Python, no database) at every decision.
Problems list every rejected row and every field left empty, with the row number Excel shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crmdesk.exchange.model import PROBLEM_CONTEXT, Problem
from crmdesk.services.importing import Decision, PreviewRow, RowStatus, dry_run
from crmdesk.ui.import_pages import field_label

if TYPE_CHECKING:
    from crmdesk.ui.import_wizard import ImportWizard

__all__ = ["PreviewPage", "TextTableModel"]

_Index = QModelIndex | QPersistentModelIndex


class TextTableModel(QAbstractTableModel):
    """Read-only rows of text; a cell may be replaced (the decision column)."""

    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.cells: list[list[str]] = []

    def set_rows(self, rows: list[list[str]]) -> None:
        self.beginResetModel()
        self.cells = rows
        self.endResetModel()

    def set_text(self, row: int, column: int, text: str) -> None:
        if self.cells[row][column] != text:
            self.cells[row][column] = text
            index = self.index(row, column)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return self.cells[index.row()][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Override QAbstractItemModel.headerData."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def _view(model: TextTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _stacked(hint: QLabel, content: QWidget) -> QStackedWidget:
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint.setWordWrap(True)
    stack = QStackedWidget()
    stack.addWidget(hint)
    stack.addWidget(content)
    return stack


class PreviewPage(QWizardPage):
    """Step 3: what the import will do; nothing is written before Import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.duplicate_rows: list[PreviewRow] = []
        self._writes = 0  # customers the import would create or update
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been imported yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        layout = QVBoxLayout(self)
        self.counts = QLabel()
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._duplicates_tab(), "")
        self.tabs.addTab(self._problems_tab(), "")
        layout.addWidget(self.counts)
        layout.addWidget(self.plan)
        layout.addWidget(self.tabs, 1)

    def _duplicates_tab(self) -> QWidget:
        self.duplicates_model = TextTableModel(
            [
                self.tr("Row"),
                self.tr("Name"),
                self.tr("Company"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("Existing customer"),
                self.tr("Its company"),
                self.tr("Its phone"),
                self.tr("Action"),
            ]
        )
        self.duplicates_view = _view(self.duplicates_model)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        label = QLabel(self.tr("&All duplicates:"))
        self.for_all = QComboBox()
        for decision in Decision:
            self.for_all.addItem(self.decision_text(decision), decision.value)
        self.for_all.activated.connect(lambda _i: self.decide_all(self.for_all.currentData()))
        label.setBuddy(self.for_all)
        row.addWidget(label)
        row.addWidget(self.for_all)
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Selected rows:")))
        self.decide_buttons: dict[Decision, QPushButton] = {}
        for decision, text in (
            (Decision.SKIP, self.tr("S&kip")),
            (Decision.UPDATE, self.tr("&Update existing")),
            (Decision.CREATE, self.tr("&Create anyway")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, d=decision: self.decide_selected(d))
            row.addWidget(button)
            self.decide_buttons[decision] = button
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.duplicates_view, 1)
        self.no_duplicates = QLabel(self.tr("No duplicates: no row matches an existing customer."))
        self.duplicates_stack = _stacked(self.no_duplicates, content)
        return self.duplicates_stack

    def _problems_tab(self) -> QWidget:
        self.problems_model = TextTableModel(
            [
                self.tr("Row"),
                self.tr("Field"),
                self.tr("Value"),
                self.tr("Problem"),
                self.tr("Outcome"),
            ]
        )
        self.problems_view = _view(self.problems_model)
        self.no_problems = QLabel(self.tr("No problems: every row can be imported as it is."))
        self.problems_stack = _stacked(self.no_problems, self.problems_view)
        return self.problems_stack

    def decision_text(self, decision: Decision) -> str:
        return {
            Decision.SKIP: self.tr("Skip"),
            Decision.UPDATE: self.tr("Update existing"),
            Decision.CREATE: self.tr("Create anyway"),
        }[decision]

    # --- filling ----------------------------------------------------------------------------

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: show the wizard's current preview."""
        preview = self._wizard.preview
        assert preview is not None
        invalid = sum(1 for r in preview.rows if r.status is RowStatus.INVALID)
        text = self.tr("%1 new · %2 duplicates · %3 invalid · %4 warnings")
        for key, value in zip(
            ("%1", "%2", "%3", "%4"),
            (preview.new, preview.duplicates, invalid, len(preview.warnings)),
            strict=True,
        ):
            text = text.replace(key, str(value))
        self.counts.setText(f"<b>{text}</b>")
        self.duplicate_rows = [r for r in preview.rows if r.status is RowStatus.DUPLICATE]
        self.duplicates_model.set_rows([self._duplicate_cells(r) for r in self.duplicate_rows])
        self.for_all.setCurrentIndex(self.for_all.findData(self._wizard.default.value))
        self.duplicates_stack.setCurrentIndex(1 if self.duplicate_rows else 0)
        problems = sorted(
            [(p, True) for p in preview.invalid] + [(p, False) for p in preview.warnings],
            key=lambda pair: pair[0].row,
        )
        self.problems_model.set_rows([self._problem_cells(p, rejected) for p, rejected in problems])
        self.problems_stack.setCurrentIndex(1 if problems else 0)
        self.tabs.setTabText(0, self.tr("Duplicates (%1)").replace("%1", str(preview.duplicates)))
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(len(problems))))
        for view in (self.duplicates_view, self.problems_view):
            view.resizeColumnsToContents()
        self._update_plan()

    def _duplicate_cells(self, prow: PreviewRow) -> list[str]:
        values = prow.row.customer
        mine = [str(values.get(k) or "") for k in ("name", "company", "phone", "email")]
        if prow.matches:
            match = prow.matches[0]
            theirs = [match.name, match.company or "", match.phone or ""]
            if len(prow.matches) > 1:
                more = self.tr("(+%1 more)").replace("%1", str(len(prow.matches) - 1))
                theirs[0] = f"{theirs[0]} {more}"
        else:
            earlier = self.tr("Row %1 of this file").replace("%1", str(prow.earlier_row))
            theirs = [earlier, "", ""]
        return [str(prow.number), *mine, *theirs, self.decision_text(self._decision(prow))]

    def _problem_cells(self, problem: Problem, rejected: bool) -> list[str]:
        field = problem.field
        name = field_label(field) if field else "—"
        outcome = self.tr("Row rejected") if rejected else self.tr("Imported without this value")
        reason = QCoreApplication.translate(PROBLEM_CONTEXT, problem.message)
        return [str(problem.row), name, problem.value, reason, outcome]

    # --- decisions --------------------------------------------------------------------------

    def _decision(self, prow: PreviewRow) -> Decision:
        return self._wizard.decisions.get(prow.number, self._wizard.default)

    def decide_all(self, value: str) -> None:
        """Every duplicate row gets *value*; per-row choices are forgotten."""
        self._wizard.default = Decision(value)
        self._wizard.decisions.clear()
        self._refresh_actions(range(len(self.duplicate_rows)))

    def decide_selected(self, decision: Decision) -> None:
        rows = sorted({i.row() for i in self.duplicates_view.selectionModel().selectedRows()})
        for row in rows:
            self._wizard.decisions[self.duplicate_rows[row].number] = decision
        self._refresh_actions(rows)

    def _refresh_actions(self, rows: range | list[int]) -> None:
        column = self.duplicates_model.columnCount() - 1
        for row in rows:
            text = self.decision_text(self._decision(self.duplicate_rows[row]))
            self.duplicates_model.set_text(row, column, text)
        self._update_plan()

    def _update_plan(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        result = dry_run(preview, self._wizard.decisions, self._wizard.default)
        text = self.tr("Import will create %1 customers, update %2 and skip %3 duplicates.")
        text = text.replace("%1", str(result.new)).replace("%2", str(result.updated))
        self.plan.setText(text.replace("%3", str(result.duplicates)))
        self._writes = result.new + result.updated
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete: Import only when something would be written."""
        return self._wizard.preview is not None and self._writes > 0
