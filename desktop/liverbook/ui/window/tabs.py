"""The window's tabs: which there are (a registry), building them, and going to an entry in any of them.

:data:`TAB_SPECS` lists the tabs in order. The handbook's own sections come from its content
(``liverbook.content.TABS``), then "My handbook" and the Glossary. The Go menu numbers them
(Alt+1, Alt+2...) in this order. **"My diary" and "My records" (issues 17 and 18) go in the marked
slot**: one :class:`TabSpec` each, whose ``build(core)`` returns their :class:`TabView`.

A tab is built the first time it is shown or asked for (:meth:`Tabs.view`), not at start: the
window starts with the one tab it opens on. Until then the tab bar holds an empty page for it. A
tab being built gets everything the others got at start: the window's watchers, the "For you"
marks, its place in the Tab order, and its remembered layout (the window listens to
:attr:`Tabs.built`). A tab needs nothing more to be built late; ``build`` should import its view's
module inside the function, so that the module is not imported at start either. ``keys`` (optional)
lists the entries' keys without building the tab, for going to an entry (:meth:`Tabs.open_key`).
Code that needs a tab's view asks :meth:`Tabs.view` (it builds the tab), and code that acts on
every tab acts on :meth:`Tabs.built_views` (a tab built later reads the data as it is then).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QApplication, QSizePolicy, QTabWidget, QWidget

from liverbook.content import TABS
from liverbook.core.app_core import Core
from liverbook.core.keys import EntryKey, EntryKind
from liverbook.core.situation import ForYou
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.ui.core_signals import signals_of
from liverbook.ui.views.entries import (
    GLOSSARY,
    MY_HANDBOOK,
    my_handbook_entries,
    next_visit_html,
    personal_html,
    tab_entries,
)
from liverbook.ui.views.tab_view import TabView


@dataclass(frozen=True)
class TabSpec:
    """One tab: its id (the window remembers each tab's layout under it), its title, how to build it,
    whether its entries get the "For you" star, and (optional) its entries' keys without building it."""

    tab_id: str
    title: str  # marked with QT_TRANSLATE_NOOP("Tabs", ...); shown as shown_title
    build: Callable[[Core], TabView]
    marks_for_you: bool = False
    keys: Callable[[Core], Iterable[EntryKey]] | None = None

    @property
    def shown_title(self) -> str:
        """The title in the reader's language."""
        return translate("Tabs", self.title)


def _section(tab_id: str, title: str) -> Callable[[Core], TabView]:
    def build(core: Core) -> TabView:
        if tab_id == "questions" and core.store is not None:
            from liverbook.ui.views.questions_view import QuestionsView

            return QuestionsView(core)
        from liverbook.ui.views.section_view import SectionView

        return SectionView(
            tab_id,
            translate("Tabs", title),
            tab_entries(core.book, tab_id, lambda page_id: personal_html(core.store, page_id)),
        )

    return build


def _section_keys(tab_id: str) -> Callable[[Core], Iterable[EntryKey]] | None:
    if tab_id == "questions":
        return None  # the user's own questions are listed there too: ask the built tab
    return lambda core: [entry.key for entry in tab_entries(core.book, tab_id)]


def _my_handbook(core: Core) -> TabView:
    from liverbook.ui.views.section_view import SectionView

    return SectionView(MY_HANDBOOK[0], translate("Tabs", MY_HANDBOOK[1]), [])  # filled by Tabs.mark_for_you


def _records(core: Core) -> TabView:
    from liverbook.ui.views.records.records_view import RecordsView

    return RecordsView(core)


def _diary(core: Core) -> TabView:
    from liverbook.ui.views.diary_view import DiaryView  # imported when the tab is first shown

    return DiaryView(core)


def _glossary(core: Core) -> TabView:
    from liverbook.ui.views.glossary_view import GlossaryView

    return GlossaryView(core.book)


TAB_SPECS: tuple[TabSpec, ...] = (
    *(
        TabSpec(tab_id, title, _section(tab_id, title), marks_for_you=True, keys=_section_keys(tab_id))
        for tab_id, title in TABS
    ),
    TabSpec(MY_HANDBOOK[0], MY_HANDBOOK[1], _my_handbook),
    TabSpec("diary", QT_TRANSLATE_NOOP("Tabs", "My diary"), _diary),
    TabSpec("records", QT_TRANSLATE_NOOP("Tabs", "My records"), _records),
    TabSpec(
        GLOSSARY[0], GLOSSARY[1], _glossary, keys=lambda core: [EntryKey.term(t) for t in core.book.terms]
    ),
)


class Tabs(QObject):
    """The tab widget and its views (each built when first needed), for one window."""

    link_activated = Signal(QUrl)
    entry_shown = Signal(object)  # the EntryKey shown, or None
    built = Signal(object)  # a TabView, just built and in its place

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
        self._watch = watch
        self.widget = QTabWidget()
        self.widget.setDocumentMode(True)
        self.widget.setAccessibleName(translate("Tabs", "Handbook sections"))
        self.widget.tabBar().setAccessibleName(translate("Tabs", "Sections"))
        self._views: list[TabView | None] = [None] * len(specs)
        self._holders: list[QWidget] = []  # an empty page in each tab's place until it is built
        for spec in specs:
            holder = QWidget()
            self._holders.append(holder)
            self.widget.addTab(holder, spec.shown_title)
        self._for_you = core.for_you
        self._in_window = False
        self.widget.currentChanged.connect(self._tab_changed)
        signals = signals_of(core)
        signals.situation_changed.connect(self.mark_for_you)
        # The next visit (My handbook) and who to call ("When to get help") follow the records.
        signals.records_changed.connect(self._records_changed)
        signals.data_replaced.connect(self.reload)

    # -- the views, built when first needed ----------------------------------------------------------

    def view_at(self, index: int) -> TabView:
        """The view of the tab at ``index``, built now if it was not yet."""
        view = self._views[index]
        if view is None:
            view = self._build(index)
        return view

    def _build(self, index: int) -> TabView:
        spec = self.specs[index]
        view = spec.build(self.core)
        self._views[index] = view
        view.link_activated.connect(self.link_activated)
        view.entry_shown.connect(self.entry_shown)
        self._put_in_place(index, view)
        self._watch(view)
        self._mark(spec, view, self._for_you)
        if self._in_window:
            self._order_tab_path(view)
        self.built.emit(view)
        return view

    def _put_in_place(self, index: int, view: TabView) -> None:
        """The view takes its empty page's place in the tab widget (``indexOf(view)`` then finds it)."""
        tabs = self.widget
        current = tabs.currentIndex()
        blocked = tabs.blockSignals(True)  # the same tab stays current: nothing to tell
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, view, self.specs[index].shown_title)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        self._holders[index].hide()  # kept (not deleted): it holds nothing and costs nothing
        self._size_to_shown()

    def _size_to_shown(self) -> None:
        """Only the tab shown sets the least size of the window. A tab widget is as large as its
        largest page, shown or not: at the largest text size one tab (My diary) made the window
        wider than a laptop's screen while another was read. Pages not shown ignore their size."""
        tabs = self.widget
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is None:
                continue
            wanted = (
                QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
                if index == shown
                else QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            )
            if page.sizePolicy() != wanted:
                page.setSizePolicy(wanted)

    @property
    def views(self) -> list[TabView]:
        """Every tab's view (those not built yet are built now: for tests and the self-test)."""
        return [self.view_at(index) for index in range(len(self.specs))]

    def unbuilt(self) -> list[int]:
        """The indexes of the tabs not built yet."""
        return [index for index, view in enumerate(self._views) if view is None]

    def built_views(self) -> list[TabView]:
        """The views built so far, in tab order."""
        return [view for view in self._views if view is not None]

    def view(self, tab_id: str) -> TabView | None:
        """The view of the tab with this id (built now if need be), or None if there is no such tab."""
        for index, spec in enumerate(self.specs):
            if spec.tab_id == tab_id:
                return self.view_at(index)
        return None

    def order_tab_paths(self) -> None:
        """The Tab order of every view built (call once the tabs are in their window; later ones get it when built)."""
        self._in_window = True
        for view in self.built_views():
            self._order_tab_path(view)

    def _order_tab_path(self, view: TabView) -> None:
        """The view's own Tab order, and the view with everything in it right after the tab bar in the
        window's, as if it had been built with the window (a widget made later would come last).

        Qt's setTabOrder leaves out widgets that take no focus and moves a widget's focus proxy
        instead of the widget; a view and its containers are both (Tab still stops at a container
        through its proxy). So each is made to take focus, without proxy, while it is put in place.
        """
        view.order_tab_path()
        block: list[QWidget] = [
            view
        ]  # the view and its widgets, in the order the window's chain has them now
        widget = view.nextInFocusChain()
        while widget is not None and widget is not view:
            if view.isAncestorOf(widget):
                block.append(widget)
            widget = widget.nextInFocusChain()
        saved = [(widget, widget.focusPolicy(), widget.focusProxy()) for widget in block]
        for widget, policy, proxy in saved:
            if proxy is not None:
                widget.setFocusProxy(None)  # type: ignore[arg-type]
            if not policy & Qt.FocusPolicy.TabFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        before: QWidget = self.widget.tabBar()
        for widget in block:
            QWidget.setTabOrder(before, widget)
            before = widget
        for widget, policy, proxy in saved:
            widget.setFocusPolicy(policy)
            if proxy is not None:
                widget.setFocusProxy(proxy)

    # -- navigation ------------------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.widget.setCurrentIndex(index)
        self.view_at(index).ensure_shown()

    def current_view(self) -> TabView:
        return self.view_at(self.widget.currentIndex())

    def open_key(self, key: EntryKey) -> bool:
        """Show the entry with this key in the first tab that has it, and put the focus there.

        The tabs built are asked first, then those whose spec lists its keys; only then are the
        others built, in order, until one has the entry.
        """
        order = [i for i, view in enumerate(self._views) if view is not None]
        order += [i for i, spec in enumerate(self.specs) if i not in order and spec.keys is not None]
        order += [i for i in range(len(self.specs)) if i not in order]
        for index in order:
            view = self._views[index]
            keys = self.specs[index].keys
            if view is None and keys is not None and key not in keys(self.core):
                continue
            view = self.view_at(index)
            if key in view.keys():
                self.widget.setCurrentIndex(index)
                view.show_key(key)
                view.focus_content()
                return True
        return False

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self.specs):
            focus = QApplication.focusWidget()
            # The keyboard was in the tab just hidden (Ctrl+Tab), so Qt left it on nothing shown or
            # on the empty page of a tab not built yet: it goes to this tab's list, so it is not
            # lost, and a screen reader says the name of the tab now shown.
            lost = (
                focus is not None
                and focus.window() is self.widget.window()
                and (not focus.isVisible() or focus in self._holders)
            )
            view = self.view_at(index)
            self._size_to_shown()
            view.ensure_shown()
            self.entry_shown.emit(view.current_key())
            if lost:
                view.page_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what follows the user's data --------------------------------------------------------------

    def mark_for_you(self, for_you: ForYou) -> None:
        """Star the pages meant for the reader, and list them in "My handbook" (in the tabs built so far;
        the others get the marks when they are built)."""
        self._for_you = for_you
        for spec, view in zip(self.specs, self._views, strict=True):
            if view is not None:
                self._mark(spec, view, for_you)

    def _mark(self, spec: TabSpec, view: TabView, for_you: ForYou) -> None:
        if spec.marks_for_you:
            view.mark_for_you({EntryKey(EntryKind.PAGE, page.id) for page in for_you.pages})
        if spec.tab_id == MY_HANDBOOK[0]:
            from liverbook.ui.views.section_view import SectionView

            if isinstance(view, SectionView):
                view.set_entries(
                    my_handbook_entries(self.core.book, for_you, next_visit_html(self.core.store))
                )

    def _records_changed(self, kind: str) -> None:
        if kind in ("visit", "contact"):
            self.mark_for_you(self.core.for_you)

    def flush(self) -> bool:
        """Save what was typed in any tab; True when nothing is left unsaved (a tab not built holds nothing)."""
        results = [view.flush() for view in self.built_views()]
        return all(results)

    def reload(self) -> None:
        """The user's data was replaced: the tabs built read it again (the others will when built)."""
        for view in self.built_views():
            view.reload()
