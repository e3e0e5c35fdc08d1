"""Reading an SQLite database file's pages directly, for the rows SQL can no longer reach.

When an interior or root page of a table is damaged, SQLite cannot find the rows under it, although
they are still whole on their leaf pages. This module reads the file as the format describes it
(https://www.sqlite.org/fileformat2.html): the 100-byte header (page size, reserved bytes, the
freelist), each page's b-tree header, its cell pointer array, each cell (varints, rowid, payload,
overflow chain) and the record inside (:mod:`liverbook.store.sqlite_records`). It never writes.

What it yields is raw: ``(kind, rowid, values)`` for every cell of every table leaf page (0x0D) and
every index page (0x0A, 0x02), whatever table it belongs to. :mod:`liverbook.store.deep_salvage`
decides which records are rows of our tables. Pages on the freelist are never read (they hold what
was deleted), nor page 1 (the schema). A page whose header is damaged is read through its cell
pointer array as far as it still makes sense, keeping only cells the caller accepts.

Bounded on any file: every page is read once; overflow chains are followed with a budget shared by
the whole file and stop at a loop, a page out of range or a page already used; a record has at most
:data:`~liverbook.store.sqlite_records.MAX_COLUMNS` columns; a payload is never larger than the file.
"""

from __future__ import annotations

import contextlib
import mmap
from collections.abc import Callable, Iterator
from pathlib import Path

from liverbook.store.sqlite_records import INDEX, TABLE, Cell, record_header, record_values, varint

INTERIOR_INDEX, INTERIOR_TABLE, LEAF_INDEX, LEAF_TABLE = 2, 5, 10, 13
_MAGIC = b"SQLite format 3\x00"
_FAILS_BEFORE_GIVING_UP = 16  # a damaged page header: slots tried after the last good cell


Accept = Callable[[Cell], bool]
Want = Callable[[str, tuple[int, ...], int], bool]
"""``want(kind, serial types, page)``: whether a record may be of interest (before its values are read)."""


