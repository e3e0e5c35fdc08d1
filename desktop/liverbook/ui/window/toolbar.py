"""The toolbars above the page, and the choice of section, arranged for the room there is.

Four toolbars: the search field; the list to choose the section from (when the tabs do not fit);
"My situation" and "Prepare for a visit"; the text size buttons A+ and A-. When they fit on one
line they share it, as they always did. At large text sizes they would not: the search field
shrank to "Search th…" and A- was cut off. Then the search field and the text size buttons take
the first line, and the others a second one; where even these do not fit side by side (longer
words, as in Spanish), the section list and the buttons take a line each.

Tabs: with eight of them ("My diary" and "My records" join) at a large text size on a laptop,
the tab bar scrolled half of them out of sight. When the tabs do not all fit, the tab bar gives
way to "Section", a list that names the section shown and offers every one (a combo box, which a
screen reader reads as one); Alt+1 to Alt+8 go to them as before.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPolygon
from PySide6.QtWidgets import (
    QComboBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from liverbook.i18n import translate
from liverbook.ui.widgets.key_names import spoken_keys

if TYPE_CHECKING:
    from liverbook.ui.window.main_window import MainWindow

SLACK = 24  # pixels of toolbar handles and margins, and a little room
HYSTERESIS = 12  # the tabs come back only when they fit with this much to spare


class SectionChooser(QComboBox):
    """ "Section": the sections of the handbook as a list, for when the tabs do not all fit."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__()
        self.tabs = tabs
        self.setAccessibleName(translate("Toolbar", "Section"))
        self.setToolTip(
            translate("Toolbar", "Choose a section (Alt+1 to Alt+{last})").format(last=tabs.count())
        )
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view().setAccessibleName(translate("Toolbar", "Sections"))
        self.refresh()
        tabs.currentChanged.connect(self._tab_changed)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Qt's arrow stays a few pixels wide at every text size: draw one that grows with the text."""
        super().paintEvent(event)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        area = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        size = min(area.width() - 2, self.fontMetrics().height() // 3)
        if size < 8:
            return
        middle = area.center()
        half = size // 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawPolygon(
            QPolygon(
                [
                    QPoint(middle.x() - half, middle.y() - half // 2),
                    QPoint(middle.x() + half, middle.y() - half // 2),
                    QPoint(middle.x(), middle.y() + half // 2 + 1),
                ]
            )
        )
        painter.end()

    def refresh(self) -> None:
        """The tabs' names, and the one shown chosen."""
        names = [self.tabs.tabText(i).replace("&", "") for i in range(self.tabs.count())]
        if names != [self.itemText(i) for i in range(self.count())]:
            self.blockSignals(True)
            self.clear()
            self.addItems(names)
            self.blockSignals(False)
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        if self.currentIndex() != index:
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)


class Toolbars(QObject):
    """The window's toolbars and section chooser, on one line or two as the room allows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.search_bar = self._bar("search-toolbar", translate("Toolbar", "Search"))
        self.section_bar = self._bar("section-toolbar", translate("Toolbar", "Section"))
        self.actions_bar = self._bar("main-toolbar", translate("Toolbar", "Main actions"))
        self.size_bar = self._bar("text-size-toolbar", translate("Toolbar", "Text size"))
        field = window.search_field
        field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search_bar.addWidget(field)
        self.chooser = SectionChooser(window.tabs)
        self.chooser.activated.connect(self._section_chosen)
        self.section_bar.addWidget(self.chooser)
        buttons: list[QWidget] = [field, self.chooser]
        for action in (window.situation_action, window.summary_action):
            self.actions_bar.addAction(action)
            buttons.append(self.actions_bar.widgetForAction(action))
        # Short labels on the bar (the menu keeps the words), so it still fits at large text sizes.
        for action, short, words in (
            (window.zoom_actions.zoom_in, "A+", translate("Toolbar", "Larger text")),
            (window.zoom_actions.zoom_out, "A\u2212", translate("Toolbar", "Smaller text")),
        ):
            action.setIconText(short)
            action.setToolTip(f"{words} ({spoken_keys(action.shortcut())})")
            self.size_bar.addAction(action)
            button = self.size_bar.widgetForAction(action)
            button.setAccessibleName(words)
            buttons.append(button)
        for button in buttons[2:]:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # toolbar buttons are not on the Tab path
        for first, second in pairwise(buttons):
            QWidget.setTabOrder(first, second)
        self.lines = 1
        self.compact = False
        self._place(lines=1)

    @property
    def two_lines(self) -> bool:
        return self.lines > 1

    def bars(self) -> tuple[QToolBar, ...]:
        return self.search_bar, self.section_bar, self.actions_bar, self.size_bar

    def _bar(self, name: str, title: str) -> QToolBar:
        bar = QToolBar(title, self.window)
        bar.setObjectName(name)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.toggleViewAction().setEnabled(False)
        return bar

    def _section_chosen(self, index: int) -> None:
        if index != self.window.tabs.currentIndex():
            self.window.navigation.leaving()
            self.window.show_tab(index)

    # -- arranging -----------------------------------------------------------------------------------

    def arrange(self) -> None:
        """Tabs or the section list; the toolbars on one line or two."""
        tabs = self.window.tabs
        bar = tabs.tabBar()
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        room = tabs.width()
        compact = needed > room if not self.compact else needed > room - HYSTERESIS
        if compact != self.compact:
            self.compact = compact
            self.chooser.refresh()
            self.section_bar.setVisible(compact)
            bar.setVisible(not compact)
        lines = self._lines_needed()
        if lines != self.lines:
            self._place(lines)
        # The search field takes what its line leaves (a toolbar line gives its room to its last bar).
        beside = self.size_bar.sizeHint().width()
        if lines == 1:
            beside += self.actions_bar.sizeHint().width() + self._section_width()
        field = self.window.search_field
        wanted = max(field.minimumSizeHint().width(), self.window.width() - beside - 2 * SLACK)
        if wanted != field.wanted_width:
            field.wanted_width = wanted
            field.updateGeometry()
        field.fit_words(wanted)

    def _section_width(self) -> int:
        return self.section_bar.sizeHint().width() if self.compact else 0

    def _lines_needed(self) -> int:
        """One line when all fits; else the search field and text size first, then the section list
        and the buttons; and these on lines of their own when they do not fit side by side either
        (longer words, as in Spanish, hid "Prepare for a visit" behind a » at the largest size)."""
        if self._one_line_fits():
            return 1
        together = self._section_width() + self.actions_bar.sizeHint().width() + SLACK
        return 2 if together <= self.window.width() else 3

    def _one_line_fits(self) -> bool:
        field = self.window.search_field
        wanted = (
            field.fontMetrics().horizontalAdvance(
                translate("SearchResults", "Search the handbook and my notes")
            )
            + 2 * SLACK
        )
        total = (
            wanted
            + self._section_width()
            + self.actions_bar.sizeHint().width()
            + self.size_bar.sizeHint().width()
            + SLACK
        )
        return total <= self.window.width()

    def _place(self, lines: int) -> None:
        window = self.window
        for bar in self.bars():
            window.removeToolBar(bar)
        top = Qt.ToolBarArea.TopToolBarArea
        search, section, actions, size = self.search_bar, self.section_bar, self.actions_bar, self.size_bar
        order: tuple[QToolBar | None, ...] = (search, section, actions, size)
        if lines == 2:  # the search field and the text size, then the section list and the buttons
            order = (search, size, None, section, actions)
        elif lines == 3:
            order = (search, size, None, section, None, actions)
        for item in order:
            if item is None:
                window.addToolBarBreak(top)
            else:
                window.addToolBar(top, item)
                item.setVisible(item is not section or self.compact)
        self.lines = lines


def build_toolbar(window: MainWindow) -> QToolBar:
    """Make the window's toolbars (kept as ``window.toolbars``); the one with the main buttons."""
    toolbars = Toolbars(window)
    window.toolbars = toolbars
    return toolbars.actions_bar
