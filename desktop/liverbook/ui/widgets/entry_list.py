"""The list of a tab's entries (titles that wrap and re-wrap), and the splitter that puts it beside a page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)


class WrappingDelegate(QStyledItemDelegate):
    """Item heights measured at the list's real width, so a wrapped title is never cut short.

    Qt's own size hint for word-wrapped items can use a different width than the one it paints
    with, and then draws "Getting the most from..." with an ellipsis and a blank line below.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        style = view.style() if view is not None else None
        margin = (
            (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) * 2 if style else 6
        )
        text_width = max(40, width - margin - 2)
        bounds = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, text_width, 100_000), int(Qt.TextFlag.TextWordWrap), option.text
        )
        return QSize(width, bounds.height() + 6)


def entry_list(accessible_name: str) -> QListWidget:
    """The keyboard-navigable list of a tab's entries, with titles that wrap and re-wrap."""
    widget = QListWidget()
    widget.setItemDelegate(WrappingDelegate(widget))
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # titles wrap instead
    widget.setAccessibleName(accessible_name)
    widget.setWordWrap(True)
    widget.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap titles when the width changes
    widget.setTextElideMode(Qt.TextElideMode.ElideNone)
    widget.setSpacing(3)
    return widget


def list_beside(
    owner: QWidget, entries: QListWidget, content: QWidget, below: QWidget | None = None
) -> tuple[QSplitter, QVBoxLayout]:
    """Lay out ``owner`` as the entry list (with ``below`` under it) beside its content, in a
    splitter the window remembers. Returns the splitter and the left column's layout."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    if below is None:
        column.addWidget(entries)
    else:
        stacked = QSplitter(Qt.Orientation.Vertical)
        stacked.setChildrenCollapsible(False)
        stacked.addWidget(entries)
        stacked.addWidget(below)
        stacked.setStretchFactor(0, 3)
        stacked.setStretchFactor(1, 2)
        column.addWidget(stacked)
    splitter.addWidget(left)
    splitter.addWidget(content)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([260, 700])
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    owner.setFocusProxy(entries)
    return splitter, column
