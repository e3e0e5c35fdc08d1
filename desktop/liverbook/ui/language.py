"""The app's language: which there are, which one to use, and putting its translation into Qt.

A language is offered when the app has something in it: a compiled translation of its own words
(``resources/translations/liverbook_<code>.qm``, made by scripts/update_translations.py) or the
handbook's content (``content/<code>/``). English is always there. The choice (View > Language) is
kept in the data folder's settings; with none, the computer's language is used when it is offered.
Choosing another language in the menu reopens the window in it at once (the app saves everything
first, as when it closes); the example person's window only keeps the choice for the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from liverbook import paths
from liverbook.content.locales import locales_present
from liverbook.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, app_name, translate

LANGUAGE_KEY = "app/language"  # "" or absent: the computer's language
PREFIX = "liverbook_"
# Numbers and dates as a language's readers write them, where the language alone does not say. The
# handbook's Spanish is Latin America's (CLDR "es_419"): 1.5 and 1,234, as its pages and the lab
# results people type ("es" alone is Spain's: 1,5 and 1.234).
FORMATS = {"es": "es_419"}

# The names of keys as menus, tooltips and Help > Keyboard shortcuts show them ("Ctrl+P"), under Qt's
# own context. Qt's Spanish spells them out ("Control+Mayúsculas+M"); our catalogue gives the short
# names printed on keyboards, and is asked before Qt's (it is installed after it). Qt also reads key
# names back with these ("Ctrl+Enter" in the code), so no two keys may share a name: Return and Enter
# (the keypad's) keep Qt's own, and the code names them in English.
KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Meta"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),
    QT_TRANSLATE_NOOP("QShortcut", "Tab"),
    QT_TRANSLATE_NOOP("QShortcut", "Space"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
    QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Ins"),
    QT_TRANSLATE_NOOP("QShortcut", "Home"),
    QT_TRANSLATE_NOOP("QShortcut", "End"),
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),
)


def translations_dir() -> Path:
    return paths.resource("translations")


def available() -> list[str]:
    """Every language the app can show, English first: "en", then codes such as "es" or "pt_BR"."""
    codes = set(locales_present(paths.content_dir()))
    folder = translations_dir()
    if folder.is_dir():
        codes |= {p.stem[len(PREFIX) :] for p in folder.glob(f"{PREFIX}*.qm")}
    codes.discard(SOURCE_LANGUAGE)
    return [SOURCE_LANGUAGE, *sorted(codes)]


# Names in the language itself, for languages Qt would name with a country ("español de España").
NAMES = {"en": "English", "es": "Español", "fr": "Français", "pt": "Português", "zh": "中文"}


def language_name(code: str) -> str:
    """The language's name in itself ("Español"), as a menu shows it."""
    name = NAMES.get(code) or QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def system_language(offered: list[str]) -> str:
    """The first of the computer's languages that is offered ("es_MX" finds "es"), else English."""
    for wanted in QLocale.system().uiLanguages():
        code = wanted.replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate in offered:
                return candidate
    return SOURCE_LANGUAGE


def chosen_language(saved: str | None, offered: list[str] | None = None) -> str:
    """The language to start in: the saved choice if it is still offered, else the computer's."""
    offered = available() if offered is None else offered
    if saved and saved in offered:
        return saved
    return system_language(offered)


