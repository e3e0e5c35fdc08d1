"""The app in Spanish, as a Spanish reader meets it.

* The window (every tab, its menus) and every dialog show no English word, except brand names, the
  handbook's own words (content/es/) and texts still waiting in the catalogue for their translator.
* Each menu gives each of its items its own underlined letter, and no key does two things in the
  window or a dialog (tests/key_bindings.py), in Spanish as in English.
* Every Spanish text fills in as its English one does: the same {fields} (a missing one would crash),
  plurals in Spanish's two forms, an access key where the English has one, the same shortcut keys.
* Keys are named as keyboards print them ("Ctrl+P", not Qt's "Control+P"), Qt's own words (a text
  box's menu, standard buttons) are in Spanish, and the pages name menus, items and tabs that exist.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from dialog_helpers import open_every_dialog
from key_bindings import bound_twice
from liverbook.i18n import translate
from test_keys_and_confirmations import window_states
from test_translations import _content_words, _texts

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "translations" / "liverbook_es.ts"
FIELD = re.compile(r"\{[^{}]*\}")
WORD = re.compile(r"[^\W\d_]+")
MODIFIER_KEYS = re.compile(r"\b(?:Ctrl|Alt|F\d+)\b")


class Message:
    def __init__(self, context: str, element: ET.Element) -> None:
        self.context = context
        self.source = element.findtext("source") or ""
        translation = element.find("translation")
        assert translation is not None
        self.finished = translation.get("type") is None
        self.plural = element.get("numerus") == "yes"
        forms = [f.text or "" for f in translation.findall("numerusform")]
        self.forms = forms if self.plural else [translation.text or ""]


def catalogue() -> list[Message]:
    root = ET.parse(CATALOGUE).getroot()
    return [
        Message(context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None or message.find("translation").get("type") != "vanished")  # type: ignore[union-attr]
    ]


# -- the catalogue ---------------------------------------------------------------------------------------


def test_every_spanish_text_fills_in_as_the_english_one_does() -> None:
    problems = []
    finished = [m for m in catalogue() if m.finished]
    assert len(finished) > 600
    for m in finished:
        fields = sorted(FIELD.findall(m.source))
        values = {name.strip("{}").split(":")[0]: 1234 for name in fields}
        for index, form in enumerate(m.forms):
            where = f"{m.context}: {m.source!r} -> {form!r}"
            if sorted(FIELD.findall(form)) != fields:
                problems.append(f"other fields: {where}")
                continue
            try:
                form.format(**values)
            except (KeyError, ValueError, IndexError) as exc:
                problems.append(f"cannot be filled in ({exc}): {where}")
            if ("&" in m.source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                problems.append(f"access key: {where}")
            if sorted(MODIFIER_KEYS.findall(m.source)) != sorted(MODIFIER_KEYS.findall(form)):
                problems.append(f"another shortcut: {where}")
            if m.plural and index > 0 and "%n" not in form:
                problems.append(f"the plural lacks its number: {where}")
            if not form.strip():
                problems.append(f"empty: {where}")
        if m.plural and len(m.forms) != 2:
            problems.append(f"Spanish has two plural forms: {m.source!r}")
    assert problems == [], "\n".join(problems)


def test_the_app_ships_the_catalogue_as_it_is_now(tmp_path: Path) -> None:
    """resources/translations/liverbook_es.qm (what the app, the wheel and the bundle load) is compiled
    from translations/liverbook_es.ts as it is: scripts/update_translations.py does both."""
    import subprocess
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from update_translations import tool

    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(fresh)], check=True)
    shipped = ROOT / "resources" / "translations" / "liverbook_es.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), "run: .venv/bin/python scripts/update_translations.py"


def test_plurals_read_right_for_one_and_for_many(qapp, spanish) -> None:  # type: ignore[no-untyped-def]
    one = translate("SearchResults", "%n results for “{query}”", None, 1)
    many = translate("SearchResults", "%n results for “{query}”", None, 3)
    assert one == "1 resultado para “{query}”"
    assert many == "3 resultados para “{query}”"


# -- the window and its dialogs --------------------------------------------------------------------------


# Words Spanish writes as English does, and names kept as they are.
SAME_IN_BOTH = set(
    "total no general pdf csv ctrl alt meta tab enter esc albi child pugh celsius fahrenheit".split()
)


def _english_only_words() -> set[str]:
    """Words of the app's English texts that none of its Spanish texts uses (a translation left the same
    as its English text does not count: it may be a text nobody translated)."""
    messages = catalogue()
    english = {w.lower() for m in messages for w in WORD.findall(m.source)}
    spanish = {
        w.lower()
        for m in messages
        if m.finished
        for form in m.forms
        if form != m.source
        for w in WORD.findall(form)
    }
    return english - spanish - SAME_IN_BOTH


def _spanish_content_texts() -> set[str]:
    """Every text of content/es/ (the diary's, the records' and the scores' words included): the
    handbook's own words, translated as content."""
    import yaml

    def leaves(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value.strip()
        elif isinstance(value, dict):
            for item in value.values():
                yield from leaves(item)
        elif isinstance(value, list):
            for item in value:
                yield from leaves(item)

    texts: set[str] = set()
    for path in (ROOT / "content" / "es").rglob("*.yaml"):
        texts |= {t for t in leaves(yaml.safe_load(path.read_text(encoding="utf-8"))) if len(t) > 1}
    return texts


def _waiting() -> list[re.Pattern[str]]:
    """The English texts still waiting for their translation, as patterns (their fields match anything)."""
    patterns = []
    for m in catalogue():
        if m.finished:
            continue
        text = m.source.replace("&", "")
        parts = [re.escape(part) for part in FIELD.split(text)]
        patterns.append(re.compile(".*?".join(parts).replace("%n", r"\d+")))
    return sorted(patterns, key=lambda p: len(p.pattern), reverse=True)


def _english_left(
    text: str, content: re.Pattern[str], english: set[str], waiting: list[re.Pattern[str]]
) -> str:
    left = re.sub(r"&(?![a-z]+;)", "", re.sub(r"<[^>]+>|\S+://\S+|\b(?:[\w-]+\.)+[a-z]{2,}\b", " ", text))
    for pattern in waiting:
        left = pattern.sub(" ", left)
    left = content.sub(" ", left)
    return " ".join(w for w in WORD.findall(left) if len(w) > 1 and w.lower() in english)


def _every_part(window) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Each part of the tabs made of a few parts (My records: medicines, care team...), shown in turn."""
    for index in range(window.tabs.count()):
        window.show_tab(index)
        view = window.current_view()
        keys = [k for k in view.keys() if k]
        if len(keys) <= 12:
            for key in keys:
                view.show_key(key)
                yield f"tab {window.tabs.tabText(index)} {key}"


def _list_items(widget) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The rows of every list in ``widget``, as shown (a tab's list of pages, the notes list...)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView

    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(), 200)):
            text = model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str):
                yield f"{type(view).__name__} row", text


def _every_text(window) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    for state in itertools.chain(window_states(window), _every_part(window)):
        for where, text in itertools.chain(_texts(window), _list_items(window)):
            yield f"{state}: {where}", text
    for dialog in open_every_dialog(window):
        for where, text in _texts(dialog):
            yield f"{type(dialog).__name__}: {where}", text
        dialog.close()


def test_the_spanish_window_and_dialogs_show_no_english_word(launch_es, spanish_book) -> None:  # type: ignore[no-untyped-def]
    window = launch_es()
    english = _english_only_words()
    sources = [text for s in spanish_book.sources.values() for text in (s.title, s.publisher)]  # as published
    texts = sorted(
        {*_content_words(spanish_book), *sources, *_spanish_content_texts()}, key=len, reverse=True
    )
    content = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, texts)) + r")(?!\w)")  # whole words only
    waiting = _waiting()
    found = sorted(
        {
            f"{where}: {text!r} ({left})"
            for where, text in _every_text(window)
            if text and (left := _english_left(text, content, english, waiting))
        }
    )
    assert found == [], "\n".join(found)
    assert window.tabs.tabText(0) == "Etapas"


def test_each_spanish_menu_gives_each_item_its_own_letter(launch_es) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    window = launch_es()

    def letters(actions) -> list[str]:  # type: ignore[no-untyped-def]
        return [
            QKeySequence.mnemonic(a.text()).toString()
            for a in actions
            if not a.isSeparator() and "&" in a.text()
        ]

    bar = window.menuBar()
    menus = [("menu bar", bar.actions())]
    todo = [a.menu() for a in bar.actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        menus.append((menu.title(), menu.actions()))
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    clashes = {name: keys for name, actions in menus if len(set(keys := letters(actions))) != len(keys)}
    assert clashes == {}
    untranslated = [a.text() for _, actions in menus for a in actions if a.text() and "&" not in a.text()]
    assert all(not text[0].isalpha() for text in untranslated), untranslated  # every item has its letter


def test_no_key_does_two_things_in_spanish(launch_es) -> None:  # type: ignore[no-untyped-def]
    window = launch_es()
    for state in itertools.chain(window_states(window), _every_part(window)):  # each state as it is shown
        assert bound_twice(window) == {}, state
    for dialog in open_every_dialog(window):
        assert bound_twice(dialog) == {}, dialog.windowTitle()
        dialog.close()


def test_keys_are_named_as_keyboards_print_them(launch_es) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    window = launch_es()
    native = QKeySequence.SequenceFormat.NativeText
    assert window.summary_action.shortcut().toString(native) == "Ctrl+P"
    assert window.situation_action.shortcut().toString(native) == "Ctrl+Mayús+M"


def test_keys_written_in_the_code_mean_the_same_keys_in_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    """Qt reads "Ctrl+Enter" with the names of the reader's language first: a name two keys shared
    would make the keypad's Enter the main one, and a shortcut bound twice."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    for text, key in (
        ("Ctrl+Enter", Qt.Key.Key_Enter),
        ("Ctrl+Return", Qt.Key.Key_Return),
        ("Ctrl+Shift+M", Qt.Key.Key_M),
        ("Del", Qt.Key.Key_Delete),
        ("Esc", Qt.Key.Key_Escape),
        ("Ctrl+Up", Qt.Key.Key_Up),
        ("Backspace", Qt.Key.Key_Backspace),
    ):
        assert QKeySequence(text)[0].key() == key, text
    assert QKeySequence("Ctrl+Shift+M") == QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_M)


