"""The records' content (content/records/): what it holds, and every kind of mistake named by file, line and key."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from liverbook import paths
from liverbook.content import ContentErrors, cache, load_handbook
from liverbook.content.records_loader import FIELDS

GOOD = Path(__file__).parent.parent / "fixtures" / "good"
ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The small good handbook of tests/fixtures, with the records' content beside it."""
    folder = tmp_path / "content"
    shutil.copytree(GOOD, folder)
    (folder / "records.yaml").write_text(RECORDS, encoding="utf-8")
    return folder


RECORDS = """\
lab_tests:
  - id: bilirubin
    name: Bilirubin
    order: 1
    units:
      - unit: mg/dL
      - {unit: µmol/L, factor: "17.1"}
    sources: [src-one]
  - id: albumin
    name: Albumin
    order: 2
    units:
      - unit: g/dL
      - {unit: g/L, factor: "10"}
    sources: [src-one]
  - {id: inr, name: INR, order: 3, units: [{unit: none}], sources: [src-one]}
child_pugh:
  name: Child-Pugh score
  page: staging
  reviewed: 2026-12-03
  sources: [src-one]
  labs:
    - {test: bilirubin, unit: mg/dL, one_point_below: "2", three_points_above: "3"}
    - {test: albumin, unit: g/dL, one_point_above: "3.5", three_points_below: "2.8"}
    - {test: inr, unit: none, one_point_below: "1.7", three_points_above: "2.3"}
  ascites: [None, Mild, Moderate]
  encephalopathy: [None, Grade 1 to 2, Grade 3 to 4]
  classes:
    - {class: A, lowest: 5, highest: 6, meaning: Works well.}
    - {class: B, lowest: 7, highest: 9, meaning: Some damage.}
    - {class: C, lowest: 10, highest: 15, meaning: Badly damaged.}
  ask: Ask your team.
albi:
  name: ALBI
  reviewed: 2026-12-03
  sources: [src-one]
  bilirubin_unit: µmol/L
  bilirubin_factor: "0.66"
  albumin_unit: g/L
  albumin_factor: "-0.085"
  grades:
    - {grade: "1", up_to: "-2.60", meaning: Best.}
    - {grade: "2", up_to: "-1.39", meaning: Middle.}
    - {grade: "3", meaning: Poorest.}
  ask: Ask your team.
warning_signs:
  - {id: call-signs, title: Call, level: call, text: Yellow eyes., sources: [src-one], page: care}
cautions:
  - {id: herbs, title: Herbs, text: Ask first., sources: [src-one], shown_for: [herbal]}
drugs:
  - {id: drug-a, name: Drug A, brands: [Brand A], kind: kinase-inhibitor, signs: [call-signs], cautions: [herbs], tags: [stage-4], sources: [src-one]}
"""


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(ContentErrors) as info:
        load_handbook(folder)
    return [str(e) for e in info.value.errors]


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / "records.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_small_records_content_loads(content: Path) -> None:
    records = load_handbook(content).records
    assert [t.id for t in records.lab_tests] == ["bilirubin", "albumin", "inr"]
    assert str(records.lab_test("bilirubin").unit("umol/L").factor) == "17.1"  # type: ignore[union-attr]
    assert records.lab_test("inr").units[0].unit == ""  # type: ignore[union-attr]
    assert records.drug("drug-a").brands == ("Brand A",)  # type: ignore[union-attr]
    assert records.origin_cautions["herbal"] == ("herbs",)
    assert records.child_pugh is not None and records.albi is not None


