"""One handbook tab: a keyboard-navigable list of entries beside a reading pane."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liverbook.ui import themes
from liverbook.ui.outline import OutlineList


@dataclass(frozen=True)
class Entry:
    """An item in a tab's list: a page or a topic of questions; ``render`` returns its HTML."""

    key: str  # "page:<id>" or "topic:<id>"
    title: str
    summary: str
    render: Callable[[bool], str]  # (for_you) -> html


def page_stylesheet() -> str:
    """The CSS the reading pane gives every page (a QTextDocument subset): layout, and the theme's colours."""
    return themes.reading_stylesheet()


class WrappingDelegate(QStyledItemDelegate):
    """Item heights measured at the list's real width, so a wrapped title is never cut short.

    Qt's own size hint for word-wrapped items can use a different width than the one it paints
    with, and then draws "Getting the most from..." with an ellipsis and a blank line below.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        view = option.widget
        width = option.rect.width()
        if isinstance(view, QListWidget):
            width = view.viewport().width() - 2 * view.spacing()
        style = view.style() if view is not None else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) * 2 if style else 6
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


def list_beside(owner: QWidget, entries: QListWidget, content: QWidget, below: QWidget | None = None) -> QSplitter:
    """Lay out ``owner`` as the entry list (with ``below`` under it) beside its content, in a
    splitter the window remembers. The left column's layout is ``owner.left_column``."""
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
    owner.left_column = column  # type: ignore[attr-defined]
    splitter.addWidget(left)
    splitter.addWidget(content)
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([260, 700])
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    owner.setFocusProxy(entries)
    return splitter


class ReadingPane(QTextBrowser):
    """Shows one rendered page; never follows a link by itself (the window decides).

    ``page_set`` is emitted each time its page is set (a new page, or new colours).
    """

    page_set = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(page_stylesheet())
        self.document().setDocumentMargin(18)
        self.setAccessibleName("Page text")
        self.source_html = ""
        themes.notifier().changed.connect(self.restyle)

    def setHtml(self, text: str) -> None:  # noqa: N802 - Qt override
        self.source_html = text
        super().setHtml(text)
        self.page_set.emit()

    @Slot(str)  # a real Qt slot: the connection ends when this pane is deleted
    def restyle(self, _theme_id: str = "") -> None:
        """New colours: Qt applies a default style sheet only when HTML is set, so set the page again."""
        scrolled = self.verticalScrollBar().value()
        self.document().setDefaultStyleSheet(page_stylesheet())
        super().setHtml(getattr(self, "source_html", ""))  # getattr: a pane still being built
        self.verticalScrollBar().setValue(scrolled)
        self.page_set.emit()


class SectionView(QWidget):
    """A list of the tab's entries and the reading pane for the chosen one."""

    link_activated = Signal(QUrl)
    entry_shown = Signal(str)

    def __init__(self, tab_id: str, title: str, entries: list[Entry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab_id = tab_id
        self.title = title
        self.entries: list[Entry] = []
        self._pending_row: int | None = None
        self.page_list = entry_list(f"{title}: list of pages")
        self.for_you: set[str] = set()
        self.reader = ReadingPane()
        self.reader.anchorClicked.connect(self._anchor_clicked)
        self.outline = OutlineList(self.reader)
        self.outline.link_chosen.connect(self._anchor_clicked)
        self.splitter = list_beside(self, self.page_list, self.reader, below=self.outline)
        self.page_list.currentRowChanged.connect(self._show_row)
        self.set_entries(entries)

    def order_tab_path(self) -> None:
        """Tab as the eye reads: the list, "On this page" under it, then the page beside them.

        Call once the view is in its window (Qt keeps an order only among widgets of one window).
        """
        QWidget.setTabOrder(self.page_list, self.outline.list)
        QWidget.setTabOrder(self.outline.list, self.reader)

    def set_entries(self, entries: list[Entry]) -> None:
        """Replace the list (keeping the chosen entry when it is still there)."""
        current = self.current_key()
        self.entries = entries
        self.page_list.blockSignals(True)
        self.page_list.clear()
        for entry in entries:
            item = QListWidgetItem(entry.title)
            item.setToolTip(entry.summary)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.page_list.addItem(item)
        self.page_list.blockSignals(False)
        self.mark_for_you(self.for_you)
        if current and current in self.keys():
            self.show_key(current)
        elif self.isVisible():
            self.ensure_shown()

    def mark_for_you(self, keys: set[str]) -> None:
        """Mark the entries meant for this reader ("For you") in the list, and redraw the open page."""
        self.for_you = set(keys)
        for row, entry in enumerate(self.entries):
            item = self.page_list.item(row)
            marked = entry.key in self.for_you
            item.setText(f"\u2605 {entry.title}" if marked else entry.title)
            item.setToolTip(f"For you. {entry.summary}" if marked else entry.summary)
            font = item.font()
            font.setBold(marked)
            item.setFont(font)
        row = self.page_list.currentRow()
        if 0 <= row < len(self.entries):
            self._show_row(row)

    def keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def current_key(self) -> str | None:
        row = self.page_list.currentRow()
        return self.entries[row].key if 0 <= row < len(self.entries) else None

    def show_key(self, key: str) -> bool:
        """Select and show the entry with this key; False if the tab has no such entry."""
        keys = self.keys()
        if key not in keys:
            return False
        row = keys.index(key)
        if self.page_list.currentRow() == row:
            self._show_row(row)
        else:
            self.page_list.setCurrentRow(row)
        return True

    def ensure_shown(self) -> None:
        """Show the first entry if nothing is chosen yet."""
        if self.page_list.currentRow() < 0 and self.entries:
            self.page_list.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        if not self.isVisibleTo(self.window()):
            # A tab behind another: draw its page when it is first shown, so that starting the app
            # renders one page, not one per tab.
            self._pending_row = row
            return
        self._pending_row = None
        entry = self.entries[row]
        self.reader.setHtml(entry.render(entry.key in self.for_you))
        self.reader.verticalScrollBar().setValue(0)
        self.entry_shown.emit(entry.key)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._pending_row is not None:
            self._show_row(self._pending_row)

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "" and url.fragment():
            self.reader.scrollToAnchor(url.fragment())
            return
        self.link_activated.emit(url)
