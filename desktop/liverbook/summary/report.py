"""The visit report: page 1, "since my last visit", then the parts the person chose. No Qt.

:func:`build_report` turns :class:`~liverbook.summary.report_data.ReportData` into HTML for
``QTextDocument`` plus the charts to draw into the places the HTML reserves (:func:`~.markup.place`;
:mod:`liverbook.summary.report_pdf` draws them as vectors). Page 1 is meant to be read by a
clinician in a minute: who and when, the situation and the treatment now, the diary as small
trend charts, the warning signs the diary flagged, the medicines now, the latest numbers with the
liver scores and the AFP trend, and the questions for this visit. It states facts as they were
typed in, never a recommendation; the app's triage advice is reported as advice shown, not as what
was done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from liverbook.content import Handbook
from liverbook.content.model import TAG_GROUPS
from liverbook.diary import messages as m
from liverbook.diary.trends import ChartData
from liverbook.i18n import app_name, in_english, translate
from liverbook.records.model import TreatmentLine
from liverbook.records.timeline import line_name, ordered, stop_reason
from liverbook.render import format_date
from liverbook.summary import parts as optional, report_english
from liverbook.summary.build import isolate
from liverbook.summary.call_card import CardData
from liverbook.summary.markup import CHART_SCHEME, day, day_year, esc, lower_first, mine, place
from liverbook.summary.report_charts import MAX_CHARTS, Chart, caption, diary_charts, lab_chart
from liverbook.summary.report_choices import ReportChoices
from liverbook.summary.report_data import ReportData
from liverbook.summary.report_lists import Page1Lists

# Chart sizes in CSS pixels (1/96 inch): three across page 1, and one beside the latest numbers.
CHART_H = 80  # CSS pixels (1/96 inch); as wide as a third of the page


def short_tag(label: str) -> str:
    """A situation tag's label without its explanation: "Advanced" for "Advanced: has spread to ..."."""
    return label.split(": ")[0].split(" (")[0].strip()


@dataclass(frozen=True)
class Report:
    """A built visit report: its HTML, the charts its HTML reserves places for, and what it holds."""

    title: str
    header: str
    html: str
    drawings: Mapping[str, ChartData | CardData] = field(
        default_factory=dict
    )  # place name -> what to draw there
    heights: Mapping[str, int] = field(default_factory=dict)  # place name -> its height in CSS pixels
    parts: tuple[str, ...] = ()  # the optional parts included, in order
    source_ids: tuple[str, ...] = ()
    term_ids: tuple[str, ...] = ()
    # The header of the pages in English (page 1 again, the card), when there are any; those pages
    # lie between a LANG_MARK named ENGLISH_START and the next one named ENGLISH_END.
    english_header: str = ""


def report_title(data: ReportData) -> str:
    name = data.situation.name.strip()
    return (
        translate("report", "Visit report: {name}").format(name=name)
        if name
        else translate("report", "My visit report")
    )


def report_header(data: ReportData, today: dt.date) -> str:
    """The line at the top of every page; the name isolated so it cannot reorder the date."""
    name = data.situation.name.strip()
    bits = [app_name()]
    if name:
        bits.append(isolate(name))
    bits.append(format_date(today))
    if data.example:
        bits.append(translate("report", "EXAMPLE"))
    return " · ".join(bits)


SAID_CHARS = 140  # of the person's words on page 1 (all of them are in the diary table part)


