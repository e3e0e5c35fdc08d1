"""Kinds of content beyond pages, sources, terms, topics and tags, each in a module of its own.

The loader (:mod:`liverbook.content.loader`) reads the five core sections itself and hands every other
top-level section to the kind that owns it. A kind is an object with:

* ``name``: the key of what it builds in ``Handbook.extras``;
* ``sections``: the top-level YAML keys it reads;
* ``start()``: a fresh reader for one load, with ``read(f, section, node)`` (report problems through
  ``f.error``, like the loader does), ``cross_check(reader)`` (check references against the whole
  handbook, once every file is read) and ``build()`` (the immutable, picklable value to keep).

Adding a kind means one entry in :data:`KINDS` and its own module; the loader stays as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from liverbook.content.entry_file import _File
    from liverbook.content.loader import _Reader
    from liverbook.content.yamlnodes import Node


class KindReader(Protocol):
    def read(self, f: _File, section: str, node: Node) -> None: ...

    def cross_check(self, reader: _Reader) -> None: ...

    def build(self) -> object: ...


class Kind(Protocol):
    name: str
    sections: tuple[str, ...]

    def start(self) -> KindReader: ...


def _kinds() -> tuple[Kind, ...]:
    from liverbook.content.diary_loader import DIARY_KIND
    from liverbook.content.records_loader import RECORDS_KIND

    return (RECORDS_KIND, DIARY_KIND)


KINDS: tuple[Kind, ...] = _kinds()
KIND_SECTIONS: dict[str, Kind] = {section: kind for kind in KINDS for section in kind.sections}
