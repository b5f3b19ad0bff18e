"""Preferences: follow-up cadences and working days, alerts, security and language.

    dialog = PreferencesDialog(ctx, window)
    dialog.language_changed.connect(switch_language)   # "system", "en" or "zh_CN"
    if dialog.exec(): ...                               # accepted once the save has committed

The preferences are read and saved on the worker thread (`crmdesk.services.preferences`);
saving changed cadences or working days recomputes every customer's next due date.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QRegularExpression, Qt, QTime, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.cadence import MAX_CADENCE_DAYS, MIN_CADENCE_DAYS, Cadences, WorkingDays
from crmdesk.domain.enums import Grade
from crmdesk.services.autostart import Autostart, for_platform
from crmdesk.services.preferences import (
    MAX_AUTO_LOCK_MINUTES,
    MAX_BACKUPS_KEPT,
    AppPreferences,
    load_preferences,
    save_preferences,
)
from crmdesk.services.session import Changes
from crmdesk.ui.context import AppContext
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning

ERROR_COLOUR = "#c62828"
FOLLOWUP_TAB, ALERTS_TAB, GENERAL_TAB = range(3)


class InvalidInput(ValueError):
    """A field the user must correct; the message is translated, *tab* holds the field."""

    def __init__(self, message: str, tab: int) -> None:
        super().__init__(message)
        self.tab = tab


class PreferencesDialog(QDialog):
    """Edits every preference; OK validates, saves through the worker, then closes."""

    loaded = Signal()  # the stored preferences are in the fields
    saved = Signal(object)  # AppPreferences, after the save committed
    language_changed = Signal(str)  # the new language preference, after the save

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, autostart: Autostart | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._stored: AppPreferences | None = None
        # start at login is the operating system's setting, not the database's
        self._autostart = autostart or for_platform()
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._followup_tab(), self.tr("Follow-ups"))
        self.tabs.addTab(self._alerts_tab(), self.tr("Alerts"))
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.error.hide()
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel | button.RestoreDefaults, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(button.RestoreDefaults).clicked.connect(
            lambda: self.set_preferences(AppPreferences())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.set_preferences(AppPreferences())
        # wrapped hints get clipped below the size hint (height-for-width in a tab widget)
        self.setMinimumSize(self.sizeHint())
        self._set_busy(True)
        ctx.worker.submit(load_preferences, ctx.session, on_done=self._loaded)

    # -- tabs ------------------------------------------------------------------------------
    def _followup_tab(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        intro = QLabel(self.tr("Follow up with each customer this often, by grade:"), page)
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        column.addLayout(form)
        self.cadence: dict[Grade, QSpinBox] = {}
        for grade in Grade:
            spin = QSpinBox(page)
            spin.setRange(MIN_CADENCE_DAYS, MAX_CADENCE_DAYS)
            spin.valueChanged.connect(lambda n, spin=spin: self._day_suffix(spin, n))
            spin.setAccessibleName(self.tr("Grade %1 follow-up interval").replace("%1", grade))
            self.cadence[grade] = spin
            name = QLabel(
                f"<b style='color:{GRADE_COLOURS[grade].name()}'>{grade.value}</b> "
                f"{grade_meaning(grade)}",
                page,
            )
            name.setBuddy(spin)
            form.addRow(name, spin)
        days = QWidget(page)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.working: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat), days)
            self.working.append(box)
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(self.tr("Working days:"), days)
        hint = QLabel(
            self.tr(
                "A follow-up due on a non-working day moves to the next working day. "
                "Changing the intervals or the working days recomputes every customer's "
                "next due date."
            ),
            page,
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addStretch(1)
        return page

    def _alerts_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.morning = _time_edit(page)
        form.addRow(self.tr("Daily alert at:"), self.morning)
        quiet = QWidget(page)
        grid = QGridLayout(quiet)
        grid.setContentsMargins(0, 0, 0, 0)
        self.quiet_start, self.quiet_end = _time_edit(quiet), _time_edit(quiet)
        grid.addWidget(QLabel(self.tr("from"), quiet), 0, 0)
        grid.addWidget(self.quiet_start, 0, 1)
        grid.addWidget(QLabel(self.tr("to"), quiet), 0, 2)
        grid.addWidget(self.quiet_end, 0, 3)
        grid.setColumnStretch(4, 1)
        form.addRow(self.tr("Quiet hours:"), quiet)
        note = QLabel(self.tr("No alerts in quiet hours; equal times turn them off."), page)
        note.setWordWrap(True)
        form.addRow(note)
        self.show_names = QCheckBox(self.tr("Show customer names in alerts"), page)
        form.addRow(self.show_names)
        self.start_at_login = QCheckBox(self.tr("Start crmdesk when I log in"), page)
        self.start_at_login.setToolTip(
            self.tr("crmdesk then waits in the tray and tells you who is due, every day.")
        )
        form.addRow(self.start_at_login)
        return page

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox(page)
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("English", "en")  # each language in its own name
        self.language.addItem("简体中文", "zh_CN")
        form.addRow(self.tr("Language:"), self.language)
        self.region = QLineEdit(page)
        self.region.setMaxLength(2)
        self.region.setMaximumWidth(self.region.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.region.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self.region)
        )
        self.region.setToolTip(self.tr("Two-letter country code, e.g. CN, HK, US"))
        form.addRow(self.tr("Default phone region:"), self.region)
        self.auto_lock = QSpinBox(page)
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        form.addRow(self.tr("Lock after idle:"), self.auto_lock)
        self.backups_kept = QSpinBox(page)
        self.backups_kept.setRange(1, MAX_BACKUPS_KEPT)
        self.backups_kept.setToolTip(
            self.tr("Each backup is as big as the database; the oldest goes when one is made.")
        )
        form.addRow(self.tr("Backups kept:"), self.backups_kept)
        return page

    def _day_suffix(self, spin: QSpinBox, days: int) -> None:
        spin.setSuffix(" " + self.tr("day(s)", "", days))

    # -- values ----------------------------------------------------------------------------
    def set_preferences(self, prefs: AppPreferences) -> None:
        for grade, spin in self.cadence.items():
            spin.setValue(prefs.cadences.days(grade))
            self._day_suffix(spin, spin.value())  # also when the value did not change
        for weekday, box in enumerate(self.working):
            box.setChecked(weekday in prefs.working_days.weekdays)
        self.morning.setTime(_qtime(prefs.morning_alert))
        self.quiet_start.setTime(_qtime(prefs.quiet_start))
        self.quiet_end.setTime(_qtime(prefs.quiet_end))
        self.show_names.setChecked(prefs.names_in_alerts)
        self.start_at_login.setChecked(self._autostart_enabled())
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.region.setText(prefs.phone_region)
        self.auto_lock.setValue(prefs.auto_lock_minutes)
        self.backups_kept.setValue(prefs.backups_kept)
        self._show_error("")

    def preferences(self) -> AppPreferences:
        """The preferences in the fields; raises InvalidInput with a translated message."""
        weekdays = [d for d, box in enumerate(self.working) if box.isChecked()]
        if not weekdays:
            raise InvalidInput(self.tr("Choose at least one working day."), FOLLOWUP_TAB)
        region = self.region.text().strip().upper()
        if len(region) != 2:
            raise InvalidInput(
                self.tr("The phone region is a two-letter country code, e.g. CN."), GENERAL_TAB
            )
        prefs = AppPreferences(
            cadences=Cadences({g: spin.value() for g, spin in self.cadence.items()}),
            working_days=WorkingDays.of(weekdays),
            quiet_start=_time(self.quiet_start.time()),
            quiet_end=_time(self.quiet_end.time()),
            auto_lock_minutes=self.auto_lock.value(),
            phone_region=region,
            language=str(self.language.currentData()),
            names_in_alerts=self.show_names.isChecked(),
            morning_alert=_time(self.morning.time()),
            backups_kept=self.backups_kept.value(),
        )
        if prefs.quiet_at(prefs.morning_alert):
            raise InvalidInput(self.tr("The daily alert falls in the quiet hours."), ALERTS_TAB)
        return prefs

    # -- loading and saving ----------------------------------------------------------------
    def _loaded(self, prefs: AppPreferences) -> None:
        self._stored = prefs
        self.set_preferences(prefs)
        self._set_busy(False)
        self.loaded.emit()

    def _save(self) -> None:
        try:
            prefs = self.preferences()
        except InvalidInput as exc:
            self.tabs.setCurrentIndex(exc.tab)
            self._show_error(str(exc))
            return
        self._show_error("")
        self._set_busy(True)
        self._ctx.run(save_preferences, prefs, on_done=lambda _c: self._saved(prefs))

    def _autostart_enabled(self) -> bool:
        try:
            return self._autostart.is_enabled()
        except OSError:
            return False

    def _apply_autostart(self) -> bool:
        """Make start-at-login match the box; False (with a message) when the OS refuses."""
        wanted = self.start_at_login.isChecked()
        try:
            if wanted != self._autostart.is_enabled():
                (self._autostart.enable if wanted else self._autostart.disable)()
        except OSError as exc:
            self.tabs.setCurrentIndex(ALERTS_TAB)
            self._show_error(
                self.tr("Start at login could not be changed: %1").replace(
                    "%1", exc.strerror or type(exc).__name__
                )
            )
            return False
        return True

    def _saved(self, prefs: AppPreferences, _changes: Changes | None = None) -> None:
        if not self._apply_autostart():
            self._set_busy(False)
            return
        before, self._stored = self._stored, prefs
        self.saved.emit(prefs)
        if before is None or before.language != prefs.language:
            self.language_changed.emit(prefs.language)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        for button in self.buttons.buttons():
            role = self.buttons.buttonRole(button)
            button.setEnabled(not busy or role == QDialogButtonBox.ButtonRole.RejectRole)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _time_edit(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
