"""File > Prepare for a visit… (Ctrl+P): the visit report, chosen, seen, then printed or saved.

A window beside the handbook, not blocking it. On the left the person chooses the days page 1
covers, the parts that follow it and the paper (remembered by the core as ``report/choices``, the
choices ``--export-summary`` uses); on the right is page 1 exactly as it will print, drawn again a
moment after each change, of a choice or of the data (:mod:`.report_preview`, off the window's
thread), with the page count, or for a long report its estimate and a warning. Print… and Save as
PDF… (:mod:`.report_output`) go through Prompts. The dialog is a thin view: the report is built by
``liverbook.summary`` from what the core gathers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from liverbook import __version__
from liverbook.core.app_core import Core
from liverbook.i18n import translate
from liverbook.store.errors import StoreError
from liverbook.summary import report_form as words
from liverbook.summary.report import Report, build_report
from liverbook.summary.report_choices import PAPER, PARTS, PERIODS, ReportChoices
from liverbook.ui.core_signals import signals_of
from liverbook.ui.dialogs import report_output as output
from liverbook.ui.dialogs.registry import DialogHost, DialogSpec
from liverbook.ui.dialogs.report_preview import PreviewResult, ReportPreviewer
from liverbook.ui.prompts import Prompts
from liverbook.ui.widgets.fit import fit_to_screen, scrolling
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.page_picture import PagePicture
from liverbook.ui.widgets.radio_groups import tab_to_the_chosen
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox, WrappingRadioButton

FADE_AFTER_MS = 300  # a drawing that takes longer than this fades the old picture


def today() -> dt.date:
    """The day the report is made (tests set another)."""
    return dt.date.today()


def usual_paper(paper: str = "auto") -> str:
    """The paper a choice prints on: "letter" or "a4" ("auto" follows this computer's locale)."""
    from PySide6.QtGui import QPageSize

    from liverbook.summary.pdf import page_size

    return "letter" if page_size(paper).id() == QPageSize.PageSizeId.Letter else "a4"


class VisitReportDialog(QDialog):
    """Choose the report, see page 1, print it or save it as a PDF."""

    def __init__(self, core: Core, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.prompts = prompts
        self.setWindowTitle(translate("VisitReportDialog", "Prepare for a visit"))
        choices = core.report_choices()
        self._fade_timer = QTimer(self, singleShot=True, interval=FADE_AFTER_MS)
        self._fade_timer.timeout.connect(self._fade)
        self.previewer = ReportPreviewer(core, self)
        self.previewer.drawn.connect(self._drawn)
        self.previewer.started.connect(self._fade_timer.start)
        self._drawn_width = 0

        # -- the choices (left) ------------------------------------------------------------------------
        intro = plain_label(
            translate(
                "VisitReportDialog",
                "Page 1 sums up these days for your care team. Choose what else goes after it, then print "
                "the report or save it.",
            )
        )
        period_box = QGroupBox(translate("VisitReportDialog", "&Days that page 1 covers"))
        periods = QVBoxLayout(period_box)
        self.period_group = QButtonGroup(period_box)
        for index, kind in enumerate(PERIODS):
            radio = WrappingRadioButton(words.period_label(kind))
            radio.setProperty("choice", kind)
            radio.setChecked(kind == choices.period)
            self.period_group.addButton(radio, index)
            periods.addWidget(radio)
        tab_to_the_chosen(self.period_group)
        self.period_group.idToggled.connect(self._period_toggled)

        parts_box = QGroupBox(translate("VisitReportDialog", "&What to add after page 1"))
        column = QVBoxLayout(parts_box)
        self.part_boxes: dict[str, QCheckBox] = {}
        # Page 1 again in English, right after page 1: offered when the report is in another language.
        self.english_box = WrappingCheckBox(words.english_page_label())
        self.english_box.setChecked(choices.english_page)
        self.english_box.toggled.connect(self._changed)
        self.english_box.setVisible(core.book.locale != "en")
        column.addWidget(self.english_box)
        for name in PARTS:
            box = WrappingCheckBox(words.part_label(name))
            box.setChecked(bool(getattr(choices, name)))
            box.toggled.connect(self._changed)
            self.part_boxes[name] = box
            column.addWidget(box)

        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(translate("VisitReportDialog", "Paper size"))
        self.paper_combo.view().setAccessibleName(translate("VisitReportDialog", "Paper sizes"))
        for paper in PAPER:
            self.paper_combo.addItem(words.paper_label(paper, usual_paper()), paper)
        self.paper_combo.setCurrentIndex(PAPER.index(choices.paper))
        self.paper_combo.currentIndexChanged.connect(self._changed)
        paper_row = QFormLayout()
        paper_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        paper_row.addRow(translate("VisitReportDialog", "P&aper size:"), self.paper_combo)

        body = QWidget()
        left = QVBoxLayout(body)
        left.setContentsMargins(0, 0, 4, 0)
        left.addWidget(intro)
        left.addWidget(period_box)
        left.addWidget(parts_box)
        left.addLayout(paper_row)
        left.addStretch(1)
        self.form_area = scrolling(body)

        # -- page 1 (right) ----------------------------------------------------------------------------
        self.caption = plain_label(translate("VisitReportDialog", "Page 1, as it will print"), bold=True)
        self.picture = PagePicture()
        self.picture.setAccessibleName(translate("VisitReportDialog", "Page 1, as it will print"))
        self.picture_area = QScrollArea()
        self.picture_area.setWidgetResizable(True)
        self.picture_area.setWidget(self.picture)
        self.picture_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the picture takes it: arrows scroll
        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.picture_area, 1)

        columns = QHBoxLayout()
        columns.addWidget(self.form_area, 5)
        columns.addLayout(right, 6)

        # -- the length and the ways out ---------------------------------------------------------------
        self.count_label = plain_label(translate("VisitReportDialog", "Counting the pages\u2026"))
        self.warning_label = plain_label("", bold=True)
        self.warning_label.hide()
        buttons = QDialogButtonBox()
        self.print_button = self._button(
            buttons, translate("VisitReportDialog", "&Print\u2026"), self.print_report
        )
        self.save_button = self._button(
            buttons, translate("VisitReportDialog", "&Save as PDF\u2026"), self.save_pdf
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(buttons)
        self._tab_order(close)
        signals = signals_of(core)
        for signal in (
            signals.note_saved,
            signals.note_removed,
            signals.answer_saved,
            signals.situation_changed,
            signals.diary_changed,
            signals.records_changed,
            signals.data_replaced,
        ):
            signal.connect(self.data_changed)
        self.resize(1200, 720)
        fit_to_screen(self)

    def _button(self, buttons: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: slot())  # type: ignore[operator]
        return button

    def _tab_order(self, close: QPushButton) -> None:
        """Down the choices, then the picture, then the buttons."""
        chain: list[QWidget] = [
            *self.period_group.buttons(),
            self.english_box,
            *self.part_boxes.values(),
            self.paper_combo,
            self.picture,
            self.print_button,
            self.save_button,
            close,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- choices ---------------------------------------------------------------------------------------
    def choices(self) -> ReportChoices:
        chosen = self.period_group.checkedButton()
        period = str(chosen.property("choice")) if chosen is not None else "last-visit"
        parts = {name: box.isChecked() for name, box in self.part_boxes.items()}
        return ReportChoices(
            period=period,
            paper=str(self.paper_combo.currentData()),
            english_page=self.english_box.isChecked(),
            **parts,
        )

    def _period_toggled(self, _id: int, on: bool) -> None:
        if on:  # the one chosen now (the one left also says so)
            self._changed()

    def _changed(self, *_args: object) -> None:
        self.core.save_report_choices(self.choices())
        self.refresh()

    def data_changed(self, *_args: object) -> None:
        """The person's data changed (a note, the diary, a record...): draw page 1 again if shown."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Say which visit "since my last visit" means, and ask for page 1 as chosen now."""
        last = None
        if self.core.store is not None:
            try:
                found = self.core.store.last_visit(today())
                last = found.on if found is not None else None
            except StoreError:
                last = None
        self.period_group.button(0).setText(words.period_label("last-visit", last))
        self._drawn_width = self._wanted_width()
        self.previewer.request(self.choices(), self._drawn_width, today())

    def _wanted_width(self) -> int:
        """How many pixels wide to draw page 1: the picture's width on this screen, within reason."""
        width = self.picture_area.viewport().width() * self.devicePixelRatioF()
        return int(min(1600, max(600, width)))

    # -- page 1 ----------------------------------------------------------------------------------------
    def _fade(self) -> None:
        if self.previewer.busy:
            self.picture.set_faded(True)
            self.caption.setText(translate("VisitReportDialog", "Drawing page 1\u2026"))

    def _drawn(self, result: PreviewResult) -> None:
        self._fade_timer.stop()
        self.caption.setText(translate("VisitReportDialog", "Page 1, as it will print"))
        if result.image is not None:
            self.picture.set_image(result.image)
            line = words.count_line(result.pages, result.exact, usual_paper(self.choices().paper))
        else:
            self.picture.set_faded(True)
            line = result.problem
        self.count_label.setText(line)
        self.picture.setAccessibleDescription(result.warning or line)
        self.warning_label.setText(result.warning or "")
        self.warning_label.setVisible(bool(result.warning))
        self.count_label.setVisible(not result.warning)  # the warning says the pages too

    # -- the ways out ----------------------------------------------------------------------------------
    def make_report(self, title: str) -> Report | None:
        """The report as chosen now, from the data as it is (all typed words saved first); None when
        the person went back from a very long one, or the data cannot be read (then said)."""
        from liverbook.summary.estimate import estimate_pages
        from liverbook.summary.report_plan import gather_for

        choices, day = self.choices(), today()
        self.core.flush_all()
        try:
            data = gather_for(self.core.store, self.core.book, choices, day, self.core.english_book)
        except StoreError as exc:
            self.prompts.inform(title, exc.user_message, problem=True)
            return None
        if not output.long_report_ok(
            self.prompts, estimate_pages(data, choices, len(self.core.for_you.pages))
        ):
            return None
        return build_report(self.core.book, data, choices, today=day, version=__version__)

    def print_report(self) -> int:
        """Print… : the pages printed (0: not printed)."""
        with self._asking_here():
            report = self.make_report(translate("VisitReportDialog", "Not printed"))
            if report is None:
                return 0
            return output.print_report(self.prompts, report, self.choices().paper)

    def save_pdf(self) -> Path | None:
        """Save as PDF… : where the report was saved (None: it was not)."""
        with self._asking_here():
            report = self.make_report(translate("VisitReportDialog", "Not saved"))
            if report is None:
                return None
            target = output.ask_where(self.prompts, today(), self.core.prefs)
            if target is None:
                return None
            return target if output.save_report(self.prompts, target, report, self.choices().paper) else None

    @contextmanager
    def _asking_here(self) -> Iterator[None]:
        """The questions and the "Saved" message of printing and saving belong to this window: they
        open over it, and then the keys stay here (Esc closes it), never back in the main window."""
        focused = self.focusWidget()
        before = getattr(self.prompts, "parent", None)
        if hasattr(self.prompts, "parent"):
            self.prompts.parent = self
        try:
            yield
        finally:
            if hasattr(self.prompts, "parent"):
                self.prompts.parent = before
            if self.isVisible():
                self.raise_()
                self.activateWindow()
                if focused is not None:
                    focused.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- showing and going -----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.previewer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.previewer.stop()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.isVisible() and self._wanted_width() > self._drawn_width * 1.15:
            self.refresh()  # drawn too small for the room it has now: draw it again, sharper


def _build(host: DialogHost, parent: QWidget) -> VisitReportDialog:
    return VisitReportDialog(host.core, host.prompts, parent)


DIALOG = DialogSpec("visit_report", _build, activate=True)
