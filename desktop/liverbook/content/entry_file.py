"""Reading one content file's entries: fields, text, ids, dates, lists, each error kept with its line.

:class:`_File` is what every loader (the handbook's, the diary's, the records') reads a file's nodes
with; it never stops at the first problem, so ``--check-content`` lists them all.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from liverbook.content.errors import ContentError
from liverbook.content.yamlnodes import Map, Node, Scalar, Seq, scalar_date

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CHANGES_MAX = 300  # "what changed in this review": one short sentence


T = TypeVar("T")


class _File:
    """Reads one file's nodes against the schema, collecting errors instead of stopping."""

    def __init__(self, name: str, errors: list[ContentError]) -> None:
        self.name = name
        self.errors = errors

    def error(self, line: int | None, key: str | None, message: str) -> None:
        self.errors.append(ContentError(self.name, line, key, message))

    def fields(
        self, node: Node, key: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Node] | None:
        if not isinstance(node, Map):
            self.error(node.line, key, "expected a mapping of 'key: value' lines")
            return None
        allowed = required + optional
        for name, (line, _) in node.items.items():
            if name not in allowed:
                self.error(
                    line, f"{key}.{name}", f"unknown key; the keys allowed here are: {', '.join(allowed)}"
                )
        for name in required:
            if name not in node.items:
                self.error(node.line, f"{key}.{name}", "this required key is missing")
        return {name: value for name, (_, value) in node.items.items() if name in allowed}

    def text(self, node: Node | None, key: str, max_len: int = 200_000) -> str | None:
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind != "str":
            what = node.kind if isinstance(node, Scalar) else "a list or mapping"
            hint = "; put it in quotes" if isinstance(node, Scalar) else ""
            self.error(node.line, key, f"expected text, but YAML reads this as {_kind_name(what)}{hint}")
            return None
        value = node.raw.strip()
        if not value:
            self.error(node.line, key, "this text is empty")
            return None
        if len(value) > max_len:
            self.error(node.line, key, f"this text is longer than {max_len:,} characters")
            return None
        return value

    def changes(self, node: Node | None, key: str) -> str | None:
        """The optional "what changed in this review" line: short plain text, shown as written."""
        value = self.text(node, key, CHANGES_MAX)
        if value is None:
            return None
        if re.search(r"\[\^|\]\(|\*|`|^\s*(#|- |> )", value):
            self.error(
                node.line if node else None,
                key,
                "this line is shown as plain text; leave out Markdown (links, citations, *, #)",
            )
            return None
        return " ".join(value.split())

    def ident(self, node: Node | None, key: str) -> str | None:
        value = self.text(node, key, max_len=80)
        if value is not None and not ID_PATTERN.match(value):
            self.error(
                node.line if node else None,
                key,
                f"{value!r} is not a valid id (lowercase letters, digits and hyphens)",
            )
            return None
        return value

    def integer(self, node: Node | None, key: str) -> int | None:
        if node is None:
            return None
        if not isinstance(node, Scalar) or node.kind != "int":
            self.error(node.line, key, "expected a whole number")
            return None
        try:
            return int(node.raw.replace("_", ""), 0)
        except ValueError:
            self.error(node.line, key, "expected a whole number")
            return None

    def date(self, node: Node | None, key: str) -> dt.date | None:
        if node is None:
            return None
        value = scalar_date(node) if isinstance(node, Scalar) else None
        if value is None:
            shown = node.raw if isinstance(node, Scalar) else "a list or mapping"
            self.error(node.line, key, f"{shown!r} is not a valid date; write it as YYYY-MM-DD")
        return value

    def id_list(self, node: Node | None, key: str) -> tuple[tuple[str, int], ...]:
        if node is None:
            return ()
        if not isinstance(node, Seq):
            self.error(node.line, key, "expected a list, such as [one-id, another-id]")
            return ()
        out = []
        for n, item in enumerate(node.items):
            value = self.ident(item, f"{key}[{n}]")
            if value is not None:
                out.append((value, item.line))
        return tuple(out)

    def text_list(self, node: Node | None, key: str) -> tuple[str, ...]:
        if node is None:
            return ()
        if not isinstance(node, Seq):
            self.error(node.line, key, "expected a list of texts")
            return ()
        values = (self.text(item, f"{key}[{n}]") for n, item in enumerate(node.items))
        return tuple(v for v in values if v is not None)

    def items(self, node: Node, key: str) -> list[Node]:
        if not isinstance(node, Seq):
            self.error(node.line, key, "expected a list of entries, each starting with '- '")
            return []
        return node.items


def _kind_name(kind: str) -> str:
    return {
        "bool": "a yes/no value",
        "int": "a number",
        "float": "a number",
        "null": "an empty value",
        "timestamp": "a date",
    }.get(kind, kind)
