"""The words of "Prepare for a visit" and of ``--export-summary``: the choices offered, the page
count, and what is said after printing or saving. No Qt (translated through Qt when it is loaded).

Kept apart from the dialog so that the window and the command line say the same thing, and so that
tests read them without a screen. Every label leaves room for a translation a third longer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.render import format_date
from liverbook.summary.markup import tr
from liverbook.summary.report_choices import PAPER, PARTS, PERIODS

# The labels are marked for lupdate under "report" and looked up with markup.tr() where shown.
# The period page 1 covers (report_choices.PERIODS), as the dialog offers it.
PERIOD_LABELS = {
    "last-visit": QT_TRANSLATE_NOOP("report", "Since my last visit"),
    "4w": QT_TRANSLATE_NOOP("report", "The last 4 weeks"),
    "3m": QT_TRANSLATE_NOOP("report", "The last 3 months"),
    "6m": QT_TRANSLATE_NOOP("report", "The last 6 months"),
    "1y": QT_TRANSLATE_NOOP("report", "The last year"),
    "all": QT_TRANSLATE_NOOP("report", "Everything I have recorded"),
}

# The parts after page 1 (report_choices.PARTS), in print order.
PART_LABELS = {
    "questions": QT_TRANSLATE_NOOP("report", "All my questions, with lines to write the answers"),
    "notes": QT_TRANSLATE_NOOP("report", "My notes"),
    "diary_table": QT_TRANSLATE_NOOP("report", "Every diary entry of these days, in a table"),
    "medicines": QT_TRANSLATE_NOOP("report", "All my medicines, past ones too"),
    "timeline": QT_TRANSLATE_NOOP("report", "My treatments, one after the other"),
    "call_card": QT_TRANSLATE_NOOP("report", "The \u201ccall now\u201d card, to cut out and keep"),
    "extracts": QT_TRANSLATE_NOOP("report", "A line about each handbook page marked \u201cFor you\u201d"),
    "glossary": QT_TRANSLATE_NOOP("report", "The meaning of the medical words used"),
    "sources": QT_TRANSLATE_NOOP("report", "Where the handbook\u2019s facts come from"),
}

# Shown when the report is in another language than English (ReportChoices.english_page).
ENGLISH_PAGE_LABEL = QT_TRANSLATE_NOOP(
    "report", "Page 1 again in English, for a doctor who reads English (and the call-now card too)"
)

PAPER_LABELS = {
    "auto": QT_TRANSLATE_NOOP("report", "As usual on this computer"),
    "letter": QT_TRANSLATE_NOOP("report", "Letter (US)"),
    "a4": QT_TRANSLATE_NOOP("report", "A4"),
}

PAPER_NAMES = {"letter": QT_TRANSLATE_NOOP("report", "Letter"), "a4": QT_TRANSLATE_NOOP("report", "A4")}

assert tuple(PERIOD_LABELS) == PERIODS and tuple(PART_LABELS) == PARTS and tuple(PAPER_LABELS) == PAPER


def period_label(kind: str, last_visit: dt.date | None = None) -> str:
    """The label of a period; "since my last visit" says which visit, or that none is recorded."""
    label = tr(PERIOD_LABELS[kind])
    if kind != "last-visit":
        return label
    if last_visit is None:
        return translate("report", "{label} (none recorded yet: the last 4 weeks)").format(label=label)
    return translate("report", "{label} ({date})").format(label=label, date=format_date(last_visit))


def english_page_label() -> str:
    return tr(ENGLISH_PAGE_LABEL)


def part_label(name: str) -> str:
    return tr(PART_LABELS[name])


def paper_label(paper: str, usual: str = "") -> str:
    """A paper choice; "as usual" says which paper that is here when ``usual`` is given."""
    label = tr(PAPER_LABELS[paper])
    if paper == "auto" and usual in PAPER_NAMES:
        return translate("report", "{label} ({paper})").format(label=label, paper=tr(PAPER_NAMES[usual]))
    return label


def pages_text(pages: int) -> str:
    """2 pages; 1 page."""
    return (
        translate("report", "1 page")
        if pages == 1
        else translate("report", "{count:,} pages").format(count=pages)
    )


def count_line(pages: int, exact: bool, paper: str) -> str:
    """What the dialog says under page 1: the page count (or its estimate) and the paper
    (``paper``: "letter" or "a4", the one it will print on)."""
    paper_name = tr(PAPER_NAMES.get(paper, paper))
    if exact:
        return translate("report", "The report is {pages}, on {paper} paper.").format(
            pages=pages_text(pages), paper=paper_name
        )
    return translate("report", "The report would be about {pages}, on {paper} paper.").format(
        pages=pages_text(pages), paper=paper_name
    )


def saved_message(pages: int, target: Path, replaced: str = "") -> str:
    """Said after the report was saved: how long it is and where it is. ``replaced``: what became
    of the file of that name that was there (see :func:`replaced_note`)."""
    text = translate("report", "Your visit report ({pages}) was saved to:\n{target}").format(
        pages=pages_text(pages), target=target
    )
    return f"{text}\n\n{replaced}" if replaced else text


def replaced_note(trashed: Path | None) -> str:
    """What became of the older file of that name: moved to the Trash (``trashed``: where it is
    now), or replaced when it could not be moved there."""
    if trashed is not None:
        return translate(
            "report", "The older file of that name was moved to the Trash, where you can get it back:\n{path}"
        ).format(path=trashed)
    return translate(
        "report",
        "It replaced the older file of that name, as you asked (it could not be moved to the Trash).",
    )


def reason_given(reason: object) -> str:
    """The system's reason for a failure, quoted."""
    return translate("report", "The reason given: {reason}.").format(reason=reason)


def not_saved_message(target: Path, reason: str) -> str:
    return translate(
        "report",
        "Your visit report could not be saved to {target}.\n\n{reason}\n\n"
        "Please choose another name or folder, and try again.",
    ).format(target=target, reason=reason)


def printed_message(pages: int, printer: str) -> str:
    return translate("report", "Your visit report ({pages}) was sent to the printer {printer}.").format(
        pages=pages_text(pages), printer=printer
    )


def not_printed_message(reason: str = "") -> str:
    text = translate("report", "The visit report was not printed: the printer could not be used.")
    if reason:
        text += " " + reason_given(reason)
    return (
        text
        + " "
        + translate(
            "report", "Please check the printer and try again, or save the report as a PDF and print that."
        )
    )
