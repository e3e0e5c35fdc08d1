"""Records and cells of the SQLite file format: varints, serial types and values.

The pieces of https://www.sqlite.org/fileformat2.html that :mod:`liverbook.store.sqlite_file` needs
to read a cell's record: a varint (1 to 9 bytes, big-endian, 7 bits a byte but the ninth), the
record header (its own size, then one serial type per column) and the values it describes. A
record is accepted only when its header is whole and its values fill it exactly; a value whose
bytes were on an overflow page that could not be read is a :class:`Partial`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

TABLE, INDEX = "table", "index"
MAX_COLUMNS = 64
MAX_HEADER = 1024


class Partial:
    """A value of which only the first bytes could be read (its overflow chain is broken)."""

    __slots__ = ("head",)

    def __init__(self, head: bytes) -> None:
        self.head = head


def varint(buf: bytes, at: int, end: int) -> tuple[int, int] | None:
    """``(value, next offset)`` of the varint at ``at`` (at most 9 bytes, before ``end``), or None."""
    value = 0
    for i in range(8):
        if at + i >= end:
            return None
        byte = buf[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    if at + 8 >= end:
        return None
    return (value << 8) | buf[at + 8], at + 9


def _size(serial: int) -> int | None:
    if serial < 12:
        return (0, 1, 2, 3, 4, 6, 8, 8, 0, 0, None, None)[serial]
    return (serial - 12) // 2 if serial % 2 == 0 else (serial - 13) // 2


def _value(serial: int, raw: bytes) -> object:
    if serial == 0:
        return None
    if serial in (8, 9):
        return serial - 8
    if serial <= 6:
        return int.from_bytes(raw, "big", signed=True)
    if serial == 7:
        return struct.unpack(">d", raw)[0]
    return bytes(raw)  # text (as bytes, like ``text_factory = bytes``) or blob


def record_header(payload: bytes, total: int) -> tuple[tuple[int, ...], int] | None:
    """``(serial types, header size)`` of a record of ``total`` bytes starting with ``payload``.

    None unless the header is whole in ``payload`` and its values add up to exactly ``total`` bytes.
    """
    head = varint(payload, 0, len(payload))
    if head is None:
        return None
    header_size, at = head
    if header_size < 1 or header_size > min(len(payload), MAX_HEADER):
        return None
    serials: list[int] = []
    content = 0
    while at < header_size:
        found = varint(payload, at, header_size)
        if found is None or len(serials) >= MAX_COLUMNS:
            return None
        size = _size(found[0])
        if size is None:
            return None
        serials.append(found[0])
        content += size
        at = found[1]
    if at != header_size or header_size + content != total:
        return None
    return tuple(serials), header_size


def record_values(payload: bytes, serials: tuple[int, ...], header_size: int) -> tuple[object, ...]:
    """The values of a record whose header :func:`record_header` read; a value cut short by a lost
    overflow page is a :class:`Partial` (and so is every value after it, with no bytes)."""
    values: list[object] = []
    pos = header_size
    for serial in serials:
        size = _size(serial) or 0
        if pos + size <= len(payload):
            values.append(_value(serial, payload[pos : pos + size]))
        else:
            values.append(Partial(bytes(payload[pos:]) if pos < len(payload) and serial >= 12 else b""))
        pos += size
    return tuple(values)


def decode_record(payload: bytes, total: int) -> tuple[tuple[int, ...], tuple[object, ...]] | None:
    """``(serial types, values)`` of a record of ``total`` bytes of which ``payload`` could be read."""
    header = record_header(payload, total)
    return None if header is None else (header[0], record_values(payload, *header))


@dataclass
class Cell:
    """One cell: its kind (table or index), rowid (tables), record, and where it lies on its page."""

    kind: str
    rowid: int | None
    serials: tuple[int, ...]
    values: tuple[object, ...]
    start: int
    end: int
    overflow: list[int] = field(default_factory=list)
    page: int = 0
