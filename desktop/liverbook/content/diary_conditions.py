"""Reading a triage rule's condition (``when:``) into the typed tree of :mod:`.diary_model`.

The language, for content authors (docs/content-format.md says the same, with examples): a condition
is a mapping with exactly one of ``item`` (a test of one answer), ``situation`` (a list of tags, any of
which), ``all`` / ``any`` (a list of at least two conditions) or ``not`` (one condition). An item test
takes one comparison, ``is`` (yes/no, or a level id), ``at_least`` or ``at_most`` (a number, or a level
id), or ``rise_by`` with ``within_days``; a number names its ``unit`` (celsius, kg, count); optional
``since_last`` (new, worse, new-or-worse) and ``for_days``. Nothing here is evaluated: a condition
that is not one of these shapes is an error naming file, line and key.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from liverbook.content.diary_model import (
    LEVELS,
    NUMBER,
    QUANTITIES,
    SCALE,
    SCALE_MAX,
    TEXT,
    YES_NO,
    AllOf,
    AnswerScale,
    AnyOf,
    Condition,
    DiaryItem,
    ItemTest,
    Not,
    SituationTest,
)
from liverbook.content.yamlnodes import Map, Node, Scalar, Seq

if TYPE_CHECKING:
    from liverbook.content.entry_file import _File

CONDITION_KEYS = ("item", "situation", "all", "any", "not")
ITEM_TEST_KEYS = (
    "item",
    "is",
    "at_least",
    "at_most",
    "rise_by",
    "within_days",
    "unit",
    "since_last",
    "for_days",
)
SINCE_LAST = ("new", "worse", "new-or-worse")
MAX_DAYS = 365


def number(f: _File, node: Node | None, key: str) -> float | None:
    """A finite number written as a YAML int or float (``38.0``, ``4``), or None with an error."""
    if node is None:
        return None
    if not isinstance(node, Scalar) or node.kind not in ("int", "float"):
        f.error(node.line, key, "expected a number, such as 38.0")
        return None
    try:
        value = Decimal(node.raw.replace("_", ""))
    except InvalidOperation:
        value = Decimal("nan")
    if not value.is_finite():
        f.error(node.line, key, "expected an ordinary number (not .inf or .nan)")
        return None
    result = float(value)
    return result if math.isfinite(result) else None


def boolean(f: _File, node: Node | None, key: str) -> bool | None:
    if node is None:
        return None
    if not isinstance(node, Scalar) or node.kind != "bool":
        f.error(node.line, key, "expected true or false")
        return None
    return node.raw.strip().lower() in ("true", "yes", "on", "y")


class ConditionReader:
    """Compiles conditions against the items, answer scales and tags the content defines."""

    def __init__(self, items: dict[str, DiaryItem], scales: dict[str, AnswerScale], tags: set[str]) -> None:
        self.items = items
        self.scales = scales
        self.tags = tags

    def condition(self, f: _File, node: Node, key: str) -> Condition | None:
        if not isinstance(node, Map) or len(node.items) == 0:
            f.error(
                node.line, key, f"expected a condition: a mapping with one of {', '.join(CONDITION_KEYS)}"
            )
            return None
        kinds = [name for name in node.items if name in CONDITION_KEYS]
        if len(kinds) != 1:
            f.error(node.line, key, f"a condition needs exactly one of {', '.join(CONDITION_KEYS)}")
            return None
        kind = kinds[0]
        if kind == "item":
            return self._item_test(f, node, key)
        extra = [name for name in node.items if name != kind]
        for name in extra:
            f.error(node.items[name][0], f"{key}.{name}", f"a '{kind}' condition takes no other keys")
        if extra:
            return None
        line, value = node.items[kind]
        if kind == "situation":
            tags = f.id_list(value, f"{key}.situation")
            for tag, tag_line in tags:
                if tag not in self.tags:
                    f.error(tag_line, f"{key}.situation", f"there is no situation tag with the id {tag!r}")
            if not tags:
                f.error(
                    line, f"{key}.situation", "name at least one situation tag, as a list: [immunotherapy]"
                )
                return None
            return SituationTest(tuple(t for t, _ in tags))
        if kind == "not":
            part = self.condition(f, value, f"{key}.not")
            return None if part is None else Not(part)
        if not isinstance(value, Seq) or len(value.items) < 2:
            f.error(line, f"{key}.{kind}", f"'{kind}' needs a list of at least two conditions")
            return None
        parts = [self.condition(f, child, f"{key}.{kind}[{n}]") for n, child in enumerate(value.items)]
        if any(p is None for p in parts):
            return None
        checked = tuple(p for p in parts if p is not None)
        return AllOf(checked) if kind == "all" else AnyOf(checked)

    def _item_test(self, f: _File, node: Map, key: str) -> ItemTest | None:
        for name, (line, _) in node.items.items():
            if name not in ITEM_TEST_KEYS:
                f.error(
                    line, f"{key}.{name}", f"unknown key; an item test takes: {', '.join(ITEM_TEST_KEYS)}"
                )
                return None
        values = {name: value for name, (_, value) in node.items.items()}
        ident = f.ident(values["item"], f"{key}.item")
        if ident is None:
            return None
        if ident not in self.items:
            f.error(values["item"].line, f"{key}.item", f"there is no diary item with the id {ident!r}")
            return None
        item = self.items[ident]
        comparisons = [name for name in ("is", "at_least", "at_most", "rise_by") if name in values]
        if len(comparisons) != 1:
            f.error(node.line, key, "an item test needs exactly one of is, at_least, at_most, rise_by")
            return None
        comparison = comparisons[0]
        if item.kind == TEXT:
            f.error(
                values["item"].line, f"{key}.item", f"{ident!r} is answered in words; a rule cannot test it"
            )
            return None
        if item.kind == YES_NO and comparison != "is":
            f.error(
                values[comparison].line,
                f"{key}.{comparison}",
                f"{ident!r} is a yes/no item: test it with 'is: yes'",
            )
            return None
        if ("within_days" in values) != (comparison == "rise_by"):
            f.error(node.line, key, "'rise_by' and 'within_days' go together")
            return None
        if comparison == "rise_by" and ("since_last" in values or "for_days" in values):
            f.error(
                node.line,
                key,
                "'rise_by' already compares with earlier answers; leave out since_last and for_days",
            )
            return None
        threshold = self._threshold(f, item, values, comparison, key)
        if threshold is None:
            return None
        since_last = None
        if "since_last" in values:
            since_last = f.text(values["since_last"], f"{key}.since_last", 20)
            if since_last not in SINCE_LAST:
                f.error(values["since_last"].line, f"{key}.since_last", f"use one of {', '.join(SINCE_LAST)}")
                return None
        days: dict[str, int] = {}
        for name in ("within_days", "for_days"):
            if name in values:
                count = f.integer(values[name], f"{key}.{name}")
                if count is None:
                    return None
                if not 1 <= count <= MAX_DAYS:
                    f.error(values[name].line, f"{key}.{name}", f"a number of days from 1 to {MAX_DAYS}")
                    return None
                days[name] = count
        return ItemTest(
            ident,
            equals=threshold if comparison == "is" else None,
            at_least=threshold if comparison == "at_least" else None,
            at_most=threshold if comparison == "at_most" else None,
            rise_by=threshold if comparison == "rise_by" else None,
            within_days=days.get("within_days"),
            since_last=since_last,
            for_days=days.get("for_days"),
        )

    def _threshold(
        self, f: _File, item: DiaryItem, values: dict[str, Node], comparison: str, key: str
    ) -> float | None:
        """The comparison's value in the item's stored terms: a level's position, 1/0, or SI units."""
        node = values[comparison]
        where = f"{key}.{comparison}"
        if item.kind == YES_NO:
            answer = boolean(f, node, where)
            return None if answer is None else float(answer)
        if "unit" in values and item.kind != NUMBER:
            f.error(values["unit"].line, f"{key}.unit", "only a number item's test takes a 'unit'")
            return None
        if item.kind == LEVELS:
            level = f.ident(node, where)
            scale = self.scales.get(item.scale or "")
            if level is None or scale is None:
                return None
            try:
                return float(scale.position(level))
            except ValueError:
                f.error(
                    node.line,
                    where,
                    f"the scale {scale.id!r} has no level {level!r}; use one of "
                    f"{', '.join(lv.id for lv in scale.levels)}",
                )
                return None
        value = number(f, node, where)
        if value is None:
            return None
        if item.kind == SCALE:
            if (
                comparison == "rise_by"
                and not 1 <= value <= SCALE_MAX
                or comparison != "rise_by"
                and not 0 <= value <= SCALE_MAX
            ):
                f.error(node.line, where, f"{item.id!r} is answered from 0 to {SCALE_MAX}")
                return None
            return value
        unit = QUANTITIES[item.quantity or ""]
        if "unit" not in values:
            f.error(
                node.line,
                where,
                f"say the unit of this number: add 'unit: {unit}' (thresholds are written in {unit})",
            )
            return None
        written = f.text(values["unit"], f"{key}.unit", 20)
        if written != unit:
            f.error(
                values["unit"].line,
                f"{key}.unit",
                f"write thresholds for {item.id!r} in {unit}, not {written!r}",
            )
            return None
        assert item.minimum is not None and item.maximum is not None
        if comparison == "rise_by":
            if not 0 < value <= item.maximum - item.minimum:
                f.error(node.line, where, "a rise must be above 0 and within the item's range")
                return None
        elif not item.minimum <= value <= item.maximum:
            f.error(
                node.line,
                where,
                f"{value:g} is outside {item.id!r}'s range ({item.minimum:g} to {item.maximum:g} {unit})",
            )
            return None
        return value
