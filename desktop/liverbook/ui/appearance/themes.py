"""Colour themes: light, dark, high contrast, and "system" (light or dark, as the platform says).

A theme is a Fusion palette for the widgets, the colours of the reading pane (a small stylesheet that
``page_css`` writes and ``reading_stylesheet`` appends to the layout-only ``page.css``) and a Qt style
sheet: for high contrast, thick yellow focus outlines and white borders on every control; for dark,
visible menu edges; none for light. Every pair of text and background colour reaches WCAG AA 4.5:1
(high contrast: 7:1); ``text_pairs`` lists them and the tests check each (tests/contrast.py).

Use: ``apply(app, load(settings))`` at start; ``apply(app, id)`` then ``save(settings, id)`` when
the reader picks one (``theme_actions`` builds the menu items that do both). Reading panes set
``document().setDefaultStyleSheet(reading_stylesheet())`` and, on ``notifier().changed``, set it again
and re-render their page (a QTextDocument applies a default stylesheet only when HTML is set).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from liverbook import paths
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.ui.appearance.high_contrast import high_contrast_qss as _hc_qss
from liverbook.ui.appearance.restyle import forget_style_sheet_marks, forget_widget_palettes, tell_again
from liverbook.ui.appearance.text_style import TextSizedStyle

THEME_KEY = "view/theme"
SYSTEM = "system"
LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"
THEME_IDS = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)
LABELS = {  # translated where shown
    SYSTEM: QT_TRANSLATE_NOOP("Themes", "Same as the &system"),
    LIGHT: QT_TRANSLATE_NOOP("Themes", "&Light"),
    DARK: QT_TRANSLATE_NOOP("Themes", "&Dark"),
    HIGH_CONTRAST: QT_TRANSLATE_NOOP("Themes", "&High contrast"),
}
DEFAULT = SYSTEM


@dataclass(frozen=True)
class PageColours:
    """The colours of the reading pane (``#rrggbb``)."""

    text: str
    background: str
    heading: str
    link: str
    link_visited: str
    citation: str
    term: str
    for_you: str
    muted: str
    table_border: str
    table_header: str
    note_background: str
    note_border: str


@dataclass(frozen=True)
class Theme:
    """A palette (role name -> colour), the reading pane's colours, and an optional Qt style sheet."""

    id: str
    name: str
    min_ratio: float
    palette: dict[str, str]
    disabled: dict[str, str]
    page: PageColours
    qss: str = ""
    border_px: int = 1


# Colour tables read better a few to a line.
# fmt: off
_LIGHT = Theme(
    id=LIGHT,
    name="Light",
    min_ratio=4.5,
    palette={
        "Window": "#f0f0f0", "WindowText": "#1a1a1a", "Base": "#ffffff", "AlternateBase": "#f4f6f8",
        "Text": "#1a1a1a", "Button": "#e6e6e6", "ButtonText": "#1a1a1a", "BrightText": "#ffffff",
        "Highlight": "#1f5f99", "HighlightedText": "#ffffff", "ToolTipBase": "#fffbe6", "ToolTipText": "#1a1a1a",
        "PlaceholderText": "#616161", "Link": "#1f5f99", "LinkVisited": "#6a3d99",
        "Light": "#ffffff", "Midlight": "#e3e3e3", "Mid": "#a0a0a0", "Dark": "#7a7a7a", "Shadow": "#4d4d4d",
    },
    disabled={"WindowText": "#767676", "Text": "#767676", "ButtonText": "#767676", "Highlight": "#7a7a7a"},
    page=PageColours(
        text="#1a1a1a", background="#ffffff", heading="#1b3a57", link="#1f5f99", link_visited="#6a3d99",
        citation="#1f5f99", term="#1a1a1a", for_you="#1d6b4f", muted="#4d4d4d", table_border="#6b6b6b",
        table_header="#eaf0f5", note_background="#fdf4e3", note_border="#8a6d2f",
    ),
)

_DARK = Theme(
    id=DARK,
    name="Dark",
    min_ratio=4.5,
    palette={
        "Window": "#262626", "WindowText": "#e8e8e8", "Base": "#1b1b1b", "AlternateBase": "#232323",
        "Text": "#e6e6e6", "Button": "#333333", "ButtonText": "#e8e8e8", "BrightText": "#ffffff",
        "Highlight": "#2f64a0", "HighlightedText": "#ffffff", "ToolTipBase": "#333333", "ToolTipText": "#f0f0f0",
        "PlaceholderText": "#a0a0a0", "Link": "#8ab4f8", "LinkVisited": "#c58af9",
        "Light": "#4a4a4a", "Midlight": "#3c3c3c", "Mid": "#5a5a5a", "Dark": "#141414", "Shadow": "#000000",
    },
    disabled={"WindowText": "#8a8a8a", "Text": "#8a8a8a", "ButtonText": "#8a8a8a", "Highlight": "#4a4a4a"},
    # Fusion draws menus' and tooltips' edges in a shade of the window colour: invisible on dark.
    qss="QMenu, QToolTip { border: 1px solid #8a8a8a; }\nQMenu::separator { height: 1px; background: #6a6a6a; margin: 4px 8px; }\n",
    page=PageColours(
        text="#e6e6e6", background="#1b1b1b", heading="#cfe3ff", link="#8ab4f8", link_visited="#c58af9",
        citation="#8ab4f8", term="#e6e6e6", for_you="#6fd3a6", muted="#b8b8b8", table_border="#8a8a8a",
        table_header="#26303a", note_background="#2e2716", note_border="#a68a4a",
    ),
)

_HC_FG, _HC_BG, _HC_LINK, _HC_VISITED, _HC_SELECT = "#ffffff", "#000000", "#ffff00", "#00ffff", "#1aebff"
_HIGH_CONTRAST = Theme(
    id=HIGH_CONTRAST,
    name="High contrast",
    min_ratio=7.0,
    palette={
        "Window": _HC_BG, "WindowText": _HC_FG, "Base": _HC_BG, "AlternateBase": "#1a1a1a",
        "Text": _HC_FG, "Button": _HC_BG, "ButtonText": _HC_FG, "BrightText": _HC_FG,
        "Highlight": _HC_SELECT, "HighlightedText": _HC_BG, "ToolTipBase": _HC_BG, "ToolTipText": _HC_FG,
        "PlaceholderText": "#c8c8c8", "Link": _HC_LINK, "LinkVisited": _HC_VISITED,
        "Light": _HC_FG, "Midlight": _HC_FG, "Mid": _HC_FG, "Dark": _HC_FG, "Shadow": _HC_FG,
    },
    disabled={"WindowText": "#9a9a9a", "Text": "#9a9a9a", "ButtonText": "#9a9a9a", "Highlight": "#9a9a9a"},
    page=PageColours(
        text=_HC_FG, background=_HC_BG, heading=_HC_FG, link=_HC_LINK, link_visited=_HC_VISITED,
        citation=_HC_LINK, term=_HC_FG, for_you="#66ff66", muted=_HC_FG, table_border=_HC_FG,
        table_header=_HC_BG, note_background=_HC_BG, note_border=_HC_FG,
    ),
    qss=_hc_qss(_HC_FG, _HC_BG, _HC_LINK, _HC_SELECT),
    border_px=2,
)
# fmt: on

THEMES: dict[str, Theme] = {t.id: t for t in (_LIGHT, _DARK, _HIGH_CONTRAST)}

# The palette roles that show text, each with the background it is drawn on.
PALETTE_TEXT_PAIRS = (
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("Link", "Base"),
    ("LinkVisited", "Base"),
)


def text_pairs(theme: Theme) -> list[tuple[str, str, str]]:
    """Every (what, foreground, background) of the theme that must reach ``theme.min_ratio``.

    Text on its backgrounds, and the lines of tables and the note box against the page (so they
    show).
    """
    pal, page = theme.palette, theme.page
    pairs = [(f"palette {fg}/{bg}", pal[fg], pal[bg]) for fg, bg in PALETTE_TEXT_PAIRS]
    for name in ("text", "heading", "link", "link_visited", "citation", "term", "for_you", "muted"):
        pairs.append((f"page {name}", getattr(page, name), page.background))
    for name in ("text", "link", "citation", "term"):
        pairs.append((f"page {name} in a note", getattr(page, name), page.note_background))
        pairs.append((f"page {name} in a table heading", getattr(page, name), page.table_header))
    pairs.append(("page table border", page.table_border, page.background))
    pairs.append(("page note border", page.note_border, page.background))
    pairs.append(("page selection", pal["HighlightedText"], pal["Highlight"]))
    return pairs


def platform_scheme_is_dark() -> bool:
    """True when the platform says it uses a dark colour scheme (False when it does not say)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def get(theme_id: str) -> Theme:
    """The theme for an id; "system" (and anything unknown) becomes light or dark, as the platform says."""
    if theme_id in THEMES:
        return THEMES[theme_id]
    return THEMES[DARK] if platform_scheme_is_dark() else THEMES[LIGHT]


def palette(theme: Theme) -> QPalette:
    """The theme's QPalette: its colours for active and inactive windows, muted text when disabled."""
    pal = QPalette()
    for role_name, colour in theme.palette.items():
        pal.setColor(getattr(QPalette.ColorRole, role_name), QColor(colour))
    if hasattr(QPalette.ColorRole, "Accent"):  # Qt 6.6+
        pal.setColor(QPalette.ColorRole.Accent, QColor(theme.palette["Highlight"]))
    for role_name, colour in theme.disabled.items():
        pal.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role_name), QColor(colour))
    return pal


