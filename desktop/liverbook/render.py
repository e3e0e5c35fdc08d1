"""Turns handbook pages and question topics into HTML for the reading pane (and later the summary).

Pure Python: no Qt. Every piece of text is escaped on its way in; links use three schemes the views
understand: ``page:<id>``, ``term:<id>`` and, for outside addresses, the address itself, which the
app never opens (it shows it for the reader to copy).
"""

from __future__ import annotations

import datetime as dt
import html

from liverbook.content import markdown
from liverbook.content.model import Handbook, Page, Term, Topic
from liverbook.i18n import QT_TRANSLATE_NOOP, translate

NOT_ADVICE = QT_TRANSLATE_NOOP(
    "render",
    "This handbook explains. It does not replace the advice of your doctors and nurses, "
    "who know you and your illness.",
)
MONTHS = (
    QT_TRANSLATE_NOOP("render", "January"),
    QT_TRANSLATE_NOOP("render", "February"),
    QT_TRANSLATE_NOOP("render", "March"),
    QT_TRANSLATE_NOOP("render", "April"),
    QT_TRANSLATE_NOOP("render", "May"),
    QT_TRANSLATE_NOOP("render", "June"),
    QT_TRANSLATE_NOOP("render", "July"),
    QT_TRANSLATE_NOOP("render", "August"),
    QT_TRANSLATE_NOOP("render", "September"),
    QT_TRANSLATE_NOOP("render", "October"),
    QT_TRANSLATE_NOOP("render", "November"),
    QT_TRANSLATE_NOOP("render", "December"),
)


def not_advice() -> str:
    """ "This handbook explains...": the notice under every page, in the reader's language."""
    return translate("render", NOT_ADVICE)


# Between a word and its citation number: lets no line break in, so "[3]" never starts a line.
WORD_JOINER = "\u2060"


def esc(text: str) -> str:
    """Escape text for HTML, quotes included."""
    return html.escape(text, quote=True)


def review_html(reviewed: dt.date, changes: str | None, note: str = "") -> str:
    """The "Last reviewed" line, and under it "What changed in this review" when the content says."""
    label = translate("render", "Last reviewed:")
    parts = [f'<p class="reviewed">{esc(label)} {esc(format_date(reviewed))}.{note}</p>']
    if changes:
        changed = translate("render", "What changed in this review:")
        parts.append(f'<p class="reviewed changes"><b>{esc(changed)}</b> {esc(changes)}</p>')
    return "\n".join(parts)


def format_date(day: dt.date) -> str:
    """A date the way people write it: 21 November 2026 (in the reader's language)."""
    month = translate("render", MONTHS[day.month - 1])
    return translate("render", "{day} {month} {year}", "a date").format(
        day=day.day, month=month, year=day.year
    )


def page_html(book: Handbook, page: Page, *, for_you: bool = False, personal: str = "") -> str:
    """The whole page: title, summary, body, sources, review date, and the not-advice notice.

    ``personal`` is HTML (already escaped) about the reader's own records shown under the summary,
    such as who to call on the "When to get help" page."""
    numbers = {source_id: n for n, source_id in enumerate(page.sources, start=1)}

    def cite(source_id: str) -> str:
        n = numbers.get(source_id)
        return f'{WORD_JOINER}<sup><a href="#source-{esc(source_id)}">[{n}]</a></sup>' if n else ""

    def link(scheme: str, target: str, inner: str) -> str:
        if scheme == "term" and target in book.terms:
            title = esc(book.terms[target].definition)
            return f'<a class="term" href="term:{esc(target)}" title="{title}">{inner}</a>'
        if scheme == "page":
            return f'<a href="page:{esc(target)}">{inner}</a>'
        return f'<a class="outside" href="{esc(target)}">{inner}</a>'

    parts = []
    if for_you:
        parts.append('<p class="for-you">' + esc(translate("render", "For you")) + "</p>")
    if page.id in book.in_english:  # a translated handbook without this page in its language
        notice = translate("render", "This page is not translated yet, so it is shown in English.")
        parts.append(f'<p class="in-english">{esc(notice)}</p>')
    parts.append(f"<h1>{esc(page.title)}</h1>")
    parts.append(f'<p class="summary">{esc(page.summary)}</p>')
    if personal:
        parts.append(personal)
    parts.append(markdown.to_html(page.body, link, cite))
    parts.append(sources_html(book, page.sources))
    note = " " + esc(
        translate("render", "Treatments and advice change; your care team knows what is current for you.")
    )
    parts.append(review_html(page.reviewed, page.changes, note))
    parts.append(f'<p class="not-advice">{esc(not_advice())}</p>')
    return "\n".join(parts)


def sources_html(book: Handbook, source_ids: tuple[str, ...], heading: str | None = None) -> str:
    """A numbered list of sources: title, publisher, address (as text to copy) and date read."""
    items = []
    for source_id in source_ids:
        s = book.sources[source_id]
        published = f" {esc(s.published)}." if s.published else ""
        items.append(
            f'<li><a name="source-{esc(s.id)}"></a><b>{esc(s.title)}</b>. {esc(s.publisher)}.{published} '
            f'<a class="outside" href="{esc(s.url)}">{esc(s.url)}</a> '
            + esc(translate("render", "(read {date})").format(date=format_date(s.accessed)))
            + "</li>"
        )
    heading = translate("render", "Sources") if heading is None else heading
    return f'<h2 class="sources">{esc(heading)}</h2><ol class="sources">{"".join(items)}</ol>'


def topic_html(book: Handbook, topic: Topic) -> str:
    """A topic of questions to ask, each with why it matters."""
    items = "".join(
        f'<li><p class="question">{esc(q.text)}</p><p class="why">{esc(q.why)}</p></li>'
        for q in topic.questions
    )
    source_ids = tuple(dict.fromkeys(s for q in topic.questions for s in q.sources))
    parts = [
        f"<h1>{esc(topic.title)}</h1>",
        '<p class="summary">'
        + esc(
            translate(
                "render", "Questions you may want to ask your care team. Pick the ones that matter to you."
            )
        )
        + "</p>",
        f'<ol class="questions">{items}</ol>',
    ]
    if source_ids:
        parts.append(sources_html(book, source_ids))
    parts.append(review_html(topic.reviewed, topic.changes))
    parts.append(f'<p class="not-advice">{esc(not_advice())}</p>')
    return "\n".join(parts)


def pages_using_term(book: Handbook, term_id: str) -> list[Page]:
    """The pages that link to a glossary term, in tab and reading order."""
    return [
        page
        for page in book.pages
        if any(scheme == "term" and target == term_id for _, scheme, target in markdown.links(page.body))
    ]


def term_html(book: Handbook, term: Term) -> str:
    """A glossary entry: the word, other names for it, its plain meaning, where it is used, sources."""
    parts = [f"<h1>{esc(term.term)}</h1>"]
    if term.also:
        also = translate("render", "Also called: {names}").format(names=", ".join(term.also))
        parts.append(f'<p class="summary">{esc(also)}</p>')
    parts.append(f"<p>{esc(term.definition)}</p>")
    used = pages_using_term(book, term.id)
    if used:
        links = "".join(f'<li><a href="page:{esc(p.id)}">{esc(p.title)}</a></li>' for p in used)
        heading = esc(translate("render", "Pages that use this word"))
        parts.append(f"<h2>{heading}</h2><ul>{links}</ul>")
    parts.append(sources_html(book, term.sources))
    parts.append(f'<p class="not-advice">{esc(not_advice())}</p>')
    return "\n".join(parts)
