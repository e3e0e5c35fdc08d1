"""Tab through a part of a window in the order it is laid out (reading order), wherever it was built.

Qt keeps one focus chain per window, in the order widgets joined it: a part built after the window
(a panel made the first time it is shown) lands at the end of the chain, after the notes pane and
the toolbar. :func:`reading_order` lists a widget's focusable controls as its layouts place them
(top to bottom, left column before right), and :func:`chain_after` puts them right after a widget.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QSplitter, QStackedWidget, QWidget


def reading_order(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab can reach, in the order their layouts show them."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget | None) -> None:
        if widget is None:
            return
        if isinstance(widget, QScrollArea):
            visit_widget(widget.widget())
            return
        if isinstance(widget, (QSplitter, QStackedWidget)):
            for index in range(widget.count()):
                visit_widget(widget.widget(index))
            return
        layout = widget.layout()
        if layout is not None:
            visit_layout(layout)
        elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            inner = item.layout()
            if item.widget() is not None:
                visit_widget(item.widget())
            elif inner is not None:
                visit_layout(inner)

    visit_widget(root)
    return found


def chain_after(first: QWidget, root: QWidget) -> None:
    """Make Tab go from ``first`` through the controls of ``root`` in reading order."""
    before = first
    for widget in reading_order(root):
        QWidget.setTabOrder(before, widget)
        before = widget
