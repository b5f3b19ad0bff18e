"""Small dialogs that add to a customer's history: note, feedback, order, opportunity.

    dialog = OrderDialog(ctx, customer_id, parent)
    dialog.open()            # validates next to each field; saves through ctx.run

Each dialog checks its input before anything is written: a bad field shows a message right
below it and nothing is saved. Ctrl+Enter saves from anywhere in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.enums import OpportunityStage
from crmdesk.domain.validation import (
    MAX_NAME_LENGTH,
    ValidationError,
    clean_amount,
    clean_probability,
)
from crmdesk.services.session import Changes
from crmdesk.services.timeline import NewOpportunity, Order, add_feedback, add_note, add_opportunity
from crmdesk.services.timeline import add_order as add_order_service
from crmdesk.ui.context import AppContext
from crmdesk.ui.labels import label

CURRENCIES = ("CNY", "USD", "EUR", "GBP", "HKD", "JPY", "SGD", "AUD", "CAD")
ERROR_STYLE = "color: #c62828;"


def date_from_q(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class EntryDialog(QDialog):
    """Base: a form whose rows carry an error line, Save/Cancel, Ctrl+Enter to save."""

    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id = customer_id
        self._errors: dict[QWidget, QLabel] = {}
        self._saving = False
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.status = QLabel()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._save_if_enabled)

    def add_row(self, text: str, widget: QWidget) -> QWidget:
        """A labelled field with an (initially hidden) error message below it."""
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        caption = QLabel(text)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self._errors[widget] = error
        return widget

    def error_text(self, widget: QWidget) -> str:
        """The message shown under *widget* ("" when it is valid)."""
        error = self._errors[widget]
        return error.text() if not error.isHidden() else ""

    def show_error(self, widget: QWidget, message: str) -> None:
        self._errors[widget].setText(message)
        self._errors[widget].show()

    def clear_errors(self) -> None:
        self.status.hide()
        for error in self._errors.values():
            error.clear()
            error.hide()

    def save(self) -> None:
        """Validate, then submit; subclasses return the call from `collect()`."""
        if self._saving or not self.ready():
            return
        self.clear_errors()
        call = self.collect()
        if call is None:
            return
        fn, args = call
        self._set_saving(True)
        self._ctx.run(fn, self._customer_id, *args, on_done=self._saved, on_error=self._failed)

    def collect(self) -> tuple[Callable[..., Changes], tuple[Any, ...]] | None:
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether the form may be saved now (beyond field validation); Save follows it."""
        return True

    def refresh_save(self) -> None:
        self.save_button.setEnabled(not self._saving and self.ready())

    def _save_if_enabled(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.refresh_save()

    def _saved(self, _changes: Changes) -> None:
        self._set_saving(False)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        """Keep the dialog and what was typed; the application reports the error itself."""
        self._set_saving(False)
        self.status.setText(
            QCoreApplication.translate("EntryDialog", "Not saved: %1").replace("%1", str(exc))
        )
        self.status.show()
        self._ctx.worker.failed.emit(exc)


def amount_or_error(dialog: EntryDialog, widget: QLineEdit, message: str) -> Decimal | None:
    """The field as money, or None after showing *message* under it."""
    try:
        return clean_amount(widget.text())
    except ValidationError:
        dialog.show_error(widget, message)
        return None


class NoteDialog(EntryDialog):
    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None):
        super().__init__(ctx, customer_id, parent)
        self.setWindowTitle(self.tr("Add note"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.add_row(self.tr("&Note"), self.text)

    def collect(self) -> tuple[Callable[..., Changes], tuple[Any, ...]] | None:
        text = self.text.toPlainText().strip()
        if not text:
            self.show_error(self.text, self.tr("Write the note first."))
            return None
        return add_note, (text,)


def _add_feedback(session: Any, customer_id: str, fields: dict[str, Any]) -> Changes:
    return add_feedback(session, customer_id, **fields)


class FeedbackDialog(EntryDialog):
    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None):
        super().__init__(ctx, customer_id, parent)
        self.setWindowTitle(self.tr("Add feedback"))
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("Choose…"), None)
        for score in range(1, 6):
            self.satisfaction.addItem(f"{score}  {'★' * score}{'☆' * (5 - score)}", score)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.complaint = QCheckBox(self.tr("This is a &complaint"))
        self.resolution = QLineEdit()
        self.add_row(self.tr("Satis&faction"), self.satisfaction)
        self.add_row(self.tr("&What they said"), self.text)
        self.add_row("", self.complaint)
        self.add_row(self.tr("&Resolution"), self.resolution)

    def collect(self) -> tuple[Callable[..., Changes], tuple[Any, ...]] | None:
        score = self.satisfaction.currentData()
        if score is None:
            self.show_error(self.satisfaction, self.tr("Choose a satisfaction from 1 to 5."))
            return None
        fields = {
            "satisfaction": score,
            "text": self.text.toPlainText().strip(),
            "complaint": self.complaint.isChecked(),
            "resolution": self.resolution.text().strip(),
        }
        return _add_feedback, (fields,)