class Language:
    """The translators installed for one language (kept alive here; Qt does not own them)."""

    def __init__(self, code: str) -> None:
        self.code = code
        self.translators: list[QTranslator] = []

    def install(self, app: QCoreApplication) -> None:
        """Translate the app's words and Qt's own (standard buttons, print dialogs) into this language,
        and write numbers and dates as its readers do (QLocale's default)."""
        global _installed
        QLocale.setDefault(QLocale(FORMATS.get(self.code, self.code)))
        _installed = self.code
        if self.code == SOURCE_LANGUAGE:
            _name_windows(app)
            return
        qt_name = f"qtbase_{self.code}"
        qt_folder = next((f for f in qt_translations_dirs() if (Path(f) / f"{qt_name}.qm").is_file()), "")
        for name, folder in ((qt_name, qt_folder), (PREFIX + self.code, str(translations_dir()))):
            translator = QTranslator(app)
            if folder and translator.load(name, folder):  # ours last: it is asked first
                app.installTranslator(translator)
                self.translators.append(translator)
        _name_windows(app)

    def remove(self, app: QCoreApplication) -> None:
        global _installed
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale(SOURCE_LANGUAGE))
        _installed = SOURCE_LANGUAGE
        _name_windows(app)


_installed = SOURCE_LANGUAGE


def installed() -> str:
    """The language the app's words are in now ("en" until a Language is installed)."""
    return _installed


def qt_translations_dirs() -> list[str]:
    """Where Qt's own translations (qtbase_es.qm) may be: Qt's folder, then the PySide6 package's own
    (a PyInstaller bundle keeps them there, packaging/liverbook.spec)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def date_format(with_time: bool = False) -> str:
    """How a date box writes its date (a Qt date format), in the reader's language's order and words:
    "14 March 2026", "14 de marzo de 2026"; with the time, the month short: "14 Mar 2026, 09:30"."""
    if with_time:
        return translate("Dates", "d MMM yyyy, HH:mm", "a Qt date format")
    return translate("Dates", "d MMMM yyyy", "a Qt date format")


def with_access_key(name: str, taken: set[str]) -> str:
    """``name`` with "&" before its first letter no other item of the menu uses ("&English", "E&spañol")."""
    for index, char in enumerate(name):
        if char.isalnum() and char.lower() not in taken:
            taken.add(char.lower())
            return f"{name[:index]}&{name[index:]}"
    return name


CHANGED = QT_TRANSLATE_NOOP("Language", "The handbook will be in {language} the next time it starts.")


def changed_message(code: str) -> str:
    """What a window that cannot reopen at once (the example person's, or one whose latest words could
    not be saved) says when a language is chosen: in the language chosen, which the reader reads, then
    in the one shown now when it is another."""
    name = language_name(code)
    chosen = in_language(code, "Language", CHANGED).format(language=name)
    shown = translate("Language", CHANGED).format(language=name)
    return chosen if shown == chosen else f"{chosen}\n\n{shown}"


def in_language(code: str, context: str, text: str) -> str:
    """``text`` in the language ``code`` from its catalogue, whatever language is installed now;
    the English text when that language has none."""
    if code == SOURCE_LANGUAGE:
        return text
    catalogue = QTranslator()
    if not catalogue.load(PREFIX + code, str(translations_dir())):
        return text
    return catalogue.translate(context, text) or text


def language_actions(parent: QObject, settings: QSettings, chosen: Callable[[str], None]) -> QActionGroup:
    """View > Language: "Same as this computer", then each language offered by its own name.

    Choosing one keeps it in ``settings`` and calls ``chosen`` with the language to show now.
    """
    saved = str(settings.value(LANGUAGE_KEY, "") or "")
    group = QActionGroup(parent)
    group.setExclusive(True)
    choices = [("", translate("Language", "Same as this &computer"))]
    taken = {choices[0][1].lower()[choices[0][1].find("&") + 1]}
    choices += [(code, with_access_key(language_name(code), taken)) for code in available()]
    for code, label in choices:
        action = QAction(label, parent)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)

    def triggered(action: QAction) -> None:
        code = str(action.data() or "")
        settings.setValue(LANGUAGE_KEY, code)
        settings.sync()
        chosen(code or system_language(available()))

    group.triggered.connect(triggered)
    return group


def _name_windows(app: QCoreApplication) -> None:
    """Every window's title ends in the app's name (Qt adds it): in the reader's language."""
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):
        QGuiApplication.setApplicationDisplayName(app_name())
