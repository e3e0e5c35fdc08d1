"""Import checks the file before it asks to replace anything, and says why not in the app's language.

The trial (TRIAL-5): the "replaces all your data" warning came before the check, the refusal came
after it, in English in the Spanish app, and the warning left out the diary and the records.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from liverbook.store import Store

ROOT = Path(__file__).resolve().parent.parent


def _export(folder: Path, target: Path) -> Path:
    with Store.open(folder) as store:
        store.add_note("to import")
        store.export_to_files(target)
    return target


def test_a_file_that_is_not_an_export_is_refused_before_any_question(launch, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("still here")
    picture = tmp_path / "report.pdf"
    picture.write_bytes(b"%PDF-1.4\n")
    prompts.opened_path = picture
    assert window.data_actions.import_() is False
    assert prompts.confirmations == []  # no "replace all your data?" for a file that cannot be imported
    title, message = prompts.told[-1]
    assert "not a Liver Cancer Handbook export" in message and "PDF" in message
    assert [n.text for n in window.store.list_notes()] == ["still here"]


def test_the_replace_warning_names_all_that_is_replaced_and_the_backup(launch, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    prompts.opened_path = _export(tmp_path / "other", tmp_path / "mine.json")
    prompts.answer = False
    assert window.data_actions.import_() is False
    warning = str(prompts.confirmations[-1]["message"])
    for words in ("notes", "situation", "questions", "diary", "records", "backup", "mine.json"):
        assert words in warning, words


def test_the_refusal_is_in_spanish_in_the_spanish_app(launch_es, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch_es()
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    prompts.opened_path = other
    assert window.data_actions.import_() is False
    assert prompts.confirmations == []
    message = prompts.told[-1][1]
    assert "cannot be imported" not in message and "not a Liver Cancer Handbook export" not in message
    assert "Nothing has been changed" not in message


def _run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    env["LIVERBOOK_DATA_DIR"] = str(data_dir)
    env.pop("LIVERBOOK_CONTENT_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "liverbook", *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_the_command_line_says_it_in_the_language_chosen_in_the_app(tmp_path, data_dir) -> None:  # type: ignore[no-untyped-def]
    from liverbook.settings import SettingsFile
    from liverbook.ui.language import LANGUAGE_KEY

    data_dir.mkdir(parents=True, exist_ok=True)
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}', encoding="utf-8")
    english = _run("--import-data", str(other), data_dir=data_dir)
    assert english.returncode == 1 and "This file cannot be imported" in english.stderr
    SettingsFile(data_dir).put(LANGUAGE_KEY, "es")
    spanish = _run("--import-data", str(other), data_dir=data_dir)
    assert spanish.returncode == 1 and spanish.stderr.strip()
    assert (
        "This file cannot be imported" not in spanish.stderr
        and "Nothing has been changed" not in spanish.stderr
    )
    done = _run("--import-data", str(_export(tmp_path / "src", tmp_path / "mine.json")), data_dir=data_dir)
    assert done.returncode == 0 and "Your data was imported" not in done.stdout and "mine.json" in done.stdout
