"""Reading and writing export files: size cap, strict UTF-8 JSON, atomic writes.

The format itself is described in :mod:`liverbook.store.exchange`. Before a file is parsed, its
objects and lists are counted (outside strings): 20 MB of ``{},{},...`` would otherwise become seven
million dictionaries, over 500 MB of memory, for a file that is refused anyway.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from liverbook.store.errors import ExportFailed, ImportRefused, StoreDiskFull, StoreReadOnly, classify
from liverbook.store.exchange import MAX_NOTES, MAX_QUESTIONS
from liverbook.store.files import atomic_write_bytes

MAX_IMPORT_BYTES = 20 * 1024 * 1024
# An export holds one object per note and per question, the file and its situation, and three lists.
MAX_CONTAINERS = MAX_NOTES + MAX_QUESTIONS + 10
_STRING = re.compile(r'"(?:[^"\\]+|\\.)*"')


def _containers(text: str) -> int:
    """How many JSON objects and lists ``text`` opens, not counting brackets inside strings."""
    bare = _STRING.sub("", text)
    return bare.count("{") + bare.count("[")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def read_file(path: Path) -> object:
    """Read an export file: size cap, UTF-8, strict JSON. Raises ImportRefused in plain words."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError:
        raise ImportRefused("the file could not be found.") from None
    except IsADirectoryError:
        raise ImportRefused("it is a folder, not a file.") from None
    except OSError as exc:
        raise ImportRefused(f"the file could not be read ({exc.strerror or exc}).") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRefused("it is larger than 20 MB, much larger than any handbook export.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"it is not a UTF-8 text file (bad byte at position {exc.start}).") from None
    if _containers(text) > MAX_CONTAINERS:
        raise ImportRefused(
            f"it holds far more entries than a handbook export can (at most {MAX_NOTES:,} notes and "
            f"{MAX_QUESTIONS:,} questions)."
        )
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ImportRefused(
            f"it is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except ValueError as exc:
        raise ImportRefused(f"it is not valid JSON ({exc}).") from None
    except RecursionError:
        raise ImportRefused("it is not a handbook export (its JSON is nested far too deeply).") from None


def markdown_path(json_path: Path) -> Path:
    """Where the Markdown copy of an export to ``json_path`` goes."""
    candidate = json_path.with_suffix(".md")
    return candidate if candidate != json_path else json_path.with_name(json_path.stem + "-readable.md")


def write_files(json_path: Path, data: dict[str, Any], markdown_text: str) -> Path:
    """Write the JSON export and its Markdown copy, each atomically; return the Markdown path."""
    md_path = markdown_path(json_path)
    try:
        atomic_write_bytes(json_path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        atomic_write_bytes(md_path, markdown_text.encode("utf-8"))
    except OSError as exc:
        kind = classify(exc)
        if isinstance(kind, StoreDiskFull):
            reason = " because the disk is full"
        elif isinstance(kind, StoreReadOnly):
            reason = " because that folder cannot be written to"
        else:
            reason = ""
        raise ExportFailed(
            f"The export could not be saved to {json_path.parent}{reason}. "
            "Your notes in the handbook are not affected; please choose another place.",
            detail=str(exc),
        ) from exc
    return md_path
