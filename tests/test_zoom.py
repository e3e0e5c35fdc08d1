"""Text size: larger and smaller in steps, for the whole app and the reading pane, remembered, and
layouts that stay usable at 200%."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liverbook.ui.appearance import themes, zoom
from liverbook.ui.appearance.zoom import ZoomControl

SAMPLE_PAGE = """
<h1>Pain</h1><p class="summary">Why liver cancer can cause pain.</p>
<p>Pain can be treated.<sup><a href="#source-a">[1]</a></sup> See <a href="page:ascites">Fluid in the belly</a>.</p>
<table class="data" width="100%" cellspacing="0" cellpadding="6"><thead><tr><th>Kind</th><th>Examples</th></tr>
</thead><tbody><tr><td>Milder</td><td>acetaminophen</td></tr></tbody></table>
<p class="reviewed">Last reviewed: 1 May 2026.</p>
"""
TITLES = [
    "When to call your care team now, and when to go to the emergency room",
    "Pain",
    "Eating, appetite and weight loss",
    "Confusion (hepatic encephalopathy)",
    "Complementary therapies: what may help, and what to watch for",
    "Practical help: work, money, travel and help lines",
]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The session's app, with its font (and theme: style, palette, style sheet) put back afterwards."""
    # Widgets earlier tests closed but Qt has not deleted yet would be restyled too: delete them first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    font, style, sheet, palette = (
        qapp.font(),
        qapp.style().name(),
        qapp.styleSheet(),
        QPalette(qapp.palette()),
    )
    state = dict(themes._state)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    themes._state.update({"chosen": state["chosen"], "theme": state["theme"]})


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def fragments(browser: QTextBrowser) -> dict[str, float]:
    """Each piece of text in the browser's document and its point size."""
    found: dict[str, float] = {}
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found.setdefault(it.fragment().text().strip(), it.fragment().charFormat().font().pointSizeF())
            it += 1
        block = block.next()
    return found


def reading_pane(qtbot) -> QTextBrowser:  # type: ignore[no-untyped-def]
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.document().setDefaultStyleSheet(themes.reading_stylesheet(themes.THEMES[themes.LIGHT]))
    browser.setHtml(SAMPLE_PAGE)
    browser.resize(600, 400)
    browser.show()
    return browser


