"""File > Prepare for a visit… used as a reader would: choose, see page 1, print, save as PDF."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from liverbook.summary.report_choices import ReportChoices
from report_helpers import TODAY, make_example_folder
from test_summary_pdf import pdf_info, pdf_pages_text


@pytest.fixture(scope="module")
def example_copy(handbook, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    """The example person's data, made once; each test gets its own copy."""
    return make_example_folder(handbook, tmp_path_factory.mktemp("visit-report-gui") / "example")


@pytest.fixture(autouse=True)
def _report_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dialog makes the report on the example's last diary day."""
    monkeypatch.setattr("liverbook.ui.dialogs.visit_report.today", lambda: TODAY)


@pytest.fixture
def example(example_copy: Path, data_dir: Path) -> Path:
    shutil.copytree(example_copy, data_dir, dirs_exist_ok=True)
    return data_dir


def flat(text: str) -> str:
    return " ".join(text.split())


def opened(window):  # type: ignore[no-untyped-def]
    """The dialog, shown, with page 1 drawn."""
    dialog = window.show_summary()
    dialog.previewer.wait()
    return dialog


def dark_share(dialog) -> float:  # type: ignore[no-untyped-def]
    """How much of the picture of page 1 is ink (not white paper)."""
    image = dialog.picture.image()
    step = 4
    inked = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            inked += QColor(image.pixel(x, y)).lightness() < 160
    return inked / max(1, total)


