"""Back and Forward in the window: Go > Back (Alt+Left), Go > Forward (Alt+Right), the mouse's
back and forward buttons, and Backspace in a page.

Each jump (a link or citation followed, a section or search result opened, a tab chosen from the
Go menu) records the place it leaves in the core's :class:`~liverbook.core.history.History`;
Back shows that place again: its tab, its entry, scrolled as it was, with the keyboard where it
was (after citation [3], on the citation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from liverbook.core.history import History, Place
from liverbook.i18n import translate
from liverbook.ui.views.tab_view import TabView

if TYPE_CHECKING:
    from liverbook.ui.window.main_window import MainWindow


class Navigation(QObject):
    """Back and Forward for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.history = History()
        self.back_action = QAction(translate("Navigation", "&Back"), window)
        self.back_action.setShortcuts(QKeySequence.StandardKey.Back)
        self.back_action.setToolTip(
            translate("Navigation", "Back to where you were before the last link or jump")
        )
        self.back_action.triggered.connect(self.back)
        self.forward_action = QAction(translate("Navigation", "&Forward"), window)
        self.forward_action.setShortcuts(QKeySequence.StandardKey.Forward)
        self.forward_action.triggered.connect(self.forward)
        window.addAction(self.back_action)
        window.addAction(self.forward_action)
        window.tab_views.built.connect(self._hook)  # tabs are built when first shown
        for view in window.tab_views.built_views():
            self._hook(view)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the mouse's back and forward buttons, anywhere in the window
        self._update()

    def _hook(self, view: TabView) -> None:
        view.leaving.connect(self.leaving)
        view.reader.installEventFilter(self)  # Backspace in a page

    # -- where the reader is ---------------------------------------------------------------------

    def here(self) -> Place:
        view = self.window.current_view()
        reader = view.reader
        cursor = reader.textCursor()
        scroll = reader.verticalScrollBar().value()
        return Place(view.tab_id, view.current_key(), scroll, cursor.position(), cursor.anchor())

    def leaving(self) -> None:
        """A jump is about to happen: remember the place it leaves."""
        self.history.leaving(self.here())
        self._update()

    def back(self) -> None:
        self._go(self.history.back(self.here()))

    def forward(self) -> None:
        self._go(self.history.forward(self.here()))

    def _go(self, place: Place | None) -> None:
        self._update()
        if place is None:
            return
        tabs = self.window.tab_views
        view = tabs.view(place.tab_id)
        if view is None:
            return
        index = tabs.widget.indexOf(view)
        if tabs.widget.currentIndex() != index:
            tabs.show_tab(index)
        if place.key is not None and view.current_key() != place.key:
            view.show_key(place.key)
        restore(view, place)
        if not view.reader.isVisible():  # a topic's questions, My questions: the keyboard goes there
            view.focus_content()

    def go_to_tab(self, index: int) -> None:
        """Go > 1 to 8 (Alt+1...): show that tab and put the keyboard in its list, even if it is
        the tab shown already (a screen reader then says which tab it is)."""
        tabs = self.window.tab_views
        if not 0 <= index < len(tabs.specs):
            return
        if tabs.widget.currentIndex() != index:
            self.leaving()
            tabs.show_tab(index)
        tabs.view_at(index).page_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    # -- keys and mouse buttons --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            button = event.button()
            sideways = button in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton)
            if sideways and self._in_window(watched):
                (self.back if button == Qt.MouseButton.BackButton else self.forward)()
                return True
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QTextBrowser) and _backspace(event):
            self.back()
            return True
        return super().eventFilter(watched, event)

    def _in_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self.window


def _backspace(event: QEvent) -> bool:
    plain = isinstance(event, QKeyEvent) and event.modifiers() == Qt.KeyboardModifier.NoModifier
    return plain and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Backspace


def restore(view: TabView, place: Place) -> None:
    """Scroll the view's page as it was and put the keyboard where it was (a link: selected again,
    so Enter follows it and Tab goes on from it)."""
    reader = view.reader
    document = reader.document()
    document.documentLayout()  # laid out before scrolling
    last = max(0, document.characterCount() - 1)
    cursor = QTextCursor(document)
    cursor.setPosition(min(place.anchor if place.anchor >= 0 else place.cursor, last))
    cursor.setPosition(min(place.cursor, last), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.verticalScrollBar().setValue(place.scroll)
    if reader.isVisible():
        reader.setFocus(Qt.FocusReason.OtherFocusReason)
