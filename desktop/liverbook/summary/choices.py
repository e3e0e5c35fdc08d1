"""What the user chose to put in the printed summary, and how those choices are kept between runs.

Pure Python. The choices are saved as a small JSON object (the window keeps it in its settings file);
anything unknown or malformed in it falls back to the default for that one choice, never an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

SETTINGS_KEY = "summary/choices"  # where the window keeps them in its settings file
PAGES = ("full", "summary", "none")  # pages marked "For you": full text, one-line summaries, or none
NOTES = ("all", "pages", "none")  # every note, only notes on pages marked "For you", or none
PAPER = ("auto", "letter", "a4")  # "auto" follows the computer's locale


@dataclass(frozen=True)
class SummaryChoices:
    """What goes into the summary. The defaults make a short, useful summary for a first visit."""

    situation: bool = True
    pages: str = "summary"
    questions: bool = True
    writing_lines: bool = True
    notes: str = "all"
    glossary: bool = True
    sources: bool = True
    paper: str = "auto"

    def __post_init__(self) -> None:
        for name, allowed in (("pages", PAGES), ("notes", NOTES), ("paper", PAPER)):
            if getattr(self, name) not in allowed:
                raise ValueError(f"{name} must be one of {', '.join(allowed)}")

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: object) -> SummaryChoices:
        """Choices from saved JSON; a missing, unknown or malformed value keeps its default."""
        try:
            saved = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            saved = None
        if not isinstance(saved, dict):
            return cls()
        defaults = asdict(cls())
        kept: dict[str, Any] = {}
        for name, default in defaults.items():
            value: Any = saved.get(name)
            if type(value) is type(default):
                try:
                    cls(**{name: value})
                except ValueError:
                    continue
                kept[name] = value
        return cls(**kept)
