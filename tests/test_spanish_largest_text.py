"""Longer Spanish words at the largest text size, in the screens a screenshot found them cut: the
call-now card's language question, the treatment timeline's words, the About and outside-link
dialogs (narrow columns at 300%)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from liverbook.ui.appearance.zoom import STEPS

LARGEST = STEPS[-1]


def _words_fit(button) -> bool:  # type: ignore[no-untyped-def]
    """The button's words, wrapped in its width, fit in its height."""
    metrics = QFontMetrics(button.font())
    flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic)
    room = button.width() - metrics.height() * 2  # the indicator and its gap, roughly
    needed = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, button.text()).height()
    return needed <= button.height()


def test_the_cards_language_choices_wrap_whole_at_the_largest_size(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    from liverbook.i18n import translate
    from liverbook.ui.dialogs.choice import ChoiceDialog

    window = launch_es()
    window.zoom.set_percent(LARGEST)
    long = translate("Records", "In my language, then the same card in English")
    assert long == "En español y después la misma tarjeta en inglés"
    dialog = ChoiceDialog(
        "La tarjeta de llamada urgente",
        "¿En qué idioma?",
        [("Solo en español", "."), (long, ".")],
        parent=window,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    for button in dialog.buttons:
        assert _words_fit(button), button.text()
        assert button.geometry().right() <= button.parentWidget().width()


def test_the_timeline_wraps_a_long_line_instead_of_cutting_it(qapp, spanish, spanish_book) -> None:  # type: ignore[no-untyped-def]
    from liverbook.records.dates import LooseDate
    from liverbook.records.model import TreatmentLine
    from liverbook.ui.views.records.timeline_view import TimelineView

    view = TimelineView(spanish_book.records)
    line = TreatmentLine(
        0,
        "tace",
        "TACE, dos sesiones",
        started=LooseDate.parse("2026-01"),
        stopped=LooseDate.parse("2026-05"),
    )
    view.set_lines([line], today=dt.date(2026, 12, 3))
    wide, narrow = view.heightForWidth(2000), view.heightForWidth(260)
    assert narrow > wide  # the words take more lines, and the picture grows to hold them
    view.resize(260, narrow)
    view.grab()  # drawn without error at that size


def test_the_test_chooser_goes_under_my_numbers_heading_when_both_do_not_fit(launch_es, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QBoxLayout

    from records_gui_helpers import open_part

    window = launch_es()
    panel = open_part(window, "numbers")
    assert panel._head.direction() == QBoxLayout.Direction.LeftToRight  # side by side at normal size
    window.zoom.set_percent(LARGEST)
    qtbot.waitUntil(lambda: panel._head.direction() == QBoxLayout.Direction.TopToBottom)
    text = panel.chooser.currentText()
    room = panel.chooser.width() - panel.chooser.fontMetrics().height() * 2
    assert panel.chooser.fontMetrics().horizontalAdvance(text) <= room, text  # the test's name whole
