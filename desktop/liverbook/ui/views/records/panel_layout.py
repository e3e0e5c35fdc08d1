"""How a "My records" list panel is laid out: its heading, then one pane that scrolls with what is
above the list (the intro, a timeline, an offer, a chart) at full height and the list with its buttons
beside the form of the chosen record, and the read-only notice. Split from :mod:`.record_panel`, which says what the panel does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from liverbook.i18n import translate
from liverbook.ui.views.records.common import form_layout
from liverbook.ui.widgets.entry_list import entry_list
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.reflow import FlowLayout
from liverbook.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from liverbook.ui.views.records.record_panel import RecordPanel


MIN_WORK_LINES = 12  # the list (four rows or more, with its buttons) and the form: never less than this
NARROW_CHARS = 70  # a part fewer characters wide than this puts the form under the list
LIST_LINES = 10  # the list's height when the form is under it (with its buttons)


def lay_out(panel: RecordPanel, title: str, intro: str, add_label: str) -> None:
    """Make the panel's widgets (its hooks add the form's fields and what goes above and under them)."""
    panel.heading = plain_label(title, bold=True, scale=1.2)
    panel.intro = plain_label(intro)
    panel.banner = plain_label()
    panel.banner.setAccessibleName(translate("Records", "Read-only notice"))
    panel.banner.setFrameShape(panel.banner.Shape.StyledPanel)
    panel.banner.hide()
    panel.record_list = entry_list(translate("Records", "{title}: list").format(title=title.replace("&", "")))
    panel.record_list.installEventFilter(panel)
    panel.record_list.currentRowChanged.connect(panel._row_changed)
    panel.add_button = QPushButton(add_label)
    panel.add_button.setAccessibleName(add_label.replace("&", ""))
    panel.add_button.clicked.connect(panel.add_new)
    panel.remove_button = QPushButton(translate("Records", "Remove"))
    panel.remove_button.setAccessibleName(translate("Records", "Remove the chosen one (Delete)"))
    panel.remove_button.clicked.connect(panel.remove_current)
    panel.undo_bar = UndoBar()
    panel.undo_bar.undo_requested.connect(panel.undo_remove)
    panel.buttons = FlowLayout()
    panel.buttons.addWidget(panel.add_button)
    panel.buttons.addWidget(panel.remove_button)
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(panel.record_list, 1)
    column.addLayout(panel.buttons)
    column.addWidget(panel.undo_bar)

    panel.form_box = QWidget()
    panel.fields = QWidget()  # what the person types into (read-only mode makes it read-only)
    panel.form = form_layout(panel.fields)
    panel.build_form(panel.form)
    panel.status = plain_label()
    panel.status.setAccessibleName(translate("Records", "Save status"))
    inner = QVBoxLayout(panel.form_box)
    inner.addWidget(panel.status)
    inner.addWidget(panel.fields)
    panel.after_form(inner)
    inner.addStretch(1)
    panel.form_scroll = QScrollArea()
    panel.form_scroll.setWidgetResizable(True)
    panel.form_scroll.setHorizontalScrollBarPolicy(
        Qt.ScrollBarPolicy.ScrollBarAsNeeded
    )  # never cut words off
    panel.form_scroll.setWidget(panel.form_box)
    panel.form_scroll.setAccessibleName(translate("Records", "The chosen one"))
    panel.splitter = QSplitter(Qt.Orientation.Horizontal)
    panel.splitter.setChildrenCollapsible(False)
    panel.splitter.addWidget(left)
    panel.splitter.addWidget(panel.form_scroll)
    panel.splitter.setStretchFactor(0, 2)
    panel.splitter.setStretchFactor(1, 3)

    # The whole part is one pane that scrolls: the intro and what a kind shows above the list (a
    # timeline, an offer, a chart) at their full height, then the list beside the form, as tall as
    # the room left but never fewer than MIN_WORK_LINES lines (the form scrolls inside it). Nothing
    # is squeezed into a strip: at a large text size the pane scrolls instead.
    panel.top = QWidget()
    top_layout = QVBoxLayout(panel.top)
    top_layout.setContentsMargins(0, 0, 4, 0)
    top_layout.addWidget(panel.intro)
    panel.above_list(top_layout)
    content = QWidget()
    column_all = QVBoxLayout(content)
    column_all.setContentsMargins(0, 0, 0, 0)
    column_all.addWidget(panel.top)
    column_all.addWidget(panel.splitter)
    column_all.addStretch(1)
    panel.part_scroll = PartScroll(panel.top, panel.splitter, panel.form_scroll)
    panel.part_scroll.setWidget(content)
    panel.part_scroll.setAccessibleName(translate("Records", "This part of My records"))

    panel.body = QWidget()
    body = QVBoxLayout(panel.body)
    body.setContentsMargins(0, 0, 0, 0)
    body.addWidget(panel.part_scroll, 1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(12, 12, 12, 6)
    head = QHBoxLayout()  # the heading, and beside it what is always shown (a chooser)
    head.addWidget(panel.heading)
    panel.fixed_top(head)
    layout.addLayout(head)
    layout.addWidget(panel.banner)
    layout.addWidget(panel.body, 1)
    panel.setFocusProxy(panel.record_list)


class PartScroll(QScrollArea):
    """A part of My records in one pane that scrolls: ``top`` at its full height, then ``work`` (the
    list and the form). Wide: the list beside the form, as tall as the room left and at least
    MIN_WORK_LINES lines (the form scrolls inside). Narrow (large text): the form under the list at
    its full height, the list LIST_LINES lines high, and only this pane scrolls."""

    def __init__(self, top: QWidget, work: QSplitter, form_scroll: QScrollArea) -> None:
        super().__init__()
        self.top = top
        self.work = work
        self.form_scroll = form_scroll
        self._fitting = False
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top.installEventFilter(self)
        form = form_scroll.widget()
        if form is not None:
            form.installEventFilter(self)

    def narrow(self) -> bool:
        """Too few characters across for the list beside the form (a large text size)."""
        return self.viewport().width() < self.fontMetrics().averageCharWidth() * NARROW_CHARS

    def work_height(self) -> int:
        """Wide: the room under ``top``, at least MIN_WORK_LINES lines high."""
        above = _height_for(self.top, max(self.viewport().width() - 4, 1))
        content = self.widget()
        layout = content.layout() if content is not None else None
        spacing = layout.spacing() if layout is not None else 6
        least = self.fontMetrics().height() * MIN_WORK_LINES
        return max(self.viewport().height() - above - max(spacing, 0) - 2, least)

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            if self.narrow():
                self._fit_narrow()
            else:
                self.work.setOrientation(Qt.Orientation.Horizontal)
                self.form_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
                height = self.work_height()
                if self.work.height() != height or self.work.minimumHeight() != height:
                    self.work.setFixedHeight(height)
        finally:
            self._fitting = False

    def _fit_narrow(self) -> None:
        self.work.setOrientation(Qt.Orientation.Vertical)
        self.form_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        width = max(self.viewport().width() - 8, 1)
        form = self.form_scroll.widget()
        form_height = (
            (_height_for(form, width) if form is not None else 0) + 2 * self.form_scroll.frameWidth() + 2
        )
        column = self.work.widget(0)
        list_height = self.fontMetrics().height() * LIST_LINES
        if column is not None:
            list_height = max(list_height, column.minimumSizeHint().height())
        total = list_height + self.work.handleWidth() + form_height
        if self.work.minimumHeight() != total or self.work.height() != total:
            self.work.setFixedHeight(total)
        self.work.setSizes([list_height, form_height])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if (watched is self.top and kind in (QEvent.Type.LayoutRequest, QEvent.Type.Resize)) or (
            watched is self.form_scroll.widget() and kind == QEvent.Type.LayoutRequest and self.narrow()
        ):
            self.fit()
        return super().eventFilter(watched, event)


def _height_for(widget: QWidget, width: int) -> int:
    """How tall ``widget`` wants to be at ``width`` (its words wrapped)."""
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():
        return int(layout.totalHeightForWidth(width))
    return int(widget.sizeHint().height())
