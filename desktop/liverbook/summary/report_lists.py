"""Page 1 of the visit report, the lists: the medicines now, the latest numbers with the liver scores,
and the questions for this visit. No Qt; :mod:`liverbook.summary.report` puts page 1 together.
"""

from __future__ import annotations

import datetime as dt

from liverbook.content import Handbook
from liverbook.content.records_model import LabTest
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records import labs
from liverbook.records.dates import LooseDate
from liverbook.records.medicines import folded
from liverbook.records.model import LabResult, Medicine
from liverbook.records.numbers import plain
from liverbook.records.timeline import line_name
from liverbook.records.units import can_convert, convert, with_unit
from liverbook.records.visits import ask_again
from liverbook.summary.markup import day, day_year, esc, mine, table
from liverbook.summary.report_data import ReportData

TOP_QUESTIONS = 5
STARTED_LOOSE = QT_TRANSLATE_NOOP("report", "{name} started {date}; the day is not recorded.")
STOPPED_LOOSE = QT_TRANSLATE_NOOP("report", "{name} stopped {date}; the day is not recorded.")


def short_date(date: object) -> str:
    """A LooseDate as "2 Aug 2026", "July 2026" or "2026"."""
    if getattr(date, "day", None):
        return day_year(date.first)  # type: ignore[attr-defined]
    return str(date.shown)  # type: ignore[attr-defined]


def before_in_unit(test: LabTest | None, prev: LabResult, unit: str) -> tuple[str, str]:
    """The result before the latest for the "Before" column, in the latest's unit when they differ
    (30 µmol/L of bilirubin beside 2.1 mg/dL shows "about 1.75"), and the working, or "" when none
    was needed; a unit no sourced factor converts is shown as typed, with its unit."""
    if prev.unit == unit:
        return mine(prev.value.text), ""
    if test is None or prev.value.qualifier or not can_convert(test, prev.unit, unit):
        return mine(with_unit(prev.value.text, prev.unit)), ""
    conversion = convert(test, prev.value.number, prev.unit, unit)
    return esc(conversion.shown), conversion.working


