"""The example person in the app: ``--example`` and Help > "Explore with an example person" show a
made-up person's data in a throwaway folder, marked as an example, never mixed with the reader's own."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from liverbook.core.example import example_folder, is_example_folder, remove_example_folder

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def temp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test alone (so leftovers can be counted)."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def _run(*args: str, data_dir: Path, temp: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen", TMPDIR=str(temp))
    env["LIVERBOOK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "liverbook", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


# -- the throwaway folder ---------------------------------------------------------------------------


def test_the_example_folder_is_made_then_removed_and_only_it(
    handbook, temp_root: Path, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    with example_folder(handbook, data_dir) as folder:
        assert is_example_folder(folder) and any(folder.iterdir())
    assert not folder.exists() and list(temp_root.iterdir()) == []
    data_dir.mkdir(parents=True)
    (data_dir / "keep.txt").write_text("mine")
    assert remove_example_folder(data_dir) is False  # the reader's own folder is never removed
    assert (data_dir / "keep.txt").read_text() == "mine"


# -- the command line -------------------------------------------------------------------------------


def test_example_export_summary_writes_the_example_pdf_and_leaves_nothing_behind(tmp_path: Path) -> None:
    own, temp, target = tmp_path / "own", tmp_path / "tmp", tmp_path / "example.pdf"
    temp.mkdir()
    result = _run("--example", "--export-summary", str(target), data_dir=own, temp=temp)
    assert result.returncode == 0, result.stderr
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert not own.exists()  # the reader's own folder is not even made
    assert list(temp.iterdir()) == []  # the example's folder is gone


def test_example_window_starts_and_quits_without_touching_own_data(tmp_path: Path) -> None:
    own, temp = tmp_path / "own", tmp_path / "tmp"
    temp.mkdir()
    result = _run("--example", "--exit-after-paint", data_dir=own, temp=temp)
    assert result.returncode == 0, result.stderr
    assert "first page painted" in result.stdout
    assert not own.exists() and list(temp.iterdir()) == []


def test_example_with_import_is_refused_in_plain_words(tmp_path: Path) -> None:
    result = _run(
        "--example", "--import-data", str(tmp_path / "x.json"), data_dir=tmp_path / "own", temp=tmp_path
    )
    assert result.returncode == 2 and "--example" in result.stderr and "Traceback" not in result.stderr


# -- the window ---------------------------------------------------------------------------------------


def test_explore_opens_a_marked_second_window_and_closing_it_leaves_own_data_untouched(
    launch,
    qtbot,
    prompts,
    temp_root: Path,  # type: ignore[no-untyped-def]
) -> None:
    window = launch()
    own_title = window.windowTitle()
    notes_before = window.core.store.list_notes()
    assert "EXAMPLE" not in own_title and window.example_action.isEnabled()
    example = window.examples.explore()
    assert example is not None and example is not window
    assert "EXAMPLE" in example.windowTitle()
    assert example.example_banner.isVisible() and "made-up person" in example.example_banner.label.text()
    assert "not changed" in example.example_banner.toolTip()
    assert not example.example_action.isEnabled()  # no example inside the example
    assert example.core.store.entries_between()  # three months of diary
    assert window.core.store.entries_between() == [] and window.core.store.list_notes() == notes_before
    assert window.windowTitle() == own_title and not hasattr(window, "example_banner")
    folder = example.core.data_dir
    assert folder.exists() and is_example_folder(folder)
    assert window.examples.explore() is example  # asked again: the same window comes forward
    example.example_banner.close_button.click()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)
    assert window.examples.opened == [] and window.isVisible()
    assert list(temp_root.iterdir()) == []


def test_the_example_says_plainly_that_what_is_typed_there_is_not_kept(
    launch,
    qtbot,
    prompts,
    temp_root: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A reader typed a note into the example, read "Saved on this computer" and looked for it the next
    day: the banner and the saved state say the example's changes go when it closes."""
    window = launch()
    example = window.examples.explore()
    assert example is not None
    assert "Changes here are not kept." in example.example_banner.label.text()  # seen, not only a tooltip
    for shown, words in ((example, "typed in the example"), (window, "typed in my own notes")):
        pane = shown.notes
        pane.new_button.click()
        if shown is example:
            assert "kept only until it closes" in pane.editor.placeholderText()
        qtbot.keyClicks(pane.editor, words)
        qtbot.waitUntil(lambda pane=pane: pane.status.text().startswith("Saved"), timeout=5000)
    assert example.notes.status.text() == (
        "Saved for now. Changes to the example are not kept after it closes."
    )
    assert window.notes.status.text() == "Saved on this computer."
    folder = example.core.data_dir
    example.example_banner.close_button.click()
    qtbot.waitUntil(lambda: not folder.exists(), timeout=5000)
