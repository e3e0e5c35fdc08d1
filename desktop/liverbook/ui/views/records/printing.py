"""Saving the medicines list and the call-now card as PDF files: where (a file dialog through the
Prompts service), what (everything typed is saved first), and a message that says where it went.
In another language than English, the card can have a page in English after it (the visit report's
two-language choice offers the same)."""

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
    in_english = card and ask_card_in_english(core, prompts)
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
        if card:
            report = card_report(core.book, data, today, core.english_book() if in_english else None)
        else:
            report = medicines_report(core.book, data, today)
        pages = write_report_pdf(report, target)
    except (OSError, StoreError) as error:
        reason = error.user_message if isinstance(error, StoreError) else (error.strerror or str(error))
        prompts.inform(
            translate("Records", "Not saved"),
            translate("Records", "The PDF could not be written: {reason}").format(reason=reason),
            problem=True,
        )
        return None
    if in_english:
        told = translate(
            "Records",
            "The call-now card was saved as {name} in {folder}: on the first page in your language, on "
            "the second in English. Print both pages at full size (100%), then cut out and fold the one "
            "you carry (or both). Its print is never smaller than 9 points: with many warning signs it "
            "has more panels to fold.",
        )
    elif card:
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


def ask_card_in_english(core: Core, prompts: Prompts) -> bool:
    """In another language than English: the card in that language only, or a page in English after
    it (for a doctor or an emergency room that reads English)? The visit report's choice of page 1 in
    English preselects the second. Always False in English."""
    if core.book.locale == "en":
        return False
    # Asked only when the app is not in English: "my language" is the one it shows (Spanish: "español").
    offered = [
        (
            translate("Records", "In my language only"),
            translate("Records", "One page: the card to cut out and fold."),
        ),
        (
            translate("Records", "In my language, then the same card in English"),
            translate(
                "Records",
                "Two pages: the card, then the card again in English, for a doctor or an emergency room "
                "that reads English. What you typed (names, numbers) is printed as you wrote it.",
            ),
        ),
    ]
    english_first = core.report_choices().english_page
    chosen = prompts.choose(
        translate("Records", "The call-now card"),
        translate("Records", "In which language should the card be printed?"),
        offered,
        1 if english_first else 0,
    )
    return chosen == 1
