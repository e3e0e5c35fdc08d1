"""Reads and checks the diary's content kinds: ``answer_scales``, ``diary_items`` and ``triage_rules``.

A content kind (:mod:`liverbook.content.kinds`): the loader hands it these three sections of any
content file (by convention ``content/diary/*.yaml``), and keeps what :meth:`DiaryReader.build` makes
as ``Handbook.extras["diary"]``. Every problem becomes a ContentError with file, line and key,
like the rest of the handbook. Triage conditions are read into the typed tree of
:mod:`liverbook.content.diary_model` once every file is read (a rule may test an item defined in
another file); the language they are written in is described in docs/content-format.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from liverbook.content import policy
from liverbook.content.diary_conditions import ConditionReader, boolean, number
from liverbook.content.diary_model import (
    KINDS,
    LEVELS,
    NUMBER,
    OWN_ITEM_PREFIX,
    QUANTITIES,
    TEXT,
    URGENCY,
    AllOf,
    AnswerScale,
    DiaryContent,
    DiaryItem,
    Level,
    TriageRule,
)
from liverbook.content.yamlnodes import Node

if TYPE_CHECKING:
    from liverbook.content.entry_file import _File
    from liverbook.content.loader import _Reader

SECTIONS = ("answer_scales", "diary_items", "triage_rules")
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "answer_scales": (("id", "title", "levels", "sources"), ()),
    "levels": (("id", "label"), ("short",)),
    "diary_items": (
        ("id", "label", "help", "kind", "order", "sources"),
        ("scale", "quantity", "min", "max", "detail", "enabled", "on_for", "page"),
    ),
    "triage_rules": (("id", "level", "when", "reason", "page", "sources", "reviewed"), ()),
}


@dataclass
class _RawRule:
    rule: TriageRule  # with a placeholder condition until the cross-check compiles ``when``
    f: _File
    key: str
    when: Node
    sources: tuple[tuple[str, int], ...]
    page_line: int
    reviewed_line: int


class DiaryReader:
    """Collects the diary's entries across files; :meth:`cross_check` resolves and checks references."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str], str] = {}
        self.scales: dict[str, tuple[AnswerScale, _File, int, tuple[tuple[str, int], ...]]] = {}
        self.items: dict[str, tuple[DiaryItem, _File, int, dict[str, Node]]] = {}
        self.rules: list[_RawRule] = []
        self.compiled: list[TriageRule] = []  # the rules, conditions compiled, after cross_check

    # -- reading ------------------------------------------------------------------------------------

    def read(self, f: _File, section: str, node: Node) -> None:
        readers = {
            "answer_scales": self.read_scale,
            "diary_items": self.read_item,
            "triage_rules": self.read_rule,
        }
        for n, item in enumerate(f.items(node, section)):
            readers[section](f, item, f"{section}[{n}]")

    def _unique(self, f: _File, kind: str, ident: str, line: int, key: str) -> bool:
        where = self.seen.get((kind, ident))
        if where is not None:
            f.error(line, key, f"the {kind} id {ident!r} is already used ({where})")
            return False
        self.seen[(kind, ident)] = f"{f.name}:{line}"
        return True

    def read_scale(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["answer_scales"])
        if v is None:
            return
        ident, title = f.ident(v.get("id"), f"{key}.id"), f.text(v.get("title"), f"{key}.title", 200)
        sources = f.id_list(v.get("sources"), f"{key}.sources")
        if "sources" in v and not sources:
            f.error(v["sources"].line, f"{key}.sources", "an answer scale needs at least one source")
        levels: list[Level] = []
        for n, item in enumerate(f.items(v["levels"], f"{key}.levels") if "levels" in v else []):
            lkey = f"{key}.levels[{n}]"
            lv = f.fields(item, lkey, *FIELDS["levels"])
            if lv is None:
                continue
            lid, label = f.ident(lv.get("id"), f"{lkey}.id"), f.text(lv.get("label"), f"{lkey}.label", 120)
            short = f.text(lv.get("short"), f"{lkey}.short", 24) if "short" in lv else None
            if lid and label and ("short" not in lv or short):
                if any(level.id == lid for level in levels):
                    f.error(item.line, f"{lkey}.id", f"the level {lid!r} is already in this scale")
                    continue
                levels.append(Level(lid, label, short or ""))
        if "levels" in v and len(levels) < 2:
            f.error(v["levels"].line, f"{key}.levels", "an answer scale needs at least two levels")
            return
        if (
            ident
            and title
            and sources
            and levels
            and self._unique(f, "answer scale", ident, node.line, f"{key}.id")
        ):
            self.scales[ident] = (
                AnswerScale(ident, title, tuple(levels), tuple(s for s, _ in sources)),
                f,
                node.line,
                sources,
            )

    def read_item(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["diary_items"])
        if v is None:
            return
        ident = f.ident(v.get("id"), f"{key}.id")
        if ident and ident.startswith(OWN_ITEM_PREFIX):
            f.error(
                v["id"].line,
                f"{key}.id",
                f"ids starting with {OWN_ITEM_PREFIX!r} are kept for the reader's own items",
            )
            ident = None
        label, help_text = (
            f.text(v.get("label"), f"{key}.label", 120),
            f.text(v.get("help"), f"{key}.help", 600),
        )
        kind = f.text(v.get("kind"), f"{key}.kind", 20)
        if kind is not None and kind not in KINDS:
            f.error(
                v["kind"].line,
                f"{key}.kind",
                f"{kind!r} is not a kind of answer; use one of {', '.join(KINDS)}",
            )
            kind = None
        order = f.integer(v.get("order"), f"{key}.order")
        sources = f.id_list(v.get("sources"), f"{key}.sources")
        if "sources" in v and not sources:
            f.error(v["sources"].line, f"{key}.sources", "every diary item needs at least one source")
        scale = f.ident(v.get("scale"), f"{key}.scale") if "scale" in v else None
        quantity = f.text(v.get("quantity"), f"{key}.quantity", 20) if "quantity" in v else None
        if quantity is not None and quantity not in QUANTITIES:
            f.error(
                v["quantity"].line,
                f"{key}.quantity",
                f"{quantity!r} is not a quantity; use one of {', '.join(QUANTITIES)}",
            )
            quantity = None
        low, high = number(f, v.get("min"), f"{key}.min"), number(f, v.get("max"), f"{key}.max")
        detail = f.text(v.get("detail"), f"{key}.detail", 120) if "detail" in v else None
        enabled = boolean(f, v.get("enabled"), f"{key}.enabled")
        on_for = f.id_list(v.get("on_for"), f"{key}.on_for")
        page = f.ident(v.get("page"), f"{key}.page") if "page" in v else None
        if kind is not None and not self._kind_fits(f, v, key, kind, scale, quantity, low, high):
            return
        if None in (ident, label, help_text, kind, order) or not sources:
            return
        assert ident and label and help_text and kind and order is not None
        if not self._unique(f, "diary item", ident, node.line, f"{key}.id"):
            return
        item = DiaryItem(
            ident,
            label,
            help_text,
            kind,
            order,
            tuple(s for s, _ in sources),
            scale,
            quantity,
            low,
            high,
            detail,
            True if enabled is None else enabled,
            tuple(t for t, _ in on_for),
            page,
        )
        self.items[ident] = (item, f, node.line, v)

    def _kind_fits(
        self,
        f: _File,
        v: dict[str, Node],
        key: str,
        kind: str,
        scale: str | None,
        quantity: str | None,
        low: float | None,
        high: float | None,
    ) -> bool:
        """Only the keys a kind uses, and all of them."""
        wanted = {LEVELS: {"scale"}, NUMBER: {"quantity", "min", "max"}}.get(kind, set())
        ok = True
        for name in ("scale", "quantity", "min", "max"):
            if name in v and name not in wanted:
                f.error(v[name].line, f"{key}.{name}", f"a {kind} item takes no {name!r}")
                ok = False
            elif name in wanted and name not in v:
                f.error(v["kind"].line, f"{key}.{name}", f"a {kind} item needs {name!r}")
                ok = False
        if kind == TEXT and "detail" in v:
            f.error(
                v["detail"].line, f"{key}.detail", "a text item is all words already; it takes no 'detail'"
            )
            ok = False
        if kind == NUMBER and low is not None and high is not None and low >= high:
            f.error(v["max"].line, f"{key}.max", "'max' must be larger than 'min'")
            ok = False
        return (
            ok
            and (kind != LEVELS or scale is not None)
            and (kind != NUMBER or None not in (quantity, low, high))
        )

    def read_rule(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["triage_rules"])
        if v is None:
            return
        ident = f.ident(v.get("id"), f"{key}.id")
        level = f.text(v.get("level"), f"{key}.level", 20)
        if level is not None and level not in URGENCY:
            f.error(
                v["level"].line, f"{key}.level", f"{level!r} is not a level; use one of {', '.join(URGENCY)}"
            )
            level = None
        reason = f.text(v.get("reason"), f"{key}.reason", 600)
        page = f.ident(v.get("page"), f"{key}.page")
        sources = f.id_list(v.get("sources"), f"{key}.sources")
        if "sources" in v and not sources:
            f.error(v["sources"].line, f"{key}.sources", "every triage rule needs at least one source")
        reviewed = f.date(v.get("reviewed"), f"{key}.reviewed")
        if None in (ident, level, reason, page, reviewed) or not sources or "when" not in v:
            return
        assert ident and level and reason and page and reviewed
        if self._unique(f, "triage rule", ident, node.line, f"{key}.id"):
            rule = TriageRule(ident, level, AllOf(()), reason, page, tuple(s for s, _ in sources), reviewed)
            self.rules.append(_RawRule(rule, f, key, v["when"], sources, v["page"].line, v["reviewed"].line))

    # -- cross-checking -------------------------------------------------------------------------------

    def cross_check(self, reader: _Reader) -> None:
        """Resolve every reference (sources, pages, scales, tags, items) and compile the conditions."""
        page_ids = {page.id for page, *_ in reader.pages}
        sources = {ident: entry[0] for ident, entry in reader.sources.items()}

        def need_sources(
            f: _File, key: str, refs: tuple[tuple[str, int], ...], reviewed: dt.date | None
        ) -> None:
            for ident, line in refs:
                if ident not in sources:
                    f.error(line, key, f"there is no source with the id {ident!r}")
                elif reviewed is not None:
                    policy._check_source_use(f, line, key, sources[ident], reviewed, "diary")
                elif sources[ident].tier == "news":
                    f.error(line, key, policy._news_message(sources[ident]))

        for scale, f, _, refs in self.scales.values():
            need_sources(f, f"answer_scales.{scale.id}.sources", refs, None)
        for item, f, _, v in self.items.values():
            key = f"diary_items.{item.id}"
            need_sources(f, f"{key}.sources", tuple((s, v["sources"].line) for s in item.sources), None)
            if item.scale is not None and item.scale not in self.scales:
                f.error(
                    v["scale"].line, f"{key}.scale", f"there is no answer scale with the id {item.scale!r}"
                )
            if item.page is not None and item.page not in page_ids:
                f.error(v["page"].line, f"{key}.page", f"there is no page with the id {item.page!r}")
            for tag in item.on_for:
                if tag not in reader.tags:
                    f.error(
                        v["on_for"].line, f"{key}.on_for", f"there is no situation tag with the id {tag!r}"
                    )
        conditions = ConditionReader(
            {k: v[0] for k, v in self.items.items()},
            {k: v[0] for k, v in self.scales.items()},
            set(reader.tags),
        )
        compiled: list[TriageRule] = []
        for raw in self.rules:
            rule, f = raw.rule, raw.f
            key = f"triage_rules.{rule.id}"
            need_sources(f, f"{key}.sources", raw.sources, rule.reviewed)
            policy._check_reviewed(f, raw.reviewed_line, f"{key}.reviewed", rule.reviewed)
            if rule.page not in page_ids:
                f.error(raw.page_line, f"{key}.page", f"there is no page with the id {rule.page!r}")
            condition = conditions.condition(f, raw.when, f"{key}.when")
            if condition is not None:
                compiled.append(
                    TriageRule(
                        rule.id, rule.level, condition, rule.reason, rule.page, rule.sources, rule.reviewed
                    )
                )
        self.compiled = compiled

    def build(self) -> DiaryContent:
        return DiaryContent(
            {k: v[0] for k, v in self.scales.items()},
            tuple(sorted((v[0] for v in self.items.values()), key=lambda i: (i.order, i.id))),
            tuple(self.compiled),
        )


class _DiaryKind:
    name: str = "diary"
    sections: tuple[str, ...] = SECTIONS

    def start(self) -> DiaryReader:
        return DiaryReader()


DIARY_KIND = _DiaryKind()