class OrderDialog(EntryDialog):
    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None):
        super().__init__(ctx, customer_id, parent)
        self.setWindowTitle(self.tr("Add order"))
        self.ordered_on = QDateEdit(qdate(ctx.session.today()))
        self.ordered_on.setCalendarPopup(True)
        self.ordered_on.setDisplayFormat("yyyy-MM-dd")
        self.product = QLineEdit()
        self.product.setMaxLength(MAX_NAME_LENGTH)
        self.specification = QLineEdit()
        self.quantity = QLineEdit("1")
        self.unit_price = QLineEdit()
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.amount = QLabel()
        self.add_row(self.tr("&Date"), self.ordered_on)
        self.add_row(self.tr("&Product"), self.product)
        self.add_row(self.tr("Specifica&tion"), self.specification)
        self.add_row(self.tr("&Quantity"), self.quantity)
        self.add_row(self.tr("&Unit price"), self.unit_price)
        self.add_row(self.tr("Curre&ncy"), self.currency)
        self.form.addRow(self.tr("Amount"), self.amount)
        for field in (self.quantity, self.unit_price):
            field.textChanged.connect(self._update_amount)
        self.currency.currentTextChanged.connect(self._update_amount)
        self._update_amount()

    def _update_amount(self) -> None:
        try:
            total = clean_amount(self.quantity.text()) * clean_amount(self.unit_price.text())
        except ValidationError:
            self.amount.setText("—")
            return
        self.amount.setText(f"{total.quantize(Decimal('0.01')):,} {self.currency.currentText()}")

    def collect(self) -> tuple[Callable[..., Changes], tuple[Any, ...]] | None:
        product = self.product.text().strip()
        if not product:
            self.show_error(self.product, self.tr("Enter the product."))
        quantity = amount_or_error(
            self, self.quantity, self.tr("Enter a quantity, for example 12 or 2.5.")
        )
        if quantity is not None and not quantity:
            self.show_error(self.quantity, self.tr("The quantity must be more than 0."))
        price_text = self.unit_price.text().strip()
        price = None
        if price_text:
            price = amount_or_error(
                self, self.unit_price, self.tr("Enter a price, for example 1200 or 99.50.")
            )
        if not product or not quantity or (price_text and price is None):
            return None
        order = Order(
            ordered_on=date_from_q(self.ordered_on.date()),
            product=product,
            quantity=quantity,
            unit_price=price,
            specification=self.specification.text().strip(),
            currency=self.currency.currentText(),
        )
        return add_order_service, (order,)


class OpportunityDialog(EntryDialog):
    def __init__(self, ctx: AppContext, customer_id: str, parent: QWidget | None = None):
        super().__init__(ctx, customer_id, parent)
        self.setWindowTitle(self.tr("Add opportunity"))
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_NAME_LENGTH)
        self.stage = QComboBox()
        for stage in OpportunityStage:
            self.stage.addItem(label(stage), stage)
        self.amount = QLineEdit()
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.has_close = QCheckBox(self.tr("&Expected close"))
        self.close_on = QDateEdit(qdate(ctx.session.today()))
        self.close_on.setCalendarPopup(True)
        self.close_on.setDisplayFormat("yyyy-MM-dd")
        self.close_on.setEnabled(False)
        self.has_close.toggled.connect(self.close_on.setEnabled)
        self.probability = QLineEdit()
        self.probability.setPlaceholderText("%")
        self.add_row(self.tr("&Title"), self.title)
        self.add_row(self.tr("Sta&ge"), self.stage)
        self.add_row(self.tr("&Amount"), self.amount)
        self.add_row(self.tr("Curre&ncy"), self.currency)
        self.add_row("", self.has_close)
        self.add_row(self.tr("Close &date"), self.close_on)
        self.add_row(self.tr("&Probability (%)"), self.probability)

    def _probability(self) -> tuple[bool, int | None]:
        text = self.probability.text().strip()
        if not text:
            return True, None
        try:
            return True, clean_probability(text)
        except ValidationError:
            self.show_error(self.probability, self.tr("Enter a percentage from 0 to 100."))
            return False, None

    def collect(self) -> tuple[Callable[..., Changes], tuple[Any, ...]] | None:
        title = self.title.text().strip()
        if not title:
            self.show_error(self.title, self.tr("Enter a title for the opportunity."))
        amount = None
        if self.amount.text().strip():
            amount = amount_or_error(self, self.amount, self.tr("Enter an amount, e.g. 50000."))
        probability_ok, probability = self._probability()
        if not title or (self.amount.text().strip() and amount is None) or not probability_ok:
            return None
        opportunity = NewOpportunity(
            title=title,
            stage=OpportunityStage(self.stage.currentData()),
            amount=amount,
            currency=self.currency.currentText(),
            expected_close_on=date_from_q(self.close_on.date())
            if self.has_close.isChecked()
            else None,
            probability=probability,
        )
        return add_opportunity, (opportunity,)
