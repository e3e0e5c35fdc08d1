"""What a glossary word means, shown beside the word and told to screen readers.

Reached with Tab (or chosen with Enter, or from "On this page"), a glossary word's meaning appears
in a small box just under the word, not at the mouse pointer far away; the same words go to the
status bar and, as an announcement, to screen readers. The next Tab, Esc, scrolling, or leaving
the page takes it away. Under the mouse, the meaning shows as a tooltip, as before.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import QCursor, QPalette, QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QTextBrowser, QToolTip, QVBoxLayout, QWidget

from liverbook.i18n import translate
from liverbook.ui.widgets.reading_pane import ReadingPane
from liverbook.ui.window.status_line import announce

if TYPE_CHECKING:
    from liverbook.content.model import Term
    from liverbook.ui.window.main_window import MainWindow

GAP = 4
LETTERS_WIDE = 42
STATUS_MS = 15000


class TermPopup(QFrame):
    """The box beside the word: a child of the window (so it never takes the focus)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("term-popup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        self.setAccessibleName(translate("TermPopup", "What the word means"))
        self.hide()

    def show_beside(self, word: QRect, term: str, meaning: str) -> None:
        """Show ``term: meaning`` under ``word`` (a rect in the window), or above it if there is no room."""
        window = self.parentWidget()
        assert window is not None
        self.label.setText(f"<b>{html.escape(term)}</b>: {html.escape(meaning)}")
        width = min(window.width() - 2 * GAP, self.fontMetrics().averageCharWidth() * LETTERS_WIDE + 24)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
        height = self.label.heightForWidth(inner) + margins.top() + margins.bottom() + 2 * self.frameWidth()
        x = min(max(GAP, word.left()), window.width() - width - GAP)
        y = word.bottom() + GAP
        if y + height > window.height() - GAP:
            y = max(GAP, word.top() - GAP - height)
        self.setGeometry(x, y, width, height)
        self.raise_()
        self.show()
        announce(self.label, f"{term}: {meaning}")


class TermHelp(QObject):
    """Wires the popup to every reading pane of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.popup = TermPopup(window)
        self._reader: QTextBrowser | None = None
        self._owner: QWidget | None = None  # what had the keyboard when a word was chosen elsewhere
        self._after_key = QTimer(self, singleShot=True, interval=0)
        self._after_key.timeout.connect(self._check_reader)

    def watch(self, reader: QTextBrowser) -> None:
        reader.highlighted.connect(lambda url, reader=reader: self.link_highlighted(reader, url))
        reader.installEventFilter(self)
        reader.verticalScrollBar().valueChanged.connect(lambda _value: self.popup.hide())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if watched is self._owner and kind == QEvent.Type.KeyPress:
            # A word chosen from "On this page" (or another list): Esc closes its meaning, and so
            # does any other key (moving on in the list, or typing).
            self.release()
            return bool(event.key() == Qt.Key.Key_Escape)  # type: ignore[attr-defined]
        if kind in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            if watched is self._owner:
                self.release()
            self.popup.hide()
        elif kind == QEvent.Type.Resize and self.popup.isVisible() and isinstance(watched, QTextBrowser):
            self._reader = watched  # the word moved with the page: show it beside the word again
            self._after_key.start()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.KeyPress) and isinstance(watched, QTextBrowser):
            key = event.key() if kind == QEvent.Type.KeyPress else None  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape and self.popup.isVisible():
                self.popup.hide()
                return True
            if key is None or key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                # Tab moves to the next link by selecting it, and Qt tells nobody: look once it has.
                self.popup.hide()
                self._reader = watched
                self._after_key.start()
        return super().eventFilter(watched, event)

    def _check_reader(self) -> None:
        if self._reader is not None and self._reader.hasFocus():
            self.link_reached(self._reader)

    def term_for(self, url: QUrl) -> Term | None:
        return self.window.book.terms.get(url.path()) if url.scheme() == "term" else None

    def link_reached(self, reader: QTextBrowser) -> None:
        """The page's selection changed: if it is a glossary word reached with Tab, explain it."""
        href = selected_link(reader)
        term = self.term_for(QUrl(href)) if href else None
        word = selected_link_rect(reader, QUrl(href)) if term is not None else None
        if term is None or word is None:
            self.popup.hide()
            return
        self.window.statusBar().showMessage(f"{term.term}: {term.definition}", STATUS_MS)
        self.popup.show_beside(word, term.term, term.definition)

    def link_highlighted(self, reader: QTextBrowser, url: QUrl) -> None:
        """A link under the mouse: a glossary word's meaning as a tooltip there, and in the status bar."""
        term = self.term_for(url)
        if term is None:
            return
        self.window.statusBar().showMessage(f"{term.term}: {term.definition}", STATUS_MS)
        QToolTip.showText(
            QCursor.pos(), f"<b>{html.escape(term.term)}</b>: {html.escape(term.definition)}", reader
        )

    def show_term(self, term_id: str) -> bool:
        """Enter on a word, a click on it, or choosing it elsewhere: show its meaning beside it."""
        term = self.window.book.terms.get(term_id)
        if term is None:
            return False
        self.window.statusBar().showMessage(f"{term.term}: {term.definition}", STATUS_MS)
        self.popup.show_beside(self.place_of_focus(f"term:{term_id}"), term.term, term.definition)
        focus = self.window.focusWidget()
        if focus is not None and not isinstance(focus, QTextBrowser) and focus is not self._owner:
            self._unhook()
            self._owner = focus  # a list: its keys and its losing the keyboard close the meaning
            focus.installEventFilter(self)
        return True

    def release(self) -> None:
        """Close the meaning shown for a word chosen in a list, and stop listening to that list."""
        self._unhook()
        self.popup.hide()

    def _unhook(self) -> None:
        owner, self._owner = self._owner, None
        if owner is not None:
            owner.removeEventFilter(self)

    def place_of_focus(self, href: str) -> QRect:
        """Where the word is: the link selected in the focused page, the chosen row of a focused list,
        or (a click) the mouse pointer."""
        window = self.window
        focus = window.focusWidget()
        if isinstance(focus, QTextBrowser):
            rect = selected_link_rect(focus, QUrl(href))
            if rect is not None:
                return rect
        if isinstance(focus, QAbstractItemView) and focus.currentIndex().isValid():
            row = focus.visualRect(focus.currentIndex())
            return QRect(focus.viewport().mapTo(window, row.topLeft()), row.size())
        point = window.mapFromGlobal(QCursor.pos())
        return QRect(point, point + QPoint(1, 16))


def selected_link(reader: QTextBrowser) -> str:
    """The address of the link that is the page's whole selection (as after Tab), or ""."""
    cursor = reader.textCursor()
    if not cursor.hasSelection():
        return ""
    href = cursor.charFormat().anchorHref()
    first = QTextCursor(cursor)
    first.setPosition(cursor.selectionStart() + 1)
    return href if href and first.charFormat().anchorHref() == href else ""


def selected_link_rect(reader: QTextBrowser, url: QUrl) -> QRect | None:
    """The place (in the reader's window) of the link ``url`` when it is the page's selection, as
    it is when reached with Tab; None otherwise (under the mouse, say)."""
    cursor = reader.textCursor()
    if (
        not reader.hasFocus()
        or not cursor.hasSelection()
        or cursor.charFormat().anchorHref() != url.toString()
    ):
        return None
    if isinstance(reader, ReadingPane):  # measured line by line (a word at a line's start is on it)
        found = reader.focused_link_rect()
        return (
            None
            if found is None
            else QRect(reader.viewport().mapTo(reader.window(), found.topLeft()), found.size())
        )
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    end = QTextCursor(cursor)
    end.setPosition(cursor.selectionEnd())
    first, last = reader.cursorRect(start), reader.cursorRect(end)
    rect = (
        first.united(last)
        if first.top() == last.top()
        else first.united(QRect(first.left(), last.top(), 1, last.height()))
    )
    return QRect(reader.viewport().mapTo(reader.window(), rect.topLeft()), rect.size())
