"""Keeping the main window usable on its screen at every text size.

When the text size changes (and once the saved layout is restored): each list is kept wide enough
for its longest word, each page column wide enough to read, the notes pane gives up width first,
and the window stays inside the available area of its screen. The toolbars and tabs then arrange
themselves for the width there is (:mod:`.toolbar`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QWidget,
)

from liverbook.i18n import translate
from liverbook.ui.appearance.zoom import min_width_for_words, readable_width
from liverbook.ui.widgets.fit import fitted, frame_margins, is_maximised, screen_for

if TYPE_CHECKING:
    from liverbook.ui.views.tab_view import TabView
    from liverbook.ui.window.main_window import MainWindow

NOTES_SHARE = 0.3  # at most this share of the window's width for the notes pane after a text size change
FLOOR_LETTERS = 8  # a page column is never narrower than this, even beside notes the reader opened
SLACK = 8


class DockTitle(QWidget):
    """A dock's title in the app's text size (Qt draws its own title in the size it had at start)."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.label = QLabel(dock.windowTitle())
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton()
        close.setText("\u00d7")
        close.setAccessibleName(translate("WindowFit", "Close the notes pane (F9 opens it)"))
        close.setToolTip(translate("WindowFit", "Close the notes pane (F9 opens it again)"))
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as Qt's own; F9 closes and opens it
        close.clicked.connect(dock.close)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 2, 2)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        dock.setTitleBarWidget(self)


