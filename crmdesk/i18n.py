"""Marking of translatable text in Qt-free layers.

`translatable("StoreError", "Wrong password.")` returns the text unchanged; `pyside6-lupdate`
collects it because the call has the shape of QT_TRANSLATE_NOOP, and the UI translates it at
display time with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text*; the call marks it for translation under *context*."""
    del context
    return text
