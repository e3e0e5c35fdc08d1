"""The handbook in another language: ``content/<locale>/`` over the English content, item by item.

A locale's folder mirrors the English tree (``content/es/stages/pages.yaml`` translates
``content/stages/pages.yaml``): the same sections, the same ids, the same non-text fields. Reading
it, every entry the locale's file holds (a page, a glossary term, a question topic, a situation tag,
a diary item or rule...) replaces the English entry with the same id; every entry it does not hold,
and every file it does not have, stays in English, and a page shown in English says so. A locale's
own sources (``content/es/sources/*.yaml``, ids ending in ``-es``) are added to the English ones.

An entry the English text dates with ``reviewed:`` must carry ``english_checked:`` in its
translation: the day it was last checked against the English text, on or after the English
``reviewed:``. Checking content (``--check-content``, the tests; ``strict=True``) calls a missing or
older date an error; the app (``strict=False``) shows such an entry in English, since the English
text is the checked one.

The result is checked as a whole, as the English handbook is: every link, citation and source
resolves, and the source policy holds (content/policy.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from liverbook.content.entry_file import _File
from liverbook.content.errors import ContentError, ContentErrors, FileProblem
from liverbook.content.kinds import KIND_SECTIONS
from liverbook.content.loader import SECTIONS, _Reader, english_files, finish
from liverbook.content.locales import LOCALE_FOLDER, locales_present
from liverbook.content.model import Handbook
from liverbook.content.yamlnodes import Map, Node, Scalar, Seq, read_path

CHECKED_KEY = "english_checked"


def _ident(item: Node) -> str | None:
    if isinstance(item, Map) and "id" in item.items:
        value = item.items["id"][1]
        return value.raw if isinstance(value, Scalar) else None
    return None


def _without(item: Node, key: str) -> Node:
    if not isinstance(item, Map) or key not in item.items:
        return item
    return Map(item.line, {k: v for k, v in item.items.items() if k != key})


class _Pair:
    """Reads English files and their translations into one reader, entry by entry."""

    def __init__(self, reader: _Reader, strict: bool) -> None:
        self.reader = reader
        self.strict = strict
        self.in_english: set[str] = set()  # ids of the pages shown in English

    def read(self, en_path: Path, en_name: str, local_path: Path, local_name: str) -> None:
        reader = self.reader
        en_f, local_f = _File(en_name, reader.errors), _File(local_name, reader.errors)
        en_top, local_top = self._top(en_f, en_path), self._top(local_f, local_path) or {}
        if en_top is None:
            return
        for section in local_top:
            if section not in en_top and section != "sources":
                local_f.error(None, section, f"the English file {en_name} has no section {section!r}")
        readers: dict[str, Callable[[_File, Node, str], None]] = {
            "pages": reader.read_page,
            "terms": reader.read_term,
            "topics": reader.read_topic,
            "tags": reader.read_tag,
        }
        for section, node in en_top.items():
            local = local_top.get(section)
            if section == "sources":  # the English sources; the locale's own are added below
                for n, item in enumerate(en_f.items(node, section)):
                    reader.read_source(en_f, item, f"{section}[{n}]")
            elif section in readers:
                for f, item, key in self._choose(section, en_f, node, local_f, local):
                    readers[section](f, item, key)
            elif section in KIND_SECTIONS:
                self._read_kind(section, en_f, node, local_f, local)
        if "sources" in local_top:
            for n, item in enumerate(local_f.items(local_top["sources"], "sources")):
                reader.read_source(local_f, item, f"sources[{n}]")

    def _read_kind(self, section: str, en_f: _File, node: Node, local_f: _File, local: Node | None) -> None:
        kind = self.reader.kinds[KIND_SECTIONS[section].name]
        if local is None:
            kind.read(en_f, section, node)
        elif isinstance(node, Seq) and all(_ident(item) for item in node.items):
            chosen = [item for _f, item, _key in self._choose(section, en_f, node, local_f, local)]
            kind.read(local_f, section, Seq(local.line, chosen))
        elif isinstance(node, Map) and isinstance(local, Map):  # one entry (a score's definition)
            if self._current(en_f, node, local_f, local, section):
                kind.read(local_f, section, _without(local, CHECKED_KEY))
            else:
                kind.read(en_f, section, node)
        else:  # neither: the locale's section as a whole
            kind.read(local_f, section, local)

    def _choose(
        self, section: str, en_f: _File, node: Node, local_f: _File, local: Node | None
    ) -> list[tuple[_File, Node, str]]:
        """For each English entry: the translated one when there is a current one, else the English."""
        translated: dict[str, tuple[int, Node]] = {}
        for n, item in enumerate(local_f.items(local, section) if local is not None else []):
            ident = _ident(item)
            if ident is None:
                local_f.error(item.line, f"{section}[{n}].id", "every entry needs the id of the English one")
            else:
                translated[ident] = (n, item)
        chosen: list[tuple[_File, Node, str]] = []
        english_ids = set()
        for n, item in enumerate(en_f.items(node, section)):
            ident = _ident(item)
            english_ids.add(ident)
            found = translated.get(ident) if ident is not None else None
            if found is not None and self._current(en_f, item, local_f, found[1], f"{section}[{found[0]}]"):
                chosen.append((local_f, _without(found[1], CHECKED_KEY), f"{section}[{found[0]}]"))
            else:
                chosen.append((en_f, item, f"{section}[{n}]"))
                if section == "pages" and ident is not None:
                    self.in_english.add(ident)
        for ident, (n, item) in translated.items():
            if ident not in english_ids:
                local_f.error(
                    item.line, f"{section}[{n}].id", f"the English file has no entry with the id {ident!r}"
                )
        return chosen

    def _current(self, en_f: _File, english: Node, f: _File, item: Node, key: str) -> bool:
        """True when the translation may be shown: checked against the English text as last reviewed."""
        checked_node = item.items.get(CHECKED_KEY) if isinstance(item, Map) else None
        checked = f.date(checked_node[1], f"{key}.{CHECKED_KEY}") if checked_node is not None else None
        reviewed_node = english.items.get("reviewed") if isinstance(english, Map) else None
        if reviewed_node is None:  # the English entry has no review date to check against
            return checked_node is None or checked is not None
        reviewed = en_f.date(reviewed_node[1], "reviewed")
        if checked_node is None:
            return self._stale(
                f,
                item.line,
                f"{key}.{CHECKED_KEY}",
                "this key is missing: the day the translation was last checked against the English text",
            )
        if checked is None:
            return False
        if reviewed is not None and checked < reviewed:
            return self._stale(
                f,
                checked_node[0],
                f"{key}.{CHECKED_KEY}",
                f"the English text was reviewed on {reviewed.isoformat()}, after this translation was checked "
                f"({checked.isoformat()}): check it against the English text, then update this date",
            )
        return True

    def _stale(self, f: _File, line: int | None, key: str, message: str) -> bool:
        if self.strict:
            f.error(line, key, message)
        return False

    def _top(self, f: _File, path: Path) -> dict[str, Node] | None:
        try:
            root = read_path(path)
        except FileProblem as exc:
            f.error(exc.line, None, exc.message)
            return None
        except OSError as exc:
            f.error(None, None, f"the file cannot be read ({exc.strerror})")
            return None
        return f.fields(root, "(top level)", (), SECTIONS)


def load_localized(folder: Path, locale: str, *, strict: bool = True) -> Handbook:
    """The handbook in ``locale`` (English where there is no current translation), checked as a whole.

    Raises ContentErrors naming the file (``es/stages/pages.yaml``), line and key of each problem.
    """
    folder = Path(folder)
    local_root = folder / locale
    if not LOCALE_FOLDER.fullmatch(locale) or not local_root.is_dir():
        raise ContentErrors(
            [ContentError(str(local_root), None, None, "there is no content in this language")]
        )
    reader = _Reader()
    pair = _Pair(reader, strict)
    local_files = {p.relative_to(local_root).as_posix(): p for p in local_root.rglob("*.yaml") if p.is_file()}
    for path in english_files(folder):
        name = path.relative_to(folder).as_posix()
        local = local_files.pop(name, None)
        if local is None:
            before = len(reader.pages)
            reader.read_file(path, name)
            pair.in_english.update(page.id for page, *_ in reader.pages[before:])
        else:
            pair.read(path, name, local, f"{locale}/{name}")
    for name, path in sorted(local_files.items()):  # files of the locale's own: its sources
        reader.read_file(path, f"{locale}/{name}")
    return finish(reader, folder, locale=locale, in_english=frozenset(pair.in_english))


def check_every_locale(folder: Path) -> list[ContentError]:
    """Every problem of the content of every locale in ``folder``, strictly (for --check-content)."""
    errors: list[ContentError] = []
    for locale in locales_present(folder):
        try:
            load_localized(folder, locale, strict=True)
        except ContentErrors as exc:
            errors.extend(exc.errors)
    return errors
