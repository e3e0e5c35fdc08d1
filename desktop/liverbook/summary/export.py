"""``liverbook --export-summary FILE``: write the visit report with the saved choices, without a window.

QtGui only. Runs on the offscreen platform unless another one is asked for, so it works in
scripts and over SSH. The user's data is only read: the command gives a read-only
:class:`~liverbook.core.app_core.Core` of one data folder, whose choices and data agree.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from liverbook.core.app_core import Core


def ensure_gui_application() -> None:
    """A QGuiApplication (fonts and painting need one), offscreen unless a platform was chosen."""
    from PySide6.QtGui import QGuiApplication

    from liverbook import pyside_refcounts

    pyside_refcounts.guard()  # once, as the app does at start: see that module
    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty: Qt would look for a display
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication.setApplicationName("liverbook")
        ensure_gui_application.app = QGuiApplication([])  # type: ignore[attr-defined]


def export_summary(core: Core, target: Path) -> tuple[int, str]:
    """Write the visit report of ``core``'s data with the choices saved in the same folder; (exit
    code, message for the user)."""
    from liverbook.store import StoreError
    from liverbook.store.targets import target_problem
    from liverbook.summary import report_form as words

    ensure_gui_application()
    from liverbook.fonts import register_fonts
    from liverbook.summary.report_pdf import write_report_pdf

    family = register_fonts()
    problem = target_problem(target)
    if problem is None and target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
        problem = target_problem(target)
    if problem is not None:
        return 1, words.not_saved_message(target, problem)
    choices = core.report_choices()
    try:
        report = core.visit_report(choices, today=dt.date.today())
    except StoreError as exc:
        return 1, exc.user_message
    try:
        pages = write_report_pdf(report, target, choices.paper, family)
    except OSError as exc:
        return 1, words.not_saved_message(target, words.reason_given(exc.strerror or exc))
    saved = words.saved_message(pages, target)
    rescued = core.store.rescued if core.store is not None else None
    if rescued is not None:
        from liverbook.store.messages import damaged_export_message

        return 1, damaged_export_message(rescued, saved)
    return 0, saved
