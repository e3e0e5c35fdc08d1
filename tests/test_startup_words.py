"""What the app says when it cannot start, or cannot open the notes, is in the reader's language.

The data folder's problem is found before Qt starts (so before any translation is installed): its
words are kept marked and put into the reader's language when shown. The store's messages are
shown by the window at start (a newer version's file, damage, a read-only folder) and later.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from liverbook import paths
from liverbook.store import StoreDiskFull, StoreTooNew


def folder_problem(tmp_path: Path) -> paths.DataDirProblem:
    a_file = tmp_path / "notas.txt"
    a_file.write_text("not a folder")
    with pytest.raises(paths.DataDirProblem) as caught:
        paths.data_dir(a_file)
    return caught.value


def test_a_data_folder_problem_found_before_qt_is_said_in_spanish_once_spanish_is_in(
    tmp_path: Path, spanish
) -> None:  # type: ignore[no-untyped-def]
    problem = folder_problem(tmp_path)
    assert "es un archivo, no una carpeta" in problem.window_message
    assert str(tmp_path / "notas.txt") in problem.window_message
    assert "--" not in problem.window_message and "Abra el manual otra vez" in problem.window_message
    assert "Elija otra carpeta con --data-dir" in problem.message  # a terminal is told the option


def test_a_data_folder_problem_is_in_english_without_a_translation(tmp_path: Path) -> None:
    problem = folder_problem(tmp_path)
    assert "is a file, not a folder" in problem.message and "--data-dir" in problem.message
    assert "is a file, not a folder" in str(problem)  # what a log or a traceback shows


def test_the_store_says_its_problems_in_spanish(tmp_path: Path, spanish) -> None:  # type: ignore[no-untyped-def]
    newer = StoreTooNew(tmp_path / "notes.sqlite3", 9, 3)
    assert "versión más nueva" in newer.user_message
    assert "el disco está lleno" in StoreDiskFull().user_message
    assert "newer version" in str(newer)  # the log keeps English


def test_the_window_that_says_the_app_cannot_start_is_in_the_computers_language(
    tmp_path: Path, qapp, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from liverbook import cli
    from liverbook.i18n import translate
    from liverbook.ui import language

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(cli, "shows_windows", lambda: True)  # started from a menu, on a screen
    monkeypatch.setattr(language, "system_language", lambda offered: "es")  # a Spanish computer
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    cli.tell_startup_problem(folder_problem(tmp_path))
    ((title, text),) = shown
    assert title == "Manual del cáncer de hígado no puede iniciarse"
    assert "es un archivo, no una carpeta" in text and "--data-dir" not in text
    assert translate("App", "Liver Cancer Handbook") == "Liver Cancer Handbook"  # and English after


def test_the_window_that_says_the_app_cannot_start_follows_the_language_chosen_in_the_app(
    tmp_path: Path, qapp, monkeypatch, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """View > Language was Español, the computer English: the message was English."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from liverbook import cli
    from liverbook.ui import language

    data_dir.mkdir(parents=True, exist_ok=True)  # the usual folder, where the choice is kept
    saved = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    saved.setValue(language.LANGUAGE_KEY, "es")
    saved.sync()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(cli, "shows_windows", lambda: True)
    monkeypatch.setattr(language, "system_language", lambda offered: "en")
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    cli.tell_startup_problem(folder_problem(tmp_path))  # --data-dir named a file
    ((title, text),) = shown
    assert "no puede iniciarse" in title and "es un archivo, no una carpeta" in text
