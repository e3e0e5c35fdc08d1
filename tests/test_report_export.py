"""``liverbook --export-summary FILE``: the visit report of the data folder, with the choices saved
in that same folder, read back from the PDF."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from liverbook.summary.report_choices import SETTINGS_KEY, ReportChoices
from test_summary_pdf import pdf_info, pdf_pages_text

ROOT = Path(__file__).resolve().parent.parent


def export(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "liverbook", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def save_choices(data_dir: Path, choices: ReportChoices) -> None:
    from PySide6.QtCore import QSettings

    from liverbook import paths

    settings = QSettings(str(paths.settings_file(data_dir)), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, choices.to_json())
    settings.sync()


def test_the_command_uses_the_choices_saved_in_the_same_folder(data_dir: Path, tmp_path: Path) -> None:
    from liverbook.store import Store

    with Store.open(data_dir) as store:
        store.add_note("Remember the blood test <script>")
        store.add_own_question("Can I travel in May?")
    other = tmp_path / "other-folder"  # choices saved in another folder are not these
    save_choices(other, ReportChoices(notes=False, paper="a4"))
    save_choices(data_dir, ReportChoices(notes=True, questions=False, paper="letter"))
    target = tmp_path / "out" / "mine.pdf"
    target.parent.mkdir()
    result = export("--data-dir", str(data_dir), "--export-summary", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Your visit report (2 pages) was saved to:\n{target}"
    pages = [" ".join(page.split()) for page in pdf_pages_text(target)]
    assert pages[0].startswith("Liver Cancer Handbook") and "My visit report" in pages[0]
    assert "Can I travel in May?" in pages[0]  # page 1: the questions for this visit
    assert "Remember the blood test <script>" in pages[1] and "All my questions" not in " ".join(pages)
    assert pdf_info(target)["Page size"].startswith("612 x 792")

    save_choices(data_dir, ReportChoices(paper="a4"))
    assert export("--data-dir", str(data_dir), "--export-summary", str(target)).returncode == 0
    text = " ".join(" ".join(pdf_pages_text(target)).split())
    assert "Remember the blood test" not in text and "All my questions" in text
    assert pdf_info(target)["Page size"].startswith("595")


def test_the_example_persons_report_from_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    import re

    from test_report_pdf import page_streams

    target = tmp_path / "example.pdf"
    result = export("--example", "--data-dir", str(data_dir), "--export-summary", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Your visit report (2 pages) was saved to:\n{target}"
    assert not data_dir.exists() or not any(data_dir.iterdir())  # the reader's own folder: untouched
    first = " ".join(pdf_pages_text(target)[0].split())
    for said in (
        "Visit report: Example person (made up)",
        "Since my last visit on",
        "Atezolizumab + Bevacizumab since",
        "My diary,",
        "Pain:",
        "AFP, 6 months",
        "Diary warning signs",
        "Medicines now",
        "Latest numbers",
        "Child-Pugh: 9 points, class B.",
        "ALBI: about",
        "My questions for this visit",
    ):
        assert said in first, said
    page_one = max(page_streams(target), key=len)
    assert len(re.findall(rb"[\d.]+ [\d.]+ l\b", page_one)) > 150  # the charts, drawn as lines
