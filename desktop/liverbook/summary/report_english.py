"""Page 1 again in English, for a clinician who does not read the person's language. No Qt.

A report in Spanish is for the person; the doctor they hand it to may read only English. With
``ReportChoices.english_page`` the report prints page 1 in the person's language, then page 1 in
English on a page of its own (so the two can lie side by side), and, when the call-now card is
chosen, the card in English after the card in the person's language (the card printed from My
records offers the same: :func:`card_in_english`).

The English copy is built from :class:`~liverbook.summary.report_data.EnglishCopy`: the same store
read again with the English handbook inside :func:`liverbook.i18n.in_english`, so the app's words,
the diary's labels, the rules' reasons and the handbook's questions are English. What the person
typed (notes, answers, questions, names, "anything else") is never translated: it is shown as
written, and the page says so.

The page painter needs to know which printed pages are English (their header and footer, and the
words it draws at paint time): an invisible mark (:data:`ENGLISH_START`, the places' word joiner
with an anchor name) opens each English span in its heading, and :data:`ENGLISH_END` in the
heading of whatever follows closes it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from liverbook.i18n import in_english
from liverbook.summary.markup import PLACE_MARK, esc
from liverbook.summary.report_data import ReportData

if TYPE_CHECKING:
    from liverbook.content import Handbook
    from liverbook.diary.trends import ChartData
    from liverbook.summary.call_card import CardData

ENGLISH_START = "lang:en"
ENGLISH_END = "lang:end"
PREFIX = "en:"  # of the English copy's place names
BREAK = ' style="page-break-before: always"'


def mark(name: str) -> str:
    """An invisible mark named ``name`` inside a heading: no height, found like a chart's place."""
    return f'<a name="{esc(name)}">{PLACE_MARK}</a>'


def with_mark(html: str, name: str) -> str:
    """``html`` with the mark ``name`` at the start of its first heading's text."""
    return re.sub(r"(<h[12][^>]*>)", lambda m: m.group(1) + mark(name), html, count=1)


@dataclass(frozen=True)
class EnglishPart:
    """Page 1 in English, ready to go after page 1: its HTML, its charts, its page header; and what
    the card in English is made from."""

    html: str
    header: str
    book: Handbook
    data: ReportData
    drawings: dict[str, ChartData | CardData] = field(default_factory=dict)
    heights: dict[str, int] = field(default_factory=dict)


def english_card(part: EnglishPart, today: dt.date) -> tuple[str, CardData]:
    """The call-now card's page in English (its own page, opened by the English mark)."""
    return card_in_english(part.book, part.data, today)


def card_in_english(book: Handbook, data: ReportData, today: dt.date) -> tuple[str, CardData]:
    """The call-now card's page in English from the English ``book`` (its warning signs) and ``data``
    (the person's words, never translated): for the report and for the card printed from My records."""
    from liverbook.summary.call_card import CARD_NAME, card_html

    with in_english():
        html, card, _sources = card_html(book, data, today, CARD_NAME + ":" + PREFIX)
    return with_mark(html, ENGLISH_START), card
