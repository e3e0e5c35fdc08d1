"""The call-now card: one page with a card to cut out and fold into a wallet. No Qt.

The card holds the urgent contact's name and numbers (the one chosen in "My care team"), who the
card is for, and the warning signs the handbook gives for the medicines and drug treatments taken
now (:func:`liverbook.records.medicines.signs_for`), emergencies first. It says nothing the handbook
does not say. :class:`CardData` is what to print; :mod:`liverbook.summary.report_pdf` lays it out
in panels the size of a bank card (85.6 x 54 mm, ISO/IEC 7810 ID-1), two across, folded along the
middle lines. When the signs need more room the type gets smaller, but never below
:data:`MIN_POINT_SIZE` (9 pt: smaller print is hard to read for the people who carry the card);
instead the card gets a third or a fourth row of panels (a bigger fold), and the page says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from liverbook.content import Handbook
from liverbook.content.records_model import WarningSigns
from liverbook.i18n import translate
from liverbook.records.medicines import signs_for
from liverbook.records.timeline import line_name
from liverbook.summary.build import isolate
from liverbook.summary.markup import esc, place
from liverbook.summary.report_data import ReportData

CARD_MM = (85.6, 54.0)  # one panel: a bank card (ISO/IEC 7810 ID-1)
MAX_POINT_SIZE = 10.0
MIN_POINT_SIZE = 9.0  # never smaller: the card is read by ill, tired, often older people
MAX_ROWS = 4
CARD_NAME = "card:call-now"
PANEL_PX = (round(CARD_MM[0] / 25.4 * 96), round(CARD_MM[1] / 25.4 * 96))  # in CSS pixels
CARD_HEIGHT = PANEL_PX[1] * MAX_ROWS + 4  # room for every row of panels the card may need


@dataclass(frozen=True)
class CardSection:
    """One set of signs: its heading (what to do), the signs, and the medicines it is for."""

    level: str  # emergency | call | today
    title: str
    text: str
    medicines: tuple[str, ...]


@dataclass(frozen=True)
class CardData:
    """What the card says, in print order. User text is bidi-isolated here; the painter draws it as plain text."""

    heading: str
    front: tuple[str, ...]  # who it is for, the treatment now, the contact and numbers
    sections: tuple[CardSection, ...]
    footer: str
    rows: int = 2  # rows of two panels: 2 (folds to one card), 3 or 4, chosen by the painter


def card_data(book: Handbook, data: ReportData, today: dt.date) -> tuple[CardData, tuple[str, ...]]:
    """The card's words, and the sources of the signs on it."""
    records = book.records
    shown = signs_for(records, list(data.medicines), today, list(data.lines))
    front = []
    name = data.situation.name.strip()
    if name:
        front.append(translate("report", "For: {name}").format(name=isolate(name)))
    front.append(translate("report", "I have liver cancer."))
    now = [line_name(records, ln) for ln in data.lines if ln.current(today)]
    if now:
        front.append(
            translate("report", "Treatment now: {names}").format(names=", ".join(isolate(n) for n in now))
        )
    urgent = data.urgent
    if urgent is not None:
        who = isolate(urgent.name) + (f", {isolate(urgent.role)}" if urgent.role.strip() else "")
        front.append(translate("report", "Call: {who}").format(who=who))
        if urgent.phone_day.strip():
            front.append(translate("report", "Day: {phone}").format(phone=isolate(urgent.phone_day)))
        if urgent.phone_after_hours.strip():
            front.append(
                translate("report", "After hours: {phone}").format(phone=isolate(urgent.phone_after_hours))
            )
    elif data.prefs.care_team_phone.strip():
        front.append(
            translate("report", "My care team: {phone}").format(phone=isolate(data.prefs.care_team_phone))
        )
    else:
        front.append(translate("report", "My care team's number: ______________________"))
    sections = []
    sources: list[str] = []
    for item in shown:
        signs = item.item
        if not isinstance(signs, WarningSigns):
            continue
        sections.append(
            CardSection(signs.level, signs.title, signs.text, tuple(isolate(n) for n in item.medicines))
        )
        sources += [s for s in signs.sources if s not in sources]
    footer = translate(
        "report", "From the Liver Cancer Handbook app. It does not replace your care team's advice."
    )
    return CardData(translate("report", "Call now card"), tuple(front), tuple(sections), footer), tuple(
        sources
    )


def card_html(
    book: Handbook, data: ReportData, today: dt.date, name: str = CARD_NAME
) -> tuple[str, CardData, tuple[str, ...]]:
    """The card's page: a heading, how to cut and fold it, and the place (``name``) the painter draws it in."""
    card, sources = card_data(book, data, today)
    # One line: with four rows of panels the card fills a Letter page below it.
    how = translate(
        "report",
        "Cut along the outer line. Fold along the dotted lines, like a map, with the numbers on top.",
    )
    if not card.sections:
        how += " " + translate(
            "report",
            "No medicine on the list has warning signs in the handbook: the card holds the numbers only.",
        )
    html = (
        f'<h2 class="part" style="page-break-before: always">{esc(card.heading)}</h2>'
        f'<p class="r-key">{esc(how)}</p>'
        f"{place(name, CARD_HEIGHT)}"
    )
    return html, card, sources
