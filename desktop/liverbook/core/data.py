"""The user's data as a whole: export it, import it, delete it all (with the backups that keep it safe).

Used by the core (the window's File menu) and by ``--export-data`` / ``--import-data``. Errors are
:class:`~liverbook.store.StoreError` with a plain ``user_message``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from liverbook.content.model import Handbook
from liverbook.store.store import Store

if TYPE_CHECKING:  # the readable copy's module is imported when an export is made
    from liverbook.store.markdown import Labeler


def labeler(book: Handbook | None) -> Labeler:
    """Names for handbook ids in the readable copy: page titles, tag labels, question texts, diary items."""

    def label(kind: str, ident: str) -> str:
        if book is None:
            return ident
        if kind == "page" and book.has_page(ident):
            return book.page(ident).title
        if kind == "tag" and ident in book.tags:
            return book.tags[ident].label
        if kind == "question" and book.has_question(ident):
            return book.question(ident).text
        if kind == "diary-item":
            return next((item.label for item in book.diary_items if item.id == ident), ident)
        if kind == "diary-rule":
            return next((rule.reason for rule in book.triage_rules if rule.id == ident), ident)
        return ident

    return label


def export_files(store: Store, book: Handbook | None, target: Path) -> Path:
    """Write the JSON export to ``target`` and the readable ``.md`` copy beside it; return the copy.

    With the handbook, ids are named in the copy and diary answers written in words and units.
    """
    answer_text = None
    if book is not None:
        from liverbook.diary.service import Diary  # diary answers in words and the reader's units

        answer_text = Diary(store, book).answer_text
    return store.export_to_files(target, labeler(book), answer_text)
