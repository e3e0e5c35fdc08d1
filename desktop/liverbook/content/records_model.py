"""What the handbook says for the person's own records: lab tests and their units, the two liver scores,
the drugs a medicine can be picked from, and the warning signs and cautions those drugs link to.

Read from ``content/records/*.yaml`` by :mod:`liverbook.content.records_loader`; every number here
(unit factors, score limits, formula factors) is written in the content with its sources, kept as an
exact :class:`~decimal.Decimal`, and used by :mod:`liverbook.records` for the arithmetic. No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType

from liverbook.i18n import QT_TRANSLATE_NOOP

# The kinds of drug a picked medicine can be, (id, plain name). A medicine the user types has no kind.
DRUG_KINDS: tuple[tuple[str, str], ...] = (
    ("kinase-inhibitor", QT_TRANSLATE_NOOP("records", "Targeted therapy pill (kinase inhibitor)")),
    ("anti-vegf-antibody", QT_TRANSLATE_NOOP("records", "Targeted therapy drip (antibody)")),
    ("immunotherapy", QT_TRANSLATE_NOOP("records", "Immunotherapy")),
    ("chemotherapy", QT_TRANSLATE_NOOP("records", "Chemotherapy")),
    ("antiviral", QT_TRANSLATE_NOOP("records", "Medicine against hepatitis B or C")),
    ("water-pill", QT_TRANSLATE_NOOP("records", "Water pill (diuretic)")),
    ("encephalopathy", QT_TRANSLATE_NOOP("records", "Medicine for confusion from the liver")),
    ("pain-reliever", QT_TRANSLATE_NOOP("records", "Pain medicine")),
    ("nsaid", QT_TRANSLATE_NOOP("records", "Anti-inflammatory pain medicine (NSAID)")),
    ("other", QT_TRANSLATE_NOOP("records", "Other medicine")),
)
DRUG_KIND_IDS = frozenset(kind for kind, _ in DRUG_KINDS)

# How urgent a warning sign is: "emergency" means call the local emergency number or go now;
# "call" means call the care team at once; "today" means call the care team the same day.
SIGN_LEVELS = ("emergency", "call", "today")

# What the person says a medicine is, when it is not picked from the handbook's list; each may bring
# a caution. (id, plain name)
MEDICINE_ORIGINS: tuple[tuple[str, str], ...] = (
    ("prescribed", QT_TRANSLATE_NOOP("records", "Prescribed by a doctor")),
    ("bought", QT_TRANSLATE_NOOP("records", "Bought without a prescription")),
    ("herbal", QT_TRANSLATE_NOOP("records", "Herb, vitamin or supplement")),
)
MEDICINE_ORIGIN_IDS = frozenset(origin for origin, _ in MEDICINE_ORIGINS)


@dataclass(frozen=True, slots=True)
class LabUnit:
    """A unit a lab test can be reported in.

    ``factor`` is how many of this unit make one of the test's first unit (the first unit's factor is
    1): ``value_here = value_in_first_unit * factor``. None: accepted and shown, but not converted.
    ``aliases`` are other spellings read as this unit (in imported files, say).
    """

    unit: str
    factor: Decimal | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LabTest:
    """A blood test the person can record, with the units labs report it in."""

    id: str
    name: str
    order: int
    about: str | None
    units: tuple[LabUnit, ...]
    sources: tuple[str, ...]
    term: str | None = None  # a glossary term id
    no_conversion: str | None = None  # said beside a value in a unit that has no factor

    def unit(self, unit: str) -> LabUnit | None:
        """The unit spelled ``unit`` (or one of its aliases), or None."""
        wanted = unit_key(unit)
        for candidate in self.units:
            if unit_key(candidate.unit) == wanted or any(unit_key(a) == wanted for a in candidate.aliases):
                return candidate
        return None


def unit_key(unit: str) -> str:
    """A unit's spelling reduced for comparison: micro sign and Greek mu alike, case and spaces ignored."""
    text = unit.strip().replace("\u00b5", "u").replace("\u03bc", "u").replace(" ", "").lower()
    return text.replace("×", "x").replace("⁹", "^9").replace("³", "^3")


@dataclass(frozen=True, slots=True)
class ChildPughLimit:
    """The two limits of one lab test in one unit.

    The middle band includes both limits ("2 to 3" means 2 <= value <= 3), as the cited table reads.
    ``higher_is_worse``: bilirubin and INR (1 point below ``low``, 3 points above ``high``);
    otherwise albumin (1 point above ``high``, 3 points below ``low``).
    """

    test: str
    unit: str
    low: Decimal
    high: Decimal
    higher_is_worse: bool


