"""Colour themes: every text colour readable on its background (WCAG AA; 7:1 in high contrast),
applied to the whole app, remembered, and shown in the reading pane."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTextBrowser, QToolTip

import contrast
from liverbook.ui.appearance import themes

ROOT = Path(__file__).resolve().parent.parent

# What render.page_html and markdown.to_html write: a page with every styled element in it.
SAMPLE_PAGE = """
<p class="for-you">For you</p>
<h1>Pain</h1>
<p class="summary">Why liver cancer can cause pain.</p>
<p>Pain can be treated.<sup><a href="#source-a">[1]</a></sup> See <a href="page:ascites">Fluid in the belly</a>
and <a class="term" href="term:ascites" title="Fluid in the belly">ascites</a>.</p>
<h2>Ways to treat pain</h2>
<table class="data" width="100%" cellspacing="0" cellpadding="6"><thead><tr><th>Kind</th><th>Examples</th></tr>
</thead><tbody><tr><td>Milder</td><td>acetaminophen</td></tr></tbody></table>
<table class="note" width="100%" cellpadding="10"><tr><td>Ask before taking any medicine.</td></tr></table>
<h2 class="sources">Sources</h2><ol class="sources"><li><a name="source-a"></a><b>A source</b>.
<a class="outside" href="https://example.org">https://example.org</a></li></ol>
<p class="reviewed">Last reviewed: 1 May 2026.</p>
<p class="not-advice">This handbook explains.</p>
"""


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The session's app, with its style, palette, style sheet and font put back afterwards."""
    # Widgets earlier tests closed but Qt has not deleted yet would be restyled too: delete them first.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    style, palette, font = qapp.style().name(), QPalette(qapp.palette()), qapp.font()
    sheet, tip_palette = qapp.styleSheet(), QToolTip.palette()
    state = dict(themes._state)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    QToolTip.setPalette(tip_palette)
    qapp.setFont(font)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    themes._state.update({"chosen": state["chosen"], "theme": state["theme"]})


def fragments(browser: QTextBrowser) -> dict[str, tuple[str, float]]:
    """Each piece of text in the browser's document: its colour and point size."""
    found: dict[str, tuple[str, float]] = {}
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            found.setdefault(
                fragment.text().strip(), (fmt.foreground().color().name(), fmt.font().pointSizeF())
            )
            it += 1
        block = block.next()
    return found


# -- contrast.py -----------------------------------------------------------------------------------------


def test_contrast_ratios_match_the_wcag_examples() -> None:
    assert contrast.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast.relative_luminance("#fff") == pytest.approx(1.0)
    assert contrast.meets_aa("#767676", "#ffffff")
    assert not contrast.meets_aa("#777777", "#ffffff")
    assert contrast.meets_aa("#777777", "#ffffff", large=True)
    assert contrast.meets_aaa("#595959", "#ffffff") and not contrast.meets_aaa("#5a5a5a", "#ffffff")


@pytest.mark.parametrize("bad", ["", "red", "#12345", "#gggggg", "123456"])
def test_contrast_refuses_what_is_not_a_colour(bad: str) -> None:
    with pytest.raises(ValueError):
        contrast.parse_hex(bad)


def test_contrast_module_imports_no_qt() -> None:
    code = "import sys, contrast; print([m for m in sys.modules if m.startswith('PySide6')])"
    env = {"PYTHONPATH": str(ROOT / "tests")}
    result = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# -- the themes' colours ------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", sorted(themes.THEMES))
def test_every_text_colour_is_readable_on_its_background(theme_id: str) -> None:
    theme = themes.THEMES[theme_id]
    assert theme.min_ratio == (7.0 if theme_id == themes.HIGH_CONTRAST else contrast.AA_NORMAL)
    pairs = themes.text_pairs(theme)
    assert len(pairs) >= 25
    too_faint = [
        f"{what}: {fg} on {bg} is {contrast.contrast_ratio(fg, bg):.2f}"
        for what, fg, bg in pairs
        if contrast.contrast_ratio(fg, bg) < theme.min_ratio
    ]
    assert not too_faint


