"""Our own words in the reader's language: Qt's translation, from any module, with or without Qt.

Every user-visible text written in the code goes through :func:`translate` (or, in a widget module,
``QCoreApplication.translate``) with a context written as a literal, because ``pyside6-lupdate``
reads the source and files each text under the context it sees there::

    translate("NotesPane", "Saved")
    translate("NotesPane", "%n note(s)", None, count)      # plurals: %n

A text kept in a table before anyone asks for it is marked with :func:`QT_TRANSLATE_NOOP` and looked
up where it is shown (``translate(context, TEXT)``). Do not use ``self.tr()``: PySide6 takes its
context from the class of the object at run time, so a subclass would miss the translation lupdate
filed under the base class (measured with PySide6 6.12). The context is the class or module the
text belongs to, in CamelCase (``NotesPane``, ``MainWindow``).

This module imports no Qt (tests/test_architecture.py): it uses QCoreApplication only when the app
has loaded QtCore, so the core and the command line get the English text. What the handbook itself
says is content, translated per locale in content/<locale>/, never here. scripts/update-translations
extracts the texts into translations/ (docs/translations.md).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

SOURCE_LANGUAGE = "en"
# True inside :func:`in_english` (per thread: a worker drawing a preview has its own context).
_ENGLISH: ContextVar[bool] = ContextVar("liverbook_in_english", default=False)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the reader's language (English until the app installs a translation)."""
    core = sys.modules.get("PySide6.QtCore")
    if core is None or _ENGLISH.get():
        return text.replace("%n", str(n)) if n >= 0 else text
    return str(core.QCoreApplication.translate(context, text, disambiguation, n))


@contextmanager
def in_english() -> Iterator[None]:
    """Our words in English inside the block, whatever language the app is in: the visit report's
    page 1 for a clinician who reads English. Only this thread (and its context) is affected."""
    token = _ENGLISH.set(True)
    try:
        yield
    finally:
        _ENGLISH.reset(token)


def english_now() -> bool:
    """True inside :func:`in_english`."""
    return _ENGLISH.get()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for extraction under ``context``; returns it unchanged (look it up when shown)."""
    return text


def number_text(value: float, decimals: int = 0) -> str:
    """``value`` written as the reader's language writes numbers: English 1,000 and 12,345.5; Spanish
    (Latin America) 1000 and 12,345.5, as the RAE and CLDR keep a four-digit number whole. English
    (the core, the command line, :func:`in_english`) until the app installs a language."""
    text = f"{value:,.{decimals}f}"
    core = sys.modules.get("PySide6.QtCore")
    if core is None or _ENGLISH.get():
        return text
    locale = core.QLocale()
    if locale.language() != core.QLocale.Language.Spanish:
        return text  # English, or no language installed (the C locale would drop the comma)
    if abs(value) < 10000:
        locale.setNumberOptions(core.QLocale.NumberOption.OmitGroupSeparator)
    return str(locale.toString(float(value), "f", decimals))


def app_name() -> str:
    """The app's name in the reader's language, for window titles and the printed report's header
    (``liverbook.APP_NAME`` stays the name the files, the desktop entry and the data folder use)."""
    return translate("App", "Liver Cancer Handbook")
