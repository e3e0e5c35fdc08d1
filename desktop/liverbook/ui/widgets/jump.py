"""Jumps inside a page or a note: the place jumped to is shown at the top of the view.

Qt's ``ensureCursorVisible`` scrolls as little as it can, which leaves a place further down the
page on the last visible line, where the eye does not look. Help > Help lines, a search hit and
a section chosen in "On this page" all go through :func:`show_at_top`.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

TOP_MARGIN = 6  # pixels of what comes before, so the place does not touch the edge


def show_at_top(view: QTextEdit | QPlainTextEdit, cursor: QTextCursor | None = None) -> None:
    """Scroll so that ``cursor`` (default: the view's own) is on the first line of the view."""
    cursor = QTextCursor(cursor) if cursor is not None else view.textCursor()
    start = QTextCursor(cursor)
    start.setPosition(min(cursor.position(), cursor.anchor()))
    bar = view.verticalScrollBar()
    if isinstance(view, QPlainTextEdit):
        # A plain text editor scrolls by lines of blocks: put the block's line at the top.
        block = start.block()
        line = (
            block.layout().lineForTextPosition(start.positionInBlock()).lineNumber() if block.layout() else 0
        )
        bar.setValue(block.firstLineNumber() + max(0, line))
        return
    view.document().documentLayout()  # laid out before measuring
    top = view.cursorRect(start).top() + bar.value()
    bar.setValue(max(0, top - TOP_MARGIN))


def find_in(reader: QTextEdit | QPlainTextEdit, words: str) -> bool:
    """Select the first place these words appear in a page or a note (whole words first), shown at the top."""
    reader.moveCursor(QTextCursor.MoveOperation.Start)
    if reader.find(words, QTextDocument.FindFlag.FindWholeWords) or reader.find(words):
        show_at_top(reader)
        return True
    return False