@pytest.mark.parametrize("theme_id", sorted(themes.THEMES))
def test_reading_pane_background_is_the_palette_base(theme_id: str) -> None:
    theme = themes.THEMES[theme_id]
    assert theme.page.background == theme.palette["Base"]
    assert theme.page.text == theme.palette["Text"]


def test_high_contrast_is_black_and_white_with_yellow_links() -> None:
    theme = themes.THEMES[themes.HIGH_CONTRAST]
    assert (theme.palette["Window"], theme.palette["WindowText"]) == ("#000000", "#ffffff")
    assert (theme.page.background, theme.page.text, theme.page.link) == ("#000000", "#ffffff", "#ffff00")
    assert theme.palette["LinkVisited"] == "#00ffff"
    assert re.search(r":focus[^{]*\{[^}]*border: 3px solid #ffff00", theme.qss)


def test_page_css_holds_layout_only_and_themes_bring_the_colours() -> None:
    layout = themes.layout_css()
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|color", layout)
    for theme in themes.THEMES.values():
        css = themes.page_css(theme)
        for colour in (theme.page.text, theme.page.link, theme.page.note_background, theme.page.table_border):
            assert colour in css
        assert themes.reading_stylesheet(theme).startswith(layout)


def test_every_theme_sets_the_same_palette_roles() -> None:
    roles = {frozenset(theme.palette) for theme in themes.THEMES.values()}
    assert len(roles) == 1
    for role in next(iter(roles)):
        assert hasattr(QPalette.ColorRole, role)


# -- applying a theme ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", [themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST])
def test_applying_a_theme_changes_the_whole_apps_palette(app: QApplication, qtbot, theme_id: str) -> None:  # type: ignore[no-untyped-def]
    theme = themes.THEMES[theme_id]
    with qtbot.waitSignal(themes.notifier().changed, timeout=1000) as signal:
        assert themes.apply(app, theme_id) is theme
    assert signal.args == [theme_id]
    palette = app.palette()
    for role in ("Window", "WindowText", "Base", "Text", "Highlight", "Link"):
        assert palette.color(getattr(QPalette.ColorRole, role)).name() == theme.palette[role]
    assert (
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name() == theme.disabled["Text"]
    )
    assert app.styleSheet() == theme.qss
    if not theme.qss:  # with a style sheet, style() is Qt's style sheet style wrapped around Fusion
        assert app.style().name().lower() == "fusion"
    assert themes.current() is theme and themes.chosen_id() == theme_id


def test_leaving_high_contrast_removes_its_style_sheet(app: QApplication) -> None:
    themes.apply(app, themes.HIGH_CONTRAST)
    assert "focus" in app.styleSheet()
    themes.apply(app, themes.LIGHT)
    assert app.styleSheet() == ""
    assert app.style().name().lower() == "fusion"
    assert (
        app.palette().color(QPalette.ColorRole.Window).name() == themes.THEMES[themes.LIGHT].palette["Window"]
    )


