"""Exporting and importing the user's data, for the command line and the window alike. No Qt.

``--export-data FILE`` writes FILE (JSON) and a readable ``.md`` copy beside it;
``--import-data FILE`` checks FILE completely and only then replaces the data (after a backup).
The JSON format is documented in docs/data-format.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from liverbook.content import Handbook
from liverbook.core.data import export_files, labeler
from liverbook.i18n import translate
from liverbook.store import Store, StoreError
from liverbook.store.exchange import parse
from liverbook.store.exchange_files import read_file
from liverbook.store.messages import damaged_export_message

__all__ = ["export_data", "import_data", "labeler", "suggested_export_name"]


def suggested_export_name(today: dt.date | None = None) -> str:
    return f"liver-handbook-my-data-{(today or dt.date.today()).isoformat()}.json"


def export_data(data_dir: Path, target: Path, book: Handbook | None) -> tuple[int, str]:
    """Export to ``target``; (exit code, message for the user).

    The notes are read without changing anything in the data folder (an in-memory copy), so an
    export works while the app is open, on a read-only disk, and on a damaged file, where it saves
    what can be read (and says so, exiting 1).
    """
    try:
        store = Store.open_read_only(data_dir, None)
    except StoreError as exc:
        return 1, exc.user_message
    try:
        markdown_copy = export_files(store, book, target)
    except StoreError as exc:
        return 1, exc.user_message
    finally:
        store.close()
    saved = f"Your data was saved to {target} (and a readable copy to {markdown_copy})."
    if store.rescued is not None:
        return 1, damaged_export_message(store.rescued, saved)
    return 0, saved


def check_import_file(source: Path) -> object:
    """Read and check an export file completely, changing nothing; its data. Raises
    ImportRefused (a StoreError) saying, in the app's language, why the file cannot be imported."""
    data = read_file(source)
    parse(data)
    return data


def import_data(data_dir: Path, source: Path) -> tuple[int, str]:
    """Import from ``source``; (exit code, message for the user). Nothing changes if the file is refused.

    The file is checked before the notes are even opened (a pipe or a device is refused without
    waiting on it). Opening the store takes the writer lock: while the app (or another import) has
    the notes open, the import is refused and nothing changes.
    """
    try:
        data = check_import_file(
            source
        )  # in full before the notes are opened: a refused file changes nothing
        store = Store.open(data_dir)
    except StoreError as exc:
        return 1, exc.user_message
    try:
        backup = store.import_data(data)
    except StoreError as exc:
        return 1, exc.user_message
    finally:
        store.close()
    if backup is None:
        return 0, translate(
            "DataCommands",
            "Your data was imported from {source}. There was no earlier data, so there was nothing to back up.",
        ).format(source=source)
    return 0, translate(
        "DataCommands",
        "Your data was imported from {source}. A backup of the data you had before was kept as {backup}.",
    ).format(source=source, backup=backup)
