"""``liverbook --export-summary FILE``: write the summary with the saved choices, without a window.

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
    """Write the PDF of ``core``'s data with its saved choices; (exit code, message for the user)."""
    from liverbook.store import StoreError
    from liverbook.store.targets import target_problem

    ensure_gui_application()
    from liverbook.fonts import register_fonts
    from liverbook.summary.pdf import render_pdf

    family = register_fonts()
    problem = target_problem(target)
    if problem is None and target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
        problem = target_problem(target)
    if problem is not None:
        return 1, f"Your summary was not saved: {problem}"
    choices = core.summary_choices()
    try:
        summary = core.build_summary(choices, today=dt.date.today())
    except StoreError as exc:
        return 1, exc.user_message
    try:
        pages = render_pdf(summary, target, choices.paper, family)
    except OSError as exc:
        return 1, f"The summary could not be saved to {target}: {exc.strerror or exc}."
    saved = f"Your summary ({pages} page{'s' if pages != 1 else ''}) was saved to {target}."
    rescued = core.store.rescued if core.store is not None else None
    if rescued is not None:
        from liverbook.store.messages import damaged_export_message

        return 1, damaged_export_message(rescued, saved)
    return 0, saved
