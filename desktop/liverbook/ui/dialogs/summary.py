"""File > Print my summary…: choose what goes in, then preview, print, or save as PDF.

The dialog is a thin view over the core: it turns its controls into
:class:`~liverbook.summary.SummaryChoices` (the core remembers them), asks the core for the summary
built from the data as it is, and hands it to :mod:`liverbook.summary.pdf` for pages. Printer and
file dialogs go through Prompts. A PDF is never written over a folder or a device, nor into a
folder that cannot be written to (:func:`liverbook.store.targets.target_problem`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liverbook import APP_NAME, __version__
from liverbook.core.app_core import Core
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.store.targets import target_problem
from liverbook.summary import Summary, SummaryChoices, suggested_pdf_name
from liverbook.summary.pdf import Pages, make_document, page_layout, render_pdf
from liverbook.ui.core_signals import signals_of
from liverbook.ui.dialogs.registry import DialogHost, DialogSpec
from liverbook.ui.prompts import Prompts, ask_save_path, documents_folder
from liverbook.ui.widgets.fit import fit_to_screen, scrolling
from liverbook.ui.widgets.radio_groups import tab_to_the_chosen
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox, WrappingRadioButton

PAGES_CHOICES = (
    ("summary", QT_TRANSLATE_NOOP("Summary", "One line about each page")),
    ("full", QT_TRANSLATE_NOOP("Summary", "The full pages")),
    ("none", QT_TRANSLATE_NOOP("Summary", "Leave them out")),
)
NOTES_CHOICES = (
    ("all", QT_TRANSLATE_NOOP("Summary", "All my notes")),
    ("pages", QT_TRANSLATE_NOOP("Summary", "Only notes on pages marked \u201cFor you\u201d")),
    ("none", QT_TRANSLATE_NOOP("Summary", "No notes")),
)
PAPER_CHOICES = (
    ("auto", QT_TRANSLATE_NOOP("Summary", "As usual on this computer")),
    ("letter", QT_TRANSLATE_NOOP("Summary", "Letter (US)")),
    ("a4", QT_TRANSLATE_NOOP("Summary", "A4")),
)


def paint_summary(summary: Summary, printer: QPrinter) -> int:
    """Draw the summary on a printer (or the preview's printer); return the page count."""
    printer.setDocName(summary.title)
    printer.setCreator(f"{APP_NAME} {__version__}")
    pages = Pages(make_document(summary), printer, summary.header)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        return pages.paint(painter)
    finally:
        painter.end()


class SummaryDialog(QDialog):
    """What goes into the summary, and the three ways out: preview, print, save as PDF."""

    def __init__(self, core: Core, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.prompts = prompts
        self.setWindowTitle(translate("Summary", "Print my summary"))
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.preview_printer: QPrinter | None = None
        choices = core.summary_choices()
        signals_of(core).situation_changed.connect(self.refresh)

        intro = QLabel(
            translate(
                "Summary",
                "Make a summary to take to your next visit. Choose what goes in. You can look at it first, "
                "print it, or save it as a PDF file.",
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.situation_box = self._check(translate("Summary", "My situation"), choices.situation)
        self.marked_label = QLabel()
        self.marked_label.setWordWrap(True)
        self.marked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pages_group, pages_box = self._radios(
            translate("Summary", "Pages marked \u201cFor you\u201d"), PAGES_CHOICES, choices.pages
        )
        pages_layout = pages_box.layout()
        assert isinstance(pages_layout, QVBoxLayout)
        pages_layout.insertWidget(0, self.marked_label)
        self.questions_box = self._check(
            translate("Summary", "My questions, with my answers"), choices.questions
        )
        self.lines_box = self._check(
            translate("Summary", "Lines to write answers on, under questions not yet answered"),
            choices.writing_lines,
        )
        self.notes_group, notes_box = self._radios(
            translate("Summary", "My notes"), NOTES_CHOICES, choices.notes
        )
        self.glossary_box = self._check(
            translate("Summary", "The meaning of medical words used in the summary"), choices.glossary
        )
        self.sources_box = self._check(
            translate("Summary", "The sources of the handbook pages included"), choices.sources
        )
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(translate("Summary", "Paper size"))
        self.paper_combo.view().setAccessibleName(translate("Summary", "Paper sizes"))
        for value, label in PAPER_CHOICES:
            self.paper_combo.addItem(translate("Summary", label), value)
        self.paper_combo.setCurrentIndex([v for v, _ in PAPER_CHOICES].index(choices.paper))
        self.paper_combo.currentIndexChanged.connect(self._changed)
        self.questions_box.toggled.connect(self.lines_box.setEnabled)
        self.lines_box.setEnabled(choices.questions)

        include = QGroupBox(translate("Summary", "What to include"))
        column = QVBoxLayout(include)
        column.addWidget(self.situation_box)
        column.addWidget(pages_box)
        column.addWidget(self.questions_box)
        indented = QVBoxLayout()
        indented.setContentsMargins(28, 0, 0, 0)  # belongs to the questions above it
        indented.addWidget(self.lines_box)
        column.addLayout(indented)
        column.addWidget(notes_box)
        column.addWidget(self.glossary_box)
        column.addWidget(self.sources_box)
        paper_row = QFormLayout()
        paper_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        paper_row.addRow(translate("Summary", "P&aper size:"), self.paper_combo)

        buttons = QDialogButtonBox()
        self.preview_button = self._button(buttons, translate("Summary", "Pre&view…"), self.preview)
        self.print_button = self._button(buttons, translate("Summary", "&Print…"), self.print_)
        self.save_button = self._button(buttons, translate("Summary", "&Save as PDF…"), self.save_pdf)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        self.preview_button.setDefault(True)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(include)
        column.addLayout(paper_row)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)  # at large text sizes the choices scroll; the buttons stay
        layout.addWidget(buttons)
        fit_to_screen(self)
        self.refresh()

    # -- building the form ----------------------------------------------------------------------------
    def _check(self, text: str, checked: bool) -> QCheckBox:
        box = WrappingCheckBox(text)
        box.setChecked(checked)
        box.toggled.connect(self._changed)
        return box

    def _radios(
        self, title: str, options: tuple[tuple[str, str], ...], current: str
    ) -> tuple[QButtonGroup, QGroupBox]:
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        group = QButtonGroup(box)
        for index, (value, label) in enumerate(options):
            radio = WrappingRadioButton(translate("Summary", label))
            radio.setProperty("choice", value)
            group.addButton(radio, index)
            column.addWidget(radio)
            radio.setChecked(value == current)
        tab_to_the_chosen(group)  # as on every desktop: Tab lands on the chosen one, arrows choose
        group.idToggled.connect(lambda _id, on: self._changed() if on else None)
        return group, box

    def _button(self, buttons: QDialogButtonBox, text: str, slot: Callable[[], object]) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: slot())
        return button

    # -- choices ---------------------------------------------------------------------------------------
    def choices(self) -> SummaryChoices:
        def picked(group: QButtonGroup) -> str:
            button = group.checkedButton()
            return str(button.property("choice")) if button else ""

        return SummaryChoices(
            situation=self.situation_box.isChecked(),
            pages=picked(self.pages_group) or "summary",
            questions=self.questions_box.isChecked(),
            writing_lines=self.lines_box.isChecked(),
            notes=picked(self.notes_group) or "all",
            glossary=self.glossary_box.isChecked(),
            sources=self.sources_box.isChecked(),
            paper=str(self.paper_combo.currentData()),
        )

    def _changed(self) -> None:
        self.core.save_summary_choices(self.choices())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)

    def refresh(self, _for_you: object = None) -> None:
        """Say how many pages are marked for the reader (the situation may have changed)."""
        count = len(self.core.for_you.pages)
        if count == 1:
            text = translate("Summary", "1 page is marked \u201cFor you\u201d.")
        elif count:
            text = translate("Summary", "%n pages are marked \u201cFor you\u201d.", None, count)
        else:
            text = translate(
                "Summary",
                "No pages are marked \u201cFor you\u201d yet. To mark them, use My situation in the View menu.",
            )
        self.marked_label.setText(text)

    # -- the three ways out ------------------------------------------------------------------------------
    def build(self) -> Summary:
        """The summary as chosen now, from what the user has typed so far (saved first)."""
        return self.core.build_summary(self.choices(), today=dt.date.today())

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.choices().paper))
        return printer

    def preview(self) -> QPrintPreviewDialog:
        """Show the pages in a preview window, from which they can also be printed."""
        summary = self.build()
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        if self.preview_printer is None:  # the preview only borrows its printer: one that lives on
            self.preview_printer = self._printer()
        self.preview_printer.setPageLayout(page_layout(self.choices().paper))
        dialog = QPrintPreviewDialog(self.preview_printer, self)
        dialog.setWindowTitle(translate("Summary", "Preview: {title}").format(title=summary.title))
        dialog.paintRequested.connect(lambda printer: paint_summary(summary, printer))
        dialog.resize(900, 1000)
        fit_to_screen(dialog)  # 1000 pixels is taller than many laptop screens
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    def print_(self) -> bool:
        summary = self.build()
        printer = self._printer()
        if not self.prompts.choose_printer(printer):
            return False
        if paint_summary(summary, printer) == 0:
            self.prompts.inform(
                translate("Summary", "Not printed"),
                translate("Summary", "The printer could not be used. Please check it and try again."),
                problem=True,
            )
            return False
        return True

    def save_pdf(self) -> Path | None:
        """Ask where to save, never overwriting without asking; write the PDF; say where it went."""
        prompts = self.prompts
        suggested = documents_folder() / suggested_pdf_name(dt.date.today())
        target = ask_save_path(
            prompts,
            translate("Summary", "Save my summary as PDF"),
            suggested,
            translate("Summary", "PDF files (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return None
        problem = target_problem(target)  # never over a folder, a device or a read-only file
        if problem is not None:
            prompts.inform(
                translate("Summary", "Not saved"),
                translate(
                    "Summary",
                    "The summary could not be saved to {file}.\n\n{problem}\n\n"
                    "Please choose another name or folder, and try again.",
                ).format(file=target, problem=problem),
                problem=True,
            )
            return None
        summary = self.build()
        replaced = target.exists()
        try:
            pages = render_pdf(summary, target, self.choices().paper)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            prompts.inform(
                translate("Summary", "Not saved"),
                translate(
                    "Summary",
                    "The summary could not be saved to {file}.\n\nThe reason given: {reason}.\n\n"
                    "Please choose another folder, or make room on the disk, and try again.",
                ).format(file=target, reason=reason),
                problem=True,
            )
            return None
        if pages == 1:
            message = translate("Summary", "Your summary (1 page) was saved to:\n{file}")
        else:
            message = translate("Summary", "Your summary (%n pages) was saved to:\n{file}", None, pages)
        message = message.format(file=target)
        if replaced:
            message += "\n\n" + translate("Summary", "It replaced the file of that name that was there.")
        prompts.inform(translate("Summary", "Saved"), message)
        return target


def _build(host: DialogHost, parent: QWidget) -> SummaryDialog:
    return SummaryDialog(host.core, host.prompts, parent)


DIALOG = DialogSpec("summary", _build, activate=True)