class PageFile:
    """The pages of one SQLite file, read through a read-only memory map."""

    def __init__(self, data: bytes | mmap.mmap, want: Want | None = None) -> None:
        self.data = data
        self.want = want
        header = bytes(data[:100])
        size = int.from_bytes(header[16:18], "big") if len(header) >= 18 else 0
        size = 65536 if size == 1 else size
        if size < 512 or size > 65536 or size & (size - 1):
            size = 4096  # the header is damaged: the store always uses SQLite's default
        reserved = header[20] if len(header) > 20 else 0
        self.page_size = size
        self.usable = size - reserved if size - reserved >= 480 else size
        self.page_count = len(data) // size
        self.magic_ok = header.startswith(_MAGIC)
        self.overflow_budget = 4 * self.page_count + 64
        self.used_overflow: set[int] = set()
        self.current = 0  # the page being read
        self.damaged_headers = 0

    def page(self, number: int) -> bytes:
        start = (number - 1) * self.page_size
        return bytes(self.data[start : start + self.page_size])

    def u32(self, buf: bytes, at: int) -> int:
        return int.from_bytes(buf[at : at + 4], "big")

    # -- the freelist ---------------------------------------------------------------------------------

    def free_pages(self) -> tuple[set[int], bool]:
        """Pages on the freelist, and whether the whole list could be read (its count matches)."""
        header = self.page(1)
        trunk, total = self.u32(header, 32), self.u32(header, 36)
        found: set[int] = set()
        whole = self.magic_ok
        seen_trunks: set[int] = set()
        while trunk:
            if trunk in seen_trunks or not 2 <= trunk <= self.page_count:
                whole = False
                break
            seen_trunks.add(trunk)
            found.add(trunk)
            data = self.page(trunk)
            count = self.u32(data, 4)
            if count > self.usable // 4 - 2:
                whole = False
                break
            for i in range(count):
                leaf = self.u32(data, 8 + 4 * i)
                if 2 <= leaf <= self.page_count:
                    found.add(leaf)
                else:
                    whole = False
            trunk = self.u32(data, 0)
        return found, whole and len(found) == total

    # -- cells ------------------------------------------------------------------------------------------

    def _local(self, payload: int, kind: str) -> int:
        usable = self.usable
        most = usable - 35 if kind == TABLE else (usable - 12) * 64 // 255 - 23
        if payload <= most:
            return payload
        least = (usable - 12) * 32 // 255 - 23
        local = least + (payload - least) % (usable - 4)
        return local if local <= most else least

    def _overflow(self, first: int, need: int) -> tuple[bytes, list[int]]:
        """Up to ``need`` bytes from the chain starting at ``first`` (fewer if it is broken)."""
        out = bytearray()
        pages: list[int] = []
        number = first
        while len(out) < need and number:
            if number in pages or not 2 <= number <= self.page_count or self.overflow_budget <= 0:
                break
            self.overflow_budget -= 1
            pages.append(number)
            data = self.page(number)
            out += data[4 : self.usable][: need - len(out)]
            number = self.u32(data, 0)
        return bytes(out), pages

    def cell(self, page: bytes, at: int, page_type: int) -> Cell | None:
        """The cell at offset ``at`` of ``page``, read as a cell of a page of type ``page_type``."""
        end = self.usable
        if not 0 < at < end:
            return None
        pos = at + (4 if page_type == INTERIOR_INDEX else 0)
        found = varint(page, pos, end)
        if found is None:
            return None
        size, pos = found
        rowid = None
        kind = TABLE if page_type == LEAF_TABLE else INDEX
        if kind == TABLE:
            key = varint(page, pos, end)
            if key is None:
                return None
            rowid, pos = key
            rowid = rowid - (1 << 64) if rowid >= 1 << 63 else rowid
        if size < 1 or size > len(self.data):
            return None
        local = self._local(size, kind)
        if pos + local > end:
            return None
        payload = page[pos : pos + local]
        header = record_header(payload, size)
        if header is None or (self.want is not None and not self.want(kind, header[0], self.current)):
            return None
        cell_end = pos + local
        pages: list[int] = []
        if local < size:
            if cell_end + 4 > end:
                return None
            rest, pages = self._overflow(self.u32(page, cell_end), size - local)
            payload += rest
            cell_end += 4
        record = (header[0], record_values(payload, *header))
        return Cell(kind, rowid, record[0], record[1], at, cell_end, pages, self.current)

    def cells(self, number: int, accept: Accept) -> Iterator[Cell]:
        """The accepted cells of page ``number`` (table leaf or index page; others give nothing)."""
        page = self.page(number)
        base = 100 if number == 1 else 0
        page_type = page[base]
        self.current = number
        if page_type in (LEAF_TABLE, LEAF_INDEX, INTERIOR_INDEX):
            header = base + (12 if page_type == INTERIOR_INDEX else 8)
            count = int.from_bytes(page[base + 3 : base + 5], "big")
            count = min(count, (self.usable - header) // 2)
            for i in range(count):
                cell = self.cell(
                    page, int.from_bytes(page[header + 2 * i : header + 2 * i + 2], "big"), page_type
                )
                if cell is not None and accept(cell):
                    self.used_overflow.update(cell.overflow)
                    yield cell
            return
        if page_type == INTERIOR_TABLE or number == 1:
            return
        yield from self._damaged_header(page, accept)

    def _damaged_header(self, page: bytes, accept: Accept) -> Iterator[Cell]:
        """Cells of a leaf page whose header is damaged: its pointer array, slot by slot, while it makes sense.

        The pointers follow the 8-byte header and stop before the first cell; each one must lead to
        a whole cell the caller accepts, not overlapping one already taken. Reading stops after
        a run of slots that lead nowhere.
        """
        taken: list[tuple[int, int]] = []
        lowest = self.usable
        fails = 0
        slot = 8
        while slot + 2 <= lowest and fails < _FAILS_BEFORE_GIVING_UP:
            at = int.from_bytes(page[slot : slot + 2], "big")
            slot += 2
            found = None
            if slot <= at < self.usable:
                for page_type in (LEAF_TABLE, LEAF_INDEX):
                    cell = self.cell(page, at, page_type)
                    if cell is None or any(cell.start < e and s < cell.end for s, e in taken):
                        continue
                    if accept(cell):
                        found = cell
                        break
            if found is None:
                fails += 1
                continue
            fails = 0
            taken.append((found.start, found.end))
            lowest = min(lowest, found.start)
            self.used_overflow.update(found.overflow)
            yield found

    # -- whole trees and the whole file ----------------------------------------------------------------

    def tree(self, root: int) -> set[int]:
        """Every page reachable from ``root`` through interior pages that can be read (a damaged one
        ends its branch)."""
        found: set[int] = set()
        todo = [root]
        while todo:
            number = todo.pop()
            if number in found or not 1 <= number <= self.page_count:
                continue
            found.add(number)
            page = self.page(number)
            base = 100 if number == 1 else 0
            if page[base] not in (INTERIOR_TABLE, INTERIOR_INDEX):
                continue
            count = min(int.from_bytes(page[base + 3 : base + 5], "big"), (self.usable - base - 12) // 2)
            todo.append(self.u32(page, base + 8))
            for i in range(count):
                at = int.from_bytes(page[base + 12 + 2 * i : base + 14 + 2 * i], "big")
                if base + 12 <= at <= self.usable - 4:
                    todo.append(self.u32(page, at))
        return found

    def schema(self) -> dict[str, int]:
        """``{name: root page}`` of every table and index the schema (rooted at page 1) still lists."""
        roots: dict[str, int] = {}
        want, self.want = self.want, None  # the schema's own records are not rows of ours
        try:
            self._schema_pages(roots)
        finally:
            self.want = want
        return roots

    def _schema_pages(self, roots: dict[str, int]) -> None:
        for number in sorted(self.tree(1)):
            page = self.page(number)
            base = 100 if number == 1 else 0
            if page[base] != LEAF_TABLE:
                continue
            count = min(int.from_bytes(page[base + 3 : base + 5], "big"), (self.usable - base - 8) // 2)
            for i in range(count):
                at = int.from_bytes(page[base + 8 + 2 * i : base + 10 + 2 * i], "big")
                cell = self.cell(page, at, LEAF_TABLE)
                if cell is None or len(cell.values) != 5:
                    continue
                _, name, _, root, _ = cell.values
                if isinstance(name, bytes) and isinstance(root, int) and 2 <= root <= self.page_count:
                    roots[name.decode("utf-8", "replace")] = root

    def all_cells(self, accept: Accept) -> list[Cell]:
        """Every accepted cell of every page but page 1 and the freelist's (see :meth:`free_pages`)."""
        free, _ = self.free_pages()
        found: list[Cell] = []
        skipped: list[int] = []
        for number in range(2, self.page_count + 1):
            if number in free:
                continue
            if self.data[(number - 1) * self.page_size] in (
                LEAF_TABLE,
                LEAF_INDEX,
                INTERIOR_INDEX,
                INTERIOR_TABLE,
            ):
                found.extend(self.cells(number, accept))
            else:
                skipped.append(number)
        for number in skipped:  # damaged headers, once every overflow page in use is known
            if number not in self.used_overflow:
                found.extend(self.cells(number, accept))
        self.damaged_headers = len(set(skipped) - self.used_overflow)
        return found


@contextlib.contextmanager
def open_file(path: Path, want: Want | None = None) -> Iterator[PageFile | None]:
    """The pages of the file at ``path`` (read-only), or None if it is too short to hold one."""
    with open(path, "rb") as handle:
        if handle.seek(0, 2) < 512:
            yield None
            return
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            yield PageFile(data, want)