def test_steps_and_nearest_step() -> None:
    assert zoom.STEPS == (80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
    assert zoom.nearest_step(100) == 100
    assert zoom.nearest_step(130) == 125
    assert zoom.nearest_step(10) == 80
    assert zoom.nearest_step(1000) == 300


def test_starts_at_100_percent_and_11_points(app: QApplication) -> None:
    control = ZoomControl(app)
    assert control.percent == 100
    assert app.font().pointSizeF() == 11.0


def test_larger_text_grows_the_app_font_and_the_reading_pane(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    browser = reading_pane(qtbot)
    before = fragments(browser)
    height_before = browser.document().size().height()
    control = ZoomControl(app)
    with qtbot.waitSignal(control.changed, timeout=1000) as signal:
        control.zoom_in()
    assert signal.args == [110]
    assert app.font().pointSizeF() == pytest.approx(12.1)
    control.set_percent(200)
    assert app.font().pointSizeF() == pytest.approx(22.0)
    assert browser.font().pointSizeF() == pytest.approx(22.0)
    after = fragments(browser)
    for text in ("Pain", "Pain can be treated.", "Last reviewed: 1 May 2026."):
        assert after[text] >= 1.9 * before[text], text
    assert after["Pain"] > after["Pain can be treated."] > after["Last reviewed: 1 May 2026."]
    assert browser.document().size().height() > 1.5 * height_before


@pytest.mark.parametrize("theme_id", [themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST])
def test_other_widgets_grow_too_in_every_theme(app: QApplication, qtbot, theme_id: str) -> None:  # type: ignore[no-untyped-def]
    themes.apply(app, theme_id)  # dark and high contrast use a style sheet; the app font must still reach all
    widgets = [QListWidget(), QPlainTextEdit(), QLineEdit(), QPushButton("New note"), QLabel("Notes")]
    for widget in widgets:
        qtbot.addWidget(widget)
    ZoomControl(app).set_percent(150)
    for widget in widgets:
        assert widget.font().pointSizeF() == pytest.approx(16.5), type(widget).__name__


def test_limits_hold_at_80_and_300_percent(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    control = ZoomControl(app)
    actions = control.make_actions(app)
    for _ in range(20):
        control.zoom_in()
    assert control.percent == 300 and not control.can_zoom_in()
    assert app.font().pointSizeF() == pytest.approx(33.0)
    assert not actions.zoom_in.isEnabled() and actions.zoom_out.isEnabled()
    with qtbot.assertNotEmitted(control.changed):
        control.zoom_in()
    for _ in range(20):
        control.zoom_out()
    assert control.percent == 80 and not control.can_zoom_out()
    assert app.font().pointSizeF() == pytest.approx(8.8)
    assert actions.zoom_in.isEnabled() and not actions.zoom_out.isEnabled()
    control.reset()
    assert control.percent == 100 and app.font().pointSizeF() == 11.0


def test_text_size_is_remembered(app: QApplication, settings: QSettings) -> None:
    control = ZoomControl(app, settings)
    control.zoom_in()
    control.zoom_in()
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert int(again.value("view/text_size")) == 125
    app.setFont(QFont(app.font().family(), 11))
    restored = ZoomControl(app, again)
    assert restored.percent == 125
    assert app.font().pointSizeF() == pytest.approx(13.75)


@pytest.mark.parametrize(("saved", "expected"), [("nonsense", 100), ("130", 125), ("5000", 300), (None, 100)])
def test_odd_saved_sizes_land_on_a_step(settings: QSettings, saved: str | None, expected: int) -> None:
    if saved is not None:
        settings.setValue(zoom.TEXT_SIZE_KEY, saved)
    assert zoom.load(settings) == expected


def test_actions_have_the_standard_shortcuts(app: QApplication) -> None:
    control = ZoomControl(app)
    actions = control.make_actions(app)
    bigger = [s.toString() for s in actions.zoom_in.shortcuts()]
    assert "Ctrl++" in bigger and "Ctrl+=" in bigger
    assert "Ctrl+-" in [s.toString() for s in actions.zoom_out.shortcuts()]
    assert actions.reset.shortcut() == QKeySequence("Ctrl+0")
    actions.zoom_in.trigger()
    assert control.percent == 110
    actions.zoom_out.trigger()
    actions.zoom_out.trigger()
    assert control.percent == 90
    actions.reset.trigger()
    assert control.percent == 100


def test_keyboard_changes_the_size_while_reading(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    browser = QTextBrowser()
    window.setCentralWidget(browser)
    control = ZoomControl(app)
    for action in control.make_actions(window):
        window.addAction(action)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert control.percent == 110
    qtbot.keyClick(browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert control.percent == 90
    qtbot.keyClick(browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert control.percent == 100


def test_ctrl_wheel_over_a_reading_pane_changes_the_app_size(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    browser = reading_pane(qtbot)
    control = ZoomControl(app)
    control.watch(browser)

    def wheel(delta: int, modifiers: Qt.KeyboardModifier) -> None:
        event = QWheelEvent(
            QPointF(10, 10),
            QPointF(10, 10),
            QPoint(),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QCoreApplication.sendEvent(browser.viewport(), event)

    wheel(120, Qt.KeyboardModifier.ControlModifier)
    assert control.percent == 110
    assert browser.font().pointSizeF() == pytest.approx(12.1)  # the pane follows the app, not its own zoom
    wheel(60, Qt.KeyboardModifier.ControlModifier)  # half a notch (touchpads) waits for the other half
    assert control.percent == 110
    wheel(60, Qt.KeyboardModifier.ControlModifier)
    assert control.percent == 125
    wheel(-240, Qt.KeyboardModifier.ControlModifier)
    assert control.percent == 100
    wheel(-120, Qt.KeyboardModifier.NoModifier)  # a plain wheel scrolls
    assert control.percent == 100


# -- layouts at 200% ------------------------------------------------------------------------------------------


def stand_in_window(control: ZoomControl) -> QMainWindow:
    """A window shaped like the real one: tabs of a list beside a reading pane, a notes dock, a notice.

    Each list keeps its longest word in view as the text grows (``min_width_for_words``).
    """
    window = QMainWindow()
    for title in ("&File", "&View", "&Go", "&Help"):
        window.menuBar().addMenu(title)
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for title in ("Stages", "Treatments", "Supportive care", "Questions to ask", "My handbook"):
        entries = QListWidget()
        entries.setWordWrap(True)
        entries.setResizeMode(QListWidget.ResizeMode.Adjust)
        entries.setTextElideMode(Qt.TextElideMode.ElideNone)
        entries.addItems(TITLES)
        control.changed.connect(lambda _p, e=entries: e.setMinimumWidth(zoom.min_width_for_words(e)))
        reader = QTextBrowser()
        reader.setHtml(SAMPLE_PAGE)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(entries)
        splitter.addWidget(reader)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        tabs.addTab(splitter, title)
    window.setCentralWidget(tabs)
    notes = QWidget()
    buttons = QHBoxLayout()
    buttons.addWidget(QPushButton("&New note"))
    buttons.addWidget(QPushButton("Note on this &page"))
    column = QVBoxLayout(notes)
    column.addLayout(buttons)
    column.addWidget(QLineEdit(placeholderText="Filter notes"))
    column.addWidget(QListWidget())
    heading = QLabel("General note")
    heading.setWordWrap(True)
    column.addWidget(heading)
    column.addWidget(QPlainTextEdit(placeholderText="Write here. Your words are saved on this computer."))
    dock = QDockWidget("My notes", window)
    dock.setWidget(notes)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    notice = QLabel("This handbook explains. It does not replace your care team's advice.")
    notice.setWordWrap(True)
    window.statusBar().addPermanentWidget(notice, 1)
    return window


def test_layout_stays_usable_at_200_percent(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    control = ZoomControl(app)
    window = stand_in_window(control)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window).__enter__()
    assert zoom.cramped_widgets(window) == []
    control.set_percent(200)
    qtbot.wait(150)  # the lists re-wrap their titles after a short delay
    assert window.minimumSizeHint().width() <= 1024 and window.minimumSizeHint().height() <= 700
    assert (window.width(), window.height()) == (1024, 700)
    assert zoom.cramped_widgets(window) == []
    reader = window.findChild(QTextBrowser)
    assert reader is not None and reader.font().pointSizeF() == pytest.approx(22.0)
    assert reader.width() >= 300


def test_cramped_widgets_are_found(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A long notice that does not wrap", window)
    label.setObjectName("notice")
    label.setGeometry(0, 0, 40, 10)
    window.show()
    found = zoom.cramped_widgets(window)
    assert len(found) == 1 and found[0].startswith("notice: 40x10 < ")


def test_a_narrow_list_scrolls_sideways_at_200_percent_until_widened(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    entries = QListWidget()
    qtbot.addWidget(entries)
    entries.setWordWrap(True)
    entries.setResizeMode(QListWidget.ResizeMode.Adjust)
    entries.addItems(TITLES)
    entries.resize(260, 500)
    entries.show()
    ZoomControl(app).set_percent(200)
    qtbot.wait(150)
    assert zoom.cramped_widgets(entries) == ["QListWidget: needs scrolling sideways"]
    entries.resize(zoom.min_width_for_words(entries), 500)
    qtbot.wait(150)
    assert zoom.cramped_widgets(entries) == []
