"""Small widgets and helpers used in several places: the reading pane, entry lists and the list view
over a model, labels, the undo bar, the autosave timer, fitting windows to the screen, reflowing
layouts, wrapping buttons, radio groups, jumps inside a text, and a page's outline."""
