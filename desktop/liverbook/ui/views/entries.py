"""What each handbook tab lists: its pages, a topic's questions, glossary words, "My handbook"."""

from __future__ import annotations

import html
from functools import partial

from liverbook.content import Handbook, Page, Term, Topic
from liverbook.core.keys import EntryKey
from liverbook.core.situation import ForYou
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.render import page_html, term_html, topic_html
from liverbook.ui.views.section_view import Entry

# (id, title); tab titles are translated where shown, in the context "Tabs" (window/tabs.py).
MY_HANDBOOK = ("my-handbook", QT_TRANSLATE_NOOP("Tabs", "My handbook"))
GLOSSARY = ("glossary", QT_TRANSLATE_NOOP("Tabs", "Glossary"))


def _page(book: Handbook, page: Page, for_you: bool, *, marked: bool = False) -> str:
    return page_html(book, page, for_you=for_you or marked)


def _topic(book: Handbook, topic: Topic, _for_you: bool) -> str:
    return topic_html(book, topic)


def _term(book: Handbook, term: Term, _for_you: bool) -> str:
    return term_html(book, term)


def _fixed(html_text: str, _for_you: bool) -> str:
    return html_text


def tab_entries(book: Handbook, tab_id: str) -> list[Entry]:
    """The entries of one tab: its pages, and on the Questions tab each topic of questions."""
    entries = [
        Entry(EntryKey.page(p.id), p.title, p.summary, partial(_page, book, p))
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


def my_handbook_entries(book: Handbook, for_you: ForYou) -> list[Entry]:
    """The "My handbook" list: an introduction, then every page marked for this reader."""
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
    intro = f"<h1>{html.escape(title)}</h1><p>{text}</p>"  # our own text, with <b> in it
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
