"""Full-text search over the handbook and the user's notes (no Qt here).

``SearchIndex.build(book, notes)`` indexes everything once; ``index.search(text)`` returns ranked
:class:`Result` objects as the reader types. See :mod:`liverbook.search.index` and, for how typed
text becomes a safe query, :mod:`liverbook.search.query`.
"""

from liverbook.search.index import USER_TABLES, Doc, NoteLike, Result, SearchIndex

__all__ = ["USER_TABLES", "Doc", "NoteLike", "Result", "SearchIndex"]
