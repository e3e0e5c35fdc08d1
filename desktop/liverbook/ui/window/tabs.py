"""The window's tabs: which there are (a registry), building them, and going to an entry in any of them.

:data:`TAB_SPECS` lists the tabs in order. The handbook's own sections come from its content
(``liverbook.content.TABS``), then "My handbook" and the Glossary. The Go menu numbers them
(Alt+1, Alt+2...) in this order. **"My diary" and "My records" (issues 17 and 18) go in the marked
slot**: one :class:`TabSpec` each, whose ``build(core)`` returns their :class:`TabView`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QTabWidget

from liverbook.content import TABS
from liverbook.core.app_core import Core
from liverbook.core.keys import EntryKey, EntryKind
from liverbook.core.situation import ForYou
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.ui.core_signals import signals_of
from liverbook.ui.views.diary_view import DiaryView
from liverbook.ui.views.entries import (
    GLOSSARY,
    MY_HANDBOOK,
    my_handbook_entries,
    next_visit_html,
    personal_html,
    tab_entries,
)
from liverbook.ui.views.glossary_view import GlossaryView
from liverbook.ui.views.questions_view import QuestionsView
from liverbook.ui.views.section_view import SectionView
from liverbook.ui.views.tab_view import TabView


@dataclass(frozen=True)
class TabSpec:
    """One tab: its id (the window remembers each tab's layout under it), its title, how to build it,
    and whether its entries get the "For you" star."""

    tab_id: str
    title: str  # marked with QT_TRANSLATE_NOOP("Tabs", ...); shown as shown_title
    build: Callable[[Core], TabView]
    marks_for_you: bool = False

    @property
    def shown_title(self) -> str:
        """The title in the reader's language."""
        return translate("Tabs", self.title)


def _section(tab_id: str, title: str) -> Callable[[Core], TabView]:
    def build(core: Core) -> TabView:
        if tab_id == "questions" and core.store is not None:
            return QuestionsView(core)
        return SectionView(
            tab_id,
            translate("Tabs", title),
            tab_entries(core.book, tab_id, lambda page_id: personal_html(core.store, page_id)),
        )

    return build


def _my_handbook(core: Core) -> TabView:
    return SectionView(MY_HANDBOOK[0], translate("Tabs", MY_HANDBOOK[1]), [])  # filled by Tabs.mark_for_you


def _records(core: Core) -> TabView:
    from liverbook.ui.views.records.records_view import RecordsView

    return RecordsView(core)


TAB_SPECS: tuple[TabSpec, ...] = (
    *(TabSpec(tab_id, title, _section(tab_id, title), marks_for_you=True) for tab_id, title in TABS),
    TabSpec(MY_HANDBOOK[0], MY_HANDBOOK[1], _my_handbook),
    TabSpec("diary", QT_TRANSLATE_NOOP("Tabs", "My diary"), lambda core: DiaryView(core)),
    TabSpec("records", QT_TRANSLATE_NOOP("Tabs", "My records"), _records),
    TabSpec(GLOSSARY[0], GLOSSARY[1], lambda core: GlossaryView(core.book)),
)


class Tabs(QObject):
    """The tab widget and its views, for one window."""

    link_activated = Signal(QUrl)
    entry_shown = Signal(object)  # the EntryKey shown, or None

    def __init__(
        self,
        core: Core,
        watch: Callable[[TabView], None],
        specs: tuple[TabSpec, ...] = TAB_SPECS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.core = core
        self.specs = specs
        self.widget = QTabWidget()
        self.widget.setDocumentMode(True)
        self.widget.setAccessibleName(translate("Tabs", "Handbook sections"))
        self.views: list[TabView] = []
        for spec in specs:
            view = spec.build(core)
            view.link_activated.connect(self.link_activated)
            view.entry_shown.connect(self.entry_shown)
            watch(view)
            self.views.append(view)
            self.widget.addTab(view, spec.shown_title)
        self.widget.currentChanged.connect(self._tab_changed)
        signals = signals_of(core)
        signals.situation_changed.connect(self.mark_for_you)
        # The next visit (My handbook) and who to call ("When to get help") follow the records.
        signals.records_changed.connect(self._records_changed)
        signals.data_replaced.connect(self.reload)
        self.mark_for_you(core.for_you)

    def view(self, tab_id: str) -> TabView | None:
        return next((view for view in self.views if view.tab_id == tab_id), None)

    def order_tab_paths(self) -> None:
        for view in self.views:
            view.order_tab_path()

    # -- navigation ------------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.widget.setCurrentIndex(index)
        self.views[index].ensure_shown()

    def current_view(self) -> TabView:
        return self.views[self.widget.currentIndex()]

    def open_key(self, key: EntryKey) -> bool:
        """Show the entry with this key in the first tab that has it, and put the focus there."""
        for index, view in enumerate(self.views):
            if key in view.keys():
                self.widget.setCurrentIndex(index)
                view.show_key(key)
                view.focus_content()
                return True
        return False

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.views):
            self.views[index].ensure_shown()
            self.entry_shown.emit(self.views[index].current_key())

    # -- what follows the user's data --------------------------------------------------------------

    def mark_for_you(self, for_you: ForYou) -> None:
        """Star the pages meant for the reader, and list them in "My handbook"."""
        keys = {EntryKey(EntryKind.PAGE, page.id) for page in for_you.pages}
        for spec, view in zip(self.specs, self.views, strict=True):
            if spec.marks_for_you:
                view.mark_for_you(keys)
        mine = self.view(MY_HANDBOOK[0])
        if isinstance(mine, SectionView):
            mine.set_entries(my_handbook_entries(self.core.book, for_you, next_visit_html(self.core.store)))

    def _records_changed(self, kind: str) -> None:
        if kind in ("visit", "contact"):
            self.mark_for_you(self.core.for_you)

    def flush(self) -> bool:
        """Save what was typed in any tab; True when nothing is left unsaved."""
        results = [view.flush() for view in self.views]
        return all(results)

    def reload(self) -> None:
        for view in self.views:
            view.reload()
