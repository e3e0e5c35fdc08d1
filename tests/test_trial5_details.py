"""The smaller points of TRIAL-5: the not-medical-advice notice found at once, My situation's way
out, radio buttons that can be seen in the dark theme, and the reader's text size before the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QRadioButton, QStyle, QStyleOptionButton

from contrast import AA_UI, contrast_ratio
from liverbook.ui.appearance.zoom import STEPS


def _action(window, words: str) -> QAction:  # type: ignore[no-untyped-def]
    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == words]
    assert found, words
    return found[0]


def test_not_medical_advice_opens_at_the_notice(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.zoom.set_percent(STEPS[-1])
    _action(window, "Not medical advice").trigger()
    dialog = window.dialogs.get("about")
    qtbot.waitUntil(dialog.isVisible)
    qtbot.wait(20)
    top = dialog.text.cursorForPosition(QPoint(10, 10)).block().text()
    assert "Not medical advice." in top  # the first line in sight, not two Page Downs down
    _action(window, "About Liver Cancer Handbook").trigger()
    assert dialog.text.verticalScrollBar().value() == 0  # About: from the top


def test_my_situation_from_the_menu_says_cancel_and_asks_before_dropping_changes(
    launch, prompts, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = window.show_situation()  # Ctrl+Shift+M, on a first start
    assert dialog.skip_button.text().replace("&", "") == "Cancel"
    QApplication.sendPostedEvents()
    dialog.reject()  # nothing changed: it just closes
    assert prompts.confirmations == [] and not dialog.isVisible()
    dialog = window.show_situation()
    box = next(iter(dialog.boxes.values()))
    box.click()
    prompts.answer = False  # "Keep editing" (Enter's answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    asked = prompts.confirmations[-1]
    assert asked["destructive"] is True and "not saved" in str(asked["message"])
    assert dialog.isVisible() and box.isChecked()
    prompts.answer = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_welcome_offers_to_skip(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    dialog = window.show_dialog("situation", True)  # as the welcome opens it
    assert dialog.skip_button.text().replace("&", "") == "Skip for now"


@pytest.mark.parametrize("theme_id", ["dark", "high-contrast", "light"])
def test_a_radio_button_not_chosen_can_be_seen(qapp, qtbot, theme_id) -> None:  # type: ignore[no-untyped-def]
    from liverbook.ui.appearance import themes

    themes.apply(qapp, theme_id)
    try:
        radio = QRadioButton("Yes")
        qtbot.addWidget(radio)
        radio.show()
        qtbot.waitExposed(radio)
        picture = radio.grab().toImage()
        option = QStyleOptionButton()
        radio.initStyleOption(option)
        ring = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
        ratio = picture.devicePixelRatio()
        window = radio.palette().color(radio.backgroundRole()).name()
        best = max(
            contrast_ratio(picture.pixelColor(int(x * ratio), int(y * ratio)).name(), window)
            for x in range(ring.left(), ring.right() + 1)
            for y in range(ring.top(), ring.bottom() + 1)
        )
        assert best >= AA_UI, (theme_id, best)
    finally:
        themes.apply(qapp, themes.LIGHT)


def test_the_saved_text_size_comes_before_any_window(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.settings import open_settings
    from liverbook.ui.app import _share_text_size, _start_text_size
    from liverbook.ui.appearance import zoom

    before = qapp.font()
    own = tmp_path / "own"
    settings = open_settings(own)
    zoom.save(settings, 300)
    settings.sync()
    try:
        _start_text_size(qapp, own)  # the "already open" message reads at 300% too
        assert qapp.font().pointSizeF() == pytest.approx(33.0)
    finally:
        qapp.setFont(before)
    _share_text_size(own, tmp_path / "example")  # --example: the example window at 300%
    assert zoom.load(open_settings(tmp_path / "example")) == 300