def test_qts_own_words_are_in_spanish_too(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    launch_es()
    line = QLineEdit()
    qtbot.addWidget(line)
    menu = line.createStandardContextMenu()
    shown = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert "Copiar" in " ".join(shown) and "Copy" not in " ".join(shown)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancelar"


@pytest.mark.parametrize(
    ("lang", "expected"), [("es_MX.UTF-8", "es"), ("es_US.UTF-8", "es"), ("en_US.UTF-8", "en")]
)
def test_a_computer_set_to_spanish_opens_the_handbook_in_spanish_on_first_start(
    lang: str, expected: str, tmp_path: Path
) -> None:
    """With no choice saved yet (a first start), the app takes the computer's language."""
    import os
    import subprocess
    import sys

    code = (
        "from pathlib import Path\n"
        "from liverbook.settings import SettingsFile\n"
        "from liverbook.ui.language import LANGUAGE_KEY, chosen_language\n"
        f"print(chosen_language(SettingsFile(Path({str(tmp_path)!r})).get(LANGUAGE_KEY)))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, LC_ALL=lang, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "desktop"))
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == expected


# -- dates and numbers ------------------------------------------------------------------------------------


def test_dates_and_numbers_are_written_as_latin_america_writes_them(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from PySide6.QtCore import QDate, QLocale

    from liverbook.records.dates import LooseDate
    from liverbook.render import format_date

    window = launch_es()
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"  # as the pages and typed lab results: 1.5
    assert format_date(dt.date(2026, 3, 14)) == "14 de marzo de 2026"
    assert LooseDate(2026, 3, 14).shown == "14 de marzo de 2026"
    assert LooseDate(2026, 3).shown == "marzo de 2026"
    editor = window.questions_view.mine.editor
    editor.date_edit.setDate(QDate(2026, 3, 14))
    assert editor.date_edit.text() == "14 de marzo de 2026"
    assert editor.date_edit.date().toPython() == dt.date(2026, 3, 14)  # what is kept knows no language
    visit_day = window.tab_views.view("records").panel("visits").day  # a record's date box too
    visit_day.set_date(dt.date(2026, 3, 14))
    assert visit_day.text() == "14 de marzo de 2026"
    assert visit_day.date("D\u00eda") == dt.date(2026, 3, 14)  # read back as a Spanish reader writes it
    window.notes.editor.setPlainText("Preguntar por la tomografía")
    window.flush_all()
    label = window.notes.note_list.model().index(0, 0).data()
    today = dt.date.today()
    months = "ene feb mar abr may jun jul ago sept oct nov dic".split()
    assert f"{today.day} {months[today.month - 1]} {today.year}" in label and "Nota general" in label


def test_a_date_is_read_as_a_spanish_reader_writes_it(spanish) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.dates import LooseDate
    from liverbook.records.forms import parse_loose

    assert parse_loose("14 de marzo de 2026") == LooseDate(2026, 3, 14)
    assert parse_loose("marzo de 2026") == LooseDate(2026, 3)
    assert parse_loose("3 sept 2026") == LooseDate(2026, 9, 3)
    assert parse_loose("14 March 2026") == LooseDate(2026, 3, 14)  # English still reads


# -- the pages name what the window has ------------------------------------------------------------------


def _page_texts(book) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    for page in book.pages:
        yield page.id, page.body


# What a page names that the window no longer has, waiting for the page to be put right (none now).
WAITING_FOR_THE_PAGE: dict[str, set[str]] = {"en": set(), "es": set()}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pages_name_menus_items_and_tabs_that_exist(language, request) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    if language == "es":
        window = request.getfixturevalue("launch_es")()
        book = request.getfixturevalue("spanish_book")
        tab_word = re.compile(r"\bpestaña ((?:[A-ZÁÉÍÓÚ]\w*)(?: [\wáéíóúñ]+)*)")
    else:
        window = request.getfixturevalue("launch")()
        book = request.getfixturevalue("handbook")
        tab_word = re.compile(r"\b[Tt]he ([A-Z][\w ]*?) tab\b")
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    topics = {t.title for t in book.topics}
    wrong = []
    stale: set[str] = set()
    mentions = 0
    for page_id, body in _page_texts(book):
        for title, menu in menus.items():
            for found in re.finditer(re.escape(title) + r" > ", body):
                mentions += 1
                rest = body[found.end() :]
                items = {
                    a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator() and a.text()
                }
                named = next((text for text in items if rest.startswith(text)), None)
                if named is None:
                    mention = f"{page_id}: {title} > {rest.split(' (')[0].split('.')[0]}"
                    if mention in WAITING_FOR_THE_PAGE[language]:
                        stale.add(mention)
                    else:
                        wrong.append(f"{page_id}: {title} > {rest[:40]!r}: the menu has {sorted(items)}")
                    continue
                key = re.match(r" \(([^)]+)\)", rest[len(named) :])
                shortcut = items[named].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if key and key.group(1) != shortcut:
                    wrong.append(f"{page_id}: {title} > {named} ({key.group(1)}): its key is {shortcut}")
        for found in tab_word.finditer(body):
            mentions += 1
            if not any(found.group(1).startswith(tab) for tab in tabs):
                wrong.append(f"{page_id}: the tab {found.group(1)!r}: the tabs are {tabs}")
        for found in re.finditer(r"(?:lista que se llama|list called)\s+\"([^\"]+)\"", body):
            if found.group(1) not in topics:
                wrong.append(f"{page_id}: the list {found.group(1)!r} is not a topic of the Questions tab")
    assert wrong == [], "\n".join(wrong)
    assert stale == WAITING_FOR_THE_PAGE[language], (
        "a page was put right: take it out of WAITING_FOR_THE_PAGE"
    )
    assert mentions >= 2


# -- what is printed --------------------------------------------------------------------------------------


def test_the_printed_visit_report_speaks_spanish_on_every_page(spanish, spanish_book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The pages' header and footer too (they are drawn apart from the report's text)."""
    from liverbook.fonts import register_fonts
    from liverbook.summary.report_pdf import write_report_pdf
    from report_helpers import make_example_folder, report_of
    from test_summary_pdf import pdf_bands, pdf_pages_text

    folder = make_example_folder(spanish_book, tmp_path / "example")
    target = tmp_path / "informe.pdf"
    pages = write_report_pdf(report_of(spanish_book, folder), target, "letter", register_fonts())
    first = " ".join(pdf_pages_text(target)[0].split())
    for said in ("Informe para la cita", "Desde mi última cita", "Mi diario", "Medicamentos actuales"):
        assert said in first, said
    for n, (top, bottom) in enumerate(pdf_bands(target), start=1):
        assert top.startswith("Manual del cáncer de hígado") and "EJEMPLO" in top
        assert f"Página {n} de {pages}" in bottom and "No es consejo médico" in bottom
