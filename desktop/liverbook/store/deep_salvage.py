"""Rows of our tables found by reading a damaged file's pages, for what SQL can no longer reach.

:mod:`liverbook.store.sqlite_file` yields every record on the file's table and index pages;
this module keeps those whose shape is a row of one of our tables, as :mod:`liverbook.store.schema`
builds them at any schema version: the number of columns, the type of each (an ``INTEGER PRIMARY
KEY`` is stored as NULL, a ``TEXT`` column holds text, ``NOT NULL`` columns hold a value) and, for
the few tables whose rows are short enough to be mistaken for an index entry, what the store ever
writes there (a handbook id, a flag, a known key). A record that matches no table, or more than one,
is left out: a row is never invented. ``meta`` (the store's own counters) is never taken.

:meth:`DeepRows.add_missing` then adds to what SQL read of a table only the rows it lacks (by
row id, or by primary key), in the column order of the caller's ``SELECT``.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from liverbook.store.diary_model import LEVELS
from liverbook.store.diary_rows import PREF_KEYS
from liverbook.store.model import is_handbook_id
from liverbook.store.schema import SCHEMA_VERSION, migrate
from liverbook.store.sqlite_file import open_file
from liverbook.store.sqlite_records import INDEX, Cell, Partial

_SKIPPED_TABLES = ("meta",)
_SELECT = re.compile(r"SELECT (?P<columns>.+?) FROM (?P<table>\w+)", re.DOTALL)


@dataclass(frozen=True)
class Shape:
    """How one of our tables' rows looks on disk."""

    table: str
    columns: tuple[str, ...]  # in declared order
    kinds: tuple[str, ...]  # per column: "alias", "int", "real", "text"
    nullable: tuple[bool, ...]
    defaults: tuple[object, ...]  # for a column an older record lacks (added later by ALTER TABLE)
    lengths: frozenset[int]  # how many columns a record of this table has had, at any version
    without_rowid: bool
    record_order: tuple[int, ...]  # declared index of each record position
    key: tuple[int, ...]  # declared indexes of the row's key
    own_tree_only: bool = False  # as long as an index entry: taken only from the table's own b-tree


def _default(text: object) -> object:
    if not isinstance(text, str) or text.upper() == "NULL":
        return None
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'").encode()
    try:
        return int(text)
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def shapes() -> tuple[Shape, ...]:
    """The shape of every table of ours, from the schema's own migrations (every version)."""
    lengths: dict[str, set[int]] = {}
    latest: dict[str, Shape] = {}
    index_lengths: set[int] = set()
    for version in range(1, SCHEMA_VERSION + 1):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            migrate(conn, 0, version)
            tables = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall():
                index_lengths.add(len(conn.execute(f"PRAGMA index_xinfo({index})").fetchall()))
            for name, sql in tables:
                if name in _SKIPPED_TABLES:
                    continue
                info = conn.execute(f"PRAGMA table_info({name})").fetchall()
                without_rowid = sql.rstrip().upper().endswith("WITHOUT ROWID")
                pks = sorted((row[5], row[0]) for row in info if row[5])
                alias = (
                    pks[0][1]
                    if not without_rowid and len(pks) == 1 and info[pks[0][1]][2].upper() == "INTEGER"
                    else None
                )
                kinds, nullable = [], []
                for cid, _, declared, notnull, _, pk in info:
                    kind = (
                        "alias"
                        if cid == alias
                        else {"INTEGER": "int", "REAL": "real"}.get(declared.upper(), "text")
                    )
                    kinds.append(kind)
                    nullable.append(not notnull and not (without_rowid and pk))
                pk_order = [cid for _, cid in pks]
                order = (
                    tuple(pk_order + [c for c in range(len(info)) if c not in pk_order])
                    if without_rowid
                    else tuple(range(len(info)))
                )
                lengths.setdefault(name, set()).add(len(info))
                latest[name] = Shape(
                    name,
                    tuple(row[1] for row in info),
                    tuple(kinds),
                    tuple(nullable),
                    tuple(_default(row[4]) for row in info),
                    frozenset(),
                    without_rowid,
                    order,
                    tuple(pk_order) if without_rowid else (alias if alias is not None else 0,),
                )
        finally:
            conn.close()
    return tuple(
        Shape(
            **{
                **shape.__dict__,
                "lengths": frozenset(lengths[name]),
                "own_tree_only": shape.without_rowid and bool(lengths[name] & index_lengths),
            }
        )
        for name, shape in sorted(latest.items())
    )


def _fits(kind: str, nullable: bool, serial: int, value: object) -> bool:
    if kind == "alias":
        return serial == 0
    if serial == 0:
        return nullable
    if kind == "int":
        return 1 <= serial <= 9 and serial != 7
    if kind == "real":
        return 1 <= serial <= 9
    return serial >= 13 and serial % 2 == 1  # text


def _text(value: object) -> str | None:
    try:
        return value.decode("utf-8") if isinstance(value, bytes) else None
    except UnicodeDecodeError:
        return None


def _plausible(table: str, row: list[object]) -> bool:
    """What the store writes in tables whose rows are short enough to look like an index entry."""
    if table == "situation_tags":
        return is_handbook_id(_text(row[0]))
    if table == "diary_item_settings":
        return is_handbook_id(_text(row[0])) and row[1] in (0, 1)
    if table == "diary_prefs":
        return _text(row[0]) in PREF_KEYS
    if table == "diary_answers":
        return isinstance(row[0], int) and row[0] >= 1 and is_handbook_id(_text(row[1]))
    if table == "diary_alerts":
        return isinstance(row[0], int) and row[0] >= 1 and _text(row[2]) in LEVELS
    return True


