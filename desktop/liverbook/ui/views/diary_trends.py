"""Trends: one item's chart over 2 weeks, 3 months or all time, with its table and a one-line summary.

A thin view over the diary service: :meth:`Diary.chart`, :meth:`Diary.table` and the summary in
the chart data (the same words for the screen reader, the summary line and the visit report).
Weight and temperature are in the reader's units; treatment starts and stops from "My records"
are marked on the time axis. The table is the chart's accessible twin: every answer of the period.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liverbook.core.app_core import Core
from liverbook.diary import messages as m
from liverbook.diary.items import ItemView
from liverbook.diary.trend_read import Trend
from liverbook.diary.trends import ALL_TIME, THREE_MONTHS, TWO_WEEKS, TableRow
from liverbook.i18n import translate
from liverbook.ui.views.trend_loader import Loaded, TrendLoader, Wish
from liverbook.ui.widgets.chart_view import ChartView
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.radio_groups import tab_to_the_chosen
from liverbook.ui.widgets.reflow import FlowLayout

PERIODS = (TWO_WEEKS, THREE_MONTHS, ALL_TIME)
FIRST_ITEM = "pain"
WAITING_AFTER_MS = 150  # a chart not ready by then says it is coming (a quick one just appears)


class TrendsPage(QWidget):
    """Item, period, chart or table, and the summary in words."""

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.items: list[ItemView] = []
        self.item_box = QComboBox()
        self.item_box.setAccessibleName(translate("DiaryTrends", "Item to show"))
        self.item_box.view().setAccessibleName(translate("DiaryTrends", "Items"))
        self.item_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.periods = QButtonGroup(self)
        period_row = QWidget()
        period_flow = FlowLayout(period_row)
        for index, period in enumerate(PERIODS):
            button = QRadioButton(m.tr(m.PERIODS[period]))
            button.setAccessibleName(
                translate("DiaryTrends", "Show: {period}").format(period=m.tr(m.PERIODS[period]))
            )
            self.periods.addButton(button, index)
            period_flow.addWidget(button)
        self.periods.button(0).setChecked(True)
        tab_to_the_chosen(self.periods)
        self.periods.idToggled.connect(self._period_toggled)
        self.views = QButtonGroup(self)
        view_row = QWidget()
        view_flow = FlowLayout(view_row)
        for index, words in enumerate((translate("DiaryTrends", "Chart"), translate("DiaryTrends", "Table"))):
            button = QRadioButton(words)
            button.setAccessibleName(translate("DiaryTrends", "Show as: {how}").format(how=words))
            self.views.addButton(button, index)
            view_flow.addWidget(button)
        self.views.button(0).setChecked(True)
        tab_to_the_chosen(self.views)
        self.views.idToggled.connect(self._view_toggled)
        self.summary = plain_label(bold=True)
        self.chart = ChartView()
        self.chart.redraw_wanted.connect(self._redraw)
        self.trend: Trend | None = None  # what is shown (read in a worker thread: see trend_loader.py)
        self.loader = TrendLoader(core, self)
        self.loader.loaded.connect(self._loaded)
        self._waiting = QTimer(self, singleShot=True, interval=WAITING_AFTER_MS)
        self._waiting.timeout.connect(self._say_waiting)
        self.table: QTableWidget | None = None  # made when first asked for (most readers look at the chart)
        self._rows: list[TableRow] = []
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        item_label = QLabel(translate("DiaryTrends", "&Item:"))
        item_label.setBuddy(self.item_box)
        form.addRow(item_label, self.item_box)
        form.addRow(QLabel(translate("DiaryTrends", "Period:")), period_row)
        form.addRow(QLabel(translate("DiaryTrends", "Show as:")), view_row)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("DiaryTrends", "Trends"), bold=True, scale=1.3))
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        self.note = plain_label(
            translate(
                "DiaryTrends",
                "Solid lines mark when a treatment started, dashed lines when it stopped. A thin bracket "
                "along the top means only the month (or the year) is known, not the day.",
            )
        )
        layout.addWidget(self.note)

    def _period_toggled(self, _index: int, on: bool) -> None:
        if on:
            self.refresh()

    def _view_toggled(self, index: int, on: bool) -> None:
        if on:
            self._show_as(index)

    def period(self) -> str:
        return PERIODS[max(self.periods.checkedId(), 0)]

    def current_item(self) -> ItemView | None:
        index = self.item_box.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def fill_items(self) -> None:
        """The items that have a chart (those asked first, then those no longer asked), keeping the choice."""
        if self.core.store is None:
            return
        chosen = self.current_item()
        wanted = chosen.id if chosen is not None else FIRST_ITEM
        every = [item for item in self.core.diary.items(self.core.situation.tags) if item.charted]
        self.items = [i for i in every if i.enabled] + [i for i in every if not i.enabled]
        self.item_box.blockSignals(True)
        self.item_box.clear()
        for item in self.items:
            self.item_box.addItem(
                item.label
                if item.enabled
                else translate("DiaryTrends", "{label} (not asked now)").format(label=item.label)
            )
        ids = [item.id for item in self.items]
        self.item_box.setCurrentIndex(ids.index(wanted) if wanted in ids else 0)
        self.item_box.blockSignals(False)

    @property
    def loading(self) -> bool:
        """True while the chart asked for is being read or drawn."""
        return self.loader.busy

    def refresh(self) -> None:
        """Read and draw the chosen item's chart and table again from the diary as it is now (in a
        worker thread: what was shown stays until it is ready, or "Loading…" if that takes a while)."""
        item = self.current_item()
        if item is None or self.core.store is None:
            self.loader.cancel()
            self._waiting.stop()
            self.trend = None
            self.chart.set_data(None)
            self.summary.setText(translate("DiaryTrends", "Nothing to show yet."))
            return
        self.loader.request(self._wish(item.id, self.period()))
        if not self._waiting.isActive():
            self._waiting.start()

    def _wish(self, item_id: str, period: str, trend: Trend | None = None) -> Wish:
        size = self.chart.size() if self.chart.isVisible() else self.chart.sizeHint()
        size = size.expandedTo(self.chart.minimumSizeHint())
        return Wish(item_id, period, size, self.chart.devicePixelRatioF(), self.chart.style_now(), trend)

    def _redraw(self) -> None:
        """The chart's picture no longer fits (a new size, theme or text size): drawn again aside."""
        if self.trend is not None and not self.loader.busy:
            self.loader.request(self._wish(self.trend.item_id, self.trend.period, self.trend))

    def _say_waiting(self) -> None:
        if self.loader.busy:
            words = translate("DiaryTrends", "Loading…")
            self.summary.setText(words)
            self.chart.show_waiting(words)

    def _loaded(self, loaded: Loaded) -> None:
        self._waiting.stop()
        trend = loaded.trend
        if trend is None:
            self.summary.setText(loaded.problem)
            if self.trend is None:
                self.chart.set_data(None)
            return
        if loaded.image is not None:
            self.chart.show_drawn(trend.chart, loaded.image, loaded.wish.style)
        else:
            self.chart.set_data(trend.chart)
        if trend is self.trend:
            return  # drawn again at a new size: the words and the table are as they were
        self.trend = trend
        self.summary.setText(trend.chart.summary)
        self.note.setVisible(bool(trend.chart.markers))
        self._rows = list(trend.rows)
        self._fill_table()

    def _show_as(self, index: int) -> None:
        if index == 1 and self.table is None:
            self.table = self._make_table()
            self.stack.addWidget(self.table)
            self._fill_table()
        self.stack.setCurrentWidget(self.table if index == 1 and self.table is not None else self.chart)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setAccessibleName(translate("DiaryTrends", "Every answer in this period, newest first"))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setHorizontalHeaderLabels([m.tr(m.DATE), m.tr(m.TIME), m.tr(m.ANSWER), m.tr(m.WORDS)])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        return table

    def _fill_table(self) -> None:
        if self.table is None:
            return
        self.table.setRowCount(len(self._rows))
        for n, row in enumerate(self._rows):
            for column, text in enumerate((row.date, row.time, row.answer, row.words)):
                self.table.setItem(n, column, QTableWidgetItem(text))
