"""Reads the records' content (``content/records/*.yaml``): lab tests and units, the Child-Pugh and ALBI
definitions, the drug list, warning signs and cautions. See docs/content-format.md.

Numbers (unit factors, score limits, formula factors) are read from the text exactly as written, as
:class:`~decimal.Decimal`, never through a binary float. Every problem is reported with file, line and
key, like the rest of the content; every reference (sources, pages, glossary terms, tags, tests, units,
signs, cautions) must resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from liverbook.content.records_model import (
    DRUG_KIND_IDS,
    MEDICINE_ORIGIN_IDS,
    SIGN_LEVELS,
    AlbiDefinition,
    Caution,
    ChildPughDefinition,
    DrugEntry,
    LabTest,
    LabUnit,
    RecordsContent,
    WarningSigns,
)
from liverbook.content.yamlnodes import Map, Node, Scalar

if TYPE_CHECKING:
    from liverbook.content.entry_file import _File
    from liverbook.content.loader import _Reader

SECTIONS = ("lab_tests", "drugs", "warning_signs", "cautions", "child_pugh", "albi")
NO_UNIT = "none"  # how content writes "this test has no unit" (INR)
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")

# The keys each entry takes: (required, optional). docs/content-schema.json says the same (tested).
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "lab_tests": (("id", "name", "order", "units", "sources"), ("about", "term", "no_conversion")),
    "units": (("unit",), ("factor", "aliases")),
    "drugs": (("id", "name", "kind", "sources"), ("brands", "also", "page", "signs", "cautions", "tags")),
    "warning_signs": (("id", "title", "level", "text", "sources"), ("page",)),
    "cautions": (("id", "title", "text", "sources"), ("page", "shown_for")),
    "child_pugh": (
        ("name", "page", "reviewed", "sources", "labs", "ascites", "encephalopathy", "classes", "ask"),
        (),
    ),
    "child_pugh_labs": (
        ("test", "unit"),
        ("one_point_below", "three_points_above", "one_point_above", "three_points_below"),
    ),
    "classes": (("class", "lowest", "highest", "meaning"), ()),
    "albi": (
        (
            "name",
            "reviewed",
            "sources",
            "bilirubin_unit",
            "bilirubin_factor",
            "albumin_unit",
            "albumin_factor",
            "grades",
            "ask",
        ),
        ("page",),
    ),
    "grades": (("grade", "meaning"), ("up_to",)),
}

Refs = list[tuple[str, str, int, str]]  # (kind of thing, id, line, key)


def decimal(f: _File, node: Node | None, key: str) -> Decimal | None:
    """A number written in the content, exactly as written."""
    if node is None:
        return None
    if (
        not isinstance(node, Scalar)
        or node.kind not in ("str", "int", "float")
        or not _NUMBER.match(node.raw.strip())
    ):
        f.error(
            node.line,
            key,
            'expected a number written with digits and at most one decimal point, such as "17.1"',
        )
        return None
    return Decimal(node.raw.strip())


class RecordsReader:
    """Collects the records' content across files."""

    def __init__(self) -> None:
        self.lab_tests: list[LabTest] = []
        self.drugs: list[DrugEntry] = []
        self.signs: dict[str, WarningSigns] = {}
        self.cautions: dict[str, Caution] = {}
        self.shown_for: dict[str, list[str]] = {}
        self.child_pugh: ChildPughDefinition | None = None
        self.albi: AlbiDefinition | None = None
        self.refs: list[tuple[_File, Refs]] = []
        self.lab_units: list[tuple[_File, int, str, str, str]] = []  # file, line, key, test, unit
        self.seen: dict[tuple[str, str], str] = {}

    def _unique(self, f: _File, kind: str, ident: str, line: int, key: str) -> bool:
        where = self.seen.get((kind, ident))
        if where is not None:
            f.error(line, key, f"the {kind} id {ident!r} is already used ({where})")
            return False
        self.seen[(kind, ident)] = f"{f.name}:{line}"
        return True

    def _sources(self, f: _File, node: Node | None, key: str, refs: Refs) -> tuple[str, ...]:
        found = f.id_list(node, key)
        if node is not None and not found:
            f.error(node.line, key, "list at least one source")
        refs.extend(("source", ident, line, key) for ident, line in found)
        return tuple(ident for ident, _ in found)

    def read(self, f: _File, section: str, node: Node) -> None:
        if section in ("child_pugh", "albi"):
            self._read_definition(f, section, node)
            return
        readers = {
            "lab_tests": self._read_lab_test,
            "drugs": self._read_drug,
            "warning_signs": self._read_signs,
            "cautions": self._read_caution,
        }
        for n, item in enumerate(f.items(node, section)):
            readers[section](f, item, f"{section}[{n}]")

    def _read_lab_test(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["lab_tests"])
        if v is None:
            return
        refs: Refs = []
        ident, name = f.ident(v.get("id"), f"{key}.id"), f.text(v.get("name"), f"{key}.name", 100)
        order = f.integer(v.get("order"), f"{key}.order")
        about = f.text(v.get("about"), f"{key}.about", 600) if "about" in v else None
        sources = self._sources(f, v.get("sources"), f"{key}.sources", refs)
        term = f.ident(v.get("term"), f"{key}.term") if "term" in v else None
        if term:
            refs.append(("glossary term", term, v["term"].line, f"{key}.term"))
        no_conversion = (
            f.text(v.get("no_conversion"), f"{key}.no_conversion", 400) if "no_conversion" in v else None
        )
        units = self._read_units(f, v.get("units"), f"{key}.units")
        if any(u.factor is None for u in units) and no_conversion is None:
            f.error(
                node.line,
                f"{key}.no_conversion",
                "a unit without a factor needs a 'no_conversion' line saying why",
            )
        if None in (ident, name, order) or not units or not sources:
            return
        assert ident and name and order is not None
        self.refs.append((f, refs))
        if self._unique(f, "lab test", ident, node.line, f"{key}.id"):
            self.lab_tests.append(LabTest(ident, name, order, about, units, sources, term, no_conversion))

    def _read_units(self, f: _File, node: Node | None, key: str) -> tuple[LabUnit, ...]:
        units: list[LabUnit] = []
        for n, item in enumerate(f.items(node, key) if node is not None else []):
            ukey = f"{key}[{n}]"
            v = f.fields(item, ukey, *FIELDS["units"])
            if v is None:
                continue
            unit = f.text(v.get("unit"), f"{ukey}.unit", 40)
            factor = decimal(f, v.get("factor"), f"{ukey}.factor") if "factor" in v else None
            aliases = f.text_list(v.get("aliases"), f"{ukey}.aliases")
            if unit is None or ("factor" in v and factor is None):
                continue
            if n == 0 and factor is not None and factor != 1:
                f.error(
                    v["factor"].line,
                    f"{ukey}.factor",
                    "the first unit is the one the others are counted from; leave out its factor",
                )
                continue
            if factor is not None and factor <= 0:
                f.error(v["factor"].line, f"{ukey}.factor", "a unit factor must be more than zero")
                continue
            units.append(LabUnit("" if unit == NO_UNIT else unit, Decimal(1) if n == 0 else factor, aliases))
        if node is not None and not units:
            f.error(node.line, key, "list at least one unit")
        return tuple(units)

    def _read_drug(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["drugs"])
        if v is None:
            return
        refs: Refs = []
        ident, name = f.ident(v.get("id"), f"{key}.id"), f.text(v.get("name"), f"{key}.name", 100)
        kind = f.text(v.get("kind"), f"{key}.kind", 40)
        if kind is not None and kind not in DRUG_KIND_IDS:
            f.error(
                v["kind"].line,
                f"{key}.kind",
                f"{kind!r} is not a kind of drug; use one of {', '.join(sorted(DRUG_KIND_IDS))}",
            )
            kind = None
        sources = self._sources(f, v.get("sources"), f"{key}.sources", refs)
        brands, also = (
            f.text_list(v.get("brands"), f"{key}.brands"),
            f.text_list(v.get("also"), f"{key}.also"),
        )
        page = self._ref(f, v, "page", key, "page", refs)
        links = {}
        for field_name, kind_name in (
            ("signs", "warning signs"),
            ("cautions", "caution"),
            ("tags", "situation tag"),
        ):
            found = f.id_list(v.get(field_name), f"{key}.{field_name}")
            refs.extend((kind_name, i, line, f"{key}.{field_name}") for i, line in found)
            links[field_name] = tuple(i for i, _ in found)
        if None in (ident, name, kind) or not sources:
            return
        assert ident and name and kind
        self.refs.append((f, refs))
        if self._unique(f, "drug", ident, node.line, f"{key}.id"):
            self.drugs.append(
                DrugEntry(
                    ident,
                    name,
                    kind,
                    brands,
                    sources,
                    page,
                    links["signs"],
                    links["cautions"],
                    also,
                    links["tags"],
                )
            )

    def _ref(self, f: _File, v: dict[str, Node], name: str, key: str, kind: str, refs: Refs) -> str | None:
        if name not in v:
            return None
        ident = f.ident(v[name], f"{key}.{name}")
        if ident:
            refs.append((kind, ident, v[name].line, f"{key}.{name}"))
        return ident

    def _read_signs(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["warning_signs"])
        if v is None:
            return
        refs: Refs = []
        ident, title = f.ident(v.get("id"), f"{key}.id"), f.text(v.get("title"), f"{key}.title", 100)
        level, text = f.text(v.get("level"), f"{key}.level", 20), f.text(v.get("text"), f"{key}.text", 1200)
        if level is not None and level not in SIGN_LEVELS:
            f.error(
                v["level"].line,
                f"{key}.level",
                f"{level!r} is not a level; use one of {', '.join(SIGN_LEVELS)}",
            )
            level = None
        sources = self._sources(f, v.get("sources"), f"{key}.sources", refs)
        page = self._ref(f, v, "page", key, "page", refs)
        if None in (ident, title, level, text) or not sources:
            return
        assert ident and title and level and text
        self.refs.append((f, refs))
        if self._unique(f, "warning signs", ident, node.line, f"{key}.id"):
            self.signs[ident] = WarningSigns(ident, title, level, text, sources, page)

    def _read_caution(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["cautions"])
        if v is None:
            return
        refs: Refs = []
        ident, title = f.ident(v.get("id"), f"{key}.id"), f.text(v.get("title"), f"{key}.title", 100)
        text = f.text(v.get("text"), f"{key}.text", 800)
        sources = self._sources(f, v.get("sources"), f"{key}.sources", refs)
        page = self._ref(f, v, "page", key, "page", refs)
        shown_for = [(o, line) for o, line in f.id_list(v.get("shown_for"), f"{key}.shown_for")]
        for origin, line in shown_for:
            if origin not in MEDICINE_ORIGIN_IDS and origin != "any":
                allowed = ", ".join(sorted(MEDICINE_ORIGIN_IDS | {"any"}))
                f.error(
                    line, f"{key}.shown_for", f"{origin!r} is not a kind of medicine; use one of {allowed}"
                )
        if None in (ident, title, text) or not sources:
            return
        assert ident and title and text
        self.refs.append((f, refs))
        if self._unique(f, "caution", ident, node.line, f"{key}.id"):
            self.cautions[ident] = Caution(ident, title, text, sources, page)
            for origin, _ in shown_for:
                self.shown_for.setdefault(origin, []).append(ident)

    def _read_definition(self, f: _File, section: str, node: Node) -> None:
        from liverbook.content.records_scores import read_albi, read_child_pugh

        if not isinstance(node, Map):
            f.error(node.line, section, "expected one mapping of 'key: value' lines (a single definition)")
            return
        if getattr(self, section) is not None or (section, "") in self.seen:
            f.error(
                node.line, section, f"{section} is defined more than once ({self.seen.get((section, ''))})"
            )
            return
        self.seen[(section, "")] = f"{f.name}:{node.line}"
        refs: Refs = []
        if section == "child_pugh":
            self.child_pugh = read_child_pugh(self, f, node, refs)
        else:
            self.albi = read_albi(self, f, node, refs)
        self.refs.append((f, refs))

    def cross_check(self, reader: _Reader) -> None:
        known: dict[str, object] = {
            "source": reader.sources,
            "page": {p.id for p, *_ in reader.pages},
            "glossary term": reader.terms,
            "situation tag": reader.tags,
            "warning signs": self.signs,
            "caution": self.cautions,
            "lab test": {t.id for t in self.lab_tests},
        }
        for f, refs in self.refs:
            for kind, ident, line, key in refs:
                if ident not in known[kind]:  # type: ignore[operator]
                    f.error(line, key, f"there is no {kind} with the id {ident!r}")
                elif kind == "source" and reader.sources[ident][0].tier == "news":
                    f.error(
                        line,
                        key,
                        "trade news and consumer media may not be the authority for any claim; cite the primary document",
                    )
        tests = {t.id: t for t in self.lab_tests}
        for f, line, key, test, unit in self.lab_units:
            found = tests.get(test)
            if found is not None and found.unit(unit) is None:
                f.error(line, key, f"the lab test {test!r} has no unit {unit!r}")

    def build(self) -> RecordsContent:
        return RecordsContent(
            lab_tests=tuple(sorted(self.lab_tests, key=lambda t: (t.order, t.name))),
            drugs=tuple(sorted(self.drugs, key=lambda d: d.name.lower())),
            signs=self.signs,
            cautions=self.cautions,
            origin_cautions={origin: tuple(ids) for origin, ids in self.shown_for.items()},
            child_pugh=self.child_pugh,
            albi=self.albi,
        )


def reviewed_date(f: _File, node: Node | None, key: str) -> dt.date | None:
    """A definition's review date, held to the current review cycle like every page."""
    from liverbook.content.policy import REVIEW_CYCLE_START

    value = f.date(node, key)
    if value is not None and value < REVIEW_CYCLE_START:
        f.error(
            node.line if node else None,
            key,
            f"reviewed {value.isoformat()} is before the current review cycle, which started {REVIEW_CYCLE_START.isoformat()}",
        )
    return value


class _RecordsKind:
    name: str = "records"
    sections: tuple[str, ...] = SECTIONS

    def start(self) -> RecordsReader:
        return RecordsReader()


RECORDS_KIND = _RecordsKind()