def _types_fit(shape: Shape, serials: tuple[int, ...]) -> bool:
    return all(
        _fits(shape.kinds[column], shape.nullable[column], serial, None)
        for column, serial in zip(shape.record_order, serials, strict=False)
    )


def match(shape: Shape, cell: Cell) -> list[object] | None:
    """The cell as a row of ``shape`` (declared column order), or None if it is not one."""
    if shape.without_rowid != (cell.kind == INDEX) or len(cell.values) not in shape.lengths:
        return None
    if not shape.without_rowid and (
        cell.rowid is None or cell.rowid < 1 or (shape.table == "situation" and cell.rowid != 1)
    ):
        return None
    row: list[object] = list(shape.defaults)
    for position, (serial, value) in enumerate(zip(cell.serials, cell.values, strict=False)):
        column = shape.record_order[position]
        if not _fits(shape.kinds[column], shape.nullable[column], serial, value):
            return None
        if isinstance(value, Partial):
            value = value.head + b"\x00" if serial >= 13 and serial % 2 == 1 else None  # NUL: letters lost
        elif shape.kinds[column] == "real" and isinstance(value, int):
            value = float(value)  # SQLite keeps a whole REAL as an integer on disk, and reads it as a float
        row[column] = cell.rowid if shape.kinds[column] == "alias" else value
    return row if _plausible(shape.table, row) else None


@dataclass
class DeepRows:
    """Rows of our tables read from the pages, by table (declared column order)."""

    tables: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)
    figures: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.tables.values())

    def has(self, table: str) -> bool:
        return bool(self.tables.get(table))

    def add_missing(self, sql: str, found: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        """``found`` (rows SQL read with ``sql``) plus the rows of that table only the pages had."""
        parsed = _SELECT.match(sql)
        if parsed is None or not self.tables.get(parsed["table"]):
            return found
        shape = next(s for s in shapes() if s.table == parsed["table"])
        wanted = [c.strip() for c in parsed["columns"].split(",")]
        places = [shape.columns.index(c) if c in shape.columns else None for c in wanted]
        literals = [None if c.upper() == "NULL" else int(c) if c.isdigit() else None for c in wanted]
        key_places = [wanted.index(shape.columns[k]) for k in shape.key if shape.columns[k] in wanted]
        if len(key_places) != len(shape.key):
            return found
        have = {tuple(row[p] for p in key_places) for row in found}
        extra = []
        for row in self.tables[parsed["table"]]:
            projected = tuple(row[p] if p is not None else literals[i] for i, p in enumerate(places))
            key = tuple(projected[p] for p in key_places)
            if key not in have:
                have.add(key)
                extra.append(projected)
        return found + extra


def _newest_first(shape: Shape, rows: list[list[object]]) -> list[tuple[object, ...]]:
    """One row per key; where a key is found twice, the one updated last."""
    updated = shape.columns.index("updated") if "updated" in shape.columns else None
    kept: dict[tuple[object, ...], list[object]] = {}
    for row in rows:
        key = tuple(row[k] for k in shape.key)
        other = kept.get(key)
        if other is None or (updated is not None and _later(row[updated], other[updated])):
            kept[key] = row
    try:
        ordered = sorted(kept.items())
    except TypeError:  # keys of mixed types (a damaged file): any order will do
        ordered = list(kept.items())
    return [tuple(row) for _, row in ordered]


def _later(a: object, b: object) -> bool:
    return isinstance(a, bytes) and isinstance(b, bytes) and a > b


def read_deep(path: Path) -> DeepRows:
    """Every row of our tables found on the pages of the file at ``path`` (never written to)."""
    found: dict[str, list[list[object]]] = {}
    all_shapes = shapes()
    try:
        by_length: dict[tuple[bool, int], list[Shape]] = {}
        for shape in all_shapes:
            for length in shape.lengths:
                by_length.setdefault((shape.without_rowid, length), []).append(shape)
        own_pages: dict[str, set[int]] = {}

        def want(kind: str, serials: tuple[int, ...], page: int) -> bool:
            return any(
                (not shape.own_tree_only or page in own_pages[shape.table]) and _types_fit(shape, serials)
                for shape in by_length.get((kind == INDEX, len(serials)), ())
            )

        with open_file(path, want) as pages:
            if pages is None:
                return DeepRows()
            roots = pages.schema()
            own_pages.update(
                {
                    s.table: pages.tree(roots[s.table]) if s.table in roots else set()
                    for s in all_shapes
                    if s.own_tree_only
                }
            )

            def accept(cell: Cell) -> bool:
                matches = [
                    (shape, row)
                    for shape in by_length.get((cell.kind == INDEX, len(cell.values)), ())
                    if (row := match(shape, cell)) is not None
                    and (not shape.own_tree_only or cell.page in own_pages[shape.table])
                ]
                if len(matches) != 1:
                    return False
                found.setdefault(matches[0][0].table, []).append(matches[0][1])
                return True

            pages.all_cells(accept)
            free, whole = pages.free_pages()
            figures = {
                "pages": pages.page_count,
                "free_pages": len(free),
                "freelist_whole": int(whole),
                "damaged_headers": pages.damaged_headers,
                "schema_entries": len(roots),
            }
    except (OSError, ValueError):
        return DeepRows()
    by_name = {s.table: s for s in all_shapes}
    return DeepRows({name: _newest_first(by_name[name], rows) for name, rows in found.items()}, figures)