class WindowFit(QObject):
    """Sizes that follow the text size, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._room_timer = QTimer(self, singleShot=True, interval=0)
        self._room_timer.timeout.connect(self.make_room)
        self._arrange_timer = QTimer(self, singleShot=True, interval=0)
        self._arrange_timer.timeout.connect(self.arrange_header)
        window.installEventFilter(self)  # a new width: tabs or the section list, one toolbar line or two
        self.notes_title = DockTitle(window.notes_dock)
        self.notes_closed_for_room = False  # the notes pane was closed to give the page room
        self.notes_kept_by_reader = False  # ... and the reader opened it again (F9) at this text size
        window.zoom.changed.connect(self.text_size_changed)
        window.notes_dock.visibilityChanged.connect(self._notes_shown_or_hidden)
        window.tab_views.widget.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, _index: int) -> None:
        """Another tab's page may need the notes' room, or no longer need it."""
        if not self.notes_kept_by_reader:
            self.give_way_for_the_page()
        self._room_timer.start()  # the window follows the page shown (see Tabs: the others' sizes do not count)

    def _notes_shown_or_hidden(self, shown: bool) -> None:
        if shown and self.notes_closed_for_room:  # opened by the reader: it stays open at this size
            self.notes_kept_by_reader = True
        bar = self.window.statusBar()
        if shown and bar.currentMessage() == self.closed_message():
            bar.clearMessage()  # no longer true: it must not stay on screen
        self.fit_page_column()
        self._room_timer.start()

    def text_size_changed(self, _percent: int = 0) -> None:
        """Keep every list wide enough for its longest word and every page wide enough to read."""
        self.notes_kept_by_reader = False
        for view in self.window.tab_views.built_views():
            view.page_list.setMinimumWidth(min_width_for_words(view.page_list))
        dock = self.window.notes_dock.widget()
        inner = dock.widget() if isinstance(dock, QScrollArea) else None
        if isinstance(dock, QScrollArea) and inner is not None:
            dock.setMinimumWidth(
                inner.minimumSizeHint().width() + dock.verticalScrollBar().sizeHint().width()
            )
        self.give_way_for_the_page()
        self.fit_page_column()
        self._room_timer.start()  # once the layouts know the new sizes

    def view_built(self, view: TabView) -> None:
        """A tab built after start gets the sizes the others got at the text size now, and nothing
        else changes: a notes pane the reader opened stays open (it is closed for room only when
        the text size changes)."""
        view.page_list.setMinimumWidth(min_width_for_words(view.page_list))
        self.fit_page_column()
        self._room_timer.start()

    def _room(self) -> int:
        """The width the window may have on its screen."""
        window = self.window
        margins = frame_margins(window)
        return (
            screen_for(window, window.geometry()).availableGeometry().width()
            - margins.left()
            - margins.right()
        )

    def _page_room(self, view: TabView, with_notes: bool) -> int:
        """The width left for the page column of ``view`` when the window is as wide as its screen."""
        # What the view lays beside its page (the lists, the splitter's handle; a tab such as My
        # diary may need more), measured, and the tab widget's frame and the dock's separator.
        beside = view.minimumSizeHint().width() - view.reader.minimumWidth()
        used = max(beside, view.page_list.minimumWidth()) + 2 * SLACK
        if with_notes:
            used += self.window.notes_dock.minimumSizeHint().width()
        return self._room() - used

    def give_way_for_the_page(self) -> None:
        """At a text size where the page shown could not be read beside the notes, close the notes
        pane (saying so, and how to open it); open it again when the text is made smaller or a page
        with room is shown. Only the page shown counts: where it has room, the notes stay open. Once
        the reader opens the pane again (F9), it stays open until the text size changes."""
        window = self.window
        dock = window.notes_dock
        view = window.tab_views.current_view()
        cramped = self._page_room(view, with_notes=True) < readable_width(view.reader)
        if cramped and dock.isVisibleTo(window) and not dock.isFloating():
            self._close_notes_for_room()
        elif not cramped and self.notes_closed_for_room:
            self.notes_closed_for_room = False
            dock.show()

    def _close_notes_for_room(self) -> None:
        """Close the notes pane to give the page room, and say so (never with words not saved)."""
        if self.window.notes.flush():
            self.window.notes_dock.hide()
            self.notes_closed_for_room = True
            self.window.statusBar().showMessage(self.closed_message(), 30000)

    def closed_message(self) -> str:
        """What the status bar says when the notes pane was closed for the page (short enough to be
        read whole at the largest text size)."""
        return translate("WindowFit", "Notes pane closed to make room. F9 opens it.")

    def fit_page_column(self) -> None:
        """Each page column as wide as reading needs, or all the room there is if that is less."""
        with_notes = (
            self.window.notes_dock.isVisibleTo(self.window) and not self.window.notes_dock.isFloating()
        )
        for view in self.window.tab_views.built_views():
            room = self._page_room(view, with_notes)
            floor = view.reader.fontMetrics().averageCharWidth() * FLOOR_LETTERS
            view.reader.setMinimumWidth(max(floor, min(readable_width(view.reader), room)))
            # A tab behind another is hidden, and Qt then keeps its old minimum size cached in the
            # layouts above it (so the window would stay too wide): tell them it changed.
            view.splitter.updateGeometry()
            view.updateGeometry()

    def make_room(self) -> None:
        """The notes pane gives up width to the page first; the window stays on its screen."""
        window = self.window
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # minimum sizes up to date
        dock = window.notes_dock
        narrow = max(int(window.width() * NOTES_SHARE), dock.minimumSizeHint().width())
        if dock.isVisible() and not dock.isFloating() and dock.width() > narrow:
            window.resizeDocks([dock], [narrow], Qt.Orientation.Horizontal)
        if window.isVisible() and not is_maximised(window):
            screen = screen_for(window, window.geometry())
            window.setGeometry(fitted(window.geometry(), screen.availableGeometry(), frame_margins(window)))
        self.arrange_header()
        if self._needs_the_notes_room():
            self._close_notes_for_room()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            for area in self.window.tab_views.current_view().findChildren(QAbstractScrollArea):
                # Qt leaves a sideways bar shown, with nothing left to scroll, until the next resize.
                QCoreApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
            self._room_timer.start()  # and fit again without them

    def _needs_the_notes_room(self) -> bool:
        """Measured once laid out: beside the notes pane (not opened again by the reader), the window
        could not fit its screen, or what the tab shows would scroll sideways by no more than the
        pane's width (a form at a large text size; closing the pane ends it)."""
        window = self.window
        dock = window.notes_dock
        if not dock.isVisible() or dock.isFloating() or self.notes_kept_by_reader:
            return False
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if window.minimumSizeHint().width() > self._room():
            return True
        view = window.tab_views.current_view()
        for area in view.findChildren(QAbstractScrollArea):
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.isVisible() and 0 < bar.maximum() <= dock.width():
                return True
        return False

    def arrange_header(self) -> None:
        """The tabs, or the section list when they do not fit; the toolbars on one line or two."""
        toolbars = getattr(self.window, "toolbars", None)
        if toolbars is not None:
            toolbars.arrange()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.Resize:
            self._arrange_timer.start()
        return super().eventFilter(watched, event)
