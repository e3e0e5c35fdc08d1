"""The visit report's parts about the records: the whole medicines list with the handbook's
cautions, and the treatment timeline. No Qt; :class:`liverbook.summary.parts.Parts` puts them in order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from liverbook.content import Handbook
from liverbook.i18n import translate
from liverbook.records.medicines import cautions_for
from liverbook.records.model import TREATMENT_KINDS
from liverbook.records.timeline import line_name, ordered, stop_reason
from liverbook.summary.markup import esc, mine, table
from liverbook.summary.report_data import ReportData


class RecordParts:
    """The medicines and the treatment timeline, for :class:`~liverbook.summary.parts.Parts`."""

    book: Handbook
    data: ReportData
    today: dt.date
    words: list[str]

    def heading(self, text: str) -> str:
        raise NotImplementedError

    def cite(self, ids: Iterable[str]) -> None:
        raise NotImplementedError

    def medicines(self) -> str:
        meds = list(self.data.medicines)
        head = self.heading(translate("report", "My medicines"))
        if not meds:
            return head + ("<p>" + esc(translate("report", "No medicines recorded.")) + "</p>")
        records = self.book.records
        rows = []
        for md in sorted(meds, key=lambda x: not x.current(self.today)):
            drug = records.drug(md.drug_id) if md.drug_id else None
            name = f"<b>{mine(md.name)}</b>" + (
                f"<br/>({esc(drug.name)})" if drug and drug.name.casefold() not in md.name.casefold() else ""
            )
            if drug:
                self.cite(drug.sources)
                self.words.append(drug.name)
            how = "<br/>".join(mine(x) for x in (md.dose, md.how_often) if x.strip())
            when = esc(md.started.shown if md.started else "")
            if md.stopped:
                when += "<br/>" + esc(translate("report", "stopped {date}").format(date=md.stopped.shown))
            extra = "<br/>".join(
                x
                for x in (mine(md.prescriber) if md.prescriber else "", mine(md.note) if md.note else "")
                if x
            )
            rows.append((name, how, mine(md.what_for), when, extra))
        out = head + table(
            (
                translate("report", "Medicine"),
                translate("report", "How I take it"),
                translate("report", "For"),
                translate("report", "Since"),
                translate("report", "Who prescribed it, notes"),
            ),
            rows,
            (22, 20, 18, 15, 25),
        )
        cautions = cautions_for(records, [md for md in meds if md.current(self.today)])
        if cautions:
            out += "<h3>" + esc(translate("report", "What the handbook says about some of these")) + "</h3>"
            for shown in cautions:
                self.cite(shown.item.sources)
                self.words.append(shown.item.text)
                names = ", ".join(mine(n) for n in shown.medicines)
                out += f"<p><b>{esc(shown.item.title)}</b>{' (' + names + ')' if names else ''}: {esc(shown.item.text)}</p>"
        return out

    def timeline(self) -> str:
        lines = ordered(list(self.data.lines))
        head = self.heading(translate("report", "My treatments"))
        if not lines:
            return head + ("<p>" + esc(translate("report", "No treatments recorded.")) + "</p>")
        kinds = dict(TREATMENT_KINDS)
        rows = []
        for line in lines:
            name = f"<b>{mine(line_name(self.book.records, line))}</b><br/>" + esc(
                translate("report", kinds.get(line.kind, line.kind))
            )
            if line.in_trial:
                name += "<br/>" + esc(translate("report", "In a clinical trial"))
            span = (
                esc(line.started.shown if line.started else "?")
                + " – "
                + esc(line.stopped.shown if line.stopped else translate("report", "now"))
            )
            rows.append((name, span, esc(stop_reason(line)), mine(line.note)))
        return head + table(
            (
                translate("report", "Treatment"),
                translate("report", "When"),
                translate("report", "Why it stopped"),
                translate("report", "Note"),
            ),
            rows,
            (30, 22, 18, 30),
        )
