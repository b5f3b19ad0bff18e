"""The customer's own fields in tabs, with a message under any field that fails validation.

    form = DetailForm()
    form.load(detail.fields | {"tags": "VIP, 华东"})
    values = form.values()                  # {field: normalised value or None}
    cleaned, errors = validate(values, values.keys())
    form.show_errors({k: error_text(k, code) for k, code in errors.items()})

Empty text and an unset date are None, never "" or a made-up day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from crmdesk.domain.enums import (
    CustomerKind,
    Grade,
    Importance,
    NeedStatus,
    PricePreference,
    RelationshipStatus,
    SizeBucket,
    SourceChannel,
)
from crmdesk.domain.validation import ValidationError, clean_amount, clean_email, clean_name
from crmdesk.domain.validation import phone_digits as digits_of
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.ui.form_widgets import OptionalDate

# Re-exported ("as" itself): the contacts and key date editors still import these from here.
from crmdesk.ui.form_widgets import choice_box as choice_box
from crmdesk.ui.form_widgets import error_label as error_label
from crmdesk.ui.form_widgets import with_message as with_message

CTX = "DetailForm"
REQUIRED_CHOICES = frozenset({"kind", "grade", "relationship", "importance", "need"})
NEW_DEFAULTS = {  # a new customer's form starts with these choices made
    "kind": "company",
    "grade": "D",
    "relationship": "potential",
    "importance": "normal",
    "need": "future",
}

GROUPS: tuple[tuple[str, tuple[tuple[str, str, object], ...]], ...] = (
    (QT_TRANSLATE_NOOP("DetailForm", "Basic"), (
        ("name", QT_TRANSLATE_NOOP("DetailForm", "Name"), "line"),
        ("kind", QT_TRANSLATE_NOOP("DetailForm", "Kind"), CustomerKind),
        ("phone", QT_TRANSLATE_NOOP("DetailForm", "Phone"), "line"),
        ("email", QT_TRANSLATE_NOOP("DetailForm", "E-mail"), "line"),
        ("owner", QT_TRANSLATE_NOOP("DetailForm", "Owner"), "line"),
        ("source", QT_TRANSLATE_NOOP("DetailForm", "Source channel"), SourceChannel),
        ("first_contact_on", QT_TRANSLATE_NOOP("DetailForm", "First contact"), "date"),
        ("first_summary", QT_TRANSLATE_NOOP("DetailForm", "First conversation"), "text"),
    )),
    (QT_TRANSLATE_NOOP("DetailForm", "Company"), (
        ("company", QT_TRANSLATE_NOOP("DetailForm", "Company name"), "line"),
        ("size_bucket", QT_TRANSLATE_NOOP("DetailForm", "Size"), SizeBucket),
        ("industry", QT_TRANSLATE_NOOP("DetailForm", "Industry"), "line"),
        ("annual_revenue", QT_TRANSLATE_NOOP("DetailForm", "Annual revenue"), "line"),
        ("main_products", QT_TRANSLATE_NOOP("DetailForm", "Main products"), "text"),
        ("address", QT_TRANSLATE_NOOP("DetailForm", "Address"), "line"),
        ("postal_code", QT_TRANSLATE_NOOP("DetailForm", "Postal code"), "line"),
        ("city", QT_TRANSLATE_NOOP("DetailForm", "City"), "line"),
        ("country", QT_TRANSLATE_NOOP("DetailForm", "Country/region"), "line"),
    )),
    (QT_TRANSLATE_NOOP("DetailForm", "Needs && preferences"), (
        ("functional_needs", QT_TRANSLATE_NOOP("DetailForm", "Functional needs"), "text"),
        ("price_preference", QT_TRANSLATE_NOOP("DetailForm", "Price preference"), PricePreference),
        ("service_requirements", QT_TRANSLATE_NOOP("DetailForm", "Service requirements"), "text"),
        ("brand_preferences", QT_TRANSLATE_NOOP("DetailForm", "Brand preferences"), "text"),
        ("notes", QT_TRANSLATE_NOOP("DetailForm", "Notes"), "text"),
    )),
    (QT_TRANSLATE_NOOP("DetailForm", "Classification"), (
        ("grade", QT_TRANSLATE_NOOP("DetailForm", "Grade"), Grade),
        ("relationship", QT_TRANSLATE_NOOP("DetailForm", "Relationship"), RelationshipStatus),
        ("importance", QT_TRANSLATE_NOOP("DetailForm", "Importance"), Importance),
        ("need", QT_TRANSLATE_NOOP("DetailForm", "Need"), NeedStatus),
        ("tags", QT_TRANSLATE_NOOP("DetailForm", "Tags"), "line"),
    )),
)  # fmt: skip

_MESSAGES = {
    "required": QT_TRANSLATE_NOOP("DetailForm", "This cannot be empty."),
    "too_long": QT_TRANSLATE_NOOP("DetailForm", "This is too long."),
    "invalid_characters": QT_TRANSLATE_NOOP("DetailForm", "Remove the control characters."),
    "invalid": QT_TRANSLATE_NOOP("DetailForm", "This value is not valid."),
    "negative": QT_TRANSLATE_NOOP("DetailForm", "The amount cannot be negative."),
    "too_large": QT_TRANSLATE_NOOP("DetailForm", "The amount is too large."),
    "no_digits": QT_TRANSLATE_NOOP("DetailForm", "A phone number needs digits."),
    "name.required": QT_TRANSLATE_NOOP("DetailForm", "Enter a name."),
    "email.invalid": QT_TRANSLATE_NOOP(
        "DetailForm", "Not an e-mail address (like name@example.com)."
    ),
    "annual_revenue.invalid": QT_TRANSLATE_NOOP("DetailForm", "Enter a number, like 1,250,000."),
}


def split_tags(text: str | None) -> list[str]:
    """Tags typed as a list separated by commas (either width) or semicolons."""
    return [t.strip() for t in re.split(r"[,，;；]", text or "") if t.strip()]


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def error_text(field: str, code: str) -> str:
    """The translated message for a validation error of *field*."""
    text = _MESSAGES.get(f"{field}.{code}") or _MESSAGES.get(code) or _MESSAGES["invalid"]
    return tr(text)


def check_phones(text: str | None, field: str = "phone") -> None:
    """Each ", "-separated number must contain digits."""
    for part in (text or "").split(","):
        if part.strip() and not digits_of(part):
            raise ValidationError(field, "no_digits")


def _phone(text: str) -> str:
    check_phones(text)
    return text


_CLEANERS: dict[str, Callable[[Any], Any]] = {
    "name": clean_name,
    "email": clean_email,
    "phone": _phone,
    "annual_revenue": lambda v: None if v is None else str(clean_amount(v, "annual_revenue")),
}


def validate(
    values: dict[str, Any], fields: Iterable[str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """Clean *fields* of *values*: (cleaned values, {field: error code})."""
    cleaned, errors = dict(values), {}
    for field in fields:
        cleaner = _CLEANERS.get(field)
        if cleaner is None or (values.get(field) is None and field != "name"):
            continue
        try:
            cleaned[field] = cleaner(values.get(field) or "")
        except ValidationError as exc:
            errors[field] = exc.code
    return cleaned, errors


class DetailForm(QTabWidget):
    """Tabs of customer fields; emits `edited` on every change the user makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, QWidget] = {}
        self._messages: dict[str, QLabel] = {}
        self._pages: dict[str, QScrollArea] = {}
        self._loading = False
        for title, fields in GROUPS:
            self.addTab(self._page(fields), tr(title))

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {key: self._value(editor) for key, editor in self._editors.items()}

    def load(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, editor in self._editors.items():
                self._set_value(editor, values.get(key))
        finally:
            self._loading = False
        self.show_errors({})

    def editor(self, field: str) -> QWidget:
        return self._editors[field]

    def form_pages(self) -> list[QScrollArea]:
        return list(dict.fromkeys(self._pages.values()))

    # -- errors ----------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field (and hide the others); focus the first."""
        for key, message in self._messages.items():
            message.setText(errors.get(key, ""))
            message.setVisible(key in errors)
        first = next((k for k in self._editors if k in errors), None)
        if first is not None:
            self.focus_field(first)

    def message(self, field: str) -> str:
        shown = self._messages[field]
        return shown.text() if not shown.isHidden() else ""

    def focus_field(self, field: str) -> None:
        page, editor = self._pages[field], self._editors[field]
        self.setCurrentWidget(page)
        page.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building --------------------------------------------------------------------------
    def _page(self, fields: tuple[tuple[str, str, object], ...]) -> QScrollArea:
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        for key, title, kind in fields:
            editor = self._make_editor(key, kind)
            message = error_label()
            self._editors[key], self._messages[key], self._pages[key] = editor, message, scroll
            form.addRow(tr(title), with_message(editor, message))
        scroll.setWidget(body)
        return scroll

    def _make_editor(self, key: str, kind: object) -> QWidget:
        editor: QWidget
        if kind == "line":
            editor = QLineEdit()
            editor.textChanged.connect(self._changed)
        elif kind == "text":
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
            editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            editor.textChanged.connect(self._changed)
        elif kind == "date":
            editor = OptionalDate()
            editor.changed.connect(self._changed)
        else:
            assert isinstance(kind, type)
            assert issubclass(kind, StrEnum)
            editor = choice_box(kind, optional=key not in REQUIRED_CHOICES)
            editor.currentIndexChanged.connect(self._changed)
        editor.setObjectName(key)
        return editor

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    @staticmethod
    def _value(editor: QWidget) -> Any:
        if isinstance(editor, QLineEdit):
            return editor.text().strip() or None
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip() or None
        if isinstance(editor, OptionalDate):
            return editor.value()
        assert isinstance(editor, QComboBox)
        return editor.currentData()

    @staticmethod
    def _set_value(editor: QWidget, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.setCursorPosition(0)
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, OptionalDate):
            editor.set_value(value)
        else:
            assert isinstance(editor, QComboBox)
            editor.setCurrentIndex(max(editor.findData(value), 0))
