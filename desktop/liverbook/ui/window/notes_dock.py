"""The notes pane docked beside the tabs: "My notes", always at hand, following the page being read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

from liverbook.core.app_core import Core
from liverbook.core.keys import EntryKey, EntryKind
from liverbook.i18n import translate
from liverbook.ui.views.notes_pane import NotesPane
from liverbook.ui.widgets.fit import scrolling
from liverbook.ui.widgets.jump import find_in

if TYPE_CHECKING:
    from liverbook.search import Result


class NotesDock:
    """The dock and its pane, for one window."""

    def __init__(self, core: Core, window: QMainWindow) -> None:
        self.pane = NotesPane(core)
        self.dock = QDockWidget(translate("NotesDock", "My notes"), window)
        self.dock.setObjectName("notes-dock")
        self.area = scrolling(self.pane)  # a short window scrolls the pane, not the window
        self.dock.setWidget(self.area)
        self._focus_watch = _EditorShown(self)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)

    def show_editor(self) -> None:
        """Scroll the pane so the note being written is in sight, from its heading down (at large
        text sizes the box sat below the visible part of the pane, and words were typed blind)."""
        bar = self.area.verticalScrollBar()
        if bar.maximum() > 0:
            top = self.pane.heading.mapTo(self.pane, QPoint(0, 0)).y()
            bar.setValue(min(bar.maximum(), max(0, top - 4)))

    def entry_shown(self, key: EntryKey | None) -> None:
        """The reader opened something: "Note on this page" follows the page."""
        self.pane.set_current_page(key.id if key is not None and key.kind is EntryKind.PAGE else None)

    def new_note(self, page_id: str | None = None) -> None:
        self.dock.show()
        self.pane.start_note(page_id)

    def note_on_page(self) -> None:
        if self.pane.current_page:
            self.new_note(self.pane.current_page)

    def open_result(self, result: Result) -> None:
        """A note found by search: opened in the pane, the first matching words selected."""
        self.dock.show()
        self.pane.open_note(int(result.key))
        if result.first_match:
            find_in(self.pane.editor, result.first_match)
        self.pane.editor.setFocus()


class _EditorShown(QObject):
    """Calls ``show_editor`` once the note's box has the keyboard (after the pane scrolled to it)."""

    def __init__(self, dock: NotesDock) -> None:
        super().__init__(dock.pane)
        self.dock = dock
        dock.pane.editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.dock.show_editor)
        return super().eventFilter(watched, event)
