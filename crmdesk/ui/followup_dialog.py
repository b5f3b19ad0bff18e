"""The Log follow-up dialog: what happened, then confirm the grade and see the next date.

    dialog = FollowUpDialog(ctx, customer_id, parent)
    dialog.open()

The grade is re-assessed at every contact (design §1): no grade is pre-selected, and Save
stays disabled until the salesperson confirms the current grade or picks another. The next
follow-up date follows the chosen grade and the follow-up day (cadence and working days,
the rule `log_followup` applies) until the user sets it by hand; only a hand-set date is
passed on as `next_due`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from crmdesk.domain.enums import FollowUpMethod, Grade
from crmdesk.services.followups import FollowUp, FollowUpForm, followup_form, log_followup
from crmdesk.ui.context import AppContext
from crmdesk.ui.entry_dialogs import EntryDialog, date_from_q, qdate
from crmdesk.ui.labels import GRADE_COLOURS, grade_meaning, label, reason_text

FUTURE_SLACK = timedelta(minutes=10)


class FollowUpDialog(EntryDialog):
    """Log one follow-up for one customer; ends by confirming the grade."""

    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None):
        super().__init__(ctx, customer_id, parent)
        self.setWindowTitle(self.tr("Log follow-up"))
        self.setMinimumWidth(560)
        self.info: FollowUpForm | None = None
        self._override = False
        self._programmatic = False
        self._build_fields()
        self._build_grades()
        self._build_next_date()
        self._connect()
        self.save_button.setDefault(True)
        self.refresh_save()
        ctx.worker.submit(
            followup_form,
            ctx.session,
            customer_id,
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    # -- building -------------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.method = QComboBox()
        for method in FollowUpMethod:
            self.method.addItem(label(method), method)
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(self.tr("What was discussed"))
        self.content.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.outcome = QLineEdit()
        self.next_step = QLineEdit()
        self.add_row(self.tr("&When"), self.when)
        self.add_row(self.tr("&Method"), self.method)
        self.add_row(self.tr("Con&tent"), self.content)
        self.add_row(self.tr("&Outcome"), self.outcome)
        self.add_row(self.tr("Next ste&p"), self.next_step)

    def _build_grades(self) -> None:
        box = QGroupBox(self.tr("Confirm the grade"))
        grid = QGridLayout(box)
        self.suggestion = QLabel(self.tr("Loading…"))
        grid.addWidget(self.suggestion, 0, 0, 1, 3)
        self.grades = QButtonGroup(self)
        self.grade_buttons: dict[Grade, QRadioButton] = {}
        self._grade_notes: dict[Grade, QLabel] = {}
        for row, grade in enumerate(Grade, start=1):
            button = QRadioButton(f"&{grade.value}   {grade_meaning(grade)}")
            button.setEnabled(False)
            self.grades.addButton(button)
            self.grade_buttons[grade] = button
            self._grade_notes[grade] = QLabel()
            grid.addWidget(button, row, 0)
            grid.addWidget(self._grade_notes[grade], row, 1)
        grid.setColumnStretch(2, 1)
        self.grade_hint = QLabel(self.tr("Confirm the current grade or choose another to save."))
        self.grade_hint.setStyleSheet("color: palette(mid);")
        grid.addWidget(self.grade_hint, len(Grade) + 1, 0, 1, 3)
        self.form.addRow(box)

    def _build_next_date(self) -> None:
        self.next_date = QDateEdit()
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.reset_button = QPushButton(self.tr("&Reset"))
        self.reset_button.setToolTip(self.tr("Back to the date the grade's cadence gives"))
        self.reset_button.setAutoDefault(False)
        self.next_note = QLabel()
        self.next_note.setWordWrap(True)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.next_date)
        line.addWidget(self.reset_button)
        line.addWidget(self.next_note, 1)
        self.add_row(self.tr("&Next follow-up"), row)
        self._errors[self.next_date] = self._errors.pop(row)

    def _connect(self) -> None:
        self.grades.buttonToggled.connect(self._grade_toggled)
        self.when.dateTimeChanged.connect(self._follow_cadence)
        self.next_date.dateChanged.connect(self._next_date_edited)
        self.reset_button.clicked.connect(self.reset_next_date)

    # -- state ----------------------------------------------------------------------------

    def chosen_grade(self) -> Grade | None:
        for grade, button in self.grade_buttons.items():
            if button.isChecked():
                return grade
        return None

    def computed_next_due(self) -> date | None:
        """The date the cadence gives for the chosen (else current) grade and the day."""
        if self.info is None:
            return None
        grade = self.chosen_grade() or self.info.grade
        return self.info.next_due(grade, self._when().astimezone().date())

    def is_overridden(self) -> bool:
        return self._override

    def ready(self) -> bool:
        return self.info is not None and self.chosen_grade() is not None

    def reset_next_date(self) -> None:
        self._override = False
        self._follow_cadence()

    def _when(self) -> datetime:
        msecs = self.when.dateTime().toMSecsSinceEpoch()
        return datetime.fromtimestamp(msecs / 1000, UTC)

    def _loaded(self, info: FollowUpForm) -> None:
        self.info = info
        self.setWindowTitle(self.tr("Log follow-up — %1").replace("%1", info.name))
        self._programmatic = True
        self.when.setDateTime(QDateTime.fromMSecsSinceEpoch(int(info.now.timestamp() * 1000)))
        self._programmatic = False
        self._show_suggestion(info)
        for grade, button in self.grade_buttons.items():
            self._grade_notes[grade].setText(self._grade_note(grade, info))
            button.setEnabled(True)
        self._follow_cadence()
        self.refresh_save()
        self.content.setFocus()

    def _load_failed(self, exc: Exception) -> None:
        self.suggestion.setText(
            self.tr("This customer could not be opened: %1").replace("%1", str(exc))
        )

    def _grade_note(self, grade: Grade, info: FollowUpForm) -> str:
        text = self.tr("every %n day(s)", "", info.preferences.cadences.days(grade))
        if grade == info.grade:
            text += " · " + self.tr("current")
        if grade == info.suggestion.grade:
            text += " · " + self.tr("suggested")
        return text

    def _show_suggestion(self, info: FollowUpForm) -> None:
        grade = info.suggestion.grade
        reasons = "<br>".join(_escape(reason_text(r)) for r in info.suggestion.reasons)
        colour = GRADE_COLOURS[grade].name()
        head = self.tr("Suggested grade: %1").replace(
            "%1", f"<b style='color:{colour}'>{grade.value}</b>"
        )
        self.suggestion.setText(f"{head}<br>{reasons}")

    def _grade_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.grade_hint.hide()
            self._follow_cadence()
            self.refresh_save()

    def _follow_cadence(self) -> None:
        computed = self.computed_next_due()
        if computed is None:
            return
        if not self._override:
            self._programmatic = True
            self.next_date.setDate(qdate(computed))
            self._programmatic = False
        self._update_note(computed)

    def _next_date_edited(self) -> None:
        if not self._programmatic:
            self._override = True
            computed = self.computed_next_due()
            if computed is not None:
                self._update_note(computed)

    def _update_note(self, computed: date) -> None:
        chosen = date_from_q(self.next_date.date())
        weekday = QLocale().dayName(chosen.isoweekday(), QLocale.FormatType.LongFormat)
        if self._override:
            note = self.tr("%1, set by hand (the cadence gives %2)")
            note = note.replace("%2", computed.isoformat())
        else:
            note = self.tr("%1, from the grade's cadence")
        self.next_note.setText(note.replace("%1", weekday))
        self.reset_button.setEnabled(self._override)

    # -- saving ---------------------------------------------------------------------------

    def collect(self) -> tuple[Any, tuple[Any, ...]] | None:
        grade, info = self.chosen_grade(), self.info
        if grade is None or info is None:
            return None
        moment = self._when()
        if moment > info.now + FUTURE_SLACK:
            self.show_error(self.when, self.tr("A follow-up cannot be logged in the future."))
            return None
        chosen = date_from_q(self.next_date.date())
        if chosen < moment.astimezone().date():
            message = self.tr("The next follow-up cannot be before this one.")
            self.show_error(self.next_date, message)
            return None
        manual = chosen if self._override and chosen != self.computed_next_due() else None
        entry = FollowUp(
            method=FollowUpMethod(self.method.currentData()),
            confirmed_grade=grade,
            content=self.content.toPlainText().strip(),
            outcome=self.outcome.text().strip(),
            next_step=self.next_step.text().strip(),
            occurred_at=moment,
            next_due=manual,
        )
        return log_followup, (entry,)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
