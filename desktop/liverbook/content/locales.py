"""Which content belongs to which language: English at the top of content/, others in content/<locale>/.

A locale's folder (``content/es/``, ``content/pt_BR/``) mirrors the English tree; the English loader
leaves it alone, and the per-language overlay reads it (docs/architecture.md).
"""

from __future__ import annotations

import re
from pathlib import Path

LOCALE_FOLDER = re.compile(r"[a-z]{2}(_[A-Z]{2})?")


def in_locale_folder(path: Path, folder: Path) -> bool:
    """True for a file under ``content/<locale>/`` (``es``, ``pt_BR``): another language's copy, not English."""
    parts = path.relative_to(folder).parts
    return len(parts) > 1 and LOCALE_FOLDER.fullmatch(parts[0]) is not None


def locales_present(folder: Path) -> list[str]:
    """The locales that have content in ``folder`` (``["es"]``), sorted; English is not one of them."""
    try:
        found = [p for p in Path(folder).iterdir() if p.is_dir() and LOCALE_FOLDER.fullmatch(p.name)]
    except OSError:
        return []
    return sorted(p.name for p in found if p.name != "en" and any(p.rglob("*.yaml")))
