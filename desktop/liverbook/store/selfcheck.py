"""A quick end-to-end check of the store for ``liverbook --self-test``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from liverbook.store.store import Store


class SelfCheckFailed(RuntimeError):
    """The store did not behave as it should on this machine."""


def self_check(tmp_dir: Path | None = None) -> None:
    """Create a store in a new folder under ``tmp_dir``, write, read back, reopen; raise on failure."""
    with tempfile.TemporaryDirectory(prefix="liverbook-self-check-", dir=tmp_dir) as folder:
        data_dir = Path(folder) / "data"
        text = "Self-check note: ünïcödé, emoji \U0001f600, newline\nand a quote \" ' <b>."
        with Store.open(data_dir) as store:
            note = store.add_note(text, page_id="self-check")
            if store.get_note(note.id) != note:
                raise SelfCheckFailed("a note read back differs from the note written")
            store.update_note(note.id, text + " (updated)")
        with Store.open(data_dir) as store:
            again = store.get_note(note.id)
            if again is None or again.text != text + " (updated)":
                raise SelfCheckFailed("a note was not there after reopening the store")
            if not store.integrity_ok():
                raise SelfCheckFailed("PRAGMA integrity_check failed")
            exported = store.export_data()
            store.import_data(exported)
            if store.export_data()["notes"] != exported["notes"]:
                raise SelfCheckFailed("export and import did not give back the same notes")