def page_css(theme: Theme) -> str:
    """The reading pane's colour rules for this theme (append after ``page.css``)."""
    c, px = theme.page, theme.border_px
    return (
        f"body, p, ul, ol, table, div {{ color: {c.text}; }}\n"  # setHtml(fragment) ignores a body rule
        f"h1, h2, h3 {{ color: {c.heading}; }}\n"
        f"a {{ color: {c.link}; }}\n"
        f"a.term {{ color: {c.term}; }}\n"
        f"sup a {{ color: {c.citation}; }}\n"
        f"p.for-you {{ color: {c.for_you}; }}\n"
        f"p.reviewed, p.not-advice, ol.sources {{ color: {c.muted}; }}\n"
        f"table.data th {{ background-color: {c.table_header}; border: {px}px solid {c.table_border}; }}\n"
        f"table.data td {{ border: {px}px solid {c.table_border}; }}\n"
        f"table.note {{ border: {px}px solid {c.note_border}; }}\n"
        f"table.note td {{ background-color: {c.note_background}; }}\n"  # collapsed tables fill only cells
    )


def layout_css() -> str:
    """The colour-free rules of the reading pane (resources/styles/page.css)."""
    return paths.resource("styles", "page.css").read_text(encoding="utf-8")


def reading_stylesheet(theme: Theme | None = None) -> str:
    """Layout and colours of the reading pane for a theme (default: the one in use)."""
    return layout_css() + "\n" + page_css(theme or current())


