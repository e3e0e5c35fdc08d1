"""What the user types is shown and printed exactly as typed, and never makes the app load anything.

Markup, scripts, ``file:`` and ``javascript:`` links, right-to-left override characters, emoji and a
1,000,000-character note (the store's limit) go through the notes pane, search results and the
summary PDF. "Loads nothing" is checked with a spy on ``QTextDocument.loadResource``, the one door
through which rich text asks for an image, style sheet or file: it must never be asked for anything
named in user text. File names: the names the app suggests never contain user text, and a file
lands exactly where the user chose it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from liverbook.data_commands import suggested_export_name
from liverbook.search import Result
from liverbook.store import MyQuestion, Note, Situation
from liverbook.summary import SummaryChoices, SummaryData, build_summary, pdf as summary_pdf
from liverbook.summary.report import suggested_report_name
from liverbook.ui.prompts import documents_folder
from liverbook.ui.views.search_results import result_html, result_text

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 20, 15, 30, tzinfo=dt.timezone.utc)
MARKUP = "<b>not bold</b> <i>nor italic</i> &amp; &lt;tag&gt; <h1>no heading</h1> <style>p{color:red}</style>"
SCRIPT = '<script>alert("hello")</script> onload=alert(1)'
LINKS = (
    '<img src="file:///etc/passwd"> <a href="javascript:alert(1)">click</a> [md](file:///etc/shadow) '
    "javascript:alert(2) file:///etc/hosts <link rel=stylesheet href=file:///etc/x.css>"
)
RTL = "before \u202eevil.exe\u202c after \u2067isolated\u2069 zero\u200bwidth"
EMOJI = "emoji \U0001f600 family \U0001f468\u200d\U0001f469\u200d\U0001f467 tick \u2713 caf\u00e9"
HOSTILE = [MARKUP, SCRIPT, LINKS, RTL, EMOJI]
BIG = ("A line of a very long note, written over many days. " * 19 + "\n") * 1000
BIG = (BIG * (1_000_000 // len(BIG) + 1))[:1_000_000]


class SpyDocument(QTextDocument):
    """A rich-text document that records every resource it is asked to load (and loads none)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, kind: int, name: object) -> object:
        self.asked.append(name.toString())  # type: ignore[attr-defined]
        return None


def _render(html: str) -> SpyDocument:
    doc = SpyDocument()
    doc.setHtml(html)
    doc.setTextWidth(600)
    doc.size()  # lay it out: images are asked for here
    return doc


