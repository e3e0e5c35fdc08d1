"""Every word the app shows goes through Qt's translation, and the catalogue in translations/ holds it.

* In the source: no call that shows text is given a string written in place, an f-string or a sum
  (tests/text_scan.py), no ``self.tr()``, and lupdate reads every text under a context (none lost
  to an empty or a made-up context).
* The catalogues (translations/liverbook_*.ts) hold exactly the texts of the code: after changing a
  text, ``.venv/bin/python scripts/update_translations.py`` brings them up to date.
* In the running app: with a made-up translation that marks every text (``⟦...⟧``), every text of the
  main window, its menus and every registered dialog comes out marked, except the handbook's own
  words (content, translated per locale) and the app's name.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from text_scan import scan

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "liverbook"
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402 - scripts/ is not a package

OPEN, CLOSE = "\u27e6", "\u27e7"


def test_no_text_shown_bypasses_translation() -> None:
    findings = [str(f) for path in sorted(PACKAGE.rglob("*.py")) for f in scan(path)]
    assert findings == []


def test_the_scanner_finds_what_it_is_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Hello there')\n"
        "label.setText(f'{count} notes')\n"
        "box.setToolTip('Tick ' + 'this')\n"
        "self.setWindowTitle(self.tr('Title'))\n"
        "x = translate(CONTEXT, 'Text')\n"
        'y = f\'<b>{translate("A", "Bold")}</b>\'\n'
        "z = tr('Which context?')\n"
        "fine = QLabel(translate('A', 'Fine')); fine.setObjectName('not-shown'); QKeySequence('Ctrl+K')\n",
        encoding="utf-8",
    )
    assert sorted(f.line for f in scan(sample)) == [1, 2, 3, 4, 5, 6, 7]


@pytest.fixture(scope="module")
def fresh_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("ts") / "liverbook_xx.ts"
    update_translations.extract([target])
    return target


def test_lupdate_files_every_text_under_a_context(fresh_catalogue: Path) -> None:
    contexts = {c.findtext("name") or "" for c in ET.parse(fresh_catalogue).getroot().iter("context")}
    assert "" not in contexts and "QCoreApplication" not in contexts
    assert {"MainWindow", "NotesPane", "Menus", "render", "Diary"} <= contexts
    assert len(update_translations.messages(fresh_catalogue)) > 500


def test_the_catalogues_hold_the_texts_of_the_code() -> None:
    assert update_translations.catalogues(), "translations/ holds no catalogue"
    assert update_translations.main(["--check"]) == 0, "run: .venv/bin/python scripts/update_translations.py"


# -- in the running app --------------------------------------------------------------------------------


def _pseudo_qm(catalogue: Path, folder: Path) -> Path:
    """A compiled translation that writes every text as ⟦text⟧ (plurals too)."""
    tree = ET.parse(catalogue)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = OPEN + source + CLOSE
        else:
            translation.text = OPEN + source + CLOSE
    ts = folder / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run(
        [update_translations.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    return qm


def _texts(widget) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(where, text) of everything a person sees or hears in ``widget`` and the widgets in it."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QMenuBar,
        QTabBar,
        QWidget,
    )

    def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
        yield where, menu.title()
        for action in menu.actions():
            if action.menu() is not None:
                yield from menu_texts(action.menu(), f"{where} > {action.text()}")
            elif not action.isSeparator():
                yield f"{where} > item", action.text()

    for w in [widget, *widget.findChildren(QWidget)]:
        name = type(w).__name__
        if w.isWindow():
            yield f"{name} title", w.windowTitle()
        if isinstance(w, QLabel):
            yield name, w.text()
        if isinstance(w, QAbstractButton):
            yield name, w.text()
        if isinstance(w, QGroupBox):
            yield name, w.title()
        if isinstance(w, QDockWidget):
            yield name, w.windowTitle()
        if isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab", w.tabText(i)
        if isinstance(w, QMenuBar):
            for action in w.actions():
                if action.menu() is not None:
                    yield from menu_texts(action.menu(), "menu")
        yield f"{name} tooltip", w.toolTip()
        yield f"{name} accessible name", w.accessibleName()
        yield f"{name} accessible description", w.accessibleDescription()


# Qt's own words (its dock and tab buttons, standard dialog buttons): Qt's translations (qtbase_*.qm) hold them.
QT_OWN = [
    "Closes the dock widget",
    "Undocks and re-attaches the dock widget",
    "Scroll Left",
    "Scroll Right",
    "Close",
    "Float",
]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "__dict__"):
        for item in vars(value).values():
            yield from _strings(item)


def _content_words(book) -> list[str]:  # type: ignore[no-untyped-def]
    """Words the app shows that are not its own: the handbook's, Qt's, language names (each in itself),
    and what the dialogs' sample callers pass in."""
    from liverbook import APP_NAME
    from liverbook.ui.dialogs.registry import every_dialog
    from liverbook.ui.language import available, language_name

    words = [APP_NAME, *QT_OWN, *(language_name(code) for code in available())]
    words += [text for spec in every_dialog() for text in _strings(spec.sample)]
    words += [p.title for p in book.pages] + [p.summary for p in book.pages]
    words += [t.term for t in book.terms.values()] + [t.label for t in book.tags.values()]
    words += [t.title for t in book.topics] + [q.text for t in book.topics for q in t.questions]
    words += [q.why for t in book.topics for q in t.questions]
    # The diary's items, answer scales and warning-sign reasons are content too.
    words += [w for i in book.diary_items for w in (i.label, i.help, i.detail or "")]
    words += [w for s in book.answer_scales.values() for lv in s.levels for w in (lv.label, lv.brief)]
    words += [r.reason for r in book.triage_rules]
    return sorted((w for w in words if w), key=len, reverse=True)


def _untranslated(text: str, content: list[str]) -> str:
    """What is left of ``text`` once the marked texts and the handbook's own words are taken out."""
    left = re.sub(r"&(?![a-z]+;)", "", re.sub(r"<[^>]+>", " ", text))  # access keys: "E&spañol"
    inner = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
    while inner.search(left):  # a translated text may hold another one: "⟦⟦Stages⟧: list of pages⟧"
        left = inner.sub(" ", left)
    for words in content:
        if words in left:
            left = left.replace(words, " ")
    left = re.sub(r"\b(Ctrl|Alt|Shift|F\d+)\b|&\w+;|[\d\W_]+", " ", left)
    return " ".join(w for w in left.split() if len(w) > 1)


@pytest.fixture
def pseudo_translation(qapp, tmp_path: Path, fresh_catalogue: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(_pseudo_qm(fresh_catalogue, tmp_path)))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_text_of_the_window_and_its_dialogs_is_translated(
    pseudo_translation, launch, handbook, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from dialog_helpers import open_every_dialog

    window = launch()
    shown = [window, *open_every_dialog(window)]
    content = _content_words(handbook)
    missed = sorted(
        {
            f"{where}: {text!r}"
            for widget in shown
            for where, text in _texts(widget)
            if text and _untranslated(text, content)
        }
    )
    assert missed == [], "\n".join(missed)
    for dialog in shown[1:]:
        dialog.close()
