"""The "My records" tab: medicines, treatments, the care team, visits and lab numbers (issue 18).

:mod:`.records_view` is the tab (a list of its parts beside the part chosen); each part is a panel
(:mod:`.record_panel` is what the medicines, treatments, care team, visits and results panels
share: a list beside the form of the chosen record, saved as the person types by the one autosave
engine). What needs no screen lives in :mod:`liverbook.records` (forms, present, lab_charts) and
the store.
"""
