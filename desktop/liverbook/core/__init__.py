"""The app core: one data folder's handbook, store, situation, search index and visit-report choices. No Qt.

The window (``liverbook.ui``) and the command line (``liverbook.cli``) both drive a
:class:`~liverbook.core.app_core.Core`; see docs/architecture.md for what lives where and how data
flows. This package imports nothing at import time, so that importing one small module of it (the
situation rule, the entry keys) stays cheap:

* :mod:`.app_core`: :class:`~.app_core.Core`, the object that owns it all, and its events;
* :mod:`.events`: plain-Python observer events (the window adapts them to Qt signals);
* :mod:`.keys`: typed keys of what a tab lists (a page, a topic of questions, a glossary term...);
* :mod:`.situation`: "my situation" -> tags -> the pages marked "For you" (written once, here);
* :mod:`.autosave`: the one autosave engine (debounce, retry with backoff), on an injectable clock;
* :mod:`.notes`: notes, read a page at a time and saved with an event;
* :mod:`.index_upkeep` and :mod:`.index_sources`: the search index, built off the GUI thread and
  kept current from the core's events;
* :mod:`.preferences`: where the visit report's choices (and later preferences) are kept;
* :mod:`.data`: export, import and delete-all of the user's data.
"""
