"""File > Print my summary…, used as a reader would: choose, preview, print, save as PDF."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget

from liverbook.store import Situation
from liverbook.summary import SummaryChoices


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_ctrl_p_opens_the_summary_window_without_blocking(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    assert window.summary_action.shortcut().toString() == "Ctrl+P"
    assert "Print my summary" in window.summary_action.text().replace("&", "")
    window.summary_action.trigger()
    dialog = window.dialogs.get("summary")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    dialog.close()


def test_choices_are_remembered_after_a_relaunch(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = window.show_summary()
    dialog.pages_group.button(1).setChecked(True)  # the full pages
    dialog.notes_group.button(2).setChecked(True)  # no notes
    dialog.glossary_box.setChecked(False)
    dialog.paper_combo.setCurrentIndex(2)  # A4
    window.close()

    again = launch().show_summary()
    assert again.choices() == SummaryChoices(pages="full", notes="none", glossary=False, paper="a4")


def test_save_as_pdf_includes_what_was_just_typed(launch, qtbot, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "Ask about <b>the scan</b> & the pills")
    prompts.saved_path = tmp_path / "for the doctor"  # no .pdf: the app adds it
    saved = window.show_summary().save_pdf()
    assert saved == tmp_path / "for the doctor.pdf"
    assert "Ask about <b>the scan</b> & the pills" in pdf_text(saved)
    assert prompts.told[-1][0] == "Saved" and str(saved) in prompts.told[-1][1]
    suggested = prompts.asked[-1][1]
    assert suggested.endswith(".pdf") and "liver-handbook-summary-" in suggested


def test_an_existing_file_is_never_replaced_without_asking(launch, qtbot, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "summary.pdf"
    existing.write_bytes(b"last month's summary")
    prompts.saved_path = tmp_path / "summary"
    prompts.answer = False  # "No, keep it"
    assert launch().show_summary().save_pdf() is None
    assert existing.read_bytes() == b"last month's summary"
    assert prompts.asked[-1][0] == "Replace the file?"


def test_a_failed_save_says_why_in_plain_words(launch, qtbot, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    prompts.saved_path = tmp_path / "no such folder" / "summary.pdf"
    assert launch().show_summary().save_pdf() is None
    title, message = prompts.told[-1]
    assert title == "Not saved" and "could not be saved" in message and "try again" in message


def test_save_as_pdf_checks_its_target_like_every_other_file_it_writes(
    launch, qtbot, prompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A folder, or a file marked read-only, is refused before anything is written (as the exports do)."""
    import os
    import stat

    dialog = launch().show_summary()
    folder = tmp_path / "summary.pdf"
    folder.mkdir()
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"last month's summary")
    os.chmod(locked, stat.S_IRUSR)
    for target, said in ((folder, "is a folder"), (locked, "marked read-only")):
        prompts.saved_path = target
        prompts.answer = True  # even if asked to replace
        assert dialog.save_pdf() is None
        title, message = prompts.told[-1]
        assert title == "Not saved" and said in message and "try again" in message
    assert list(folder.iterdir()) == [] and locked.read_bytes() == b"last month's summary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.pdf", "summary.pdf"]  # no stray file


def test_preview_shows_the_pages(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.apply_situation(Situation(frozenset({"stage-4", "advanced"}), "patient", "Sam"))
    dialog = window.show_summary()
    dialog.pages_group.button(1).setChecked(True)
    preview = dialog.preview()
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() >= 5, timeout=5000)
    assert "Sam" in preview.windowTitle()
    preview.close()


def test_print_sends_the_pages_to_the_chosen_printer(launch, qtbot, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = launch().show_summary()
    assert dialog.print_() is False  # the print dialog was cancelled: nothing printed
    prompts.printed_path = tmp_path / "printer.pdf"
    assert dialog.print_() is True
    assert "does not replace the advice" in " ".join(pdf_text(prompts.printed_path).split())


def test_the_form_says_how_many_pages_are_marked(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = window.show_summary()
    assert "No pages are marked" in dialog.marked_label.text()
    window.apply_situation(Situation(frozenset({"stage-4"}), None, ""))
    count = len(window.book.pages_for({"stage-4"}))
    assert f"{count} pages are marked" in dialog.marked_label.text()
