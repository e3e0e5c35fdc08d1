"""Text size for the whole app, in steps from 80% to 300%, remembered between sessions.

Changing the size sets the application font's point size (11 pt at 100%), so lists, notes, menus,
dialogs and the reading panes all grow together: a QTextBrowser takes its document's default font
from the widget, and page.css sizes its headings relatively (x-large, small), so pages scale too.
Widgets that set an explicit point size of their own do not follow; scale those relative to the
app font instead.

Use: one ``ZoomControl(app, settings)`` for the app (it applies the saved size at once), its
``make_actions(window)`` for the View menu, and ``watch(reader)`` on each reading pane so Ctrl +
mouse wheel there changes the app's size (rather than the pane's own font, as QTextEdit would).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QListWidget,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

from liverbook.i18n import translate
from liverbook.ui.appearance.text_style import BASE_POINT_SIZE

TEXT_SIZE_KEY = "view/text_size"
STEPS = (80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
DEFAULT_PERCENT = 100
WHEEL_STEP = 120  # angleDelta of one notch of a mouse wheel
READABLE_LETTERS = 22  # a page column narrower than this breaks headings inside words


def nearest_step(percent: float) -> int:
    """The step closest to ``percent`` (so odd saved values and out-of-range ones land on a step)."""
    return min(STEPS, key=lambda step: (abs(step - percent), step))


def load(settings: QSettings) -> int:
    """The saved text size ("view/text_size"), as a step; 100 when none or unreadable."""
    value = settings.value(TEXT_SIZE_KEY, DEFAULT_PERCENT)
    try:
        return nearest_step(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_PERCENT


def save(settings: QSettings, percent: int) -> None:
    """Remember the text size ("view/text_size")."""
    settings.setValue(TEXT_SIZE_KEY, nearest_step(percent))


class ZoomActions(NamedTuple):
    """The View menu's three text size items."""

    zoom_in: QAction
    zoom_out: QAction
    reset: QAction


def apply_saved(app: QApplication, settings: QSettings) -> None:
    """The text size saved in ``settings``, on the app's font now: a message shown before any
    window (another copy is open) reads at the reader's size too (TRIAL-5)."""
    font = QFont(app.font())
    font.setPointSizeF(round(BASE_POINT_SIZE * load(settings) / 100, 2))
    app.setFont(font)


def share(own: QSettings, other: QSettings) -> None:
    """Give ``other`` (the example person's folder) the reader's text size and colours."""
    from liverbook.ui.appearance import themes

    for key in (themes.THEME_KEY, TEXT_SIZE_KEY):
        value = own.value(key)
        if value is not None:
            other.setValue(key, value)
    other.sync()


