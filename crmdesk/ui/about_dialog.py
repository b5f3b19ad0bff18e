"""Help → About: what crmdesk is, and every version a support request needs.

    AboutDialog(ctx, parent=window).exec()          # reads SQLCipher/SQLite on the worker
    AboutDialog({"crmdesk": "0.1.0", "sqlcipher": "4.6.1 community", "sqlite": "3.46.1"})

"Copy" puts the versions as plain text on the clipboard, ready to paste into an e-mail.
"""

from __future__ import annotations

import platform
from collections.abc import Mapping

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk import APP_NAME, __version__
from crmdesk.i18n import QT_TRANSLATE_NOOP
from crmdesk.services import maintenance
from crmdesk.ui.context import AppContext

CONTEXT = "AboutDialog"
# key, label; SQLCipher, SQLite and the database come from the open session
ROWS = (
    ("crmdesk", "crmdesk"),
    ("qt", "Qt"),
    ("pyside6", "PySide6"),
    ("sqlcipher", "SQLCipher"),
    ("sqlite", "SQLite"),
    ("python", "Python"),
    ("os", QT_TRANSLATE_NOOP("AboutDialog", "Operating system")),
    ("database", QT_TRANSLATE_NOOP("AboutDialog", "Database file")),
)


def runtime_versions() -> dict[str, str]:
    """The versions known without a database."""
    return {
        "crmdesk": __version__,
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "python": platform.python_version(),
        "os": platform.platform(terse=True),
    }


class AboutDialog(QDialog):
    """Name, version, description, component versions, licence, and a Copy button."""

    def __init__(
        self, ctx_or_versions: AppContext | Mapping[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About crmdesk"))
        self.versions = runtime_versions()
        self._values: dict[str, QLabel] = {}
        self._build()
        if isinstance(ctx_or_versions, AppContext):
            ctx = ctx_or_versions
            self.versions["database"] = str(ctx.session.store.path)
            ctx.worker.submit(maintenance.versions, ctx.session, on_done=self._update)
        else:
            self.versions.update(ctx_or_versions)
        self._show_versions()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(APP_NAME)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Version %1").replace("%1", __version__)))
        description = QLabel(
            self.tr("An offline-first, encrypted desktop CRM for field sales teams.")
        )
        description.setWordWrap(True)
        layout.addWidget(description)
        layout.addSpacing(8)
        form = QFormLayout()
        for key, text in ROWS:
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(key in ("database", "os"))
            self._values[key] = value
            name = QCoreApplication.translate(CONTEXT, text) if key in ("os", "database") else text
            form.addRow(name + ":", value)
        layout.addLayout(form)
        layout.addSpacing(8)
        licence = QLabel(
            self.tr(
                "Proprietary software. Qt and PySide6 are used under the GNU LGPL v3; "
                "SQLCipher Community Edition under its BSD-style licence."
            )
        )
        licence.setWordWrap(True)
        layout.addWidget(licence)
        self.status = QLabel()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy versions"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _update(self, found: Mapping[str, str]) -> None:
        self.versions.update(found)
        self._show_versions()

    def _show_versions(self) -> None:
        for key, label in self._values.items():
            label.setText(self.versions.get(key) or self.tr("unknown"))

    def versions_text(self) -> str:
        """Plain text, one "Component: version" per line (English, for support staff)."""
        names = dict(ROWS)
        lines = [f"{names[key]}: {self.versions.get(key) or '-'}" for key, _ in ROWS]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())
        self.status.setText(self.tr("Copied to the clipboard."))
