"""Does a -wal file belong to the database beside it? Decided before SQLite applies it.

SQLite applies any well-formed -wal to any database: nothing in either file ties them together. A
-wal copied from another database, or from a diverged copy of the same file (a sync conflict),
would silently replace pages of the user's notes. So the store ties them itself:

* every write transaction sets ``meta.write_id`` to a new random number in [2**61, 2**62) and keeps
  the one before it in ``meta.prev_write_id`` (:meth:`StoreBase._writing`); both are stored by
  SQLite as 8 big-endian bytes, and every transaction's frames in the -wal include the meta page;
* a -wal belongs to the file when the file alone (read with ``immutable=1``, which ignores the
  -wal) has a ``write_id`` that appears in a committed frame of the -wal: as ``prev_write_id`` of
  its first transaction (the -wal started from this file), or as ``write_id`` of a later one (the
  file was checkpointed up to there).

The -wal is read as SQLite would (https://www.sqlite.org/fileformat.html, "The WAL file format"):
frames count only while their salts match the header and their running checksum is right, and
only up to the last commit frame. Files from before ``write_id`` existed are compared by
``db_id`` and the change counter instead.
"""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

from liverbook.store.errors import DAMAGE_ERRORS

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
WRITE_ID_LOW = 1 << 61
WRITE_ID_HIGH = 1 << 62


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    it = iter(words)
    for x0, x1 in zip(it, it, strict=False):
        s0 = (s0 + x0 + s1) & mask
        s1 = (s1 + x1 + s0) & mask
    return s0, s1


def committed_pages(wal: bytes) -> list[bytes] | None:
    """The page images SQLite would apply from this -wal, in order; None if it is not a -wal at all."""
    if len(wal) < WAL_HEADER:
        return [] if not wal else None
    magic, _version, page_size, _seq, salt1, salt2, ck1, ck2 = struct.unpack(">8I", wal[:WAL_HEADER])
    if magic not in WAL_MAGIC or page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big = magic & 1 == 1
    s0, s1 = _checksum(wal[:24], big, 0, 0)
    if (s0, s1) != (ck1, ck2):
        return None
    frame = FRAME_HEADER + page_size
    pages: list[bytes] = []
    pending: list[bytes] = []
    offset = WAL_HEADER
    while offset + frame <= len(wal):
        _pgno, commit, fsalt1, fsalt2, fck1, fck2 = struct.unpack(">6I", wal[offset : offset + FRAME_HEADER])
        if (fsalt1, fsalt2) != (salt1, salt2):
            break
        page = wal[offset + FRAME_HEADER : offset + frame]
        s0, s1 = _checksum(wal[offset : offset + 8] + page, big, s0, s1)
        if (s0, s1) != (fck1, fck2):
            break
        pending.append(page)
        if commit:
            pages += pending
            pending = []
        offset += frame
    return pages


def _meta_alone(db: Path) -> dict[str, object] | None:
    """The meta table of the file alone (its -wal ignored), {} if it has none, None if unreadable."""
    conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, isolation_level=None)
    try:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
        return dict(conn.execute("SELECT key, value FROM meta").fetchall()) if has else {}
    except DAMAGE_ERRORS:
        return None
    finally:
        conn.close()


def _meta_with_wal(conn: sqlite3.Connection) -> dict[str, object]:
    try:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone()
        return dict(conn.execute("SELECT key, value FROM meta").fetchall()) if has else {}
    except DAMAGE_ERRORS:
        return {}


def wal_problem(db: Path, wal: Path, with_wal: sqlite3.Connection | None = None) -> str | None:
    """Why ``wal`` cannot be ``db``'s own -wal, or None when it is (or cannot be told apart).

    ``with_wal`` is an open read-only connection to ``db`` that sees the -wal, used only for files
    from before ``write_id`` existed.
    """
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    pages = committed_pages(data)
    if pages is None:
        return "the -wal file is not a SQLite -wal file"
    if not pages:
        return None  # nothing SQLite would apply
    alone = _meta_alone(db)
    if alone is None:
        # Normal after a crash during a checkpoint: the file alone is half-updated and only makes
        # sense with its -wal (which then passes quick_check and the row check). Nothing to compare.
        return None
    write_id = alone.get("write_id")
    if isinstance(write_id, int) and WRITE_ID_LOW <= write_id < WRITE_ID_HIGH:
        needle = write_id.to_bytes(8, "big")
        if any(needle in page for page in pages):
            return None
        return "the -wal file does not continue this database (it belongs to another file or copy)"
    if with_wal is None or "db_id" not in alone:
        return None  # the file predates db_id (or was being migrated): nothing to compare
    after = _meta_with_wal(with_wal)
    if after.get("db_id") != alone["db_id"]:
        return "the -wal file belongs to another database"
    changes_after, changes_before = after.get("changes", 0), alone.get("changes", 0)
    if isinstance(changes_after, int) and isinstance(changes_before, int) and changes_after < changes_before:
        return "the -wal file is older than the database"
    return None


def wal_belongs(db: Path, wal: Path) -> bool:
    """True when ``wal`` may be applied to ``db`` (see :func:`wal_problem`)."""
    return wal_problem(db, wal) is None
