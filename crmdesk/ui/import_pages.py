"""The import wizard's second page: which column goes where.

    MappingPage(wizard)      # see import_wizard.ImportWizard (FilePage: import_file_page.py)

Every column of the file gets a combo of target fields (the guess preselected), sample values
from the first rows, and saved mapping profiles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from crmdesk.exchange.mapping import TARGET_FIELDS
from crmdesk.exchange.model import Table
from crmdesk.services.importing import (
    ImportPreview,
    list_mapping_profiles,
    load_mapping_profile,
    resolve_mapping,
    save_mapping_profile,
)

if TYPE_CHECKING:
    from crmdesk.ui.import_wizard import ImportWizard

__all__ = ["MappingPage", "field_label"]

_SAMPLES = 3  # sample values shown per column
_SAMPLE_ROWS = 50  # rows searched for them


def field_label(target: str | None) -> str:
    """The translated name of an import target field ("phone" -> "Phone" / "电话")."""
    if target is None:
        return ""
    text = TARGET_FIELDS.get(target)
    return QCoreApplication.translate("ImportField", text) if text else target


class MappingPage(QWizardPage):
    """Step 2: a target field for every column of the file, with sample values."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self._advance = False  # set once a changed mapping has been previewed
        self.combos: list[QComboBox] = []
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Choose what each column of the file holds. Columns set to ignore are left out."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Saved &profile:"))
        self.profiles = QComboBox()
        self.profiles.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profiles.activated.connect(self._pick_profile)
        label.setBuddy(self.profiles)
        self.save_button = QPushButton(self.tr("&Save as profile…"))
        self.save_button.clicked.connect(self.save_profile)
        for widget in (label, self.profiles):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.columns_area = QScrollArea()
        self.columns_area.setWidgetResizable(True)
        layout.addWidget(self.columns_area, 1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("QLabel { color: #b45309; }")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        layout.addWidget(self.hint)
        layout.addWidget(self.busy)

    def initializePage(self) -> None:
        """Override QWizardPage.initializePage: one row per column, the current mapping."""
        table, preview = self._wizard.table, self._wizard.preview
        assert table is not None
        assert preview is not None
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        for col, text in enumerate(
            (self.tr("Column in the file"), self.tr("Import as"), self.tr("Sample values"))
        ):
            heading = QLabel(f"<b>{text}</b>")
            grid.addWidget(heading, 0, col)
        self.combos = []
        for index, header in enumerate(table.headers):
            name = QLabel(header or self.tr("(column %1)").replace("%1", str(index + 1)))
            combo = self._combo(preview.mapping.get(index))
            name.setBuddy(combo)
            samples = _samples(table, index)
            sample = QLabel(" · ".join(samples) if samples else self.tr("(empty)"))
            sample.setToolTip("\n".join(samples))
            grid.addWidget(name, index + 1, 0)
            grid.addWidget(combo, index + 1, 1)
            grid.addWidget(sample, index + 1, 2)
            self.combos.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(table.headers) + 1, 1)
        self.columns_area.setWidget(grid_widget)
        self._check()
        self._load_profiles()
        if self.combos:
            self.combos[0].setFocus()

    def _combo(self, target: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— ignore —"), None)
        for name in TARGET_FIELDS:
            combo.addItem(field_label(name), name)
        combo.setCurrentIndex(max(combo.findData(target), 0))
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def mapping(self) -> dict[int, str]:
        """Column index -> target field, as chosen."""
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_mapping(self, mapping: dict[int, str]) -> None:
        for index, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(index)), 0))
            combo.blockSignals(False)
        self._check()

    def _picked(self, combo: QComboBox) -> None:
        """A target goes to one column only: another column that had it is set to ignore."""
        target = combo.currentData()
        for other in self.combos:
            if other is not combo and target is not None and other.currentData() == target:
                other.blockSignals(True)
                other.setCurrentIndex(0)
                other.blockSignals(False)
        self._check()

    def _check(self) -> None:
        if not {"name", "company"} & set(self.mapping().values()):
            self.hint.setText(
                self.tr(
                    "No column is matched to Customer name or Company: "
                    "rows without a name are rejected."
                )
            )
        else:
            self.hint.clear()

    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: preview again (on the worker) if changed."""
        preview = self._wizard.preview
        if self._advance or (preview is not None and self.mapping() == preview.mapping):
            self._advance = False
            return True
        self.busy.show()
        self.setEnabled(False)
        self._wizard.remap(self.mapping(), on_done=self._remapped)
        return False

    def _remapped(self, preview: ImportPreview) -> None:
        self.busy.hide()
        self.setEnabled(True)
        self._wizard.set_preview(preview)
        self._advance = True
        self._wizard.next()

    # --- profiles ---------------------------------------------------------------------------

    def _load_profiles(self) -> None:
        ctx = self._wizard.ctx
        ctx.worker.submit(list_mapping_profiles, ctx.session, on_done=self._fill_profiles)

    def _fill_profiles(self, names: list[str]) -> None:
        self.profiles.clear()
        if not names:
            self.profiles.addItem(self.tr("(no saved profiles)"), None)
        else:
            self.profiles.addItem(self.tr("Choose a profile to apply…"), None)
        for name in names:
            self.profiles.addItem(name, name)
        self.profiles.setEnabled(bool(names))

    def _pick_profile(self, index: int) -> None:
        name = self.profiles.itemData(index)
        if name:
            ctx = self._wizard.ctx
            ctx.worker.submit(load_mapping_profile, ctx.session, name, on_done=self._apply_profile)

    def _apply_profile(self, profile: dict[str, str] | None) -> None:
        table = self._wizard.table
        if profile is None or table is None:
            return
        mapping = resolve_mapping(table.headers, profile)
        if not mapping:
            self.hint.setText(self.tr("None of the profile's columns are in this file."))
            return
        self.set_mapping(mapping)

    def save_profile(self) -> None:
        table = self._wizard.table
        if table is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save as profile"), self.tr("Name of the mapping profile:")
        )
        if not ok or not name.strip():
            return
        by_header = {table.headers[i]: target for i, target in self.mapping().items()}
        self._wizard.ctx.run(
            save_mapping_profile, name.strip(), by_header,
            on_done=lambda _changes: self._load_profiles(),
        )  # fmt: skip


def _samples(table: Table, index: int) -> list[str]:
    found: list[str] = []
    for row in table.rows[:_SAMPLE_ROWS]:
        cell = row.cells[index] if index < len(row.cells) else None
        text = "" if cell is None else str(cell).strip()
        if text and text not in found:
            found.append(text[:40])
        if len(found) == _SAMPLES:
            break
    return found
