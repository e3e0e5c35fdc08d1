"""``liverbook --export-summary FILE``: write the summary with the saved choices, without a window.

QtGui only. Runs on the offscreen platform unless another one is asked for, so it works in
scripts and over SSH. The user's data is only read.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from liverbook import __version__, paths
from liverbook.content import Handbook
from liverbook.summary.build import SummaryData, build_summary, gather
from liverbook.summary.choices import SETTINGS_KEY, SummaryChoices


def saved_choices() -> SummaryChoices:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    return SummaryChoices.from_json(settings.value(SETTINGS_KEY, ""))


def ensure_gui_application() -> None:
    """A QGuiApplication (fonts and painting need one), offscreen unless a platform was chosen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty: Qt would look for a display
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication.setApplicationName("liverbook")
        ensure_gui_application.app = QGuiApplication([])  # type: ignore[attr-defined]


def read_data(data_dir: Path) -> tuple[SummaryData, object | None]:
    """The user's data (none at all when there is no data file yet), read without changing anything;
    and, when the notes file is damaged, what could be read of it (``Rescued``), else None."""
    from liverbook.store import Store

    store = Store.open_read_only(data_dir, None)
    try:
        return gather(store), store.rescued
    finally:
        store.close()


def export_summary(book: Handbook, data_dir: Path, target: Path) -> tuple[int, str]:
    """Write the PDF; (exit code, message for the user)."""
    from liverbook.store import StoreError

    ensure_gui_application()
    from liverbook.fonts import register_fonts
    from liverbook.summary.pdf import render_pdf

    family = register_fonts()
    try:
        data, rescued = read_data(data_dir)
    except StoreError as exc:
        return 1, exc.user_message
    from liverbook.store.targets import target_problem

    problem = target_problem(target)
    if problem is None and target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
        problem = target_problem(target)
    if problem is not None:
        return 1, f"Your summary was not saved: {problem}"
    choices = saved_choices()
    summary = build_summary(book, data, choices, today=dt.date.today(), version=__version__)
    try:
        pages = render_pdf(summary, target, choices.paper, family)
    except OSError as exc:
        return 1, f"The summary could not be saved to {target}: {exc.strerror or exc}."
    saved = f"Your summary ({pages} page{'s' if pages != 1 else ''}) was saved to {target}."
    if rescued is not None:
        from liverbook.store.messages import damaged_export_message

        return 1, damaged_export_message(rescued, saved)  # type: ignore[arg-type]
    return 0, saved
