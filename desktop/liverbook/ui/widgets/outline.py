""" "On this page": a list of the open page's sections and links, beside the page.

A read-only QTextBrowser reaches screen readers as one block of static text: its headings cannot
be jumped to and its links cannot be listed or followed (measured through AT-SPI, as Orca sees
it). This list gives everyone, screen reader users first, the page's sections and links as a
plain list: Enter on a section shows it at the top of the page (and Tab in the page then starts
there); Enter on a link follows it as a click would. It is rebuilt whenever the page changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liverbook.i18n import translate
from liverbook.ui.widgets.entry_list import entry_list  # the same wrapping list as the pages'
from liverbook.ui.widgets.jump import show_at_top

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class OutlineEntry:
    """A section heading (``level`` 1 to 3) or a link (``level`` 0) of a page."""

    kind: str  # "section", "page", "term" or "outside"
    text: str
    level: int
    position: int  # where it starts in the page's document
    href: str = ""


def link_kind(href: str) -> str:
    scheme = QUrl(href).scheme()
    return {"page": "page", "term": "term"}.get(scheme, "outside")


def outline_entries(document: QTextDocument) -> list[OutlineEntry]:
    """The headings and links of a page, in reading order; each link target once; no citation marks."""
    entries: list[OutlineEntry] = []
    seen: set[str] = set()
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            entries.append(OutlineEntry("section", " ".join(block.text().split()), level, block.position()))
        links: dict[str, list[str]] = {}
        starts: dict[str, int] = {}
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            if href and not href.startswith("#") and href not in seen:
                links.setdefault(href, []).append(fragment.text())
                starts.setdefault(href, fragment.position())
            it += 1
        for href, pieces in links.items():
            seen.add(href)
            text = " ".join("".join(pieces).split())
            entries.append(OutlineEntry(link_kind(href), text, 0, starts[href], href))
        block = block.next()
    return entries


def shown_text(entry: OutlineEntry) -> str:
    """What the list shows for an entry."""
    if entry.kind == "section":
        return ("    " * max(0, entry.level - 2)) + entry.text
    if entry.kind == "page":
        return translate("Outline", "Go to: {words}").format(words=entry.text)
    if entry.kind == "term":
        return translate("Outline", "Word: {words}").format(words=entry.text)
    host = QUrl(entry.href).host().removeprefix("www.") or entry.text
    return translate("Outline", "Web address: {host}").format(host=host)


def spoken_text(entry: OutlineEntry) -> str:
    """What a screen reader says for an entry."""
    if entry.kind == "section":
        return translate("Outline", "Section: {words}").format(words=entry.text)
    if entry.kind == "page":
        return translate("Outline", "Link to the page {words}").format(words=entry.text)
    if entry.kind == "term":
        return translate("Outline", "Glossary word {words}: shows what it means").format(words=entry.text)
    return translate("Outline", "Web address {address}: shows it to copy").format(address=entry.text)


class OutlineList(QWidget):
    """ "On this page" above a list of the page's sections and links; ``link_chosen`` carries a link."""

    link_chosen = Signal(QUrl)
    jumping = Signal()  # a section is about to be shown (the place left can be gone back to)

    def __init__(self, reader: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.heading = QLabel(translate("Outline", "On th&is page"))
        self.list: QListWidget = entry_list(translate("Outline", "On this page"))
        self.list.setAccessibleDescription(
            translate("Outline", "The sections and links of the page. Enter goes to one.")
        )
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.entries: list[OutlineEntry] = []
        self.list.itemActivated.connect(self._activated)
        reader.page_set.connect(self.refresh)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """Read the page's sections and links again (the page, or its colours, changed)."""
        self.entries = outline_entries(self.reader.document())
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(shown_text(entry))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken_text(entry))
            item.setData(ENTRY_ROLE, entry.position)
            if entry.kind == "section":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        # Where the page shares its place with other panes (a topic's questions, My questions), the
        # list shows only while the page does: a change of colours redraws the page behind them.
        stack = self.reader.parentWidget()
        behind = isinstance(stack, QStackedWidget) and stack.currentWidget() is not self.reader
        self.setVisible(bool(self.entries) and not behind)

    def _activated(self, item: QListWidgetItem) -> None:
        entry = self.entries[self.list.row(item)]
        if entry.kind == "section":
            self.jumping.emit()
            self.go_to(entry.position)
        else:
            self.link_chosen.emit(QUrl(entry.href))

    def go_to(self, position: int) -> None:
        """Show the page from this place at the top; Tab in the page then starts from there."""
        cursor = QTextCursor(self.reader.document())
        cursor.setPosition(position)
        self.reader.setTextCursor(cursor)
        show_at_top(self.reader, cursor)
