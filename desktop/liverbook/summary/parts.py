"""The visit report's optional parts, after page 1, in the order they print. No Qt.

All my questions with room to write; my notes; every diary entry of the period; the whole medicines
list with the handbook's cautions; the treatment timeline; the call-now card (its own page, see
:mod:`liverbook.summary.call_card`); and, off by default, one line about each handbook page marked
for me, the words used, and the sources (numbered, one line each). Long parts are plain paragraphs
and simple tables, so that thousands of notes or entries lay out in about the time Qt's own
printing takes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

from liverbook.content import Handbook
from liverbook.content.diary_model import LEVELS, SCALE, TEXT, YES_NO
from liverbook.core.situation import for_you_pages
from liverbook.diary import messages as m
from liverbook.diary.items import ItemView, by_id, value_text
from liverbook.i18n import translate
from liverbook.render import format_date
from liverbook.store.diary_model import CARER, Answer, Entry
from liverbook.summary.call_card import CARD_HEIGHT, CARD_NAME, CardData, card_html
from liverbook.summary.markup import day_year, esc, mine, mine_block, table
from liverbook.summary.parts_records import RecordParts
from liverbook.summary.report_charts import caption
from liverbook.summary.report_choices import ReportChoices
from liverbook.summary.report_data import ReportData
from liverbook.summary.report_english import ENGLISH_END, PREFIX, EnglishPart, english_card, mark, with_mark

WRITING_LINES = 3
BREAK = ' style="page-break-before: always"'


class Parts(RecordParts):
    """Builds the chosen parts; remembers the sources and words they use for the last two."""

    def __init__(
        self,
        book: Handbook,
        data: ReportData,
        today: dt.date,
        top: list[str] | None = None,
        english: EnglishPart | None = None,
    ) -> None:
        self.book = book
        self.english = english  # page 1 in English went before: the card goes in English too
        self._end_english = english is not None  # the next heading closes the English span
        self.data = data
        self.today = today
        self.top = top or []
        self.sources: dict[str, int] = {}
        self.words: list[str] = []
        self.terms: list[str] = []
        self.drawings: dict[str, CardData] = {}
        self.heights: dict[str, int] = {}
        self._first = True

    def heading(self, text: str) -> str:
        """A part's heading: the first part starts a new page (page 1 stays page 1), as does the part
        after the call-now card."""
        style = BREAK if self._first else ""
        self._first = False
        return f'<h2 class="part"{style}>{self._closing()}{esc(text)}</h2>'

    def _closing(self) -> str:
        """The mark that ends the English pages before, once (see liverbook.summary.report_english)."""
        if not self._end_english:
            return ""
        self._end_english = False
        return mark(ENGLISH_END)

    def cite(self, ids: Iterable[str]) -> None:
        for source_id in ids:
            if source_id in self.book.sources:
                self.sources.setdefault(source_id, len(self.sources) + 1)

    def cite_page_one(self) -> None:
        """Page 1 uses the handbook too: the liver scores' definitions, the triage rules that fired,
        and what it knows of the medicines taken."""
        records = self.book.records
        for definition in (records.child_pugh, records.albi):
            if definition is not None and self.data.labs:
                self.cite(definition.sources)
        rules = {rule.id: rule for rule in self.book.triage_rules}
        for flagged in self.data.flagged:
            for rule_id in flagged.rules:
                if rule_id in rules:
                    self.cite(rules[rule_id].sources)
        for md in self.data.medicines:
            drug = records.drug(md.drug_id) if md.drug_id else None
            if drug is not None and md.current(self.today):
                self.cite(drug.sources)

    def build(self, choices: ReportChoices) -> str:
        html = []
        if choices.sources:
            self.cite_page_one()
        self.words += [t.label for t in self.book.tags.values() if t.id in self.data.situation.tags]
        for name in choices.parts():
            if name in ("glossary", "sources"):
                continue
            html.append(getattr(self, name)())
        if choices.glossary:
            html.append(self.glossary())
        if choices.sources:
            html.append(self.sources_list())
        return "".join(h for h in html if h)

    def source_ids(self) -> tuple[str, ...]:
        return tuple(sorted(self.sources, key=self.sources.__getitem__))

    def term_ids(self) -> tuple[str, ...]:
        return tuple(self.terms)

    # -- questions ---------------------------------------------------------------------------------------
    def questions(self) -> str:
        rows = []
        texts = list(self.top)
        answers: dict[str, tuple[str, dt.date | None]] = {}
        for q in self.data.questions:
            if q.question_id and self.book.has_question(q.question_id):
                text = self.book.question(q.question_id).text
                self.cite(self.book.question(q.question_id).sources)
            else:
                text = q.text or ""
            if text and " ".join(text.casefold().split()) not in {
                " ".join(t.casefold().split()) for t in texts
            }:
                texts.append(text)
            if q.answer.strip():
                answers[" ".join(text.casefold().split())] = (q.answer, q.answered_on)
        if not texts:
            return self.heading(translate("report", "All my questions")) + (
                "<p>" + esc(translate("report", "No questions chosen yet.")) + "</p>"
            )
        lines = (
            '<table class="lines" width="100%" cellspacing="0" cellpadding="3">'
            + ('<tr><td class="line">&nbsp;</td></tr>' * WRITING_LINES)
            + "</table>"
        )
        for n, text in enumerate(texts, start=1):
            found = answers.get(" ".join(text.casefold().split()))
            if found:
                when = (
                    (
                        '<br/><span class="r-key">'
                        + esc(translate("report", "Answer noted {date}").format(date=format_date(found[1])))
                        + "</span>"
                    )
                    if found[1]
                    else ""
                )
                answer = mine_block(found[0]) + when
            else:
                answer = lines
            rows.append(
                f'<tr><td width="4%">{n}.</td><td width="96%"><b>{mine(text)}</b>{"<br/>" if found else ""}{answer}</td></tr>'
            )
        return (
            self.heading(translate("report", "All my questions"))
            + f'<table class="r-qlist" width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'
        )

    # -- notes -------------------------------------------------------------------------------------------
    def notes(self) -> str:
        notes = list(self.data.notes)
        head = self.heading(translate("report", "My notes"))
        if not notes:
            return head + ("<p>" + esc(translate("report", "No notes yet.")) + "</p>")
        order = {p.id: i for i, p in enumerate(self.book.pages)}
        notes.sort(key=lambda n: (n.page_id is None, order.get(n.page_id or "", len(order)), n.created))
        out = [head]
        for note in notes:
            if note.page_id is None:
                where = translate("report", "General note")
            elif self.book.has_page(note.page_id):
                where = translate("report", "On the page “{title}”").format(
                    title=self.book.page(note.page_id).title
                )
            else:
                where = translate("report", "On a page no longer in the handbook")
            when = format_date(note.updated.astimezone().date())
            out.append(
                f'<p class="r-note-head"><b>{esc(where)}</b> · {esc(when)}</p>'
                f'<p class="r-note">{mine_block(note.text)}</p>'
            )
        return "".join(out)

    # -- the diary, entry by entry -----------------------------------------------------------------------
    def diary_table(self) -> str:
        d = self.data
        head = self.heading(
            translate("report", "My diary, every entry from {start} to {end}").format(
                start=day_year(d.period.start), end=day_year(d.period.end)
            )
        )
        if not d.entries:
            return head + ("<p>" + esc(translate("report", "No diary entries in these days.")) + "</p>")
        items = by_id(list(d.items))
        note = translate("report", "Answers of “none”, “no” or 0 are left out here; the app keeps them all.")
        rows = []
        for entry in d.entries:
            said, words = self.entry_words(entry, items)
            who = esc(m.tr(m.CARER)) if entry.answered_by == CARER else ""
            when = f"{esc(day_year(entry.local.date()))} {entry.local.strftime('%H:%M')}" + (
                f"<br/>{who}" if who else ""
            )
            rows.append((when, said or "–", words))
        return (
            head
            + f'<p class="r-key">{esc(note)}</p>'
            + table(
                (
                    translate("report", "When"),
                    translate("report", "Answers"),
                    translate("report", "Words written"),
                ),
                rows,
                (18, 52, 30),
                css="grid r-diary",
            )
        )

    def entry_words(self, entry: Entry, items: Mapping[str, ItemView]) -> tuple[str, str]:
        said, words = [], []
        for answer in entry.answers:
            item = items.get(answer.item_id)
            if item is None:
                continue
            if item.kind == TEXT:
                if answer.text:
                    words.append(mine(answer.text))
                continue
            if not _worth_saying(item, answer):
                continue
            text = (
                value_text(item, answer.value, self.data.prefs, brief=True)
                if answer.value is not None
                else ""
            )
            label = caption(item.label)
            said.append(f"{esc(label)} <b>{esc(text)}</b>")
            if answer.text:
                words.append(f"{esc(label)}: {mine(answer.text)}")
        return " · ".join(said), "<br/>".join(words)

    # -- medicines and treatments ------------------------------------------------------------------------
    def call_card(self) -> str:
        html, card, source_ids = card_html(self.book, self.data, self.today)
        if self._end_english:
            html = with_mark(html, ENGLISH_END)
            self._end_english = False
        self.drawings[CARD_NAME] = card
        self.heights[CARD_NAME] = CARD_HEIGHT
        self.cite(source_ids)
        self._first = True  # the card has its page to itself: the next part starts a new page
        if self.english is not None:  # and the card in English on the page after
            english_html, english = english_card(self.english, self.today)
            name = CARD_NAME + ":" + PREFIX
            self.drawings[name] = english
            self.heights[name] = CARD_HEIGHT
            self._end_english = True
            html += english_html
        return html

    # -- handbook text -----------------------------------------------------------------------------------
    def extracts(self) -> str:
        pages = for_you_pages(self.book, self.data.situation)  # the rule, written once (core/situation.py)
        head = self.heading(translate("report", "Handbook pages marked for me"))
        if not pages:
            return head + (
                "<p>"
                + esc(translate("report", "No pages are marked yet: choose My situation in the app."))
                + "</p>"
            )
        items = []
        for page in pages:
            self.cite(page.sources)
            self.words += [page.title, page.summary]
            items.append(f"<li><b>{esc(page.title)}.</b> {esc(page.summary)}</li>")
        return head + f'<ul class="r-extracts">{"".join(items)}</ul>'

    def glossary(self) -> str:
        text = "\n".join(self.words + [i.label for i in self.data.items]).lower()
        used = []
        for term in self.book.terms.values():
            if any(re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", text) for n in (term.term, *term.also)):
                used.append(term)
        used.sort(key=lambda t: t.term.lower())
        self.terms = [t.id for t in used]
        if not used:
            return ""
        for term in used:
            self.cite(term.sources)
        items = "".join(f'<p class="r-term"><b>{esc(t.term)}:</b> {esc(t.definition)}</p>' for t in used)
        return self.heading(translate("report", "Words used in this report")) + items

    def sources_list(self) -> str:
        if not self.sources:
            return ""
        items = []
        for source_id in self.source_ids():
            s = self.book.sources[source_id]
            year = f" {esc(s.published)}." if s.published else ""
            items.append(f"<li>{esc(s.title)}. {esc(s.publisher)}.{year} {esc(s.url)}</li>")
        return self.heading(translate("report", "Sources")) + f'<ol class="r-sources">{"".join(items)}</ol>'


def _worth_saying(item: object, answer: Answer) -> bool:
    """An answer other than the lowest one ("none", "no", 0): those are left out of the table."""
    if answer.value is None:
        return bool(answer.text)
    kind = item.kind  # type: ignore[attr-defined]
    if kind in (SCALE, LEVELS, YES_NO):
        return answer.value > 0
    return not (getattr(item, "quantity", None) == "count" and answer.value == 0)  # no extra stools: left out
