"""What the person chose to put in the visit report, and how those choices are kept between runs.

Pure Python. Page 1 ("since my last visit") is always there; the parts after it are each a yes or
no; so is page 1 again in English for a clinician (when the report is in another language). The
defaults follow the visit-report issue: page 1 and all my questions with writing lines; the
handbook extracts, the glossary and the sources off, and the rest off until the person asks
for them (they can make a report long). Saved as a small JSON object; anything unknown or
malformed in it falls back to the default for that one choice, never an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

SETTINGS_KEY = "report/choices"  # where the window keeps them in its settings file
# The period page 1 covers, ending today: since the last visit recorded (the last 4 weeks when
# there is none), or a fixed span.
PERIODS = ("last-visit", "4w", "3m", "6m", "1y", "all")
PAPER = ("auto", "letter", "a4")  # "auto" follows the computer's locale

# The parts after page 1, in the order they print (the field names of ReportChoices).
PARTS = (
    "questions",
    "notes",
    "diary_table",
    "medicines",
    "timeline",
    "call_card",
    "extracts",
    "glossary",
    "sources",
)


@dataclass(frozen=True)
class ReportChoices:
    """What goes into the visit report after page 1, the period, and the paper."""

    period: str = "last-visit"
    questions: bool = True  # all my questions, with lines to write the answers
    notes: bool = False  # every note I wrote
    diary_table: bool = False  # every diary entry of the period, in a table
    medicines: bool = False  # the whole medicines list, past ones too
    timeline: bool = False  # the treatment timeline
    call_card: bool = False  # the "call now" card, a page to cut out and fold
    extracts: bool = False  # one line about each handbook page marked for me
    glossary: bool = False  # the words used, explained
    sources: bool = False  # where the handbook's words come from, one line each
    paper: str = "auto"
    # Page 1 again in English right after it, and the call-now card in English too, for a clinician
    # who does not read the person's language (nothing changes when the report is in English).
    english_page: bool = False

    def __post_init__(self) -> None:
        for name, allowed in (("period", PERIODS), ("paper", PAPER)):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")
        for name in (*PARTS, "english_page"):
            if not isinstance(getattr(self, name), bool):
                raise TypeError(f"{name} must be true or false")

    def parts(self) -> tuple[str, ...]:
        """The parts chosen, in print order."""
        return tuple(name for name in PARTS if getattr(self, name))

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: object) -> ReportChoices:
        """Choices from saved JSON; a missing, unknown or malformed value keeps its default."""
        try:
            saved = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            saved = None
        if not isinstance(saved, dict):
            return cls()
        kept: dict[str, Any] = {}
        for f in fields(cls):
            value: Any = saved.get(f.name)
            default = getattr(cls(), f.name)
            if type(value) is type(default):
                try:
                    cls(**{f.name: value})
                except (ValueError, TypeError):
                    continue
                kept[f.name] = value
        return cls(**kept)