def test_ctrl_p_opens_prepare_for_a_visit_beside_the_window(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    assert window.summary_action.shortcut().toString() == "Ctrl+P"
    assert window.summary_action.text().replace("&", "") == "Prepare for a visit…"
    window.summary_action.trigger()
    dialog = window.dialogs.get("visit_report")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "Prepare for a visit"
    dialog.close()


def test_page_one_of_the_example_is_shown_as_it_will_print(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(launch())
    assert not dialog.picture.image().isNull() and dark_share(dialog) > 0.02
    from liverbook.ui.dialogs.visit_report import usual_paper

    usual = {"letter": "Letter", "a4": "A4"}[usual_paper()]
    assert dialog.paper_combo.itemText(0) == f"As usual on this computer ({usual})"
    assert dialog.count_label.text() == f"The report is 2 pages, on {usual} paper."
    assert not dialog.warning_label.isVisible()
    assert dialog.period_group.button(0).text() == "Since my last visit (20 November 2026)"
    dialog.paper_combo.setCurrentIndex(2)  # A4
    dialog.previewer.wait()
    shape = dialog.picture.image().height() / dialog.picture.image().width()
    assert (
        abs(shape - 297 / 210) < 0.01 and dialog.count_label.text() == "The report is 2 pages, on A4 paper."
    )
    dialog.paper_combo.setCurrentIndex(1)  # Letter
    dialog.previewer.wait()
    shape = dialog.picture.image().height() / dialog.picture.image().width()
    assert abs(shape - 11 / 8.5) < 0.01 and "on Letter paper" in dialog.count_label.text()


def test_page_one_is_drawn_off_the_windows_thread(launch, qtbot, example, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from liverbook.summary import report_pdf

    threads = []
    real = report_pdf.preview_image

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(report_pdf, "preview_image", spy)
    dialog = opened(launch())
    for name in ("notes", "timeline", "call_card"):  # three ticks in a row: drawn once, after the last
        dialog.part_boxes[name].setChecked(True)
    assert dialog.previewer.busy
    dialog.previewer.wait()
    assert threads and not any(threads) and len(threads) <= 3
    assert "The report is 3 pages" in dialog.count_label.text()  # the card has a page of its own


def test_choices_are_remembered_and_are_what_the_command_line_uses(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = window.show_summary()
    dialog.period_group.button(2).setChecked(True)  # the last 3 months
    dialog.part_boxes["questions"].setChecked(False)
    dialog.part_boxes["medicines"].setChecked(True)
    dialog.paper_combo.setCurrentIndex(2)  # A4
    dialog.close()
    window.close()

    again = launch()
    expected = ReportChoices(period="3m", questions=False, medicines=True, paper="a4")
    assert again.show_summary().choices() == expected
    assert again.core.report_choices() == expected


def test_the_picture_follows_the_data(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = opened(window)
    drawn = []
    dialog.previewer.drawn.connect(drawn.append)
    window.core.records_changed("medicine")
    dialog.previewer.wait()
    assert len(drawn) == 1


def test_a_very_long_report_is_estimated_and_warned_of(launch, qtbot, data_dir, prompts) -> None:  # type: ignore[no-untyped-def]
    from liverbook.store import Store

    with Store.open(data_dir) as store:
        for n in range(2000):
            store.add_note(f"Note number {n}: ask about the scan and the swelling.")
    dialog = opened(launch())
    assert (
        "The report is 2 pages" in dialog.count_label.text()
        or "The report is 1 page" in dialog.count_label.text()
    )
    dialog.part_boxes["notes"].setChecked(True)
    dialog.previewer.wait()
    assert (
        "would be about" in dialog.count_label.text() and not dialog.count_label.isVisible()
    )  # said once, in the warning
    assert dialog.warning_label.isVisible() and "That is a lot to print" in dialog.warning_label.text()
    assert dialog.picture.accessibleDescription() == dialog.warning_label.text()
    prompts.answer = False  # "Go back and choose", as Enter would
    assert dialog.save_pdf() is None and dialog.print_report() == 0
    asked = prompts.confirmations[-1]
    assert asked["destructive"] and asked["no"] == "Go back and choose"
    assert not any(title == "Save the visit report as a PDF" for title, _ in prompts.asked)


def test_save_as_pdf_starts_in_documents_with_a_dated_name_and_says_where(  # type: ignore[no-untyped-def]
    launch, qtbot, example, prompts, tmp_path
) -> None:
    from liverbook.ui.prompts import documents_folder

    prompts.saved_path = tmp_path / "for Dr Rivera"  # no .pdf: the app adds it
    dialog = opened(launch())
    saved = tmp_path / "for Dr Rivera.pdf"
    assert dialog.save_pdf() == saved
    title, suggested = prompts.asked[-1]
    assert title == "Save the visit report as a PDF"
    assert suggested == str(documents_folder() / "visit-report-2026-11-30.pdf")
    assert (
        prompts.told[-1][0] == "Saved"
        and str(saved) in prompts.told[-1][1]
        and "2 pages" in prompts.told[-1][1]
    )
    first = flat(pdf_pages_text(saved)[0])
    assert "Visit report: Example person (made up)" in first and "Latest numbers" in first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["for Dr Rivera.pdf"]  # nothing half-made beside it


def test_replacing_a_file_asks_first_and_keeps_the_old_one_in_the_trash(  # type: ignore[no-untyped-def]
    launch, qtbot, prompts, tmp_path
) -> None:
    existing = tmp_path / "visit.pdf"
    existing.write_bytes(b"last month's report")
    prompts.saved_path = tmp_path / "visit"
    dialog = opened(launch())
    prompts.answer = False  # Enter: keep the old file
    assert dialog.save_pdf() is None
    assert existing.read_bytes() == b"last month's report"
    asked = prompts.confirmations[-1]
    assert asked["title"] == "Replace the file?" and asked["destructive"]
    prompts.answer = True
    assert dialog.save_pdf() == existing
    assert pdf_info(existing)["Pages"]
    message = prompts.told[-1][1]
    assert "moved to the Trash" in message
    kept = Path(message.rsplit("\n", 1)[-1])
    assert kept.read_bytes() == b"last month's report"


def test_a_failed_save_says_why_in_plain_words(launch, qtbot, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    prompts.saved_path = tmp_path / "no such folder" / "report.pdf"
    assert opened(launch()).save_pdf() is None
    title, message = prompts.told[-1]
    assert title == "Not saved" and "could not be saved" in message and "try again" in message


def test_print_sends_the_report_to_the_chosen_printer(launch, qtbot, example, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(launch())
    assert dialog.print_report() == 0  # the print dialog was cancelled: nothing printed, nothing said
    assert not prompts.told
    prompts.printed_path = tmp_path / "printer.pdf"
    dialog.paper_combo.setCurrentIndex(2)  # A4
    assert dialog.print_report() == 2
    assert "Visit report: Example person (made up)" in flat(pdf_pages_text(prompts.printed_path)[0])
    assert pdf_info(prompts.printed_path)["Page size"].startswith("595")
    assert prompts.told[-1][0] == "Sent to the printer"


def test_everything_is_reached_with_the_keyboard_in_order(launch, qtbot, example) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    dialog = opened(launch())
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    chosen = dialog.period_group.checkedButton()
    chosen.setFocus()
    path = [chosen]
    for _ in range(len(dialog.part_boxes) + 5):
        dialog.focusNextPrevChild(True)
        path.append(dialog.focusWidget())
    assert path[1:10] == list(dialog.part_boxes.values())
    assert path[10:15] == [
        dialog.paper_combo,
        dialog.picture,
        dialog.print_button,
        dialog.save_button,
        path[14],
    ]
    assert path[14].text().replace("&", "") == "Close"
    bar = dialog.picture_area.verticalScrollBar()
    dialog.picture.setFocus()
    if bar.maximum() > 0:  # the page is taller than its place: the keys scroll it
        QTest.keyClick(dialog.picture, Qt.Key.Key_PageDown)
        assert bar.value() > 0
    chosen.setFocus()
    QTest.keyClick(chosen, Qt.Key.Key_Down)  # the arrows choose within the group
    assert dialog.choices().period == "4w"
    assert dialog.picture.accessibleName() == "Page 1, as it will print"
    assert "pages" in dialog.picture.accessibleDescription()


def test_save_as_pdf_includes_what_was_just_typed(launch, qtbot, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "Ask about <b>the scan</b> & the pills")  # not saved yet
    dialog = window.show_summary()
    dialog.part_boxes["notes"].setChecked(True)
    prompts.saved_path = tmp_path / "report.pdf"
    assert dialog.save_pdf() == tmp_path / "report.pdf"
    assert "Ask about <b>the scan</b> & the pills" in flat(" ".join(pdf_pages_text(tmp_path / "report.pdf")))


def test_an_existing_file_is_never_replaced_without_asking(launch, qtbot, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "report.pdf"
    existing.write_bytes(b"last month's report")
    prompts.saved_path = tmp_path / "report"
    prompts.answer = False  # "Keep the old file"
    assert launch().show_summary().save_pdf() is None
    assert existing.read_bytes() == b"last month's report"
    assert prompts.asked[-1][0] == "Replace the file?"


def test_save_as_pdf_checks_its_target_like_every_other_file_it_writes(
    launch, qtbot, prompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A folder, or a file marked read-only, is refused before anything is written (as the exports do)."""
    import os
    import stat

    dialog = launch().show_summary()
    folder = tmp_path / "report.pdf"
    folder.mkdir()
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"last month's report")
    os.chmod(locked, stat.S_IRUSR)
    for target, said in ((folder, "is a folder"), (locked, "marked read-only")):
        prompts.saved_path = target
        prompts.answer = True  # even if asked to replace
        assert dialog.save_pdf() is None
        title, message = prompts.told[-1]
        assert title == "Not saved" and said in message and "try again" in message
    assert list(folder.iterdir()) == [] and locked.read_bytes() == b"last month's report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.pdf", "report.pdf"]  # no stray file


def test_after_saving_the_keys_stay_in_prepare_for_a_visit_and_esc_closes_it(  # type: ignore[no-untyped-def]
    launch, qtbot, example, prompts, tmp_path
) -> None:
    """The trial: after Save as PDF the focus went back to the main window, the Prepare window stayed
    on top and Esc did nothing. The message opens over the Prepare window and it keeps the keys."""
    from PySide6.QtWidgets import QApplication

    window = launch()
    dialog = opened(window)
    parents: list[object] = []
    inform = prompts.inform

    def told(title: str, message: str, *, problem: bool = False) -> None:
        parents.append(prompts.parent)
        inform(title, message, problem=problem)

    prompts.inform = told
    prompts.saved_path = tmp_path / "report.pdf"
    dialog.save_button.setFocus()
    window.activateWindow()  # what a message box closing over the main window did
    assert dialog.save_pdf() == tmp_path / "report.pdf"
    assert prompts.told[-1][0] == "Saved" and str(tmp_path / "report.pdf") in prompts.told[-1][1]
    assert parents == [dialog] and prompts.parent is not dialog  # the message was over the Prepare window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    assert dialog.focusWidget() is dialog.save_button
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
