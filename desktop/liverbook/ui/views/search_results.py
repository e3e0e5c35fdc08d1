"""Search as you type: the list of results shown in place of the tabs (the field: widgets/search_field.py).

The index is kept by the core (:mod:`liverbook.core.index_upkeep`). This module only shows results:
each one's title, where it is, and a snippet with the matching words marked, on a model that asks
for more results as the list is scrolled to its end. User text (notes, diary, records) reaches the
screen escaped; the snippet pieces are text, never HTML.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from liverbook.content import TABS
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.ui.widgets.model_list import ModelListView
from liverbook.ui.widgets.search_field import SearchField as SearchField  # where it was before

if TYPE_CHECKING:
    from liverbook.search import Result  # the index itself is imported on the first search

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
RESULT_ROLE = Qt.ItemDataRole.UserRole
TAB_TITLES = dict(TABS)  # translated where shown (context "Tabs")
KIND_LABELS = {
    "page": QT_TRANSLATE_NOOP("SearchResults", "Page"),
    "term": QT_TRANSLATE_NOOP("SearchResults", "Glossary"),
    "question": QT_TRANSLATE_NOOP("SearchResults", "Question to ask"),
    "note": QT_TRANSLATE_NOOP("SearchResults", "My note"),
    "diary": QT_TRANSLATE_NOOP("SearchResults", "My diary"),
    "record": QT_TRANSLATE_NOOP("SearchResults", "My records"),
}
MORE_AT_A_TIME = 50
MARK_STYLE = "background-color:#ffe27a; color:#000000; font-weight:bold"


def where(result: Result) -> str:
    """A few words on what and where a result is: "Page · Treatments", "My note"."""
    label = (
        translate("SearchResults", KIND_LABELS[result.kind]) if result.kind in KIND_LABELS else result.kind
    )
    if result.kind == "page" and result.tab in TAB_TITLES:
        tab = translate("Tabs", TAB_TITLES[result.tab])
        return f"{label} · {tab}"
    return label


def result_html(result: Result) -> str:
    """The result as rich text: escaped title and snippet, with the matching words marked."""
    snippet = "".join(
        f'<span style="{MARK_STYLE}">{html.escape(text)}</span>' if hit else html.escape(text)
        for text, hit in result.snippet
    )
    return f"<b>{html.escape(result.title)}</b> <small>({html.escape(where(result))})</small><br/>{snippet}"


def result_text(result: Result) -> str:
    """The same in plain words, for screen readers and tooltips."""
    return f"{result.title} ({where(result)}). {''.join(text for text, _ in result.snippet)}"


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML (HTML_ROLE) wrapped to the list's width.

    The laid-out documents are kept (a few hundred at most), so painting an item reuses the one its
    size was measured with instead of laying the HTML out again.
    """

    MAX_KEPT = 300

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kept: dict[tuple[str, str, int], QTextDocument] = {}

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        text = str(index.data(HTML_ROLE) or "")
        width = max(100, option.rect.width() - 12)
        key = (text, option.font.key(), width)
        doc = self._kept.get(key)
        if doc is None:
            if len(self._kept) >= self.MAX_KEPT:
                self._kept.clear()
            doc = QTextDocument()
            doc.setDefaultFont(option.font)
            doc.setHtml(text)
            doc.setTextWidth(width)
            self._kept[key] = doc
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        doc = self._document(option, index)
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 400  # type: ignore[attr-defined]
        option.rect.setWidth(width)
        doc = self._document(option, index)
        return QSize(width, int(doc.size().height()) + 8)


class ResultsModel(QAbstractListModel):
    """The results of one search; scrolled to the end, it asks for the next ones (``more``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results: list[Result] = []
        self._more: Callable[[int], list[Result]] | None = None

    def set_results(self, results: list[Result], more: Callable[[int], list[Result]] | None = None) -> None:
        """Show these; ``more(n)`` gives the first ``n`` results of the same search, when there may be more."""
        self.beginResetModel()
        self._results = list(results)
        self._more = more if len(results) >= MORE_AT_A_TIME else None
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._results)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return result_text(result)
        if role == RESULT_ROLE:
            return result
        if role == HTML_ROLE:
            return result_html(result)
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or self._more is None:
            return
        wanted = len(self._results) + MORE_AT_A_TIME
        found = self._more(wanted)
        if len(found) < wanted:
            self._more = None
        # Asked for more, the index ranks more of the user's words (the newest few hundred at first),
        # so an older note may now come before one shown: add whatever is not shown yet, once.
        shown = {(r.kind, r.key) for r in self._results}
        fresh = [r for r in found if (r.kind, r.key) not in shown]
        if fresh:
            start = len(self._results)
            self.beginInsertRows(QModelIndex(), start, start + len(fresh) - 1)
            self._results.extend(fresh)
            self.endInsertRows()


class SearchResults(QWidget):
    """The results, best first. Enter or a double click opens one; Esc goes back."""

    chosen = Signal(object)  # a Result
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(translate("SearchResults", "Search results heading"))
        self.model = ResultsModel(self)
        self.list = ModelListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("SearchResults", "Search results"))
        self.list.setItemDelegate(RichTextDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(ModelListView.ScrollMode.ScrollPerPixel)
        # Lay the results out a screenful at a time: the first ones show at once, the rest follow
        # between keystrokes (measuring all 50 rich-text items at once took most of a keystroke).
        self.list.setLayoutMode(ModelListView.LayoutMode.Batched)
        self.list.setBatchSize(10)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(lambda index: self.chosen.emit(index.data(RESULT_ROLE)))
        self.list.installEventFilter(self)
        hint = QLabel(
            translate(
                "SearchResults",
                "Up and Down choose a result, Enter opens it, Esc goes back to where you were.",
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self.setFocusProxy(self.list)

    def show_results(
        self, query: str, results: list[Result], more: Callable[[int], list[Result]] | None = None
    ) -> None:
        """Show the results of ``query``; ``more(n)``, if given, finds its first ``n`` results."""
        shown = query.strip()
        if not results:
            self.heading.setText(
                translate(
                    "SearchResults", "Nothing found for \u201c{query}\u201d. Try fewer words, or other words."
                ).format(query=shown)
            )
        else:
            count = len(results)
            if more is not None and count >= MORE_AT_A_TIME:
                heading = translate("SearchResults", "%n+ results for \u201c{query}\u201d", None, count)
            elif count == 1:
                heading = translate("SearchResults", "1 result for \u201c{query}\u201d")
            else:
                heading = translate("SearchResults", "%n results for \u201c{query}\u201d", None, count)
            self.heading.setText(heading.format(query=shown))
        self.model.set_results(results, more)
        if results:
            self.list.setCurrentRow(0)

    def current(self) -> Result | None:
        item = self.list.currentItem() or (self.list.item(0) if self.list.count() else None)
        found = item.data(RESULT_ROLE) if item is not None else None
        return cast("Result", found) if found is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # getattr: Qt may send events (a new style, say) while this object is being built or torn down.
        if watched is getattr(self, "list", None) and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
            current = self.list.currentItem()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
                self.chosen.emit(current.data(RESULT_ROLE))
                return True
        return super().eventFilter(watched, event)
