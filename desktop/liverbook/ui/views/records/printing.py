"""Saving the medicines list and the call-now card as PDF files: where (a file dialog through the
Prompts service), what (everything typed is saved first), and a message that says where it went."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QWidget

from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.store import StoreError
from liverbook.ui.prompts import Prompts, ask_save_path, documents_folder

MEDICINES = "medicines"
CARD = "card"


def prompts_of(widget: QWidget) -> Prompts:
    """The window's Prompts service (tests replace it), or real dialogs for a widget on its own."""
    found = getattr(widget.window(), "prompts", None)
    return found if found is not None else Prompts(widget)


def save_printout(core: Core, widget: QWidget, what: str, today: dt.date | None = None) -> Path | None:
    """Ask where, then write the medicines list (``MEDICINES``) or the call-now card (``CARD``) as a PDF.

    Returns the file written, or None when the person cancelled or it could not be written (then a
    message said why).
    """
    from liverbook.summary.records_print import (
        CARD_FILE,
        MEDICINES_FILE,
        card_report,
        file_name,
        medicines_report,
        records_data,
    )
    from liverbook.summary.report_pdf import write_report_pdf

    prompts = prompts_of(widget)
    today = today or dt.date.today()
    if core.store is None:
        prompts.inform(
            translate("Records", "Nothing to print"),
            core.store_message or translate("Records", "Your records cannot be used right now."),
            problem=True,
        )
        return None
    core.flush_all()
    card = what == CARD
    title = (
        translate("Records", "Save the call-now card as a PDF")
        if card
        else translate("Records", "Save my medicines list as a PDF")
    )
    suggested = documents_folder() / file_name(CARD_FILE if card else MEDICINES_FILE, today)
    target = ask_save_path(
        prompts, title, suggested, translate("Records", "PDF files (*.pdf)"), ".pdf", core.prefs
    )
    if target is None:
        return None
    try:
        data = records_data(core.store, today)
        build = card_report if card else medicines_report
        pages = write_report_pdf(build(core.book, data, today), target)
    except (OSError, StoreError) as error:
        reason = error.user_message if isinstance(error, StoreError) else (error.strerror or str(error))
        prompts.inform(
            translate("Records", "Not saved"),
            translate("Records", "The PDF could not be written: {reason}").format(reason=reason),
            problem=True,
        )
        return None
    if card:
        told = translate(
            "Records",
            "The call-now card was saved as {name} in {folder}. Print it on one page, at full size (100%), "
            "then cut it out and fold it. Its print is never smaller than 9 points: with many warning "
            "signs it has more panels to fold.",
        )
    else:
        told = (
            translate(
                "Records",
                "Your medicines list ({pages} pages) was saved as {name} in {folder}. Print it and take it to "
                "every visit.",
            )
            if pages != 1
            else translate(
                "Records",
                "Your medicines list was saved as {name} in {folder}. Print it and take it to every visit.",
            )
        )
    prompts.inform(
        translate("Records", "Saved as a PDF"),
        told.format(name=target.name, folder=target.parent, pages=pages),
    )
    return target
