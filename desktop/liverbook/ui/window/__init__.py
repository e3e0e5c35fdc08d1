"""The main window, split by job: one module each (see :mod:`.main_window` for how they fit together).

================  =====================================================================
module            job
================  =====================================================================
main_window       puts the parts together; the few methods others call
tabs              which tabs there are (a registry: the handbook's, My handbook, diary, records)
notes_dock        the notes pane beside the tabs
search            the search field, results in place of the tabs, opening a result
glossary_popups   a glossary word's meaning beside it
menus, toolbar    the menus and the toolbar
dialogs           the dialogs this window has open (from ``liverbook.ui.dialogs``)
data_actions      export, import and delete all, asked and told through Prompts
diary_actions     the check-in key, the diary as a spreadsheet, diary search results
example_mode      the example person: title, banner, Help > Explore in a second window
restore           File > Restore a backup copy… (every backup, or a file; what it is, asked first)
damage            damage found while the window is open: the offer of start-up, then read again
layout            the size, tab, entries and splitters remembered between runs
backups           the daily backup while the window is open
window_fit        sizes that follow the text size; the window on its screen
status_line       the status bar's notice and latest message
================  =====================================================================
"""
