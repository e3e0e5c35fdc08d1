"""How many pages the visit report will be, told before it is made. No Qt, and cheap.

The dialog calls :func:`estimate_pages` as the person ticks parts, and shows :func:`page_warning`
before a choice would make a report of hundreds of pages (ten thousand notes are about a thousand
pages). The estimate counts lines of text as the report lays them out (10.5 pt on Letter or A4),
from the sizes of what each part holds; it reads nothing and lays nothing out, so it takes well
under a millisecond a part and is right to within a few pages for a report of a few pages, and to
within about a third for a long one.
"""

from __future__ import annotations

import math

from liverbook.i18n import translate
from liverbook.summary.report_choices import ReportChoices
from liverbook.summary.report_data import ReportData

LINES_PER_PAGE = 44  # measured on the example's reports: paragraph spacing included
CHARS_PER_LINE = 88  # full width
PAGE_WARNING = 100  # from this many pages, the dialog asks first


def _wrapped(text: str, width: int = CHARS_PER_LINE) -> int:
    return sum(max(1, math.ceil(len(line) / width)) for line in text.splitlines() or [""])


def part_lines(data: ReportData, choices: ReportChoices, marked_pages: int = 0) -> dict[str, float]:
    """Estimated lines of each chosen part (the call-now card is a page: LINES_PER_PAGE)."""
    out: dict[str, float] = {}
    if choices.questions:
        out["questions"] = (
            2 + sum(5 if not q.answer.strip() else 2 + _wrapped(q.answer) for q in data.questions) + 5
        )
    if choices.notes:
        out["notes"] = 2 + sum(1.6 + _wrapped(n.text, CHARS_PER_LINE - 4) for n in data.notes)
    if choices.diary_table:
        # Each entry: the answers it shows (not "none" or 0, about 20 characters each) in a column
        # about half the width.
        out["diary_table"] = 3 + sum(
            0.6 + max(2, math.ceil(sum(1 for a in e.answers if a.value or a.text) * 20 / 48))
            for e in data.entries
        )
    if choices.medicines:
        out["medicines"] = 4 + 2.5 * len(data.medicines) + 8
    if choices.timeline:
        out["timeline"] = 3 + 3 * len(data.lines)
    if choices.call_card:
        out["call_card"] = LINES_PER_PAGE
    if choices.extracts:
        out["extracts"] = 2 + 3 * marked_pages
    if choices.glossary:
        out["glossary"] = 80
    if choices.sources:
        out["sources"] = 2 + 2 * (20 + 4 * marked_pages + (30 if choices.glossary else 0))
    return out


def estimate_pages(data: ReportData, choices: ReportChoices, marked_pages: int = 0) -> int:
    """About how many pages the report will have (``marked_pages``: handbook pages marked for the person)."""
    page1 = 1 + (1 if len(data.medicines) + 2 * len(data.flagged) > 14 else 0)
    lines = part_lines(data, choices, marked_pages)
    card = lines.pop("call_card", 0)
    rest = math.ceil(sum(lines.values()) / LINES_PER_PAGE) if lines else 0
    english = data.english is not None and choices.english_page  # page 1 again, and the card, in English
    return page1 * (2 if english else 1) + rest + (1 if card else 0) * (2 if english else 1)


def page_warning(pages: int) -> str | None:
    """What the dialog says before making a report this long; None when it is not long."""
    if pages < PAGE_WARNING:
        return None
    return translate(
        "report",
        "With these choices the report would be about {pages:,} pages. That is a lot to print: "
        "you can leave out the notes or the diary table, or choose a shorter period.",
    ).format(pages=pages)