class ThemeNotifier(QObject):
    """Tells open views that the colours changed (they re-render their page)."""

    changed = Signal(str)  # the id of the theme now in effect: "light", "dark" or "high-contrast"


_state: dict[str, object] = {"chosen": DEFAULT, "theme": THEMES[LIGHT], "notifier": None, "watching": False}


def notifier() -> ThemeNotifier:
    """The one notifier of this process (created on first use)."""
    existing = _state["notifier"]
    if isinstance(existing, ThemeNotifier):
        return existing
    created = ThemeNotifier(QCoreApplication.instance())
    _state["notifier"] = created
    return created


def current() -> Theme:
    """The theme in effect (light until ``apply`` is called)."""
    theme = _state["theme"]
    assert isinstance(theme, Theme)
    return theme


def chosen_id() -> str:
    """The id the reader chose, "system" included."""
    return str(_state["chosen"])


def apply(app: QApplication, theme_id: str) -> Theme:
    """Use this theme in the whole app: Fusion style, its palette and style sheet; tell open views.

    The app's style sheet belongs to the theme: whatever was set before is replaced.
    """
    chosen = theme_id if theme_id in THEME_IDS else DEFAULT
    theme = get(chosen)
    _state["chosen"] = chosen
    if app.styleSheet():
        app.setStyleSheet("")  # the old theme's; and style() is the real style again
    if not isinstance(app.style(), TextSizedStyle):
        app.setStyle(TextSizedStyle())  # Fusion, its tick boxes growing with the text
    pal = palette(theme)
    app.setPalette(pal)
    QToolTip.setPalette(pal)
    forget_widget_palettes(app)
    if theme.qss:
        app.setStyleSheet(theme.qss)
        # It also gave back old fonts (and Qt passes a new app font to no widget while a style
        # sheet is set): every widget takes the app's font again, parents first.
        tell_again(app, QEvent.Type.ApplicationFontChange)
    else:
        forget_style_sheet_marks(app)  # widgets styled before still take new fonts
    _state["theme"] = theme
    if not _state["watching"]:
        QGuiApplication.styleHints().colorSchemeChanged.connect(_platform_scheme_changed)
        _state["watching"] = True
    notifier().changed.emit(theme.id)
    return theme


def _platform_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if chosen_id() == SYSTEM and isinstance(app, QApplication) and get(SYSTEM).id != current().id:
        apply(app, SYSTEM)


def load(settings: QSettings) -> str:
    """The theme id saved in the settings ("view/theme"); "system" when none or unknown."""
    value = settings.value(THEME_KEY, DEFAULT)
    return value if isinstance(value, str) and value in THEME_IDS else DEFAULT


def save(settings: QSettings, theme_id: str) -> None:
    """Remember the reader's choice ("view/theme")."""
    settings.setValue(THEME_KEY, theme_id if theme_id in THEME_IDS else DEFAULT)


def theme_actions(parent: QObject, app: QApplication, settings: QSettings | None = None) -> QActionGroup:
    """Checkable menu items, one per theme; choosing one applies it (and saves it when given settings)."""
    group = QActionGroup(parent)
    group.setExclusive(True)
    for theme_id in THEME_IDS:
        action = QAction(translate("Themes", LABELS[theme_id]), parent)
        action.setCheckable(True)
        action.setChecked(theme_id == chosen_id())
        action.setData(theme_id)
        group.addAction(action)

    def chosen(action: QAction) -> None:
        theme_id = str(action.data())
        apply(app, theme_id)
        if settings is not None:
            save(settings, theme_id)

    group.triggered.connect(chosen)
    return group