@dataclass(frozen=True, slots=True)
class ScoreBand:
    """One class (A, B, C) or grade (1, 2, 3), and what it may mean in plain words."""

    name: str
    meaning: str
    lowest: Decimal | None = None  # Child-Pugh: lowest and highest total, both included
    highest: Decimal | None = None  # ALBI: the grade holds scores up to this one, included (None: no top)

    def holds(self, total: int | Decimal) -> bool:
        """A Child-Pugh class: whether the total lies from ``lowest`` to ``highest``, both included."""
        return self.lowest is not None and self.highest is not None and self.lowest <= total <= self.highest


@dataclass(frozen=True, slots=True)
class ChildPughDefinition:
    """The Child-Pugh score as the handbook's sources define it."""

    name: str
    page: str
    limits: tuple[ChildPughLimit, ...]
    ascites: tuple[str, str, str]  # the plain words for 1, 2 and 3 points
    encephalopathy: tuple[str, str, str]
    classes: tuple[ScoreBand, ...]
    ask: str  # "ask your team" line, shown under the meaning
    sources: tuple[str, ...]

    def limit(self, test: str, unit: str) -> ChildPughLimit | None:
        wanted = unit_key(unit)
        return next((lim for lim in self.limits if lim.test == test and unit_key(lim.unit) == wanted), None)


@dataclass(frozen=True, slots=True)
class AlbiDefinition:
    """The ALBI score and grades as the handbook's sources define them."""

    name: str
    bilirubin_unit: str
    bilirubin_factor: Decimal  # times log10 of bilirubin in bilirubin_unit
    albumin_unit: str
    albumin_factor: Decimal  # times albumin in albumin_unit
    grades: tuple[ScoreBand, ...]  # in order; each holds scores above the one before, up to its highest
    ask: str
    sources: tuple[str, ...]
    page: str | None = None


@dataclass(frozen=True, slots=True)
class WarningSigns:
    """Signs that mean: go now (``emergency``) or call the care team at once (``call``)."""

    id: str
    title: str
    level: str
    text: str
    sources: tuple[str, ...]
    page: str | None = None


@dataclass(frozen=True, slots=True)
class Caution:
    """A caution shown beside a medicine on the list, drawn from a sourced handbook page."""

    id: str
    title: str
    text: str
    sources: tuple[str, ...]
    page: str | None = None


@dataclass(frozen=True, slots=True)
class DrugEntry:
    """A drug a medicine can be picked as: its names, its page, its warning signs and cautions."""

    id: str
    name: str
    kind: str
    brands: tuple[str, ...]
    sources: tuple[str, ...]
    page: str | None = None
    signs: tuple[str, ...] = ()  # WarningSigns ids
    cautions: tuple[str, ...] = ()  # Caution ids
    also: tuple[str, ...] = ()  # other names it goes by (not brands), such as "paracetamol"
    tags: tuple[str, ...] = ()  # situation tags a current treatment with it may suggest

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.brands, *self.also)


@dataclass(frozen=True)
class RecordsContent:
    """Everything the records need from the handbook. Empty when the content has none of it."""

    lab_tests: tuple[LabTest, ...] = ()
    drugs: tuple[DrugEntry, ...] = ()
    signs: Mapping[str, WarningSigns] = field(default_factory=dict)
    cautions: Mapping[str, Caution] = field(default_factory=dict)
    origin_cautions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # origin id -> caution ids
    child_pugh: ChildPughDefinition | None = None
    albi: AlbiDefinition | None = None
    _tests_by_id: Mapping[str, LabTest] = field(init=False, repr=False, compare=False)
    _drugs_by_id: Mapping[str, DrugEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("signs", "cautions", "origin_cautions"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))
        object.__setattr__(self, "_tests_by_id", MappingProxyType({t.id: t for t in self.lab_tests}))
        object.__setattr__(self, "_drugs_by_id", MappingProxyType({d.id: d for d in self.drugs}))

    def __reduce__(self) -> tuple[type[RecordsContent], tuple[object, ...]]:
        # The read-only mappings cannot be pickled; the content cache stores the plain values.
        return (
            RecordsContent,
            (
                self.lab_tests,
                self.drugs,
                dict(self.signs),
                dict(self.cautions),
                dict(self.origin_cautions),
                self.child_pugh,
                self.albi,
            ),
        )

    def lab_test(self, test_id: str) -> LabTest | None:
        return self._tests_by_id.get(test_id)

    def drug(self, drug_id: str) -> DrugEntry | None:
        return self._drugs_by_id.get(drug_id)


EMPTY_RECORDS = RecordsContent()