def _inert(doc: QTextDocument) -> list[str]:
    """Images and links in a laid-out document (there must be none from user text)."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()}")
            if fmt.isAnchor():
                found.append(f"link {fmt.anchorHref()}")
            it += 1
        block = block.next()
    return found


def test_the_spy_sees_what_rich_text_would_load(qapp) -> None:  # type: ignore[no-untyped-def]
    doc = _render('<p><img src="file:///etc/passwd"> <a href="javascript:x">y</a></p>')
    assert "file:///etc/passwd" in doc.asked and _inert(doc)  # so an empty list below means something


def test_notes_are_kept_and_shown_exactly_as_typed(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    pane = window.notes
    for text in [BIG, *HOSTILE]:
        pane.new_button.click()
        pane.editor.setPlainText(text)
        assert pane.flush()
    window.close()
    window.store.close()

    again = launch()
    pane = again.notes
    assert pane.note_list.count() == len(HOSTILE) + 1
    shown = {}
    for row in range(pane.note_list.count()):
        pane.note_list.setCurrentRow(row)
        shown[pane.editor.toPlainText()] = pane.note_list.item(row).text().split("\n")[0]
    assert set(shown) == {BIG, *HOSTILE}  # every character kept, the 1 MB note whole
    for text in HOSTILE:
        assert shown[text] == (text if len(text) <= 80 else text[:79] + "\u2026")
    assert shown[BIG].startswith("A line of a very long note")
    assert (
        pane.heading.textFormat() == Qt.TextFormat.PlainText
        and pane.status.textFormat() == Qt.TextFormat.PlainText
    )


def _note_results(window, words: str) -> list[Result]:  # type: ignore[no-untyped-def]
    window.search_field.setText(words)
    items = [window.search_results.list.item(i) for i in range(window.search_results.list.count())]
    return [r for r in (item.data(Qt.ItemDataRole.UserRole) for item in items) if r.kind == "note"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("bold italic", "<b>not bold</b>"),
        ("alert hello", '<script>alert("hello")</script>'),
        ("passwd", '<img src="file:///etc/passwd">'),
        ("javascript", "javascript:alert"),
        ("evil", "\u202eevil.exe\u202c"),
        ("emoji family", "\U0001f600"),
        ("written over many days", "A line of a very long note"),
    ],
)
def test_search_results_show_note_text_literally_and_load_nothing(launch, words, expected) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    for text in [*HOSTILE, BIG]:
        window.store.add_note(text)
    window.core.search.replaced()  # notes added behind the core's back: index them all
    results = _note_results(window, words)
    assert results, words
    for result in results:
        snippet = "".join(text for text, _ in result.snippet)
        assert snippet in result_text(result)
        doc = _render(result_html(result))  # what the results list draws
        assert snippet in doc.toPlainText()  # literally: tags and links as text
        assert doc.asked == [] and _inert(doc) == []
    assert any(expected in "".join(t for t, _ in r.snippet) for r in results), [r.snippet for r in results]


def _hostile_summary(handbook, name: str = "<b>Sam</b> \u202eeno\u202c \U0001f600"):  # type: ignore[no-untyped-def]
    data = SummaryData(
        situation=Situation(frozenset({"stage-4"}), "patient", name),
        notes=tuple(Note(i + 1, text, None, NOW, NOW) for i, text in enumerate(HOSTILE)),
        questions=(MyQuestion(1, None, f"Own question {SCRIPT}", 0, f"Answer {LINKS}", NOW.date(), True),),
    )
    return build_summary(
        handbook, data, SummaryChoices(pages="none"), today=dt.date(2026, 11, 21), version="9"
    )


def test_the_summary_escapes_user_text_and_its_document_loads_nothing(qapp, handbook, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    summary = _hostile_summary(handbook)
    assert (
        "<img src=" not in summary.html
        and "<script" not in summary.html
        and 'href="javascript' not in summary.html
    )
    asked: list[str] = []
    monkeypatch.setattr(
        summary_pdf._InertDocument, "loadResource", lambda self, kind, name: asked.append(name.toString())
    )
    doc = summary_pdf.make_document(summary)
    doc.setTextWidth(600)
    doc.size()
    plain = doc.toPlainText()
    for text in [MARKUP, SCRIPT, RTL, EMOJI, "<b>Sam</b>", f"Own question {SCRIPT}"]:
        assert text in plain, text
    assert " ".join(LINKS.split()) in " ".join(plain.split())
    assert [a for a in asked if "etc" in a or a.startswith(("file:", "javascript:"))] == []
    assert [f for f in _inert(doc) if "etc" in f or "javascript" in f] == []


def _pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        if os.environ.get("LIVERBOOK_REQUIRE_POPPLER"):
            pytest.fail("pdftotext (poppler-utils) is needed and missing")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_summary_pdf_prints_user_text_literally(qapp, handbook, tmp_path) -> None:  # type: ignore[no-untyped-def]
    summary = _hostile_summary(handbook)
    target = tmp_path / "summary.pdf"
    summary_pdf.render_pdf(summary, target, "a4")
    text = " ".join(_pdftotext(target).split())
    for typed in (MARKUP, SCRIPT, LINKS, "<b>Sam</b>", f"Own question {SCRIPT}", "tick \u2713 caf\u00e9"):
        assert " ".join(typed.split()) in text, typed
    # Right-to-left override: the letters are all there (drawn right to left, as Unicode asks), and
    # the text after the override's end is back in order.
    assert ("evil.exe" in text or "exe.live" in text) and "after" in text and "isolated" in text


def _note_pdf(handbook, text: str, target: Path) -> Path:  # type: ignore[no-untyped-def]
    data = SummaryData(notes=(Note(1, text, None, NOW, NOW),))
    summary = build_summary(
        handbook,
        data,
        SummaryChoices(pages="none", questions=False),
        today=dt.date(2026, 11, 21),
        version="9",
    )
    summary_pdf.render_pdf(summary, target, "a4")
    return target


_NO_GLYPH = pytest.mark.xfail(
    strict=True,
    reason="DejaVu Sans, the one font the app bundles, has no glyph for it: "
    "printed as an empty box unless the computer has an emoji font",
)


@pytest.mark.parametrize(
    "char",
    [
        "\U0001f600",
        "\U0001f622",
        "\u2764",
        "\u2713",
        "\u263a",
        pytest.param("\U0001f44d", marks=_NO_GLYPH),
        pytest.param("\U0001f64f", marks=_NO_GLYPH),
        pytest.param("\U0001f48a", marks=_NO_GLYPH),
        pytest.param("\U0001f468", marks=_NO_GLYPH),
    ],
    ids=["grin", "cry", "heart", "tick", "smile", "thumbs-up", "folded-hands", "pill", "man"],
)
def test_emoji_have_a_glyph_in_the_printed_font(qapp, char: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    from liverbook.fonts import FONT_FAMILY

    assert QFontMetrics(QFont(FONT_FAMILY)).inFontUcs4(ord(char))


@pytest.mark.xfail(
    strict=True,
    reason="Qt writes characters beyond U+FFFF into the PDF without a text mapping: "
    "the emoji is drawn (see above) but copying or searching the PDF does not find it",
)
def test_emoji_are_in_the_pdf_text_layer(qapp, handbook, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert "\U0001f600" in _pdftotext(_note_pdf(handbook, "EMOJI \U0001f600 END", tmp_path / "a.pdf"))


def test_a_long_note_prints_every_line(qapp, handbook, tmp_path) -> None:  # type: ignore[no-untyped-def]
    lines = [f"line {i:05d} of a long note <b>{i}</b>" for i in range(3000)]  # about 110 KB, 60 pages
    data = SummaryData(notes=(Note(1, "\n".join(lines), None, NOW, NOW),))
    summary = build_summary(
        handbook,
        data,
        SummaryChoices(pages="none", questions=False),
        today=dt.date(2026, 11, 21),
        version="9",
    )
    target = tmp_path / "long.pdf"
    assert summary_pdf.render_pdf(summary, target, "a4") > 40
    printed = set(_pdftotext(target).splitlines())
    assert [line for line in lines if line not in printed] == []


# -- file names ------------------------------------------------------------------------------------------

NAMES = [
    "../../etc/passwd",
    "/etc/passwd",
    "CON",
    "NUL.txt",
    "a\\b:c*?<>|",
    "n" * 300,
    "<b>Sam</b> \u202eeno",
]


@pytest.mark.parametrize(
    "name", NAMES, ids=["traversal", "absolute", "con", "nul", "reserved-chars", "300-chars", "rtl"]
)
def test_suggested_file_names_never_contain_user_text(launch, prompts, name) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.apply_situation(Situation(frozenset({"stage-4"}), "patient", name[:200]))
    window.notes.new_button.click()
    window.notes.editor.setPlainText(name)
    prompts.saved_path = None  # the user cancels: only the suggestion is looked at
    today = dt.date.today()
    assert window.show_summary().save_pdf() is None
    assert Path(prompts.asked[-1][1]) == documents_folder() / f"visit-report-{today.isoformat()}.pdf"
    assert window.data_actions.export() is None
    assert (
        Path(prompts.asked[-1][1]) == documents_folder() / f"liver-handbook-my-data-{today.isoformat()}.json"
    )
    assert suggested_report_name(today) == f"visit-report-{today.isoformat()}.pdf"
    assert suggested_export_name(today) == f"liver-handbook-my-data-{today.isoformat()}.json"


def test_a_chosen_path_without_a_suffix_gets_one_in_the_same_folder(launch, prompts, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.store.add_note("to take along")
    folder = tmp_path / "chosen folder"
    folder.mkdir()
    prompts.saved_path = folder / "for the doctor"
    assert window.show_summary().save_pdf() == folder / "for the doctor.pdf"
    prompts.saved_path = folder / "my notes"
    assert window.data_actions.export() == folder / "my notes.json"
    assert sorted(p.name for p in folder.iterdir()) == ["for the doctor.pdf", "my notes.json", "my notes.md"]
    assert (
        json.loads((folder / "my notes.json").read_text(encoding="utf-8"))["notes"][0]["text"]
        == "to take along"
    )


def test_command_line_exports_write_where_asked_with_relative_paths(tmp_path: Path) -> None:
    from liverbook.store import Store

    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.set_situation(Situation(frozenset(), None, "../../etc/passwd"))
        store.add_note("a note for the command line")
    work = tmp_path / "work"
    (work / "out").mkdir(parents=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    for args in (["--export-data", "out/mine.json"], ["--export-summary", "out/summary"]):
        result = subprocess.run(
            [sys.executable, "-m", "liverbook", "--data-dir", str(data_dir), *args],
            cwd=work,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (work / "out").iterdir()) == ["mine.json", "mine.md", "summary.pdf"]
    assert sorted(p.name for p in work.iterdir()) == [
        "out"
    ]  # nothing beside it, nothing named after the user
    assert "a note for the command line" in (work / "out" / "mine.json").read_text(encoding="utf-8")