def shortened(text: str, limit: int = SAID_CHARS) -> str:
    """``text`` on one line, cut at a word near ``limit`` characters with "…" when longer."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:  # a word cut in two reads as a mistake
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "\u2026"


def suggested_report_name(today: dt.date) -> str:
    return f"visit-report-{today.isoformat()}.pdf"


class _Page1(Page1Lists):
    """Page 1's left-hand parts; the medicines, numbers and questions come from Page1Lists."""

    def __init__(self, book: Handbook, data: ReportData, today: dt.date, prefix: str = "") -> None:
        self.book = book
        self.data = data
        self.today = today
        self.prefix = prefix  # of its charts' place names: page 1 in English has its own
        self.charts: dict[str, ChartData] = {}
        self.heights: dict[str, int] = {}

    def reserve(self, chart: Chart, height: int) -> str:
        name = CHART_SCHEME + self.prefix + chart.key
        self.charts[name] = chart.data
        self.heights[name] = height
        return place(name, height)

    # -- who, when, the situation ----------------------------------------------------------------------
    def period_line(self) -> str:
        p = self.data.period
        if p.since is not None:
            with_whom = self.with_whom(p.since.contact_id, p.since.with_whom)
            text = translate("report", "Since my last visit on {date}").format(date=format_date(p.since.on))
            text = esc(text) + (
                (" (" + esc(translate("report", "with")) + f" {with_whom})") if with_whom else ""
            )
        elif p.kind == "last-visit":
            text = esc(translate("report", "The last 4 weeks (no earlier visit is recorded)"))
        else:
            text = esc(
                translate("report", "From {start} to {end}").format(
                    start=format_date(p.start), end=format_date(p.end)
                )
            )
        # The day it was made is in every page's header: said again here, it took a second line in Spanish.
        return f'<p class="r-sub">{text}</p>'

    def with_whom(self, contact_id: int | None, free: str) -> str:
        contact = next((c for c in self.data.contacts if c.id == contact_id), None)
        if contact is not None:
            return mine(contact.name)
        return mine(free.strip())

    def about(self) -> str:
        d = self.data
        rows = []
        s = d.situation
        labels = []
        for group_id, _title in TAG_GROUPS:
            if group_id != "reader":
                labels += [
                    short_tag(t.label)
                    for t in self.book.tags.values()
                    if t.group == group_id and t.id in s.tags
                ]
        situation = "; ".join(esc(label) for label in labels) or esc(translate("report", "Not filled in."))
        rows.append((translate("report", "My situation"), situation))
        rows.append((translate("report", "Treatment"), self.treatment()))
        coming = d.next_visit
        if coming is not None:
            # "7 Dec 2026": the whole line fits in Spanish too ("7 de diciembre de 2026" took two)
            when = day_year(coming.on) + (f", {coming.at}" if coming.at else "")
            text = esc(when)
            who = self.with_whom(coming.contact_id, coming.with_whom)
            if who:
                text += f", {who}"
            if coming.what_for.strip():
                text += f": {mine(coming.what_for.strip())}"
            rows.append((translate("report", "Next visit"), text))
        body = "".join(f'<tr><td width="17%"><b>{esc(k)}</b></td><td>{v}</td></tr>' for k, v in rows)
        return f'<table class="r-about" width="100%" cellspacing="0" cellpadding="1">{body}</table>'

    def line_text(self, line: TreatmentLine) -> str:
        name = mine(line_name(self.book.records, line))
        if line.started:
            name += " " + esc(line.started.since)
        if line.in_trial:
            name += " " + esc(translate("report", "(in a clinical trial)"))
        return name

    def treatment(self) -> str:
        lines = ordered(list(self.data.lines))
        now = [ln for ln in lines if ln.current(self.today)]
        past = [ln for ln in lines if not ln.current(self.today) and ln.stopped is not None]
        parts = [self.line_text(ln) for ln in now] or [esc(translate("report", "None recorded"))]
        text = "; ".join(parts) + "."
        if past:
            last = past[-1]
            span = f"{last.started.shown if last.started else '?'} – {last.stopped.shown if last.stopped else ''}"
            why = stop_reason(last)
            before = f"{mine(line_name(self.book.records, last))} ({esc(span)}{'; ' + esc(why.lower()) if why else ''})"
            text += " " + esc(translate("report", "Before:")) + f" {before}."
        return text

    # -- the diary ---------------------------------------------------------------------------------------
    def diary(self) -> str:
        d = self.data
        start, end = d.period.window_start, d.period.end
        heading = translate("report", "My diary, {start} to {end}").format(
            start=day(start), end=day_year(end)
        )
        afp = lab_chart(d, self.book)
        charts, others, marks_key = diary_charts(d, self.book, MAX_CHARTS - 1 if afp else MAX_CHARTS)
        cells = []
        for chart in charts:
            sentence = (
                chart.sentence[:1].lower() + chart.sentence[1:]
                if chart.sentence[1:2].islower()
                else chart.sentence
            )
            cells.append((f"<b>{esc(chart.caption)}</b>: {esc(sentence)}", self.reserve(chart, CHART_H)))
        if afp is not None:
            label = translate("report", "{test}, 6 months").format(test=afp.caption)
            cells.append((f"<b>{esc(label)}</b>: {esc(afp.sentence)}", self.reserve(afp, CHART_H)))
        if not cells:
            return (
                f"<h2>{esc(heading)}</h2><p>"
                + esc(translate("report", "No diary answers in these days."))
                + "</p>"
            )
        rows = []
        for first in range(0, len(cells), 3):
            group = cells[first : first + 3]
            pad = [("", "")] * (3 - len(group))
            rows.append(
                "<tr>"
                + "".join(f'<td width="33%" valign="bottom">{c}</td>' for c, _ in group + pad)
                + "</tr>"
            )
            rows.append("<tr>" + "".join(f'<td width="33%">{img}</td>' for _, img in group + pad) + "</tr>")
        grid = f'<table class="r-charts" width="100%" cellspacing="0" cellpadding="1">{"".join(rows)}</table>'
        lines = list(dict.fromkeys((*marks_key, *(afp.lines_key if afp else ()))))
        parts = [translate("report", "Lines: {what}.").format(what="; ".join(lines))] if lines else []
        if any(c.data.warnings for c in charts):
            parts.append(translate("report", "▼ a warning sign."))
        key = " ".join(parts)
        extra = ""
        if others:
            extra = (" <b>" + esc(translate("report", "Also changed or high:")) + "</b> ") + " ".join(
                f"<i>{esc(c)}</i>: {esc(t)}" for c, t in others
            )
        return f'<h2>{esc(heading)}</h2>{grid}<p class="r-key">{esc(key)}{extra}</p>'

    def warnings(self) -> str:
        d = self.data
        heading = "<h2>" + esc(translate("report", "Diary warning signs")) + "</h2>"
        if not d.flagged:
            return heading + (
                "<p>"
                + esc(translate("report", "None from {date}.").format(date=day_year(d.period.window_start)))
                + "</p>"
            )
        note = translate("report", "→ the app's advice then, not what was done.")
        out = [heading, f'<p class="r-key">{esc(note)}</p>']
        for f in d.flagged:
            when = f"{day(f.local.date())}, {f.local.strftime('%H:%M')}"
            who = (
                (" (" + esc(translate("report", "a carer answered")) + ")")
                if f.answered_by == "carer"
                else ""
            )
            answers = "; ".join(
                f"{esc(caption(label))}: {mine(lower_first(answer))}" for label, answer in f.answers
            ) or esc(f.reasons[0])
            advice = ", ".join(esc(m.tr(m.LEVEL_TITLE[lv])) for lv in f.levels[:1] if lv in m.LEVEL_TITLE)
            said = "".join(f" \u201c{mine(shortened(text))}\u201d" for text in f.said)
            out.append(f'<p class="r-flag"><b>{esc(when)}</b>{who}: {answers}.{said} → <i>{advice}</i></p>')
        return "".join(out)


