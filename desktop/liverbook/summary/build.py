"""Builds the personalized summary as HTML from the handbook and the user's own data. No Qt.

The result is meant for ``QTextDocument`` (see :mod:`liverbook.summary.pdf`), so it keeps to the
HTML and CSS subset Qt's rich text understands. Every piece of user text (name, notes, own
questions, answers) is escaped and its line breaks kept; no link, image or address in the summary
can load anything: links are written out as plain text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from liverbook import APP_NAME
from liverbook.content import Handbook, Page, markdown
from liverbook.content.model import TAG_GROUPS
from liverbook.core.situation import for_you_pages
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.render import WORD_JOINER, esc, format_date, not_advice
from liverbook.store import MyQuestion, Note, Situation
from liverbook.summary.choices import SummaryChoices

READERS = {
    "patient": QT_TRANSLATE_NOOP("summary", "the person who has liver cancer"),
    "caregiver": QT_TRANSLATE_NOOP("summary", "someone who cares for a person with liver cancer"),
}
# The situation's groups as the summary's table names them (content/model.py TAG_GROUPS, shorter).
GROUP_NAMES = {
    "stage": QT_TRANSLATE_NOOP("summary", "Stage"),
    "group": QT_TRANSLATE_NOOP("summary", "How doctors group the cancer for treatment"),
    "liver": QT_TRANSLATE_NOOP("summary", "Liver function (Child-Pugh class)"),
    "condition": QT_TRANSLATE_NOOP("summary", "Other liver conditions you have or had"),
    "treatment": QT_TRANSLATE_NOOP("summary", "Treatments received or being considered"),
}
WRITING_LINES = 4


@dataclass(frozen=True)
class SummaryData:
    """The user's data that a summary may show."""

    situation: Situation = field(default_factory=Situation)
    notes: tuple[Note, ...] = ()
    questions: tuple[MyQuestion, ...] = ()


@dataclass(frozen=True)
class Summary:
    """A built summary: its HTML body, its title, and the header printed on every page."""

    title: str
    header: str
    html: str
    page_ids: tuple[str, ...]
    source_ids: tuple[str, ...]
    term_ids: tuple[str, ...]
    note_ids: tuple[int, ...]


def gather(store: object) -> SummaryData:
    """Read what a summary needs from a :class:`~liverbook.store.Store`."""
    return SummaryData(
        situation=store.get_situation(),  # type: ignore[attr-defined]
        notes=tuple(store.list_notes()),  # type: ignore[attr-defined]
        questions=tuple(store.list_my_questions()),  # type: ignore[attr-defined]
    )


def suggested_pdf_name(today: dt.date) -> str:
    return f"liver-handbook-summary-{today.isoformat()}.pdf"


def isolate(text: str) -> str:
    """User text set inside other text, wrapped in Unicode bidi isolates (FSI ... PDI).

    A right-to-left name, or an override character in it, then stays inside the name: it cannot
    reverse the date or the words laid out after it (Unicode Bidirectional Algorithm, UAX #9).
    """
    return f"\u2068{text}\u2069"


