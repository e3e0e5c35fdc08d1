"""The app's language: which are offered, which one it starts in, View > Language, and the translation.

English is always offered; another language when the app has its words (a compiled .qm) or the
handbook in it (content/<code>/). The choice is kept in the data folder's settings; with none, the
computer's language when it is offered. Choosing one in the menu reopens the window in it at once,
after saving what was typed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from liverbook.i18n import translate
from liverbook.settings import SettingsFile
from liverbook.ui import language
from liverbook.ui.language import LANGUAGE_KEY, Language, available, chosen_language, language_name


def test_english_and_every_language_with_content_are_offered() -> None:
    offered = available()
    assert offered[0] == "en" and "es" in offered  # content/es/ holds the handbook in Spanish


def test_each_language_is_named_in_itself() -> None:
    assert language_name("en") == "English"
    assert language_name("es") == "Español"


def test_the_saved_choice_wins_while_it_is_offered_then_the_computer_decides() -> None:
    assert chosen_language("es", ["en", "es"]) == "es"
    assert chosen_language("pt_BR", ["en", "es"]) == language.system_language(["en", "es"])
    assert chosen_language(None, ["en"]) == "en"


def test_choosing_a_language_keeps_it_and_closes_the_window_to_reopen_in_it(
    launch, prompts, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    names = [a.text().replace("&", "") for a in window.language_group.actions()]
    assert names[0] == "Same as this computer" and "Español" in names
    window.notes.editor.setPlainText("Ask about the scan")  # typed, not yet saved by the pause
    spanish = next(a for a in window.language_group.actions() if a.data() == "es")
    spanish.trigger()
    assert SettingsFile(data_dir).get(LANGUAGE_KEY) == "es"
    assert window.reopen_in == "es" and not window.isVisible()  # ui/app.py reopens it in Spanish
    assert [n.text for n in window.core.store.notes_page(0, 10)] == ["Ask about the scan"]
    assert prompts.told == []


def test_the_language_shown_now_reopens_nothing(launch) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    english = next(a for a in window.language_group.actions() if a.data() == "en")
    english.trigger()
    assert window.reopen_in is None and window.isVisible()


def test_words_that_cannot_be_saved_keep_the_window_open_in_its_language(
    launch, prompts, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    monkeypatch.setattr(window, "flush_all", lambda: False)
    next(a for a in window.language_group.actions() if a.data() == "es").trigger()
    assert window.reopen_in is None and window.isVisible()
    # Said in the language chosen (the reader chose it because they read it), then in the one shown.
    spanish, english = prompts.told[-1][1].split("\n\n")
    assert spanish.startswith("El manual") and "Español" in spanish
    assert english == "The handbook will be in Español the next time it starts."


def test_the_app_reopens_its_window_in_the_chosen_language(
    qapp, data_dir: Path, monkeypatch, prompts
) -> None:  # type: ignore[no-untyped-def]
    """run_app itself: View > Language > Español closes the English window and shows a Spanish one
    on the same data folder, at once."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from liverbook.ui import app as app_module, prompts as prompts_module
    from liverbook.ui.window.main_window import MainWindow

    monkeypatch.setattr(prompts_module, "Prompts", lambda *args, **kwargs: prompts)  # answers at once
    data_dir.mkdir(parents=True, exist_ok=True)
    SettingsFile(data_dir).put(LANGUAGE_KEY, "en")
    seen: list[str] = []

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def step() -> None:
        shown = windows()
        if not shown:
            QTimer.singleShot(50, step)
            return
        window = shown[0]
        seen.append(window.tabs.tabText(0))
        if len(seen) == 1:
            next(a for a in window.language_group.actions() if a.data() == "es").trigger()
            QTimer.singleShot(50, step)
        else:
            window.close()

    QTimer.singleShot(0, step)
    assert app_module.run_app(["liverbook"], data_dir) == 0
    assert seen == ["Stages", "Etapas"]
    assert translate("Tabs", "Stages") == "Stages"  # the app ended: English again
    assert SettingsFile(data_dir).get(LANGUAGE_KEY) == "es"


def test_the_app_starts_in_the_saved_language_with_its_content(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.ui.app import load_content_or_explain, start_language

    data_dir.mkdir(parents=True, exist_ok=True)
    SettingsFile(data_dir).put(LANGUAGE_KEY, "es")
    started = start_language(qapp, data_dir)
    try:
        assert started.code == "es"
        book = load_content_or_explain(started.code)
        assert book.locale == "es"
        assert book.page("what-is-staging").title != load_content_or_explain().page("what-is-staging").title
    finally:
        started.remove(qapp)


@pytest.fixture
def esperanto(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A compiled translation of one menu title, in a translations folder of its own."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from update_translations import tool

    ts = tmp_path / "liverbook_eo.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="eo">'
        "<context><name>Menus</name><message><source>&amp;File</source>"
        "<translation>&amp;Dosiero</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp_path / "liverbook_eo.qm")], check=True
    )
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    return tmp_path


def test_a_compiled_translation_is_offered_installed_and_removed(qapp, esperanto: Path) -> None:  # type: ignore[no-untyped-def]
    assert "eo" in available()
    chosen = Language("eo")
    chosen.install(qapp)
    try:
        assert translate("Menus", "&File") == "&Dosiero"
    finally:
        chosen.remove(qapp)
    assert translate("Menus", "&File") == "&File"
