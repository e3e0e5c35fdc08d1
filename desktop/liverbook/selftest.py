"""``liverbook --self-test``: named checks that prove this installation works, without showing a window.

Each check is a function that raises on failure. Later features add their own checks to CHECKS.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from liverbook import paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from liverbook.ui.window.main_window import MainWindow

Check = Callable[[], str]
CHECKS: list[tuple[str, Check]] = []


def check(name: str) -> Callable[[Check], Check]:
    """Register a self-test check; it returns a short note on what it verified."""

    def register(func: Check) -> Check:
        CHECKS.append((name, func))
        return func

    return register


@check("content loads")
def _content_loads() -> str:
    from liverbook.content import load_handbook

    book = load_handbook(paths.content_dir())
    return f"{len(book.pages)} pages, {len(book.sources)} sources, {len(book.terms)} terms"


@check("fonts are bundled")
def _fonts() -> str:
    fonts = sorted(paths.resource("fonts").glob("*.ttf"))
    if not fonts:
        raise RuntimeError("no bundled fonts")
    return f"{len(fonts)} font files"


@check("notes are written and read back")
def _notes_store() -> str:
    from liverbook.store import self_check

    with tempfile.TemporaryDirectory(prefix="liverbook-store-") as tmp:
        self_check(Path(tmp))
    return "a temporary store wrote and read a note"


@check("a summary is written as a PDF")
def _summary_pdf() -> str:
    """The visit report of a made-up person, with their question after page 1."""
    import datetime as dt

    from liverbook import __version__
    from liverbook.content import load_handbook
    from liverbook.fonts import register_fonts
    from liverbook.store import MyQuestion, Situation
    from liverbook.summary.report import build_report
    from liverbook.summary.report_choices import ReportChoices
    from liverbook.summary.report_data import ReportData, resolve_period
    from liverbook.summary.report_pdf import write_report_pdf
    from liverbook.ui.app import create_application

    create_application([])
    family = register_fonts()
    book = load_handbook(paths.content_dir())
    today = dt.date.today()
    sample = ReportData(
        period=resolve_period("last-visit", [], today),
        situation=Situation(frozenset({"stage-4", "advanced"}), "patient", "Sample <b>person</b>"),
        questions=(MyQuestion(1, None, "A sample question?", 1, "", None, False),),
    )
    report = build_report(book, sample, ReportChoices(), today=today, version=__version__)
    with tempfile.TemporaryDirectory(prefix="liverbook-report-") as tmp:
        target = Path(tmp) / "visit-report.pdf"
        pages = write_report_pdf(report, target, "auto", family)
        head = target.read_bytes()[:5]
        size = target.stat().st_size
    if head != b"%PDF-" or pages < 2:
        raise RuntimeError(f"the PDF looks wrong ({pages} pages, starts {head!r})")
    return f"the visit report: {pages} pages, {size // 1024} KB"


@check("every tab and page is shown")
def _window() -> str:
    from liverbook.core.app_core import Core
    from liverbook.ui.app import create_application, load_content_or_explain
    from liverbook.ui.window.main_window import MainWindow

    app = create_application([])
    book = load_content_or_explain()
    with tempfile.TemporaryDirectory(prefix="liverbook-window-") as tmp:
        return _show_every_page(app, MainWindow(Core(book, Path(tmp))))


def _show_every_page(app: QApplication, window: MainWindow) -> str:
    shown = 0
    try:
        for tab_index, view in enumerate(window.section_views()):
            window.show_tab(tab_index)
            for row in range(view.page_list.count()):
                view.page_list.setCurrentRow(row)
                app.processEvents()
                shown_text = getattr(view, "shown_text", None)  # a tab of forms may say its own words
                if shown_text is None and view.reader.isHidden() and view.reader.parentWidget() is view:
                    break  # a tab of lists and forms with no page to read (My records)
                text = shown_text() if shown_text is not None else view.reader.toPlainText()
                if len(text.strip()) < 40:
                    raise RuntimeError(f"{view.page_list.item(row).text()!r} shows no text")
                shown += 1
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"{shown} pages and topics rendered"


def run_self_test() -> int:
    """Run every check; print one line each; exit 0 only if all pass."""
    if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty (an empty one made Qt abort)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    failures = 0
    with tempfile.TemporaryDirectory(prefix="liverbook-selftest-") as tmp:
        os.environ[paths.DATA_DIR_ENV] = tmp  # never touch the user's own data
        for name, func in CHECKS:
            try:
                note = func()
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
                failures += 1
                print(f"FAIL {name}: {exc}")
                traceback.print_exc()
            else:
                print(f"ok   {name}: {note}")
    print("self-test passed" if not failures else f"self-test FAILED: {failures} check(s) failed")
    return 0 if not failures else 1
