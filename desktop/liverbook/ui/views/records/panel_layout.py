"""How a "My records" list panel is laid out: its heading, the pane above the list (the intro, a
timeline, a chart) that scrolls on its own, the list with its buttons beside the form of the chosen
record, and the read-only notice. Split from :mod:`.record_panel`, which says what the panel does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from liverbook.i18n import translate
from liverbook.ui.views.records.common import form_layout
from liverbook.ui.widgets.entry_list import entry_list
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.reflow import FlowLayout
from liverbook.ui.widgets.undo_bar import UndoBar

if TYPE_CHECKING:
    from liverbook.ui.views.records.record_panel import RecordPanel


SHORT_LINES = 16  # a panel fewer lines of text high than this starts with the pane above the list folded away


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

    # Above the list: the intro and what a kind shows there (a timeline, a chart), in a pane of its
    # own that scrolls, so that at large text sizes the list and the form keep their room.
    top = QWidget()
    top_layout = QVBoxLayout(top)
    top_layout.setContentsMargins(0, 0, 4, 0)
    top_layout.addWidget(panel.intro)
    panel.above_list(top_layout)
    top_layout.addStretch(1)
    panel.top = QScrollArea()
    panel.top.setWidgetResizable(True)
    panel.top.setFrameShape(QScrollArea.Shape.NoFrame)
    panel.top.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    panel.top.setWidget(top)
    panel.top.setAccessibleName(translate("Records", "About this list"))
    panel.parts = QSplitter(Qt.Orientation.Vertical)
    panel.parts.setChildrenCollapsible(False)
    panel.parts.addWidget(panel.top)
    panel.parts.addWidget(panel.splitter)
    panel.parts.setCollapsible(
        0, True
    )  # on a short screen at a large text size the list and form need it all
    panel.parts.setStretchFactor(0, 2)
    panel.parts.setStretchFactor(1, 3)

    panel.body = QWidget()
    body = QVBoxLayout(panel.body)
    body.setContentsMargins(0, 0, 0, 0)
    body.addWidget(panel.parts, 1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(12, 12, 12, 6)
    head = QHBoxLayout()  # the heading, and beside it what is always shown (a chooser)
    head.addWidget(panel.heading)
    panel.fixed_top(head)
    layout.addLayout(head)
    layout.addWidget(panel.banner)
    layout.addWidget(panel.body, 1)
    panel.setFocusProxy(panel.record_list)


def first_sizes(panel: RecordPanel) -> None:
    """The pane above the list as tall as it needs, up to ``top_share`` of the panel (once, when first shown)."""
    total = sum(panel.parts.sizes()) or panel.parts.height()
    inner = panel.top.widget()
    layout = inner.layout() if inner is not None else None
    if inner is None or layout is None:
        return
    width = panel.top.viewport().width()
    wanted = (
        layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else inner.sizeHint().height()
    ) + 2
    top = min(wanted, int(total * panel.top_share))
    if total < panel.fontMetrics().height() * SHORT_LINES:  # too short for both: the list and form first
        top = 0
    panel.parts.setSizes([top, max(total - top, 1)])
