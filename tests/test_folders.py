"""File dialogs start in the folder last used, else Documents, else home: never a missing folder."""

from __future__ import annotations

from pathlib import Path

from liverbook.core.folders import remember_folder, start_folder
from liverbook.core.preferences import MemoryPreferences


def test_documents_first_then_the_folder_last_used(tmp_path: Path) -> None:
    documents, home, elsewhere = tmp_path / "Documents", tmp_path, tmp_path / "letters"
    documents.mkdir()
    elsewhere.mkdir()
    prefs = MemoryPreferences()
    assert start_folder(prefs, documents, home) == documents
    remember_folder(prefs, elsewhere / "summary.pdf")
    assert start_folder(prefs, documents, home) == elsewhere


def test_a_folder_that_is_gone_is_never_offered(tmp_path: Path) -> None:
    prefs = MemoryPreferences({"files/last_folder": str(tmp_path / "removed")})
    assert start_folder(prefs, tmp_path / "no-documents-folder", tmp_path) == tmp_path
    remember_folder(prefs, tmp_path / "gone" / "file.json")  # a folder that does not exist is not kept
    assert prefs.get("files/last_folder") == str(tmp_path / "removed")
