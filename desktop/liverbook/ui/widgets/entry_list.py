"""The list of a tab's entries (titles that wrap and re-wrap), and the splitter that puts it beside a page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
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

SHOWN_AT_LEAST = 4  # entries a list shows whole or shortened, however large the text
FEWEST_LINES = 2  # a shortened title keeps two lines: one line at the largest size said only "How liver …"
ANY = 1_000


class WrappingDelegate(QStyledItemDelegate):
    """Item heights measured at the list's real width, so a wrapped title is never cut short; and
    titles kept to as many lines as let the list show SHOWN_AT_LEAST of them.

    Qt's own size hint for word-wrapped items can use a different width than the one it paints
    with, and then draws "Getting the most from..." with an ellipsis and a blank line below. At the
    largest text size on a laptop a title took five lines and the list showed one entry: a title
    longer than its share ends with "…" (the item keeps the whole title, for screen readers, and
    the page beside says it whole). The share is worked out when Qt asks for sizes; painting reads
    no widget (a view being taken down is painted too, and Python touching it then crashed).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._most = ANY  # lines a title may take, as last measured
        self._margin = 8

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if self._most < ANY and option.text:
            width = max(40, option.rect.width() - self._margin)
            option.text = " ".join(shortened(option.text, QFontMetrics(option.font), width, self._most))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        QStyledItemDelegate.initStyleOption(self, option, index)  # the whole title
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QListView):
            width = view.viewport().width() - 2 * view.spacing()
        style = view.style() if view is not None else None
        margin = (
            (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) * 2 if style else 6
        )
        self._margin = margin + 6  # a little inside the style's own text rectangle
        metrics = QFontMetrics(option.font)
        self._most = most_lines(view, metrics)
        lines = shortened(option.text, metrics, max(40, width - self._margin), self._most)
        return QSize(width, metrics.lineSpacing() * len(lines) + 6)


def shortened(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """``text`` broken into lines at spaces no wider than ``width``; past ``most`` lines, the last
    one ends with "…"."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and metrics.horizontalAdvance(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    if len(lines) > most:
        rest = " ".join(lines[most - 1 :])
        lines = [*lines[: most - 1], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return lines or [""]


def most_lines(view: QWidget | None, metrics: QFontMetrics) -> int:
    """How many lines a title may take so that the list shows SHOWN_AT_LEAST entries (FEWEST_LINES
    at least)."""
    if not isinstance(view, QListView) or view.viewport().height() <= 0:
        return ANY
    per_entry = view.viewport().height() // SHOWN_AT_LEAST - 6 - 2 * view.spacing()
    return max(FEWEST_LINES, per_entry // max(1, metrics.lineSpacing()))


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
        stacked.setStretchFactor(0, 2)
        stacked.setStretchFactor(1, 1)  # the list first: at large sizes it showed one title
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
