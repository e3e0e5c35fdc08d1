"""Two printouts of "My records", built from the visit report's own pieces. No Qt.

* **My medicines list**: every medicine as typed (current ones first, stopped ones after), with who
  prescribed it and the handbook's cautions for the list (:meth:`liverbook.summary.parts.Parts.medicines`),
  and who to call. No dose is ever suggested: the list shows what the person wrote.
* **The call-now card**: one page with a card to cut out and fold into a wallet
  (:mod:`liverbook.summary.call_card`, drawn by :mod:`liverbook.summary.card_paint`); in another
  language than English, optionally followed by the same card in English.

Both are :class:`~liverbook.summary.report.Report` values, so they print with the report's own page
machinery (:func:`liverbook.summary.report_pdf.write_report_pdf`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from liverbook.content import Handbook
from liverbook.i18n import in_english, translate
from liverbook.records.present import urgent_words
from liverbook.render import format_date
from liverbook.summary.call_card import CARD_HEIGHT, CARD_NAME, CardData, card_html
from liverbook.summary.markup import esc, mine
from liverbook.summary.parts import Parts
from liverbook.summary.report import Report, report_header
from liverbook.summary.report_data import Period, ReportData
from liverbook.summary.report_english import PREFIX, card_in_english

if TYPE_CHECKING:
    from liverbook.diary.trends import ChartData

MEDICINES_FILE = "my-medicines-{day}.pdf"
CARD_FILE = "call-now-card-{day}.pdf"


def records_data(store: object, today: dt.date) -> ReportData:
    """What the two printouts need, read from an open store (nothing is written)."""
    s: object = store
    return ReportData(
        period=Period("4w", today, today),
        situation=s.get_situation(),  # type: ignore[attr-defined]
        example=bool(getattr(s, "is_example", False)),
        medicines=tuple(s.list_medicines()),  # type: ignore[attr-defined]
        lines=tuple(s.list_treatment_lines()),  # type: ignore[attr-defined]
        contacts=tuple(s.list_contacts()),  # type: ignore[attr-defined]
        prefs=s.get_diary_prefs(),  # type: ignore[attr-defined]
    )


def _title(data: ReportData, plain_title: str, named_title: str) -> str:
    name = data.situation.name.strip()
    return named_title.format(name=name) if name else plain_title


def medicines_report(book: Handbook, data: ReportData, today: dt.date) -> Report:
    """The medicines list as a printout: a title, the list with the handbook's cautions, who to call."""
    title = _title(data, translate("report", "My medicines"), translate("report", "Medicines: {name}"))
    parts = Parts(book, data, today)
    table = parts.medicines().split("</h2>", 1)[-1]  # the part without its heading (it has the page's)
    made = translate(
        "report",
        "Written down by me, on {date}. Bring this list to every visit and show it to every doctor, "
        "nurse and pharmacist.",
    ).format(date=format_date(today))
    label = esc(translate("report", "Who to call for urgent problems:"))
    who = f"<p><b>{label}</b> {mine(urgent_words(data.urgent))}</p>"
    html = f'<h1 class="r-title">{esc(title)}</h1><p class="r-sub">{esc(made)}</p>{who}{table}'
    return Report(
        title, report_header(data, today), html, parts=("medicines",), source_ids=parts.source_ids()
    )


def card_report(book: Handbook, data: ReportData, today: dt.date, english: Handbook | None = None) -> Report:
    """The call-now card on a page of its own; with ``english`` (the English handbook, when the app
    is in another language) the same card in English on the page after, for a doctor or an
    emergency room that reads English. What the person typed is printed as typed on both."""
    html, card, source_ids = card_html(book, data, today)
    html = html.replace(
        ' style="page-break-before: always"', "", 1
    )  # the first page needs no break before it
    title = _title(data, translate("report", "Call now card"), translate("report", "Call now card: {name}"))
    drawings: dict[str, ChartData | CardData] = {CARD_NAME: card}
    header = ""
    if english is not None and english is not book:
        english_html, english_card = card_in_english(english, data, today)
        html += english_html
        drawings[CARD_NAME + ":" + PREFIX] = english_card
        with in_english():
            header = report_header(data, today)
    return Report(
        title,
        report_header(data, today),
        html,
        drawings,
        dict.fromkeys(drawings, CARD_HEIGHT),
        ("call_card",),
        source_ids,
        english_header=header,
    )


def file_name(template: str, today: dt.date) -> str:
    return template.format(day=today.isoformat())