class ZoomControl(QObject):
    """The app's text size: step it up or down, reset it, and tell the views (``changed``)."""

    changed = Signal(int)  # the new size in percent

    def __init__(
        self,
        app: QApplication,
        settings: QSettings | None = None,
        base_point_size: float = BASE_POINT_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else app)
        self.app = app
        self.settings = settings
        self.base_point_size = base_point_size
        self._percent = load(settings) if settings is not None else DEFAULT_PERCENT
        self._actions: list[ZoomActions] = []
        self._wheel = 0
        self._apply()

    @property
    def percent(self) -> int:
        return self._percent

    def point_size(self) -> float:
        """The application font's point size at the current step."""
        return round(self.base_point_size * self._percent / 100, 2)

    def can_zoom_in(self) -> bool:
        return self._percent < STEPS[-1]

    def can_zoom_out(self) -> bool:
        return self._percent > STEPS[0]

    def zoom_in(self) -> None:
        """One step larger (nothing at 300%)."""
        larger = [step for step in STEPS if step > self._percent]
        if larger:
            self.set_percent(larger[0])

    def zoom_out(self) -> None:
        """One step smaller (nothing at 80%)."""
        smaller = [step for step in STEPS if step < self._percent]
        if smaller:
            self.set_percent(smaller[-1])

    def reset(self) -> None:
        """Back to 100%."""
        self.set_percent(DEFAULT_PERCENT)

    def set_percent(self, percent: float) -> None:
        """Use the step nearest ``percent``, save it, and emit ``changed`` if it differs."""
        step = nearest_step(percent)
        if step == self._percent:
            return
        self._percent = step
        self._apply()
        if self.settings is not None:
            save(self.settings, step)
        self.changed.emit(step)

    def _apply(self) -> None:
        font = QFont(self.app.font())
        font.setPointSizeF(self.point_size())
        self.app.setFont(font)
        # Widgets hear of a new app font from a posted event; deliver it now so sizes are right at once.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)
        if self.app.styleSheet():
            # With a style sheet (dark, high contrast) Qt gives widgets the app's font only when
            # they are styled again: the text size did not change at all in those themes.
            from liverbook.ui.appearance import themes

            themes.apply(self.app, themes.chosen_id())
        for actions in self._actions:
            actions.zoom_in.setEnabled(self.can_zoom_in())
            actions.zoom_out.setEnabled(self.can_zoom_out())

    def make_actions(self, parent: QObject) -> ZoomActions:
        """Menu items with the standard shortcuts: Ctrl++ (and Ctrl+=), Ctrl+-, Ctrl+0."""
        zoom_in = QAction(translate("Zoom", "&Larger text"), parent)
        shortcuts = [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        zoom_in.setShortcuts([s for n, s in enumerate(shortcuts) if s not in shortcuts[:n]])
        zoom_in.triggered.connect(self.zoom_in)
        zoom_out = QAction(translate("Zoom", "S&maller text"), parent)
        zoom_out.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(self.zoom_out)
        reset = QAction(translate("Zoom", "N&ormal text size"), parent)
        reset.setShortcut(QKeySequence("Ctrl+0"))
        reset.triggered.connect(self.reset)
        actions = ZoomActions(zoom_in, zoom_out, reset)
        self._actions.append(actions)
        zoom_in.setEnabled(self.can_zoom_in())
        zoom_out.setEnabled(self.can_zoom_out())
        return actions

    def watch(self, widget: QAbstractScrollArea) -> None:
        """Let Ctrl + mouse wheel over this text view change the app's text size."""
        widget.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if not (isinstance(event, QWheelEvent) and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            return super().eventFilter(watched, event)
        self._wheel += event.angleDelta().y()
        while self._wheel >= WHEEL_STEP:
            self._wheel -= WHEEL_STEP
            self.zoom_in()
        while self._wheel <= -WHEEL_STEP:
            self._wheel += WHEEL_STEP
            self.zoom_out()
        event.accept()
        return True


def min_width_for_words(view: QListWidget) -> int:
    """The narrowest width at which a word-wrapped list shows its longest word without sideways scrolling.

    Call ``view.setMinimumWidth(min_width_for_words(view))`` when the text size or the items change.
    """
    widest = 0
    for row in range(view.count()):
        item = view.item(row)
        metrics = QFontMetrics(item.font().resolve(view.font()))
        widest = max([widest, *(metrics.horizontalAdvance(word) for word in item.text().split())])
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    chrome = 2 * view.frameWidth() + 2 * view.spacing() + 2 * margin + scroll_bar + 4
    return widest + chrome


def readable_width(view: QAbstractScrollArea, letters: int = READABLE_LETTERS) -> int:
    """The narrowest a reading pane may be: ``letters`` average letters a line, plus its margins."""
    style = view.style()
    scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    margin = int(view.document().documentMargin()) if hasattr(view, "document") else 0
    return view.fontMetrics().averageCharWidth() * letters + 2 * margin + scroll_bar + 2 * view.frameWidth()


def cramped_widgets(root: QWidget) -> list[str]:
    """Visible widgets under ``root`` smaller than their minimum size hint, or scrolling sideways.

    A way to check that a layout still works at a large text size: a cramped widget clips its text,
    and a list or page that needs sideways scrolling hides the ends of its lines.
    (A tab bar that no longer fits shows scroll arrows; those are not counted.)
    """
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.isWindow() and widget is not root:
            continue
        if isinstance(widget, QToolButton) and isinstance(widget.parent(), QTabBar):
            continue  # a tab bar's scroll arrows are narrow by design
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{name}: needs scrolling sideways")
        hint = widget.minimumSizeHint()
        size = widget.size()
        if hint.isValid() and (size.width() < hint.width() or size.height() < hint.height()):
            found.append(f"{name}: {size.width()}x{size.height()} < {hint.width()}x{hint.height()}")
    return found
