"""Switching colours (or text size) leaves every widget exactly as a fresh start in the new one would.

Qt tells widgets of a new palette in no set order, and a style sheet puts back old palettes when it
is removed: the notes pane stayed dark after a switch to light. One window is walked through every
ordered pair of themes (an Eulerian walk: system, light, dark and high contrast, each pair once)
and after each switch every widget of it and of its dialogs is compared with a fresh window built
in that theme.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTextBrowser, QToolTip, QWidget

from dialog_helpers import open_every_dialog
from liverbook import paths
from liverbook.ui.appearance import themes

# Every ordered pair of the four themes once: S-L, L-S, S-D, D-S, S-H, H-L, L-D, D-L, L-H, H-D, D-H, H-S.
WALK = [
    "system",
    "light",
    "system",
    "dark",
    "system",
    "high-contrast",
    "light",
    "dark",
    "light",
    "high-contrast",
    "dark",
    "high-contrast",
    "system",
]
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
ROLES = tuple(
    QPalette.ColorRole(i) for i in range(QPalette.ColorRole.NColorRoles.value) if i != 19
)  # 19: NoRole


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The session's app, its font and light colours put back afterwards."""
    font = qapp.font()
    yield qapp
    qapp.setFont(font)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
    themes.apply(qapp, themes.LIGHT)


def colours(palette: QPalette) -> tuple[str, ...]:
    return tuple(palette.color(group, role).name() for group in GROUPS for role in ROLES)


def widget_looks(widget: QWidget) -> tuple[object, ...]:
    """What decides how a widget is drawn: palette, style sheet, fill, font, and a page's own CSS."""
    page = widget.document().defaultStyleSheet() if isinstance(widget, QTextBrowser) else ""
    return (
        type(widget).__name__,
        widget.objectName(),
        widget.accessibleName(),
        colours(widget.palette()),
        widget.styleSheet(),
        widget.autoFillBackground(),
        widget.font().toString(),
        page,
    )


def build(launch, qtbot) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """A window with every tab and kind of entry shown once, and every dialog open."""
    window = launch()
    for index in range(window.tabs.count()):
        window.show_tab(index)
    for key in window.questions_view.keys():
        window.questions_view.show_key(key)
    window.show_tab(0)
    window.search.results  # noqa: B018 - made after the start's index step: make it in every window alike
    return [window, *open_every_dialog(window)]


def looks(tops: list[QWidget]) -> list[tuple[object, ...]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found: list[tuple[object, ...]] = [
        ("app", app.style().name(), app.styleSheet(), colours(app.palette()), colours(QToolTip.palette()))
    ]
    for top in tops:
        widgets = [top, *top.findChildren(QWidget)]
        for widget in widgets:  # as they will be when shown (Qt styles a widget when first shown)
            widget.ensurePolished()
        found += [widget_looks(w) for w in widgets]
    return found


def differences(now: list[tuple[object, ...]], fresh: list[tuple[object, ...]]) -> list[str]:
    assert len(now) == len(fresh), "the two windows should hold the same widgets"
    return [
        f"{a[:3]} differs from a fresh start in: "
        + ", ".join(
            str(i) + (f" {x!r:.200} != {y!r:.200}" if i != 3 else "")
            for i, (x, y) in enumerate(zip(a, b, strict=False))
            if x != y
        )
        for a, b in zip(now, fresh, strict=True)
        if a != b
    ][:5]


def save_theme(theme_id: str) -> None:
    settings = QSettings(str(paths.settings_file(paths.data_dir())), QSettings.Format.IniFormat)
    themes.save(settings, theme_id)
    settings.sync()


def test_every_theme_change_looks_like_a_fresh_start_in_that_theme(app, launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    fresh = {}
    for theme_id in themes.THEME_IDS:
        save_theme(theme_id)
        tops = build(launch, qtbot)
        qtbot.wait(10)
        fresh[theme_id] = looks(tops)
        for top in tops:
            top.close()
    assert fresh[themes.LIGHT] != fresh[themes.DARK] != fresh[themes.HIGH_CONTRAST]

    save_theme(WALK[0])
    tops = build(launch, qtbot)
    window = tops[0]
    for before, after in zip(WALK, WALK[1:], strict=False):
        next(a for a in window.theme_group.actions() if a.data() == after).trigger()
        qtbot.wait(10)
        assert differences(looks(tops), fresh[after]) == [], f"{before} -> {after}"


@pytest.mark.parametrize("theme_id", [themes.LIGHT, themes.DARK, themes.HIGH_CONTRAST])
def test_a_text_size_change_looks_like_a_fresh_start_at_that_size(app, launch, qtbot, theme_id) -> None:  # type: ignore[no-untyped-def]
    save_theme(theme_id)  # dark and high contrast have a style sheet: Qt then ignored the new size
    tops = build(launch, qtbot)
    window = tops[0]
    window.zoom.set_percent(300)
    window.zoom.set_percent(150)
    qtbot.wait(10)
    now = looks(tops)
    for top in tops:
        top.close()
    fresh = looks(build(launch, qtbot))  # the size is remembered: this one starts at 150%
    assert differences(now, fresh) == []
