"""What each handbook tab lists: its pages, a topic's questions, glossary words, "My handbook"."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from functools import partial

from liverbook.content import Handbook, Page, Term, Topic
from liverbook.core.keys import EntryKey
from liverbook.core.situation import ForYou
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.render import esc, page_html, term_html, topic_html
from liverbook.store import Store, StoreError
from liverbook.ui.views.section_view import Entry

# (id, title); tab titles are translated where shown, in the context "Tabs" (window/tabs.py).
MY_HANDBOOK = ("my-handbook", QT_TRANSLATE_NOOP("Tabs", "My handbook"))
GLOSSARY = ("glossary", QT_TRANSLATE_NOOP("Tabs", "Glossary"))


def _page(
    book: Handbook,
    page: Page,
    for_you: bool,
    *,
    marked: bool = False,
    personal: Callable[[str], str] | None = None,
) -> str:
    return page_html(book, page, for_you=for_you or marked, personal=personal(page.id) if personal else "")


def _topic(book: Handbook, topic: Topic, _for_you: bool) -> str:
    return topic_html(book, topic)


def _term(book: Handbook, term: Term, _for_you: bool) -> str:
    return term_html(book, term)


def _fixed(html_text: str, _for_you: bool) -> str:
    return html_text


def tab_entries(book: Handbook, tab_id: str, personal: Callable[[str], str] | None = None) -> list[Entry]:
    """The entries of one tab: its pages, and on the Questions tab each topic of questions.

    ``personal(page_id)`` gives HTML about the reader's own records to show on a page (who to call)."""
    entries = [
        Entry(EntryKey.page(p.id), p.title, p.summary, partial(_page, book, p, personal=personal))
        for p in book.pages_in_tab(tab_id)
    ]
    if tab_id == "questions":
        entries += [
            Entry(
                EntryKey.topic(t.id),
                translate("Entries", "Questions: {topic}").format(topic=t.title),
                t.title,
                partial(_topic, book, t),
            )
            for t in book.topics
        ]
    return entries


def my_handbook_entries(book: Handbook, for_you: ForYou, first: str = "") -> list[Entry]:
    """The "My handbook" list: an introduction (``first``: HTML put at its top, the next visit), then
    every page marked for this reader."""
    pages = for_you.pages
    if pages:
        text = translate(
            "Entries",
            "These %n pages are marked for your situation. They are also marked with a star in each tab. "
            "To change what applies to you, use <b>My situation</b> in the <b>View</b> menu.",
            None,
            len(pages),
        )
    else:
        text = translate(
            "Entries",
            "Tell the handbook what applies to you, and the pages meant for you will be listed here. "
            "Use <b>My situation</b> in the <b>View</b> menu. It is optional, and it stays on this computer.",
        )
    title = translate("Tabs", MY_HANDBOOK[1])
    intro = f"<h1>{html.escape(title)}</h1>{first}<p>{text}</p>"  # our own text, with <b> in it
    entries = [
        Entry(
            EntryKey.intro("my-handbook"),
            translate("Entries", "About this list"),
            translate("Entries", "What this list is"),
            partial(_fixed, intro),
        )
    ]
    entries += [
        Entry(EntryKey.page(p.id), p.title, p.summary, partial(_page, book, p, marked=True)) for p in pages
    ]
    return entries


def glossary_entries(book: Handbook) -> list[Entry]:
    """Every glossary word, A to Z."""
    terms = sorted(book.terms.values(), key=lambda t: t.term.casefold())
    return [Entry(EntryKey.term(t.id), t.term, t.definition, partial(_term, book, t)) for t in terms]


URGENT_PAGE = "when-to-call"  # the page that shows who to call, from "My care team"


def personal_html(store: Store | None, page_id: str) -> str:
    """On the "When to get help" page: who to call for urgent problems, from My care team ("" elsewhere)."""
    if store is None or page_id != URGENT_PAGE:
        return ""
    try:
        contact = store.urgent_contact()
    except StoreError:
        return ""
    from liverbook.records.present import urgent_words  # the records' words: not needed at start

    who = (
        esc(urgent_words(contact))
        if contact
        else esc(
            translate(
                "Records", "Choose who to call in My records > My care team, and they will be shown here."
            )
        )
    )
    title = esc(translate("Records", "Who to call for urgent problems (from My care team)"))
    never = esc(translate("Records", "This app never calls or messages anyone: you make the call."))
    return f'<p class="for-you"><b>{title}:</b> {who} {never}</p>'


def next_visit_html(store: Store | None, today: dt.date | None = None) -> str:
    """The next visit in one line, for the top of "My handbook" ("" when none is coming)."""
    if store is None:
        return ""
    today = today or dt.date.today()
    try:
        visit = store.next_visit(today)
        contacts = store.list_contacts() if visit else []
    except StoreError:
        return ""
    if visit is None:
        return ""
    from liverbook.records.present import next_visit_words

    more = translate("Records", "See My records > My visits.")
    return f'<p class="for-you"><b>{esc(next_visit_words(visit, contacts, today))}</b> {esc(more)}</p>'
