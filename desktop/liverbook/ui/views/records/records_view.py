"""The "My records" tab: its parts listed on the left (keyboard: arrow keys, then Tab into the part),
the chosen part on the right. Each part is built the first time it is shown (start-up builds none
but the first), follows the records as they change (``records_changed``), and is read again after an
import or Delete all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from liverbook.core.app_core import Core
from liverbook.core.keys import EntryKey
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.ui.core_signals import signals_of
from liverbook.ui.views.tab_view import TabView
from liverbook.ui.widgets.tab_path import chain_after

TAB_ID = "records"
TITLE = QT_TRANSLATE_NOOP("Tabs", "My records")
# (part id, title, what it holds): the order of the list on the left.
PARTS: tuple[tuple[str, str, str], ...] = (
    (
        "glance",
        QT_TRANSLATE_NOOP("Records", "At a glance"),
        QT_TRANSLATE_NOOP("Records", "Your next visit, who to call, and printouts"),
    ),
    (
        "medicines",
        QT_TRANSLATE_NOOP("Records", "My medicines"),
        QT_TRANSLATE_NOOP("Records", "Every medicine you take, and what the handbook says about it"),
    ),
    (
        "treatments",
        QT_TRANSLATE_NOOP("Records", "My treatments"),
        QT_TRANSLATE_NOOP("Records", "Your treatments over time, as a timeline"),
    ),
    (
        "care-team",
        QT_TRANSLATE_NOOP("Records", "My care team"),
        QT_TRANSLATE_NOOP("Records", "The people who look after you, and who to call for urgent problems"),
    ),
    (
        "visits",
        QT_TRANSLATE_NOOP("Records", "My visits"),
        QT_TRANSLATE_NOOP("Records", "Appointments, the questions you take, and what you understood"),
    ),
    (
        "numbers",
        QT_TRANSLATE_NOOP("Records", "My numbers"),
        QT_TRANSLATE_NOOP("Records", "Lab results from your letters, as charts and tables"),
    ),
    (
        "scores",
        QT_TRANSLATE_NOOP("Records", "My liver scores"),
        QT_TRANSLATE_NOOP("Records", "Child-Pugh and ALBI, worked out step by step"),
    ),
)
# What a search result's record kind opens ("medicine:3" -> the medicines part).
RESULT_PARTS = {
    "medicine": "medicines",
    "treatment": "treatments",
    "contact": "care-team",
    "visit": "visits",
    "lab": "numbers",
}


def part_key(part_id: str) -> EntryKey:
    return EntryKey.intro(f"records-{part_id}")


class RecordsView(TabView):
    """The person's records, part by part."""

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(TAB_ID, translate("Tabs", TITLE), parent)
        self.core = core
        self.stack = QStackedWidget()
        self.panels: dict[str, QWidget] = {}
        for part_id, title, summary in PARTS:
            self.add_entry(part_key(part_id), translate("Records", title), translate("Records", summary))
        self.reader.hide()  # every part is a form or a list: the tab has no page to read
        self.reader.setParent(self)
        self._lay_out(self.stack)
        self.outline.hide()
        signals = signals_of(core)
        signals.records_changed.connect(self._records_changed)
        signals.situation_changed.connect(lambda _for_you: self._records_changed("situation"))
        signals.diary_changed.connect(lambda _entry: self._records_changed("diary"))

    def content_widget(self) -> QWidget:
        return self.stack

    def _builders(self) -> dict[str, Callable[[], QWidget]]:
        from liverbook.ui.views.records.care_team_panel import CareTeamPanel
        from liverbook.ui.views.records.glance_panel import GlancePanel
        from liverbook.ui.views.records.medicines_panel import MedicinesPanel
        from liverbook.ui.views.records.numbers_panel import NumbersPanel
        from liverbook.ui.views.records.scores_panel import ScoresPanel
        from liverbook.ui.views.records.treatments_panel import TreatmentsPanel
        from liverbook.ui.views.records.visits_panel import VisitsPanel

        core = self.core
        return {
            "glance": lambda: GlancePanel(core), "medicines": lambda: MedicinesPanel(core),
            "treatments": lambda: TreatmentsPanel(core), "care-team": lambda: CareTeamPanel(core),
            "visits": lambda: VisitsPanel(core), "numbers": lambda: NumbersPanel(core),
            "scores": lambda: ScoresPanel(core),
        }  # fmt: skip

    def panel(self, part_id: str) -> QWidget:
        """The part's panel, built now if it was not yet."""
        found = self.panels.get(part_id)
        if found is None:
            found = self._builders()[part_id]()
            link = getattr(found, "link_activated", None)
            if link is not None:
                link.connect(self.link_activated)
            go = getattr(found, "go_to", None)
            if go is not None:
                go.connect(self.show_part)
            self.panels[part_id] = found
            self._tell_place(part_id, found)
            self.stack.addWidget(found)
            self._chain(found)
            moved = getattr(found, "tab_path_changed", None)
            if moved is not None:
                moved.connect(lambda panel=found: self._chain(panel))
        return found

    def _tell_place(self, part_id: str, panel: QWidget) -> None:
        """The part's autosave says where its words are, and shows them, for the window's quit question."""
        engine = getattr(panel, "engine", None)
        if engine is None:
            return
        title = translate("Records", dict((p, t) for p, t, _s in PARTS)[part_id])

        def place() -> str:
            what = getattr(panel, "unsaved_what", lambda: "")()
            where = translate("Records", "My records > {part}").format(part=title)
            return translate("Records", "{where}: {what}").format(where=where, what=what) if what else where

        engine.place = place
        engine.reveal = lambda: self.reveal(part_id)

    def reveal(self, part_id: str) -> None:
        """Bring a part to the front (its tab, the part, its form), to finish or copy what is not saved."""
        window = self.window()
        tabs = getattr(window, "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setCurrentIndex(tabs.indexOf(self))
        panel = self.show_part(part_id)
        focus = getattr(panel, "focus_form", None)
        (focus if focus is not None else panel.setFocus)()

    def _chain(self, panel: QWidget) -> None:
        """Tab goes from the list of parts into the part, in reading order (it was built after the window)."""
        chain_after(self.page_list, panel)

    # -- navigation --------------------------------------------------------------------------------
    def show_row(self, row: int) -> None:
        keys = self.keys()
        if not 0 <= row < len(keys):
            return
        part_id = PARTS[row][0]
        for other_id, other in self.panels.items():
            if other_id != part_id:
                flush = getattr(other, "flush", None)
                if flush is not None:
                    flush()
        self.stack.setCurrentWidget(self.panel(part_id))
        self.entry_shown.emit(keys[row])

    def show_part(self, part_id: str) -> QWidget:
        """Show a part (and choose it in the list); its panel."""
        self.show_key(part_key(part_id))
        return self.panel(part_id)

    def focus_content(self) -> None:
        shown = self.stack.currentWidget()
        (shown if shown is not None else self.page_list).setFocus()

    def open_result(self, result: object) -> None:
        """A search result of kind "record" ("medicine:3"): its part, with that record chosen."""
        kind, _, ident = str(getattr(result, "key", "")).partition(":")
        part_id = RESULT_PARTS.get(kind)
        if part_id is None:
            return
        window = self.window()
        tabs = getattr(window, "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setCurrentIndex(tabs.indexOf(self))
        panel = self.show_part(part_id)
        choose = getattr(panel, "choose", None)
        if choose is not None and ident.isdigit():
            choose(int(ident))
        panel.setFocus()

    # -- the data ------------------------------------------------------------------------------------
    def _records_changed(self, kind: str) -> None:
        for panel in self.panels.values():
            follow = getattr(panel, "records_changed", None)
            if follow is not None:
                follow(kind)

    def flush(self) -> bool:
        results = [getattr(p, "flush", lambda: True)() for p in self.panels.values()]
        return all(results)

    def reload(self) -> None:
        for panel in self.panels.values():
            forget = getattr(panel, "forget", None)
            if forget is not None:
                forget()
        self._records_changed("all")
