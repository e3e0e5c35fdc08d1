"""Small HTML helpers shared by the visit report's pieces. No Qt.

The report is HTML for ``QTextDocument`` (its rich-text subset). Every piece of text the person
typed goes through :func:`mine` (inline: escaped and wrapped in bidi isolates, so a right-to-left
name or an override character stays inside it) or :func:`mine_block` (a paragraph of its own:
escaped, line breaks kept, its direction its own). Handbook text goes through :func:`esc`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from liverbook.diary import messages as m
from liverbook.i18n import translate
from liverbook.render import esc
from liverbook.summary.build import isolate, user_text

__all__ = ["CHART_SCHEME", "day", "day_year", "esc", "mine", "mine_block", "place", "table", "tr"]

PLACE_MARK = "\u2060"  # the one character of a place (a word joiner: invisible, never typed in a report)
CHART_SCHEME = "chart:"  # the name of a chart's place; the page painter draws the chart there


def tr(text: str) -> str:
    """``translate("report", text)`` for a text looked up at run time (a name, not a literal).

    lupdate cannot tell the context of ``tr("...")``: write ``translate("report", "...")`` instead
    (tests/test_translations.py says so). Kept for code that imports it.
    """
    return translate("report", text)


def place(name: str, height: int) -> str:
    """A block ``height`` CSS pixels high, as wide as where it stands, named ``name``: the page painter
    draws a chart or the card there. It loads nothing and holds only an invisible word joiner (U+2060),
    which the painter finds fast (an ``<img>`` would make Qt draw its own "missing image" icon, a
    raster, in the PDF)."""
    return (
        f'<p class="r-place" style="line-height: {int(height)}px"><a name="{esc(name)}">{PLACE_MARK}</a></p>'
    )


def mine(text: str) -> str:
    """The person's words inside other text: escaped, isolated, line breaks kept."""
    return isolate(user_text(text)) if text else ""


def mine_block(text: str) -> str:
    """The person's words as a paragraph of their own (its direction follows its first letters)."""
    return user_text(text)


def day(date: dt.date) -> str:
    """12 May."""
    return m.day_text(date)


def day_year(date: dt.date) -> str:
    """12 May 2026."""
    return m.day_text(date, with_year=True)


def table(
    head: Sequence[str],
    rows: Iterable[Sequence[str]],
    widths: Sequence[int] = (),
    css: str = "grid",
    padding: int = 3,
) -> str:
    """A table; ``head`` is escaped here, ``rows`` hold HTML already made safe by the caller."""
    cols = "".join(
        f'<th width="{widths[i]}%">{esc(h)}</th>' if i < len(widths) else f"<th>{esc(h)}</th>"
        for i, h in enumerate(head)
    )
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    head_html = f"<thead><tr>{cols}</tr></thead>" if head else ""
    return (
        f'<table class="{css}" width="100%" cellspacing="0" cellpadding="{padding}">{head_html}{body}</table>'
    )


def lower_first(text: str) -> str:
    """An answer put inside a sentence: "Yes" becomes "yes", a word's capital only, so units and
    initials keep theirs ("38.5 °C", "MRI")."""
    if len(text) >= 2 and text[0].isupper() and not text[1].isupper() and not text[1].isdigit():
        return text[0].lower() + text[1:]
    if len(text) == 1 and text.isupper():
        return text.lower()
    return text