def test_content_without_records_has_empty_records() -> None:
    records = load_handbook(GOOD).records
    assert records.lab_tests == () and records.child_pugh is None and records.drug("x") is None


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'factor: "17.1"',
            'factor: "17,1"',
            "records.yaml:7: lab_tests[0].units[1].factor: expected a number written with digits",
        ),
        ('factor: "17.1"', 'factor: "0"', "a unit factor must be more than zero"),
        (
            "- unit: mg/dL\n",
            '- {unit: mg/dL, factor: "2"}\n',
            "the first unit is the one the others are counted from",
        ),
        (
            "sources: [src-one]\n  - id: albumin",
            "sources: [nowhere]\n  - id: albumin",
            "there is no source with the id 'nowhere'",
        ),
        ("page: staging", "page: nowhere", "child_pugh.page: there is no page with the id 'nowhere'"),
        ("tags: [stage-4]", "tags: [stage-9]", "there is no situation tag with the id 'stage-9'"),
        ("signs: [call-signs]", "signs: [gone]", "there is no warning signs with the id 'gone'"),
        ("kind: kinase-inhibitor", "kind: pills", "'pills' is not a kind of drug"),
        ("level: call", "level: soon", "'soon' is not a level"),
        ("shown_for: [herbal]", "shown_for: [smuggled]", "'smuggled' is not a kind of medicine"),
        (
            "{test: bilirubin, unit: mg/dL,",
            "{test: bilirubin, unit: mmol/L,",
            "the lab test 'bilirubin' has no unit 'mmol/L'",
        ),
        (
            'one_point_below: "2", three_points_above: "3"',
            'one_point_below: "3", three_points_above: "2"',
            "must lie beyond",
        ),
        (
            'one_point_below: "2", three_points_above: "3"',
            'one_point_below: "2", one_point_above: "3"',
            "give either",
        ),
        (
            "{class: B, lowest: 7, highest: 9",
            "{class: B, lowest: 8, highest: 9",
            "the classes must cover the totals 5 to 15",
        ),
        (
            "{class: C, lowest: 10, highest: 15",
            "{class: C, lowest: 10, highest: 14",
            "the classes must cover the totals 5 to 15",
        ),
        ("[None, Mild, Moderate]", "[None, Moderate]", "give exactly three answers"),
        (
            '{grade: "2", up_to: "-1.39",',
            '{grade: "2", up_to: "-2.61",',
            "the grades' 'up_to' scores must increase",
        ),
        ('{grade: "2", up_to: "-1.39",', '{grade: "2",', "every grade but the last gives 'up_to'"),
        (
            "reviewed: 2026-12-03\n  sources: [src-one]\n  labs",
            "reviewed: 2025-01-01\n  sources: [src-one]\n  labs",
            "before the current review cycle",
        ),
        ("albumin_unit: g/L", "albumin_unit: mg/L", "the lab test 'albumin' has no unit 'mg/L'"),
        (
            "  ask: Ask your team.\nwarning_signs",
            "  ask: Ask your team.\n  extra: 1\nwarning_signs",
            "unknown key",
        ),
        ("- {id: inr,", "- {id: albumin,", "the lab test id 'albumin' is already used"),
    ],
)
def test_mistakes_are_named_by_file_line_and_key(content: Path, old: str, new: str, message: str) -> None:
    edit(content, old, new)
    found = errors_for(content)
    assert any(message in error for error in found), found


def test_a_definition_given_twice_is_refused(content: Path) -> None:
    text = (content / "records.yaml").read_text(encoding="utf-8")
    albi = text[text.index("albi:") : text.index("warning_signs:")]
    (content / "more.yaml").write_text(albi, encoding="utf-8")
    assert any("albi is defined more than once" in e for e in errors_for(content))


def test_the_records_survive_the_content_cache(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(paths.content_dir(), folder)
    first = cache.load_cached(folder, tmp_path / "cache")
    again = cache.load_cached(folder, tmp_path / "cache")  # this one is read from the cache file
    assert again.records == first.records == load_handbook(folder).records
    assert again.records.child_pugh is not None and again.records.drug("sorafenib") is not None


def test_schema_file_for_authors_knows_the_records_sections() -> None:
    schema = json.loads((ROOT / "docs" / "content-schema.json").read_text())
    sections = schema["properties"]
    for name in ("lab_tests", "drugs", "warning_signs", "cautions"):
        entry = sections[name]["items"]
        required, optional = FIELDS[name]
        assert set(entry["required"]) == set(required), name
        assert set(entry["properties"]) == set(required + optional), name
    for name in ("child_pugh", "albi"):
        required, optional = FIELDS[name]
        assert set(sections[name]["required"]) == set(required), name
        assert set(sections[name]["properties"]) == set(required + optional), name


# The handbook's own records content -------------------------------------------------------------


def test_each_kind_of_anticancer_drug_carries_the_signs_its_page_gives(handbook) -> None:  # type: ignore[no-untyped-def]
    records = handbook.records
    for drug in records.drugs:
        levels = {records.signs[s].level for s in drug.signs}
        if drug.kind == "kinase-inhibitor":
            assert "kinase-inhibitor-call" in drug.signs, drug.id
        if drug.kind == "immunotherapy":
            assert levels == {"emergency", "call"}, drug.id
            assert "immunotherapy" in drug.tags
    assert {"bevacizumab-emergency", "bevacizumab-call"} <= set(records.drug("bevacizumab").signs)  # type: ignore[union-attr]
    assert "stroke" in records.signs["bevacizumab-emergency"].text
    assert "antiviral-never-stop" in records.drug("entecavir").cautions  # type: ignore[union-attr]
    for nsaid in ("ibuprofen", "naproxen", "aspirin"):
        assert records.drug(nsaid).cautions == ("nsaid",)  # type: ignore[union-attr]
    assert records.drug("acetaminophen").also == ("paracetamol",)  # type: ignore[union-attr]


def test_no_caution_or_sign_gives_a_dose(handbook) -> None:  # type: ignore[no-untyped-def]
    records = handbook.records
    texts = [c.text for c in records.cautions.values()] + [s.text for s in records.signs.values()]
    for text in texts:
        assert not re.search(r"\d\s*(mg|g|mcg|ml|mL|tablets?|pills?)\b", text), text


def test_every_records_source_is_an_authority_or_stands_beside_one(handbook) -> None:  # type: ignore[no-untyped-def]
    records = handbook.records
    authority = {"guideline", "regulator", "research", "reference"}
    groups = [t.sources for t in records.lab_tests] + [d.sources for d in records.drugs]
    groups += [s.sources for s in records.signs.values()] + [c.sources for c in records.cautions.values()]
    groups += [records.child_pugh.sources, records.albi.sources]  # type: ignore[union-attr]
    for sources in groups:
        assert any(handbook.sources[s].tier in authority for s in sources), sources