def test_system_follows_the_platforms_scheme(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(themes, "platform_scheme_is_dark", lambda: True)
    assert themes.get(themes.SYSTEM).id == themes.DARK
    assert themes.apply(app, themes.SYSTEM).id == themes.DARK
    assert themes.chosen_id() == themes.SYSTEM
    monkeypatch.setattr(themes, "platform_scheme_is_dark", lambda: False)
    themes._platform_scheme_changed(None)  # type: ignore[arg-type]  # what Qt calls when the platform switches
    assert themes.current().id == themes.LIGHT
    themes.apply(app, themes.DARK)
    monkeypatch.setattr(themes, "platform_scheme_is_dark", lambda: True)
    themes.apply(app, themes.HIGH_CONTRAST)
    themes._platform_scheme_changed(None)  # type: ignore[arg-type]  # a chosen theme stays
    assert themes.current().id == themes.HIGH_CONTRAST


def test_unknown_theme_ids_mean_system(app: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(themes, "platform_scheme_is_dark", lambda: False)
    assert themes.apply(app, "sepia").id == themes.LIGHT
    assert themes.chosen_id() == themes.SYSTEM


# -- remembering the choice --------------------------------------------------------------------------------------


def test_theme_choice_round_trips_through_settings(tmp_path: Path) -> None:
    path = str(tmp_path / "settings.ini")
    settings = QSettings(path, QSettings.Format.IniFormat)
    assert themes.load(settings) == themes.SYSTEM
    themes.save(settings, themes.HIGH_CONTRAST)
    settings.sync()
    again = QSettings(path, QSettings.Format.IniFormat)
    assert again.value("view/theme") == "high-contrast"
    assert themes.load(again) == themes.HIGH_CONTRAST
    again.setValue(themes.THEME_KEY, "neon")
    assert themes.load(again) == themes.SYSTEM
    again.setValue(themes.THEME_KEY, 3)
    assert themes.load(again) == themes.SYSTEM


def test_menu_items_apply_and_save_the_theme(app: QApplication, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    themes.apply(app, themes.LIGHT)
    group = themes.theme_actions(app, app, settings)
    actions = {action.data(): action for action in group.actions()}
    assert list(actions) == list(themes.THEME_IDS)
    assert actions[themes.LIGHT].isChecked() and group.isExclusive()
    actions[themes.DARK].trigger()
    assert themes.current().id == themes.DARK
    assert themes.load(settings) == themes.DARK
    assert actions[themes.DARK].isChecked() and not actions[themes.LIGHT].isChecked()


# -- the reading pane ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme_id", [themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST])
def test_reading_pane_draws_the_page_in_the_themes_colours(app: QApplication, qtbot, theme_id: str) -> None:  # type: ignore[no-untyped-def]
    theme = themes.apply(app, theme_id)
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.document().setDefaultStyleSheet(themes.reading_stylesheet())
    browser.setHtml(SAMPLE_PAGE)
    seen = fragments(browser)
    assert seen["Pain can be treated."][0] == theme.page.text
    assert seen["Pain"][0] == theme.page.heading
    assert seen["Fluid in the belly"][0] == theme.page.link
    assert seen["ascites"][0] == theme.page.term
    assert seen["[1]"][0] == theme.page.citation
    assert seen["For you"][0] == theme.page.for_you
    assert seen["Last reviewed: 1 May 2026."][0] == theme.page.muted
    assert browser.palette().color(QPalette.ColorRole.Base).name() == theme.page.background


def test_open_panes_can_re_render_when_the_theme_changes(app: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What a reading pane does on notifier().changed: new default stylesheet, then its page again."""
    themes.apply(app, themes.LIGHT)
    browser = QTextBrowser()
    qtbot.addWidget(browser)

    def render(_theme_id: str = "") -> None:
        browser.document().setDefaultStyleSheet(themes.reading_stylesheet())
        browser.setHtml(SAMPLE_PAGE)

    render()
    themes.notifier().changed.connect(render)
    try:
        themes.apply(app, themes.DARK)
    finally:
        themes.notifier().changed.disconnect(render)
    assert fragments(browser)["Pain can be treated."][0] == themes.THEMES[themes.DARK].page.text


@pytest.mark.parametrize("kind", ["check", "radio"])
def test_an_unticked_box_can_be_seen_in_high_contrast(app: QApplication, qtbot, kind: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    themes.apply(app, themes.HIGH_CONTRAST)
    box = QCheckBox("Not ticked") if kind == "check" else QRadioButton("Not chosen")
    qtbot.addWidget(box)
    box.show()
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    part = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind == "check"
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    where = box.style().subElementRect(part, option, box)
    image = box.grab().toImage()
    seen = {
        image.pixelColor(x, y).name()
        for x in range(where.left(), where.right() + 1)
        for y in range(where.top(), where.bottom() + 1)
    }
    assert "#ffffff" in seen  # its edge (Fusion drew it black on black: only ticked ones showed)


def test_tick_boxes_grow_with_the_text(app: QApplication) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QStyle

    themes.apply(app, themes.LIGHT)
    metric = QStyle.PixelMetric.PM_IndicatorWidth
    normal = app.style().pixelMetric(metric)
    font = QFont(app.font())
    font.setPointSizeF(33.0)
    app.setFont(font)
    assert app.style().pixelMetric(metric) >= 2.5 * normal