class Page1Lists:
    """The medicines, numbers and questions of page 1, from the report's data as of ``today``."""

    book: Handbook
    data: ReportData
    today: dt.date

    # -- medicines and numbers ---------------------------------------------------------------------------
    def medicines(self) -> str:
        d = self.data
        now = [md for md in d.medicines if md.current(self.today)]
        heading = "<h2>" + esc(translate("report", "Medicines now")) + "</h2>"
        if not now:
            body = "<p>" + esc(translate("report", "None recorded.")) + "</p>"
        else:
            body = "".join(f'<p class="r-med">{self.medicine_text(md)}</p>' for md in now)
        return f'{heading}{body}<p class="r-change"><b>{self.changes()}</b></p>'

    def changes(self) -> str:
        """What started or stopped in the period, medicines and treatment lines. A date known only to
        the month or year that may fall in the period is said as it is known ("Atezo + Bev started
        November 2026; the day is not recorded"), so "nothing started" is never said beside it."""
        d = self.data
        start, end = d.period.start, d.period.end
        named: list[tuple[str, LooseDate | None, LooseDate | None]] = [
            (mine(md.name), md.started, md.stopped) for md in d.medicines
        ]
        named += [(mine(line_name(self.book.records, ln)), ln.started, ln.stopped) for ln in d.lines]
        started: list[str] = []
        stopped: list[str] = []
        unsure: list[str] = []
        for name, began, ended in named:
            for date, sure, loose in ((began, started, STARTED_LOOSE), (ended, stopped, STOPPED_LOOSE)):
                if date is None or date.last < start or date.first > end:
                    continue
                if start <= date.first and date.last <= end:
                    sure.append(f"{name} ({esc(date.shown)})")
                else:
                    unsure.append(esc(translate("report", loose)).format(name=name, date=esc(date.shown)))
        since = translate("report", "Since {date}").format(date=day(start))
        bits = []
        if started:
            bits.append(esc(translate("report", "started")) + " " + ", ".join(started))
        if stopped:
            bits.append(esc(translate("report", "stopped")) + " " + ", ".join(stopped))
        if bits:
            return " ".join(unsure + [f"{esc(since)}: " + "; ".join(bits) + "."])
        if unsure:
            nothing = translate("report", "{since}: nothing else started or stopped.")
        else:
            nothing = translate("report", "{since}: nothing started or stopped.")
        return " ".join(unsure + [esc(nothing.format(since=since))])

    def medicine_text(self, md: Medicine) -> str:
        name = f"<b>{mine(md.name)}</b>"
        drug = self.book.records.drug(md.drug_id) if md.drug_id else None
        if drug is not None and folded(md.name) in {folded(b) for b in drug.brands}:  # a brand: say the drug
            name += f" ({esc(drug.name.lower())})"
        how = ", ".join(mine(x.strip()) for x in (md.dose, md.how_often) if x.strip())
        text = name + (f", {how}" if how else "")
        if md.started:
            text += "; " + esc(translate("report", "since {date}").format(date=short_date(md.started)))
        return text

    def numbers(self) -> str:
        d = self.data
        records = self.book.records
        heading = "<h2>" + esc(translate("report", "Latest numbers")) + "</h2>"
        keys = [t.id for t in sorted(records.lab_tests, key=lambda t: t.order)]
        keys += sorted({r.key for r in d.labs if r.test_id is None})
        rows = []
        workings = []
        for key in keys:
            found = labs.of_test(d.labs, key)
            if not found:
                continue
            last = found[-1]
            test = records.lab_test(key)
            name = esc(test.name.split(" (")[0]) if test else mine(last.name)
            value = f"<b>{mine(with_unit(last.value.text, last.unit))}</b>"
            before = ""
            if len(found) > 1:
                prev = found[-2]
                before, working = before_in_unit(test, prev, last.unit)
                if working:
                    workings.append(f"{name}: {esc(working)}")
            rows.append((name, value, esc(day(last.taken_on)), before))
        if not rows:
            return f"{heading}<p>" + esc(translate("report", "No lab results recorded.")) + "</p>"
        out = heading + table(
            (
                translate("report", "Test"),
                translate("report", "Latest"),
                translate("report", "Date"),
                translate("report", "Before"),
            ),
            rows,
            (27, 31, 20, 22),
            css="grid r-numbers",
            padding=1,
        )
        if workings:  # a result typed in another unit: said in the latest's, and how
            out += '<p class="r-key">' + esc(translate("report", "Before, in the same unit:")) + " "
            out += " ".join(w + "." for w in workings) + "</p>"
        return out + self.scores()

    def scores(self) -> str:
        """Child-Pugh and ALBI from the latest results, each with a one-line working."""
        records = self.book.records
        cp, albi = labs.scores_now(records, self.data.labs, self.data.liver, self.today)
        out = []
        if cp is not None:
            if cp.complete:
                parts = []
                for step in cp.steps[:-1]:
                    measured = step.value[:1].isdigit() or step.value[:1] in "<>"
                    if measured:  # "Bilirubin 2.1 mg/dL: 2"
                        label = f"{step.label.split(' (')[0]} {step.value.split(' (')[0]}"
                    else:  # an answer: its clinical name, "ascites: 2"
                        label = step.label.split(" (")[1].rstrip(")") if " (" in step.label else step.label
                    parts.append(f"{label}: {step.gives.split()[0]}")
                head = translate("report", "Child-Pugh: {score} points, class {band}.").format(
                    score=cp.shown, band=cp.band
                )
                working = ", ".join(parts) + "."
                out.append(self.score_line(head, working, cp.notes))
            else:
                out.append(
                    self.score_line(
                        translate("report", "Child-Pugh: not worked out."), " ".join(cp.missing[:2]), ()
                    )
                )
        if albi is not None and records.albi is not None:
            d = records.albi
            if albi.complete:
                head = translate("report", "ALBI: {score}, grade {band}.").format(
                    score=albi.shown, band=albi.band
                )
                working = translate("report", "{bf} × log10({bilirubin}) {sign} {af} × {albumin}.").format(
                    bf=plain(d.bilirubin_factor),
                    bilirubin=albi.steps[1].value,
                    albumin=albi.steps[3].value,
                    sign="−" if d.albumin_factor < 0 else "+",
                    af=plain(abs(d.albumin_factor)),
                )
                out.append(self.score_line(head, working, albi.notes))
            else:
                out.append(
                    self.score_line(
                        translate("report", "ALBI: not worked out."), " ".join(albi.missing[:2]), ()
                    )
                )
        return "".join(out)

    @staticmethod
    def score_line(head: str, working: str, notes: tuple[str, ...]) -> str:
        extra = " " + " ".join(esc(n) for n in notes) if notes else ""
        return f'<p class="r-score"><b>{esc(head)}</b> {esc(working)}{extra}</p>'

    # -- questions ---------------------------------------------------------------------------------------
    def top_questions(self) -> list[str]:
        """The questions for this visit: those attached to the next visit, those marked "ask again",
        then my questions not yet asked; each wording once, at most TOP_QUESTIONS."""
        d = self.data
        found: list[str] = []
        seen: set[str] = set()

        def add(text: str) -> None:
            key = " ".join(text.casefold().split())
            if key and key not in seen:
                seen.add(key)
                found.append(text.strip())

        # A handbook question attached to a visit is said in the handbook's words now (page 1 in
        # English says it in English); a question the person wrote stays as written.
        mine_by_id = {m.id: m for m in d.questions}
        linked: set[int] = set()

        def add_attached(q: object) -> None:
            own = mine_by_id.get(getattr(q, "question_id", None) or -1)
            if own is not None and own.question_id and self.book.has_question(own.question_id):
                linked.add(own.id)
                add(self.question_text(own))
            else:
                add(getattr(q, "text", ""))

        coming = d.next_visit
        for q in coming.questions if coming else ():
            add_attached(q)
        for _visit, q in ask_again(list(d.visits), self.today):
            add_attached(q)
        for mine_q in d.questions:
            if not mine_q.asked and mine_q.id not in linked:
                add(self.question_text(mine_q))
        return found

    def question_text(self, q: object) -> str:
        qid = getattr(q, "question_id", None)
        if qid and self.book.has_question(qid):
            return self.book.question(qid).text
        return getattr(q, "text", None) or ""

    def questions(self) -> str:
        found = self.top_questions()
        heading = "<h2>" + esc(translate("report", "My questions for this visit")) + "</h2>"
        if not found:
            return heading + ("<p>" + esc(translate("report", "No questions chosen yet.")) + "</p>")
        items = "".join(f"<li>{mine(text)}</li>" for text in found[:TOP_QUESTIONS])
        return f'{heading}<ol class="r-questions">{items}</ol>'
