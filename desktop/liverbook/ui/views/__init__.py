"""What the window shows: the tabs (:mod:`.tab_view` is the base of all of them; :mod:`.section_view`,
:mod:`.questions_view`, :mod:`.glossary_view`), what they list (:mod:`.entries`), the notes pane and
its model, "My questions", and search results. "My diary" and "My records" views go here too."""

CHECK_IN_KEY = "Ctrl+Shift+D"  # View > "Check in to my diary…", named on the diary's first page
