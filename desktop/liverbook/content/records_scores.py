"""Reads the Child-Pugh and ALBI definitions of ``content/records/scores.yaml`` and checks that they are
whole: limits in increasing order, classes that cover every total from 5 to 15 once, grades in order
with only the last one open above. Part of :mod:`liverbook.content.records_loader`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from liverbook.content.records_model import AlbiDefinition, ChildPughDefinition, ChildPughLimit, ScoreBand
from liverbook.content.yamlnodes import Map, Node

if TYPE_CHECKING:
    from liverbook.content.entry_file import _File
    from liverbook.content.records_loader import RecordsReader, Refs

CHILD_PUGH_TOTALS = (5, 15)  # five criteria of 1 to 3 points each


def _three(f: _File, node: Node | None, key: str) -> tuple[str, str, str] | None:
    words = f.text_list(node, key)
    if node is not None and len(words) != 3:
        f.error(node.line, key, "give exactly three answers: the ones that score 1, 2 and 3 points")
        return None
    return (words[0], words[1], words[2]) if len(words) == 3 else None


def read_child_pugh(records: RecordsReader, f: _File, node: Map, refs: Refs) -> ChildPughDefinition | None:
    from liverbook.content.records_loader import FIELDS, NO_UNIT, decimal, reviewed_date

    v = f.fields(node, "child_pugh", *FIELDS["child_pugh"])
    if v is None:
        return None
    name = f.text(v.get("name"), "child_pugh.name", 100)
    page = f.ident(v.get("page"), "child_pugh.page")
    if page:
        refs.append(("page", page, v["page"].line, "child_pugh.page"))
    reviewed_date(f, v.get("reviewed"), "child_pugh.reviewed")
    sources = records._sources(f, v.get("sources"), "child_pugh.sources", refs)
    ask = f.text(v.get("ask"), "child_pugh.ask", 400)
    ascites = _three(f, v.get("ascites"), "child_pugh.ascites")
    encephalopathy = _three(f, v.get("encephalopathy"), "child_pugh.encephalopathy")
    limits: list[ChildPughLimit] = []
    for n, item in enumerate(f.items(v["labs"], "child_pugh.labs") if "labs" in v else []):
        key = f"child_pugh.labs[{n}]"
        lab = f.fields(item, key, *FIELDS["child_pugh_labs"])
        if lab is None:
            continue
        test, unit = f.ident(lab.get("test"), f"{key}.test"), f.text(lab.get("unit"), f"{key}.unit", 40)
        worse_high = "one_point_below" in lab or "three_points_above" in lab
        pair = (
            ("one_point_below", "three_points_above")
            if worse_high
            else ("three_points_below", "one_point_above")
        )
        if set(lab) - {"test", "unit"} != set(pair):
            f.error(
                item.line,
                key,
                "give either one_point_below and three_points_above (higher is worse), "
                "or one_point_above and three_points_below (lower is worse)",
            )
            continue
        low, high = decimal(f, lab[pair[0]], f"{key}.{pair[0]}"), decimal(f, lab[pair[1]], f"{key}.{pair[1]}")
        if test is None or unit is None or low is None or high is None:
            continue
        if not low < high:
            f.error(
                item.line, key, "the limit that scores 3 points must lie beyond the one that scores 1 point"
            )
            continue
        unit = "" if unit == NO_UNIT else unit
        refs.append(("lab test", test, lab["test"].line, f"{key}.test"))
        records.lab_units.append((f, lab["unit"].line, f"{key}.unit", test, unit))
        limits.append(ChildPughLimit(test, unit, low, high, worse_high))
    classes = _child_pugh_classes(f, v.get("classes"))
    tests = {lim.test for lim in limits}
    if "labs" in v and not {"bilirubin", "albumin", "inr"} <= tests:
        f.error(v["labs"].line, "child_pugh.labs", "give the limits of bilirubin, albumin and inr")
        return None
    if None in (name, page, ask, ascites, encephalopathy, classes) or not sources:
        return None
    assert name and page and ask and ascites and encephalopathy and classes
    return ChildPughDefinition(name, page, tuple(limits), ascites, encephalopathy, classes, ask, sources)


def _child_pugh_classes(f: _File, node: Node | None) -> tuple[ScoreBand, ...] | None:
    from liverbook.content.records_loader import FIELDS

    bands: list[ScoreBand] = []
    for n, item in enumerate(f.items(node, "child_pugh.classes") if node is not None else []):
        key = f"child_pugh.classes[{n}]"
        c = f.fields(item, key, *FIELDS["classes"])
        if c is None:
            continue
        name, meaning = (
            f.text(c.get("class"), f"{key}.class", 10),
            f.text(c.get("meaning"), f"{key}.meaning", 400),
        )
        lowest, highest = (
            f.integer(c.get("lowest"), f"{key}.lowest"),
            f.integer(c.get("highest"), f"{key}.highest"),
        )
        if name and meaning and lowest is not None and highest is not None:
            bands.append(ScoreBand(name, meaning, Decimal(lowest), Decimal(highest)))
    expected = Decimal(CHILD_PUGH_TOTALS[0])
    for found in bands:
        if found.lowest != expected or found.highest is None or found.highest < found.lowest:
            f.error(
                node.line if node else None,
                "child_pugh.classes",
                f"the classes must cover the totals {CHILD_PUGH_TOTALS[0]} to {CHILD_PUGH_TOTALS[1]} in order, each once",
            )
            return None
        expected = found.highest + 1
    if node is not None and expected != CHILD_PUGH_TOTALS[1] + 1:
        f.error(
            node.line,
            "child_pugh.classes",
            f"the classes must cover the totals {CHILD_PUGH_TOTALS[0]} to {CHILD_PUGH_TOTALS[1]} in order, each once",
        )
        return None
    return tuple(bands) if bands else None


def read_albi(records: RecordsReader, f: _File, node: Map, refs: Refs) -> AlbiDefinition | None:
    from liverbook.content.records_loader import FIELDS, decimal, reviewed_date

    v = f.fields(node, "albi", *FIELDS["albi"])
    if v is None:
        return None
    name, ask = f.text(v.get("name"), "albi.name", 100), f.text(v.get("ask"), "albi.ask", 400)
    reviewed_date(f, v.get("reviewed"), "albi.reviewed")
    sources = records._sources(f, v.get("sources"), "albi.sources", refs)
    page = f.ident(v.get("page"), "albi.page") if "page" in v else None
    if page:
        refs.append(("page", page, v["page"].line, "albi.page"))
    units = {}
    for which in ("bilirubin", "albumin"):
        unit = f.text(v.get(f"{which}_unit"), f"albi.{which}_unit", 40)
        if unit is not None:
            records.lab_units.append((f, v[f"{which}_unit"].line, f"albi.{which}_unit", which, unit))
        units[which] = unit
    bilirubin_factor = decimal(f, v.get("bilirubin_factor"), "albi.bilirubin_factor")
    albumin_factor = decimal(f, v.get("albumin_factor"), "albi.albumin_factor")
    grades: list[ScoreBand] = []
    items = f.items(v["grades"], "albi.grades") if "grades" in v else []
    for n, item in enumerate(items):
        key = f"albi.grades[{n}]"
        g = f.fields(item, key, *FIELDS["grades"])
        if g is None:
            continue
        grade, meaning = (
            f.text(g.get("grade"), f"{key}.grade", 10),
            f.text(g.get("meaning"), f"{key}.meaning", 400),
        )
        last = n == len(items) - 1
        up_to = decimal(f, g.get("up_to"), f"{key}.up_to") if "up_to" in g else None
        if last == ("up_to" in g):
            f.error(
                item.line,
                key,
                "every grade but the last gives 'up_to' (the highest score in it); the last gives none",
            )
            continue
        if up_to is not None and grades and grades[-1].highest is not None and not up_to > grades[-1].highest:
            f.error(item.line, f"{key}.up_to", "the grades' 'up_to' scores must increase")
            continue
        if grade and meaning:
            grades.append(ScoreBand(grade, meaning, None, up_to))
    if "grades" in v and len(grades) != len(items):
        return None
    if (
        None in (name, ask, units["bilirubin"], units["albumin"], bilirubin_factor, albumin_factor)
        or not grades
        or not sources
    ):
        return None
    assert (
        name
        and ask
        and units["bilirubin"]
        and units["albumin"]
        and bilirubin_factor is not None
        and albumin_factor is not None
    )
    return AlbiDefinition(
        name,
        units["bilirubin"],
        bilirubin_factor,
        units["albumin"],
        albumin_factor,
        tuple(grades),
        ask,
        sources,
        page,
    )
