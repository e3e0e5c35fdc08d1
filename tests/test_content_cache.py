"""The content cache: the same handbook as the YAML gives, read again whenever anything changes, never trusted blindly."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from liverbook import paths
from liverbook.content import ContentErrors, cache, load_handbook


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(paths.content_dir(), folder)
    return folder


def test_a_cached_start_gives_the_same_handbook(content: Path, tmp_path: Path) -> None:
    fresh = load_handbook(content)
    first = cache.load_cached(content, tmp_path / "cache")
    assert cache.cache_path(tmp_path / "cache", content).exists()
    second = cache.load_cached(content, tmp_path / "cache")
    for book in (first, second):
        assert book == fresh
        assert book.page(fresh.pages[0].id) == fresh.pages[0]
        assert book.questions() == fresh.questions()


def test_a_changed_content_file_is_read_again(content: Path, tmp_path: Path) -> None:
    cache.load_cached(content, tmp_path / "cache")
    glossary = next(content.rglob("*.yaml"))
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text + "\n", encoding="utf-8")
    os.utime(glossary, ns=(1, 1))  # even a file whose time went back
    assert cache.load_cached(content, tmp_path / "cache") == load_handbook(content)


def test_content_with_problems_is_reported_and_never_cached(content: Path, tmp_path: Path) -> None:
    (content / "broken.yaml").write_text("pages: [\n", encoding="utf-8")
    with pytest.raises(ContentErrors):
        cache.load_cached(content, tmp_path / "cache")
    assert not cache.cache_path(tmp_path / "cache", content).exists()


class Boom:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo should never run",))


def test_a_damaged_or_foreign_cache_file_is_ignored(content: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    target = cache.cache_path(folder, content)
    key = cache.cache_key(content)
    for damage in (
        b"not a pickle",
        pickle.dumps(key) + pickle.dumps(Boom()),
        pickle.dumps("another key") + b"x",
    ):
        target.write_bytes(damage)
        assert cache.load_cached(content, folder) == load_handbook(content)


def test_no_cache_folder_means_no_cache(content: Path) -> None:
    assert cache.load_cached(content, None) == load_handbook(content)


def test_each_content_folder_keeps_its_own_cache(content: Path, tmp_path: Path) -> None:
    """A checkout and an installed copy (two content folders) no longer throw each other's cache away."""
    installed = tmp_path / "installed" / "content"
    shutil.copytree(content, installed)
    folder = tmp_path / "cache"
    checkout_book = cache.load_cached(content, folder)
    installed_book = cache.load_cached(installed, folder)
    mine, theirs = cache.cache_path(folder, content), cache.cache_path(folder, installed)
    assert mine != theirs and mine.exists() and theirs.exists()
    written = {path: path.stat().st_mtime_ns for path in (mine, theirs)}
    assert cache.load_cached(content, folder) == checkout_book  # each served from its own file,
    assert cache.load_cached(installed, folder) == installed_book
    assert {path: path.stat().st_mtime_ns for path in (mine, theirs)} == written  # neither written again


def test_the_diary_and_records_content_are_unpickled_only_when_read(content: Path, tmp_path: Path) -> None:
    """A start shows a page of the handbook: the diary's and the records' content wait until asked for,
    and a damaged one is then read from the YAML (nothing in it ever runs)."""
    fresh = load_handbook(content)
    cache.load_cached(content, tmp_path / "cache")
    book = cache.load_cached(content, tmp_path / "cache")
    assert isinstance(book.extras, cache.MadeWhenRead) and not book.extras._made
    assert book.diary == fresh.diary and book.records == fresh.records
    target = cache.cache_path(tmp_path / "cache", content)
    with open(target, "rb") as handle:
        unpickler = pickle.Unpickler(handle)  # one for both: the file was written by one pickler
        key, fields = unpickler.load(), unpickler.load()
    damaged = dict(fields[5], diary=pickle.dumps(Boom()), records=b"not a pickle")
    target.write_bytes(pickle.dumps(key) + pickle.dumps((*fields[:5], damaged, *fields[6:])))
    book = cache.load_cached(content, tmp_path / "cache")
    assert book.diary == fresh.diary and book.records == fresh.records and book == fresh
