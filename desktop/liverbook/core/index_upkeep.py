"""The search index's upkeep: built off the window's thread, kept current from the core's events.

Soon after start the window asks for :meth:`SearchUpkeep.build_in_background`: a worker thread reads
the user's words (notes, diary, records: :mod:`.index_sources`) from a store of its own and indexes
them with the handbook. A search before it is finished waits for it; one with no build under way
builds the index there and then. Later changes (a note saved, a diary entry edited, an import) are
noted as they happen, which costs nothing, and read into the index at the next search: indexing a
long note takes long enough (60 ms for 1 MB) to stall typing if done at every autosave.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from liverbook.content.model import Handbook
from liverbook.core.index_sources import IndexSource
from liverbook.store.errors import StoreError
from liverbook.store.store import Store

if TYPE_CHECKING:  # the index is imported when it is first built, not at start
    from liverbook.search.index import Doc, Result, SearchIndex

Key = int | str


class _Build:
    """The index, built in a worker thread (most of the work is SQLite's, which lets the window's
    thread run meanwhile; the rest goes in small slices, so the window never waits long for
    Python's lock)."""

    def __init__(
        self, book: Handbook, reader: Store | None, sources: Sequence[IndexSource], read: dict[str, list[Doc]]
    ) -> None:
        self._book = book
        self._reader = reader
        self._sources = sources
        self._read = read
        self.index: SearchIndex | None = None
        self.unread: set[str] = set()  # tables the worker could not read: read on the window's thread
        self._thread = threading.Thread(target=self._run, name="search-index", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from liverbook.search.index import SearchIndex  # already imported by the window's thread

        collecting = gc.isenabled()
        gc.disable()  # a full collection in here would hold Python's lock for tens of ms: not meanwhile
        try:
            docs = dict(self._read)
            for source in self._sources:
                if source.table in docs:
                    continue
                try:
                    docs[source.table] = source.read_all(self._reader) if self._reader else []
                except StoreError:
                    self.unread.add(source.table)
            index = SearchIndex.build(self._book)
            for table, found in docs.items():
                index.set_docs(table, found)
            self.index = index
        except Exception:  # noqa: BLE001 - the first search then builds it in the foreground, and says why
            self.index = None
        finally:
            if self._reader is not None:
                self._reader.close()
            if collecting:
                gc.enable()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def result(self) -> SearchIndex | None:
        """The index (waiting for it if need be), or None if building it failed."""
        self._thread.join()
        return self.index


class SearchUpkeep:
    """The search index of one core's handbook and store."""

    def __init__(self, book: Handbook, store: Store | None, sources: Sequence[IndexSource]) -> None:
        self._book = book
        self._store = store
        self._sources = {source.table: source for source in sources}
        self._index: SearchIndex | None = None
        self._build: _Build | None = None
        self._changed: dict[str, set[Key]] = {
            table: set() for table in self._sources
        }  # since the index saw them
        self._stale: set[str] = set()  # tables to read again whole
        self.closed = False

    @property
    def building(self) -> bool:
        """True while a background build is under way (or finished but not yet taken)."""
        return self._build is not None

    @property
    def working(self) -> bool:
        """True while the worker thread of a background build is still running."""
        return self._build is not None and self._build.running

    @property
    def built(self) -> bool:
        """True once the index is ready to search without waiting."""
        return self._index is not None

    def build_in_background(self) -> bool:
        """Start building in a worker thread; False when it is built, under way, or cannot be started."""
        if self.closed or self._index is not None or self._build is not None:
            return False
        import liverbook.search.index  # noqa: F401 - here, not in the worker (imports hold Python's lock)

        reader, read = self._reader()
        for keys in self._changed.values():
            keys.clear()
        self._stale.clear()
        self._build = _Build(self._book, reader, list(self._sources.values()), read)
        return True

    def _reader(self) -> tuple[Store | None, dict[str, list[Doc]]]:
        """A store for the worker, or (when there is no file beside it to read) the words read here."""
        if self._store is None:
            return None, {table: [] for table in self._sources}
        try:
            return self._store.reader(), {}
        except (StoreError, RuntimeError):
            pass
        read: dict[str, list[Doc]] = {}
        for table, source in self._sources.items():
            try:
                read[table] = source.read_all(self._store)
            except (StoreError, RuntimeError):
                read[table] = []
        return None, read

    @property
    def index(self) -> SearchIndex:
        """The index, up to date with every change noted so far (waits for a background build)."""
        if self._index is None and self._build is not None:
            build, self._build = self._build, None
            self._index = build.result()
            self._stale |= build.unread
        if self._index is None:
            from liverbook.search.index import SearchIndex

            for keys in self._changed.values():
                keys.clear()
            self._stale = set(self._sources)
            self._index = SearchIndex.build(self._book)
        self._catch_up(self._index)
        return self._index

    def _catch_up(self, index: SearchIndex) -> None:
        store = self._store
        if store is None:
            self._stale.clear()
            return
        for table in sorted(self._stale):
            try:
                index.set_docs(table, self._sources[table].read_all(store))
            except (StoreError, RuntimeError):
                continue  # kept for the next search
            self._stale.discard(table)
            self._changed[table].clear()
        for table, keys in self._changed.items():
            for key in sorted(keys, key=str):
                try:
                    doc = self._sources[table].read_one(store, key)
                except (StoreError, RuntimeError):
                    continue  # kept for the next search
                if doc is None:
                    index.remove_doc(table, key)
                else:
                    index.set_doc(table, doc)
                keys.discard(key)

    def search(self, text: str, limit: int = 50) -> list[Result]:
        """What matches, best first (see :meth:`SearchIndex.search`)."""
        return self.index.search(text, limit)

    # -- changes, as the core's events tell them -----------------------------------------------------

    def changed(self, table: str, key: Key) -> None:
        """A document was saved: read it again at the next search."""
        if self._index is not None or self._build is not None:
            self._changed[table].add(key)

    def removed(self, table: str, key: Key) -> None:
        """A document was deleted: taken out now (or, while a build is under way, once it is in)."""
        if self._build is not None:
            self._changed[table].add(key)
        else:
            self._changed[table].discard(key)
        if self._index is not None:
            self._index.remove_doc(table, key)

    def table_changed(self, table: str) -> None:
        """Many documents of one table changed: read the table again at the next search."""
        if self._index is not None or self._build is not None:
            self._stale.add(table)

    def replaced(self) -> None:
        """Everything changed (an import, delete all): the index is built again from scratch."""
        if self._index is not None:
            self._index.close()
            self._index = None
        self._build = None  # a build under way read the old data: its index is dropped
        for keys in self._changed.values():
            keys.clear()
        self._stale.clear()

    def close(self) -> None:
        """Let a worker finish, and free the index."""
        self.closed = True
        if self._build is not None:
            self._build.result()
            self._build = None
        if self._index is not None:
            self._index.close()
            self._index = None
