"""The Qt widgets: thin views over the app core (:mod:`liverbook.core`). A feature is found in one guess:

* ``app.py`` starts Qt and the window; ``startup.py`` opens the data folder (lock, damage, read-only);
  ``prompts.py`` is the one service through which anything asks the user (tests replace it);
  ``core_signals.py`` turns the core's events into Qt signals.
* ``window/``: the main window, split by job (tabs, notes, search, menus, layout, backups...).
* ``views/``: what the tabs and panes show (a page tab, the Questions tab, the glossary, the notes
  pane, search results); every tab is a :class:`~liverbook.ui.views.tab_view.TabView`.
* ``dialogs/``: one module per dialog, each registered (``dialogs/registry.py``).
* ``widgets/``: small pieces used in several places (the reading pane, lists, labels, the autosave
  timer, fitting to the screen).
* ``appearance/``: colour themes, the text size, and the style that sizes controls with the text.

Nothing outside ``ui/`` imports it; ``ui/`` imports the core, never the reverse.
"""
