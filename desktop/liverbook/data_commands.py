"""Exporting and importing the user's data, for the command line and the window alike. No Qt.

``--export-data FILE`` writes FILE (JSON) and a readable ``.md`` copy beside it;
``--import-data FILE`` checks FILE completely and only then replaces the data (after a backup).
The JSON format is documented in docs/data-format.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from liverbook.content import Handbook
from liverbook.store import Labeler, Store, StoreError


def labeler(book: Handbook | None) -> Labeler:
    """Names for handbook ids in the readable copy: page titles, tag labels, question texts."""

    def label(kind: str, ident: str) -> str:
        if book is None:
            return ident
        if kind == "page" and book.has_page(ident):
            return book.page(ident).title
        if kind == "tag" and ident in book.tags:
            return book.tags[ident].label
        if kind == "question" and book.has_question(ident):
            return book.question(ident).text
        return ident

    return label


def suggested_export_name(today: dt.date | None = None) -> str:
    return f"liver-handbook-my-data-{(today or dt.date.today()).isoformat()}.json"


def export_data(data_dir: Path, target: Path, book: Handbook | None) -> tuple[int, str]:
    """Export to ``target``; (exit code, message for the user)."""
    try:
        store = Store.open(data_dir)
    except StoreError as exc:
        return 1, exc.user_message
    try:
        markdown_copy = store.export_to_files(target, labeler(book))
    except StoreError as exc:
        return 1, exc.user_message
    finally:
        store.close()
    return 0, f"Your data was saved to {target} (and a readable copy to {markdown_copy})."


def import_data(data_dir: Path, source: Path) -> tuple[int, str]:
    """Import from ``source``; (exit code, message for the user). Nothing changes if the file is refused."""
    try:
        store = Store.open(data_dir)
    except StoreError as exc:
        return 1, exc.user_message
    try:
        store.import_from_file(source)
    except StoreError as exc:
        return 1, exc.user_message
    finally:
        store.close()
    return 0, f"Your data was imported from {source}. A backup of the data you had before was kept."
