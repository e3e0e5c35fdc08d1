"""A cautious YAML reader: turns a file into a small tree of nodes that remember their line.

It reads the event stream of PyYAML's safe parser (the C one when available) and builds the tree
itself, so that it can refuse, with the line, everything a handbook file never needs and an attacker
or a slip could put there: anchors and aliases (the "billion laughs" bomb), custom tags
(``!!python/object``), more than one document, nesting deeper than ``MAX_DEPTH``, a key repeated in one
mapping, files larger than ``MAX_FILE_BYTES``, and bytes that are not UTF-8 text. The C composer
recurses without limit and crashes the process on very deep nesting; this one never recurses.
:func:`read_path` never reads more than ``MAX_FILE_BYTES`` + 1 bytes of a file (a 50 MB file, or a
link to ``/dev/zero``, costs no more than a file at the limit).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.resolver import Resolver

from liverbook.content.errors import FileProblem

MAX_FILE_BYTES = 2_000_000
MAX_DEPTH = 20

# PyYAML's C parser (libyaml) when it is there; LIVERBOOK_PURE_YAML=1 forces the pure-Python one (to
# compare them: bench/run.py, docs/performance.md). Both give the same events, so the same nodes.
PURE_YAML_ENV = "LIVERBOOK_PURE_YAML"
_SafeLoader = (
    yaml.SafeLoader if os.environ.get(PURE_YAML_ENV) == "1" else getattr(yaml, "CSafeLoader", yaml.SafeLoader)
)
_resolver = Resolver()
_TAG = "tag:yaml.org,2002:"


@dataclass(eq=False)
class Scalar:
    """A single value: ``kind`` is str, int, float, bool, null or timestamp (as YAML reads it)."""

    line: int
    raw: str
    kind: str
    quoted: bool
    block: bool = False  # a ``|`` or ``>`` block: its text starts on the next line


@dataclass(eq=False)
class Seq:
    """A list of nodes."""

    line: int
    items: list[Node] = field(default_factory=list)


@dataclass(eq=False)
class Map:
    """A mapping of text keys to nodes, in file order."""

    line: int
    items: dict[str, tuple[int, Node]] = field(default_factory=dict)


Node = Scalar | Seq | Map


def _too_large(size: int) -> FileProblem:
    shown = f"{size:,} bytes" if size > MAX_FILE_BYTES else f"more than {MAX_FILE_BYTES:,} bytes"
    return FileProblem(
        None,
        f"the file is too large ({shown}); a content file may hold at most {MAX_FILE_BYTES:,} bytes, "
        "so split it into several files",
    )


def read_path(path: Path) -> Node:
    """Parse one content file, reading at most ``MAX_FILE_BYTES`` + 1 bytes of it; or raise FileProblem."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _too_large(os.fstat(handle.fileno()).st_size)
    return read_file_bytes(data)


def read_file_bytes(data: bytes) -> Node:
    """Parse ``data`` (one content file) into nodes, or raise FileProblem."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise FileProblem(line, "the file holds binary data (a zero byte), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileProblem(line, "the file is not valid UTF-8 text; save it as UTF-8") from None
    return read_text(text.removeprefix("\ufeff"))


def read_text(text: str) -> Node:
    """Parse YAML text into nodes, or raise FileProblem."""
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "the YAML is not well formed"
        raise FileProblem(line, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise FileProblem(None, f"YAML error: {exc}") from None
    if root is None:
        raise FileProblem(1, "the file is empty")
    return root


def _compose(text: str) -> Node | None:
    stack: list[Seq | Map] = []
    pending_key: list[tuple[str, int] | None] = []
    root: Node | None = None
    documents = 0
    for event in yaml.parse(text, Loader=_SafeLoader):
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise FileProblem(line, "a file holds one YAML document; remove the extra '---'")
            continue
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise FileProblem(line, "anchors and aliases (& and *) are not allowed in handbook files")
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            shown = tag.replace(_TAG, "!!")
            raise FileProblem(line, f"the tag {shown!r} is not allowed; write plain values")
        node: Node
        if isinstance(event, yaml.ScalarEvent):
            node = _scalar(event, line)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(stack) >= MAX_DEPTH:
                raise FileProblem(line, f"the data is nested more than {MAX_DEPTH} levels deep")
            node = Seq(line) if isinstance(event, yaml.SequenceStartEvent) else Map(line)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            finished = stack.pop()
            pending_key.pop()
            if not stack:
                root = finished
            continue
        else:
            continue
        if not stack:
            root = node
        else:
            _attach(stack[-1], node, line, pending_key)
        if isinstance(node, (Seq, Map)):
            stack.append(node)
            pending_key.append(None)
    return root


def _attach(parent: Seq | Map, node: Node, line: int, pending_key: list[tuple[str, int] | None]) -> None:
    if isinstance(parent, Seq):
        parent.items.append(node)
        return
    key = pending_key[-1]
    if key is None:
        if not isinstance(node, Scalar) or node.kind in ("null",):
            raise FileProblem(line, "a mapping key must be a plain word or text")
        name = node.raw
        if name in parent.items:
            first = parent.items[name][0]
            raise FileProblem(line, f"the key {name!r} appears twice in one mapping (first at line {first})")
        pending_key[-1] = (name, line)
        return
    name, key_line = key
    parent.items[name] = (key_line, node)
    pending_key[-1] = None


def _scalar(event: yaml.ScalarEvent, line: int) -> Scalar:
    plain = event.implicit[0] and event.style in (None, "")
    kind = "str"
    if plain:
        resolved = _resolver.resolve(yaml.ScalarNode, event.value, (True, False))  # type: ignore[no-untyped-call]
        kind = resolved.removeprefix(_TAG)
    block = event.style in ("|", ">")
    return Scalar(line + (1 if block else 0), event.value, kind, quoted=not plain, block=block)


def scalar_date(node: Scalar) -> dt.date | None:
    """The date a scalar holds (``2026-11-21``, plain or quoted), or None."""
    try:
        return dt.date.fromisoformat(node.raw.strip())
    except ValueError:
        return None