def page_one(book: Handbook, data: ReportData, today: dt.date, prefix: str = "") -> tuple[str, _Page1]:
    """Page 1's HTML, and the builder that holds its charts and its questions for this visit."""
    page = _Page1(book, data, today, prefix)
    html = [
        f'<h1 class="r-title">{esc(report_title(data))}</h1>',
        page.period_line(),
        page.about(),
        page.diary(),
        (
            '<table class="r-columns" width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="53%" class="r-left">{page.warnings()}{page.medicines()}</td>'
            f'<td width="47%" class="r-right">{page.numbers()}{page.questions()}</td></tr></table>'
        ),
    ]
    return "\n".join(html), page


def english_copy(
    data: ReportData, choices: ReportChoices, today: dt.date
) -> report_english.EnglishPart | None:
    """Page 1 in English when it was chosen and the report is in another language; else None."""
    if not choices.english_page or data.english is None:
        return None
    book: Handbook = data.english.book  # type: ignore[assignment]
    en = data.english.data
    with in_english():
        html, page = page_one(book, en, today, report_english.PREFIX)
        header = report_header(en, today)
        note = translate(
            "report",
            "Page 1 in English, for the care team. What the person wrote is shown as written, not translated.",
        )
    html = html.replace('<h1 class="r-title">', f'<h1 class="r-title"{report_english.BREAK}>', 1)
    html = report_english.with_mark(html, report_english.ENGLISH_START)
    first_end = html.index("</h1>") + len("</h1>")
    html = html[:first_end] + f'<p class="r-key"><i>{esc(note)}</i></p>' + html[first_end:]
    return report_english.EnglishPart(html, header, book, en, dict(page.charts), dict(page.heights))


def build_report(
    book: Handbook, data: ReportData, choices: ReportChoices, *, today: dt.date, version: str
) -> Report:
    """The visit report the person chose, as HTML for QTextDocument and the charts to draw in it.

    With ``choices.english_page`` and ``data.english`` (a report in another language), page 1 is
    followed by page 1 in English, and a call-now card by the card in English
    (:mod:`liverbook.summary.report_english`)."""
    first, page = page_one(book, data, today)
    title = report_title(data)
    html = [first]
    english_part = english_copy(data, choices, today)
    if english_part is not None:
        html.append(english_part.html)
    rest = optional.Parts(book, data, today, top=page.top_questions(), english=english_part)
    html.append(rest.build(choices))
    drawings: dict[str, ChartData | CardData] = {**page.charts, **rest.drawings}
    heights = {**page.heights, **rest.heights}
    if english_part is not None:
        drawings.update(english_part.drawings)
        heights.update(english_part.heights)
    return Report(
        title,
        report_header(data, today),
        "\n".join(h for h in html if h),
        drawings,
        heights,
        choices.parts(),
        rest.source_ids(),
        rest.term_ids(),
        english_part.header if english_part is not None else "",
    )


def report_for(
    store: object, book: Handbook, choices: ReportChoices, *, today: dt.date, version: str
) -> Report:
    """Read what the choices need from an open store (nothing is written) and build the report:
    what the "Prepare for a visit" dialog and ``--export-summary`` call."""
    from liverbook.summary.report_data import gather_report

    data = gather_report(
        store,
        book,
        today=today,
        period_kind=choices.period,
        diary_table=choices.diary_table,
        notes=choices.notes,
    )
    return build_report(book, data, choices, today=today, version=version)
