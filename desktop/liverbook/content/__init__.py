"""The handbook's content: a typed model, a careful YAML loader, and the Markdown subset of page bodies.

Nothing in this package imports Qt.
"""

from pathlib import Path

from liverbook.content.errors import ContentError, ContentErrors
from liverbook.content.model import TABS, Handbook, Page, Question, Source, Tag, Term, Topic


def load_handbook(folder: Path) -> Handbook:
    """Read every ``*.yaml`` file below ``folder`` into a checked Handbook, or raise ContentErrors.

    (The loader, and PyYAML with it, is imported on first use: a start served by
    :mod:`liverbook.content.cache` never needs them.)
    """
    from liverbook.content.loader import load_handbook as load

    return load(folder)


__all__ = [
    "TABS",
    "ContentError",
    "ContentErrors",
    "Handbook",
    "Page",
    "Question",
    "Source",
    "Tag",
    "Term",
    "Topic",
    "load_handbook",
]
