"""Loading translations: crmdesk's own (.qm built from resources/translations/*.ts) and Qt's.

language = resolve_language(saved)     # "en" or "zh_CN"; "system" follows the OS
install_translators(app, language)
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")
SUPPORTED = ("en", "zh_CN")
_installed: list[QTranslator] = []


def resolve_language(preference: str | None) -> str:
    """The language to use for a stored preference ("system", "en", "zh_CN" or None)."""
    if preference in SUPPORTED:
        return str(preference)
    system = QLocale.system()
    chinese = system.language() == QLocale.Language.Chinese
    return "zh_CN" if chinese and system.script() != QLocale.Script.TraditionalHanScript else "en"


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators by those for *language*."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"crmdesk_{language}", str(TRANSLATIONS))]
    if language != "en":
        candidates.append((f"qtbase_{language}", qt_dir))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