def user_text(text: str) -> str:
    """User text as HTML that shows exactly what was typed: escaped, line breaks and spacing kept."""
    lines = esc(text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")
    return "<br/>".join(_keep_spaces(line) for line in lines)


def _keep_spaces(line: str) -> str:
    # Runs of spaces would collapse in HTML: keep every second one as a no-break space.
    return re.sub(r"  +", lambda m: " \u00a0" * (len(m.group()) // 2) + " " * (len(m.group()) % 2), line)


class _Builder:
    def __init__(self, book: Handbook, data: SummaryData, choices: SummaryChoices) -> None:
        self.book = book
        self.data = data
        self.choices = choices
        self.sources: dict[str, int] = {}
        self.terms: set[str] = set()
        self.words: list[str] = []  # handbook text included, to find the glossary terms it uses
        self.for_you: tuple[Page, ...] = for_you_pages(book, data.situation)  # the rule, written once

    def cite(self, source_id: str) -> str:
        if not self.choices.sources:
            return ""
        number = self.sources.setdefault(source_id, len(self.sources) + 1)
        return f"{WORD_JOINER}<sup>[{number}]</sup>"

    def link(self, scheme: str, target: str, inner: str) -> str:
        if scheme == "term":
            self.terms.add(target)
        if scheme in ("page", "term") or inner == esc(target):
            return inner
        return f"{inner} ({esc(target)})"

    def add_sources(self, source_ids: Iterable[str]) -> None:
        if self.choices.sources:
            for source_id in source_ids:
                self.sources.setdefault(source_id, len(self.sources) + 1)

    # -- sections -----------------------------------------------------------------------------------
    def situation(self) -> str:
        s = self.data.situation
        rows = []
        if s.reader in READERS:
            rows.append((translate("summary", "Filled in by"), translate("summary", READERS[s.reader])))
        for group_id, title in TAG_GROUPS:
            if group_id == "reader":
                continue
            labels = [t.label for t in self.book.tags.values() if t.group == group_id and t.id in s.tags]
            if labels:
                name = translate("summary", GROUP_NAMES[group_id]) if group_id in GROUP_NAMES else title
                rows.append((name, "; ".join(labels)))
        if not rows:
            body = "<p>" + translate("summary", "Nothing was chosen in <i>My situation</i>.") + "</p>"
        else:
            body = (
                '<table class="grid" width="100%" cellspacing="0" cellpadding="5">'
                + "".join(f'<tr><td width="35%"><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>' for k, v in rows)
                + "</table>"
            )
        return "<h2>" + esc(translate("summary", "My situation")) + f"</h2>{body}"

    def pages(self) -> str:
        heading = "<h2>" + esc(translate("summary", "Pages for me")) + "</h2>"
        if not self.for_you:
            none = translate(
                "summary",
                "No pages are marked for you yet. In the app, choose <i>My situation</i> in the <i>View</i> "
                "menu to mark them.",
            )
            return f"{heading}<p>{none}</p>"
        parts = [heading]
        if self.choices.pages == "summary":
            about = translate(
                "summary", "What each page marked for me is about. The full pages are in the handbook app."
            )
            parts.append(f"<p>{esc(about)}</p>")
            items = []
            for page in self.for_you:
                self.words += [page.title, page.summary]
                items.append(f"<li><b>{esc(page.title)}.</b> {esc(page.summary)}</li>")
                self.add_sources(page.sources)
            parts.append(f"<ul>{''.join(items)}</ul>")
            return "".join(parts)
        for page in self.for_you:
            self.words += [page.title, page.summary, markdown.plain_text(page.body)]
            body = markdown.to_html(page.body, self.link, self.cite)
            body = re.sub(r"<(/?)h([23])>", lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}>", body)
            reviewed = translate("summary", "Last reviewed {date}.").format(date=format_date(page.reviewed))
            parts.append(
                f'<h3 class="page">{esc(page.title)}</h3><p class="summary">{esc(page.summary)}</p>'
                f'{body}<p class="reviewed">{esc(reviewed)}</p>'
            )
            self.add_sources(page.sources)
        return "".join(parts)

    def questions(self) -> str:
        chosen = self.data.questions
        heading = "<h2>" + esc(translate("summary", "My questions")) + "</h2>"
        if not chosen:
            none = translate(
                "summary",
                "No questions were chosen. In the app, the <i>Questions to ask</i> tab lets you pick "
                "questions and add your own.",
            )
            return f"{heading}<p>{none}</p>"
        rows = []
        for n, mine in enumerate(chosen, start=1):
            if mine.question_id and self.book.has_question(mine.question_id):
                question = self.book.question(mine.question_id)
                text = esc(question.text)
                self.words.append(question.text)
                self.add_sources(question.sources)
            else:
                text = user_text(mine.text or "")
            if mine.answer.strip():
                noted = translate("summary", "Answer noted {date}")
                when = (
                    f'<p class="when">{esc(noted.format(date=format_date(mine.answered_on)))}</p>'
                    if mine.answered_on
                    else ""
                )
                answer = f"{user_text(mine.answer)}{when}"
            elif self.choices.writing_lines:
                answer = self.writing_lines()
            else:
                answer = "&nbsp;"
            rows.append(
                f'<tr><td width="5%">{n}</td><td width="45%">{text}</td><td width="50%">{answer}</td></tr>'
            )
        question_head, answer_head = translate("summary", "Question"), translate("summary", "Answer")
        head = f"<tr><th>#</th><th>{esc(question_head)}</th><th>{esc(answer_head)}</th></tr>"
        return (
            heading
            + f'<table class="grid" width="100%" cellspacing="0" cellpadding="5"><thead>{head}</thead>{"".join(rows)}</table>'
        )

    @staticmethod
    def writing_lines() -> str:
        line = '<tr><td class="line">&nbsp;</td></tr>'
        return f'<table class="lines" width="100%" cellspacing="0" cellpadding="4">{line * WRITING_LINES}</table>'

    def notes(self) -> tuple[str, tuple[int, ...]]:
        notes = list(self.data.notes)
        if self.choices.notes == "pages":
            wanted = {p.id for p in self.for_you}
            notes = [n for n in notes if n.page_id in wanted]
        if not notes:
            if self.choices.notes == "pages":
                message = translate("summary", "No notes on the pages marked for me.")
            else:
                message = translate("summary", "No notes yet.")
            return ("<h2>" + esc(translate("summary", "My notes")) + f"</h2><p>{esc(message)}</p>"), ()
        order = {p.id: i for i, p in enumerate(self.book.pages)}
        notes.sort(key=lambda n: (n.page_id is None, order.get(n.page_id or "", len(order)), n.created))
        parts = ["<h2>" + esc(translate("summary", "My notes")) + "</h2>"]
        for note in notes:
            if note.page_id is None:
                where = translate("summary", "General note")
            elif self.book.has_page(note.page_id):
                where = translate("summary", "On the page \u201c{page}\u201d").format(
                    page=self.book.page(note.page_id).title
                )
            else:
                where = translate("summary", "On a page no longer in the handbook")
            when = format_date(note.updated.astimezone().date())
            parts.append(
                f'<p class="note-head"><b>{esc(where)}</b> · {esc(when)}</p>'
                f'<table class="user-note" width="100%" cellspacing="0" cellpadding="6"><tr><td>{user_text(note.text)}</td></tr></table>'
            )
        return "".join(parts), tuple(n.id for n in notes)

    def glossary(self) -> str:
        used = set(self.terms)
        text = "\n".join(self.words).lower()
        for term in self.book.terms.values():
            for name in (term.term, *term.also):
                if re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text):
                    used.add(term.id)
                    break
        terms = sorted(
            (self.book.terms[t] for t in used if t in self.book.terms), key=lambda t: t.term.lower()
        )
        self.terms = {t.id for t in terms}
        if not terms:
            return ""
        for term in terms:
            self.add_sources(term.sources)
        items = "".join(f"<p><b>{esc(t.term)}:</b> {esc(t.definition)}</p>" for t in terms)
        return "<h2>" + esc(translate("summary", "Words used in this summary")) + f"</h2>{items}"

    def sources_list(self) -> str:
        if not self.sources:
            return ""
        items = []
        for source_id in sorted(self.sources, key=self.sources.__getitem__):
            s = self.book.sources[source_id]
            published = f" {esc(s.published)}." if s.published else ""
            items.append(
                f"<li>{esc(s.title)}. {esc(s.publisher)}.{published} {esc(s.url)} "
                + esc(translate("summary", "(read {date})").format(date=format_date(s.accessed)))
                + "</li>"
            )
        heading = esc(translate("summary", "Sources"))
        return f'<h2>{heading}</h2><ol class="sources">{"".join(items)}</ol>'


def build_summary(
    book: Handbook, data: SummaryData, choices: SummaryChoices, *, today: dt.date, version: str
) -> Summary:
    """The summary the user chose, as HTML for QTextDocument."""
    b = _Builder(book, data, choices)
    name = data.situation.name.strip()
    if name:  # nothing follows the name
        title = translate("summary", "Liver cancer summary for {name}").format(name=name)
    else:
        title = translate("summary", "My liver cancer summary")
    made = translate("summary", "Made on {date} with {app} {version}.").format(
        date=format_date(today), app=APP_NAME, version=version
    )
    bring = translate(
        "summary", "Please bring this summary to your next visit and go through it with your care team."
    )
    header = f"{APP_NAME} · {isolate(name) + ' · ' if name else ''}{format_date(today)}"
    parts = [
        f'<h1>{esc(title)}</h1><p class="made">{esc(made)}</p>',
        (
            f'<table class="notice" width="100%" cellspacing="0" cellpadding="8"><tr><td>{esc(not_advice())} '
            f"{esc(bring)}</td></tr></table>"
        ),
    ]
    if choices.situation:
        parts.append(b.situation())
    if choices.pages != "none":
        parts.append(b.pages())
    if choices.questions:
        parts.append(b.questions())
    note_ids: tuple[int, ...] = ()
    if choices.notes != "none":
        notes_html, note_ids = b.notes()
        parts.append(notes_html)
    if choices.glossary:
        parts.append(b.glossary())
    parts.append(b.sources_list())
    return Summary(
        title=title,
        header=header,
        html="\n".join(p for p in parts if p),
        page_ids=tuple(p.id for p in b.for_you) if choices.pages != "none" else (),
        source_ids=tuple(sorted(b.sources, key=b.sources.__getitem__)),
        term_ids=tuple(sorted(b.terms)) if choices.glossary else (),
        note_ids=note_ids,
    )
