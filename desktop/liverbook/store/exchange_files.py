"""Reading and writing export files: size cap, strict UTF-8 JSON, atomic writes.

The format itself is described in :mod:`liverbook.store.exchange`. Before a file is parsed, its
objects and lists are counted (outside strings): 20 MB of ``{},{},...`` would otherwise become seven
million dictionaries, over 500 MB of memory, for a file that is refused anyway.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from liverbook.i18n import translate
from liverbook.store.errors import ExportFailed, ImportRefused, StoreDiskFull, StoreReadOnly, classify
from liverbook.store.exchange import MAX_NOTES, MAX_QUESTIONS
from liverbook.store.exchange_checks import not_an_export
from liverbook.store.exchange_diary import MAX_CONTAINERS as MAX_DIARY_CONTAINERS, MAX_ENTRIES
from liverbook.store.exchange_records import MAX_CONTAINERS as MAX_RECORDS_CONTAINERS
from liverbook.store.files import atomic_write_bytes
from liverbook.store.targets import target_problem

MAX_IMPORT_BYTES = 20 * 1024 * 1024
# An export holds one object per note and per question, the file and its situation, three lists, and
# the diary's and the records' objects and lists (exchange_diary and exchange_records.MAX_CONTAINERS).
MAX_CONTAINERS = MAX_NOTES + MAX_QUESTIONS + 10 + MAX_DIARY_CONTAINERS + MAX_RECORDS_CONTAINERS
_STRING = re.compile(r'"(?:[^"\\]+|\\.)*"')


def _containers(text: str) -> int:
    """How many JSON objects and lists ``text`` opens, not counting brackets inside strings."""
    bare = _STRING.sub("", text)
    return bare.count("{") + bare.count("[")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key[:40]!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"it holds {name}, which a handbook export never does")


NOT_AN_EXPORT = "it is not a Liver Cancer Handbook export"


def _unreadable(exc: OSError, fallback: str) -> str:
    return translate("Import", "the file could not be read ({why}).").format(why=exc.strerror or fallback)


_MAX_DIGITS = 30  # no number in an export is longer


def _int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise ValueError("a number far too long for a handbook export")
    return int(text)


def _read_bytes(path: Path) -> bytes:
    """The file's bytes (at most the cap + 1); refuses anything but an ordinary file without waiting on it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportRefused(translate("Import", "the file could not be found.")) from None
    except OSError as exc:
        raise ImportRefused(_unreadable(exc, translate("Import", "it cannot be reached"))) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportRefused(translate("Import", "it is a folder, not a file."))
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefused(
            not_an_export(translate("Import", "it is a device, a pipe or a socket, not an ordinary file"))
        )
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a pipe swapped in: never wait
    except OSError as exc:
        raise ImportRefused(_unreadable(exc, translate("Import", "it cannot be reached"))) from None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ImportRefused(not_an_export(translate("Import", "it is not an ordinary file")))
        try:
            return handle.read(MAX_IMPORT_BYTES + 1)
        except OSError as exc:
            raise ImportRefused(_unreadable(exc, translate("Import", "a read error"))) from None


def read_file(path: Path) -> object:
    """Read an export file: ordinary file, size cap, UTF-8, strict JSON. Raises ImportRefused in plain words."""
    raw = _read_bytes(path)
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportRefused(
            translate("Import", "it is larger than 20 MB, much larger than any handbook export.")
        )
    if raw.startswith(b"%PDF"):
        raise ImportRefused(
            not_an_export(translate("Import", "it is a PDF document, such as a printed summary"))
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(not_an_export(translate("Import", "it is not a text file"))) from None
    if text.lstrip().startswith("# My notes from the Liver Cancer Handbook"):
        raise ImportRefused(
            translate(
                "Import",
                "it is the readable copy of an export (the .md file). Please import the .json file that "
                "was saved beside it.",
            )
        )
    if _containers(text) > MAX_CONTAINERS:
        raise ImportRefused(
            f"it holds far more entries than a handbook export can (at most {MAX_NOTES:,} notes, "
            f"{MAX_QUESTIONS:,} questions and {MAX_ENTRIES:,} diary entries)."
        )
    try:
        return json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants, parse_int=_int
        )
    except json.JSONDecodeError as exc:
        why = translate("Import", "it is not in the export's format: the first problem is on line {line}")
        raise ImportRefused(not_an_export(why.format(line=exc.lineno))) from None
    except ValueError as exc:
        raise ImportRefused(not_an_export(str(exc))) from None
    except RecursionError:
        raise ImportRefused(not_an_export(translate("Import", "its JSON is nested far too deeply"))) from None


def markdown_path(json_path: Path) -> Path:
    """Where the Markdown copy of an export to ``json_path`` goes."""
    candidate = json_path.with_suffix(".md")
    return candidate if candidate != json_path else json_path.with_name(json_path.stem + "-readable.md")


def write_files(json_path: Path, data: dict[str, Any], markdown_text: str) -> Path:
    """Write the JSON export and its Markdown copy, each atomically; return the Markdown path.

    Refuses (ExportFailed, nothing written) a folder, a special file or a read-only file as either.
    """
    md_path = markdown_path(json_path)
    for target in (json_path, md_path):
        problem = target_problem(target)
        if problem is not None:
            raise ExportFailed(f"Your data was not exported: {problem}", detail=str(target))
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
