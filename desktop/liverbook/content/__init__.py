"""The handbook's content: a typed model, a careful YAML loader, and the Markdown subset of page bodies.

Nothing in this package imports Qt.
"""

from liverbook.content.errors import ContentError, ContentErrors
from liverbook.content.loader import load_handbook
from liverbook.content.model import TABS, Handbook, Page, Question, Source, Tag, Term, Topic

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
