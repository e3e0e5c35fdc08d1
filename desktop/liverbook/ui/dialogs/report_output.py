"""The two ways out of "Prepare for a visit": print the report, or save it as a PDF.

Every question goes through Prompts (tests answer it; no real print or file dialog runs in a
test). Saving never writes over a folder, a device or a read-only file
(:func:`liverbook.store.targets.target_problem`), asks before replacing a file (Enter keeps the old
one), writes the new file whole before it takes the name, moves the file it replaces to the Trash
where it can be got back, and says afterwards where the report is.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QFile, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication

from liverbook import APP_NAME, __version__
from liverbook.core.preferences import Preferences
from liverbook.i18n import translate
from liverbook.store.targets import target_problem
from liverbook.summary import report_form as words
from liverbook.summary.estimate import page_warning
from liverbook.summary.report import Report, suggested_report_name
from liverbook.ui.prompts import Prompts, ask_save_path, documents_folder


class _Busy:
    """The wait cursor while a report is made (a long one takes seconds)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


def long_report_ok(prompts: Prompts, estimate: int) -> bool:
    """Before a report of hundreds of pages is made: ask (Enter goes back). True to go on."""
    warning = page_warning(estimate)
    if warning is None:
        return True
    return prompts.confirm(
        translate("ReportOutput", "A very long report"),
        warning,
        yes=translate("ReportOutput", "Make it anyway"),
        no=translate("ReportOutput", "Go back and choose"),
    )


def print_report(prompts: Prompts, report: Report, paper: str) -> int:
    """Ask which printer (the system's print dialog, through Prompts) and print ``report`` on
    ``paper``; the pages printed (0: not printed: cancelled, or the printer failed, which is said)."""
    from PySide6.QtPrintSupport import QPrinter

    from liverbook.summary.pdf import page_layout
    from liverbook.summary.report_pdf import MARGIN_MM, paint_report

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(report.title)
    printer.setCreator(f"{APP_NAME} {__version__}")
    printer.setPageLayout(page_layout(paper, MARGIN_MM))
    if not prompts.choose_printer(printer):
        return 0
    try:
        with _Busy():
            pages = paint_report(report, printer)
    except OSError as exc:
        prompts.inform(
            translate("ReportOutput", "Not printed"),
            words.not_printed_message(exc.strerror or ""),
            problem=True,
        )
        return 0
    name = printer.printerName() or printer.outputFileName()
    prompts.inform(translate("ReportOutput", "Sent to the printer"), words.printed_message(pages, name))
    return pages


def ask_where(
    prompts: Prompts, today: dt.date | None = None, prefs: Preferences | None = None
) -> Path | None:
    """Ask where to save the report: the folder last used (with ``prefs``), else Documents, a dated
    name; None when not to save."""
    suggested = documents_folder() / suggested_report_name(today or dt.date.today())
    target = ask_save_path(
        prompts,
        translate("ReportOutput", "Save the visit report as a PDF"),
        suggested,
        translate("ReportOutput", "PDF files (*.pdf)"),
        ".pdf",
        prefs,
    )
    if target is None:
        return None
    problem = target_problem(target)  # never over a folder, a device or a read-only file
    if problem is not None:
        prompts.inform(
            translate("ReportOutput", "Not saved"), words.not_saved_message(target, problem), problem=True
        )
        return None
    return target


def save_report(prompts: Prompts, target: Path, report: Report, paper: str) -> int:
    """Write ``report`` at ``target`` (already checked and agreed); say where it went. The pages
    written, or 0 when it could not be written (said in plain words; nothing was harmed)."""
    from liverbook.summary.report_pdf import write_report_pdf

    fresh = target.with_name(f".{target.stem}-new{target.suffix}")
    existed, trashed = target.exists(), None
    try:
        with _Busy():
            pages = write_report_pdf(report, fresh, paper)  # whole, before it takes the name
        trashed = _to_trash(target) if existed else None
        os.replace(fresh, target)
    except OSError as exc:
        reason = words.reason_given(exc.strerror or exc)
        if trashed is not None:
            reason += "\n\n" + words.replaced_note(trashed)
        prompts.inform(
            translate("ReportOutput", "Not saved"), words.not_saved_message(target, reason), problem=True
        )
        return 0
    finally:
        with contextlib.suppress(OSError):
            fresh.unlink(missing_ok=True)
    replaced = words.replaced_note(trashed) if existed else ""
    prompts.inform(translate("ReportOutput", "Saved"), words.saved_message(pages, target, replaced))
    return pages


def _to_trash(path: Path) -> Path | None:
    """Move ``path`` to the Trash; where it is now, or None when it cannot be (it is then replaced,
    as agreed)."""
    moved = QFile(str(path))
    if not moved.moveToTrash():
        # Qt makes the Trash folder but not the folder it lives in (~/.local/share on Linux),
        # which a new account may not have yet.
        home_data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
        if not home_data:
            return None
        with contextlib.suppress(OSError):
            Path(home_data).mkdir(parents=True, exist_ok=True)
        if not moved.moveToTrash():
            return None
    return Path(moved.fileName())
