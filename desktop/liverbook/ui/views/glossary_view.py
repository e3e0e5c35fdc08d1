"""The Glossary tab: every medical word in the handbook, A to Z, with a filter and its plain meaning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from liverbook.content import Handbook
from liverbook.core.keys import EntryKey
from liverbook.i18n import translate
from liverbook.ui.views.entries import GLOSSARY, glossary_entries
from liverbook.ui.views.section_view import SectionView


class GlossaryView(SectionView):
    """A SectionView of glossary terms, with a filter above the list (words and other names match)."""

    def __init__(self, book: Handbook, parent: QWidget | None = None) -> None:
        super().__init__(GLOSSARY[0], translate("Tabs", GLOSSARY[1]), glossary_entries(book), parent)
        self.book = book
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("GlossaryView", "Find a word"))
        self.filter_edit.setAccessibleName(translate("GlossaryView", "Find a word in the glossary"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.returnPressed.connect(self._open_first_shown)
        self.empty_label = QLabel(translate("GlossaryView", "No word in the glossary matches."))
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.hide()
        # The filter above the list, in the left column.
        self.left_column.insertWidget(0, self.filter_edit)
        self.left_column.insertWidget(1, self.empty_label)
        self.setFocusProxy(self.filter_edit)

    def order_tab_path(self) -> None:
        """Tab in the order things are seen: the field above the list, the list, then the page.

        (The field is made after them.) Call once the view is in its window: Qt keeps the order
        only among widgets that already share a window.
        """
        QWidget.setTabOrder(self.filter_edit, self.page_list)
        super().order_tab_path()

    def apply_filter(self, text: str) -> None:
        """Hide the words that do not contain the typed letters (in the word or its other names)."""
        wanted = text.strip().casefold()
        shown = 0
        for row, entry in enumerate(self.entries):
            term = self.book.terms[entry.key.id]
            names = (term.term, *term.also)
            match = not wanted or any(wanted in name.casefold() for name in names)
            self.page_list.item(row).setHidden(not match)
            shown += match
        self.empty_label.setVisible(shown == 0)

    def shown_keys(self) -> list[EntryKey]:
        return [e.key for row, e in enumerate(self.entries) if not self.page_list.item(row).isHidden()]

    def _open_first_shown(self) -> None:
        shown = self.shown_keys()
        if shown:
            self.show_key(shown[0])
            self.page_list.setFocus()
