"""Windows and dialogs that fit the screen they open on, at every text size.

Sizes are clamped to the *available* area of the screen (without panels and docks): a 1366x768
laptop leaves about 740 pixels of height. The window's first size and a size saved on a larger
screen are both fitted; a maximised window stays maximised. Dialogs keep their buttons outside a
scrolling body (:func:`scrolling`), so however large the text, the buttons stay in sight, and
:class:`ScreenFitter` fits them each time they are shown and when the text size changes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QElapsedTimer,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QFrame, QScrollArea, QWidget
from shiboken6 import isValid

FIRST_RUN_SIZE = QSize(1200, 780)
USUAL_FRAME = QMargins(2, 38, 2, 2)  # a title bar and thin borders, until the real frame is known
FRAMELESS_PLATFORMS = {"offscreen", "minimal"}


def screen_for(widget: QWidget, rect: QRect | None = None) -> QScreen:
    """The screen a window is on, or will open on: the one holding the middle of ``rect`` if given,
    else the widget's own (a dialog's is its parent's), else the one under the mouse."""
    for candidate in (
        QGuiApplication.screenAt(rect.center()) if rect is not None else None,
        widget.screen() if widget.isVisible() or widget.parentWidget() is not None else None,
        QGuiApplication.screenAt(QCursor.pos()),
        widget.screen(),
    ):
        if candidate is not None:
            return candidate
    return QGuiApplication.primaryScreen()


def frame_margins(widget: QWidget) -> QMargins:
    """The window manager's frame around ``widget``: its own once shown, else its parent's, else a
    usual title bar's (none on the offscreen platform, which draws no frames)."""
    parent = widget.parentWidget()
    for window in (widget.window(), parent.window() if parent is not None else None):
        if window is not None and window.isVisible():
            inner, outer = window.geometry(), window.frameGeometry()
            if outer != inner or QGuiApplication.platformName() in FRAMELESS_PLATFORMS:
                return QMargins(
                    inner.left() - outer.left(),
                    inner.top() - outer.top(),
                    outer.right() - inner.right(),
                    outer.bottom() - inner.bottom(),
                )
    if QGuiApplication.platformName() in FRAMELESS_PLATFORMS:
        return QMargins()
    return USUAL_FRAME


def fitted(rect: QRect, available: QRect, frame: QMargins | None = None) -> QRect:
    """``rect`` (a window's inside) made no larger than ``available`` with its frame, and moved inside it."""
    frame = frame or QMargins()
    room = available.marginsRemoved(frame)
    width = max(1, min(rect.width(), room.width()))
    height = max(1, min(rect.height(), room.height()))
    x = min(max(rect.x(), room.left()), room.left() + room.width() - width)
    y = min(max(rect.y(), room.top()), room.top() + room.height() - height)
    return QRect(x, y, width, height)


def centred(size: QSize, available: QRect, frame: QMargins | None = None) -> QRect:
    """A window of ``size`` (fitted) in the middle of ``available``."""
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return fitted(rect, available, frame)


def is_maximised(window: QWidget) -> bool:
    state = window.windowState()
    return bool(state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen))


def place_window(
    window: QWidget, saved: QByteArray | bytes | None, first_size: QSize = FIRST_RUN_SIZE
) -> None:
    """Give the main window its saved geometry, fitted to the screen it opens on, or on the first run
    ``first_size`` (fitted) in the middle of the screen. A maximised window stays maximised."""
    restored = bool(saved) and window.restoreGeometry(QByteArray(saved))  # type: ignore[arg-type]
    if restored and is_maximised(window):
        return
    if restored:
        rect = window.geometry()
        screen = screen_for(window, rect)
        window.setGeometry(fitted(rect, screen.availableGeometry(), frame_margins(window)))
    else:
        screen = screen_for(window)
        window.setGeometry(centred(first_size, screen.availableGeometry(), frame_margins(window)))


class _FollowFocus(QObject):
    """Scrolls its area to whatever inside it gets the keyboard focus, however it got it.

    A part taller than the area (a long message at a large text size) is shown from its top, where
    its first words are: Qt alone would centre it, opening it at its middle. A part that has just
    appeared moves and grows while the layout settles (words wrap again), so it is followed for a
    moment after it took the focus."""

    SETTLE_MS = 1500

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self._followed: QWidget | None = None
        self._since = QElapsedTimer()
        app = QGuiApplication.instance()
        if app is not None:
            app.focusChanged.connect(self.focus_changed)  # type: ignore[attr-defined]

    @Slot(QObject, QObject)  # a real slot: the connection ends with the area
    def focus_changed(self, _old: QObject | None, new: QObject | None) -> None:
        if not isValid(self.area):
            # The area is being taken down: Qt moves the focus away from it in its destructor,
            # after Python's side of it is gone (a test's teardown raised "already deleted").
            return
        if self._followed is not None and isValid(self._followed):
            self._followed.removeEventFilter(self)
        self._followed = None
        body = self.area.widget()
        if isinstance(new, QWidget) and body is not None and body.isAncestorOf(new):
            self.show(new)
            self._followed = new
            self._since.start()
            new.installEventFilter(self)

    def show(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` is in sight; its top, if it is taller than the area."""
        body = self.area.widget()
        tall = widget.height() > self.area.viewport().height()
        if body is not None and tall and not widget.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            corner = widget.mapTo(body, QPoint(0, 0))
            self.area.verticalScrollBar().setValue(corner.y())
            self.area.horizontalScrollBar().setValue(corner.x())  # its lines from their start, never cut
        else:  # a text field scrolls to its cursor
            self.area.ensureWidgetVisible(widget, 0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self._followed
            and event.type() in (QEvent.Type.Move, QEvent.Type.Resize)
            and self._since.elapsed() < self.SETTLE_MS
        ):
            QTimer.singleShot(0, self, self._settled)  # once the area knows the body's new size
        return super().eventFilter(watched, event)

    def _settled(self) -> None:
        if self._followed is not None and isValid(self._followed) and self._followed.hasFocus():
            self.show(self._followed)


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area that scrolls up and down only and follows the focus."""
    area = QScrollArea()
    _FollowFocus(area)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it, which it then scrolls to
    area.setWidget(body)
    area.setMinimumWidth(body.minimumSizeHint().width())
    return area


class ScreenFitter(QObject):
    """Fits a dialog to its screen each time it is shown and when the text size changes.

    The dialog opens at the larger of the size it was given and the size its content asks for,
    no larger than the screen's available area, and wholly on that screen.
    """

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._timer = QTimer(self, singleShot=True, interval=0)  # dies with the dialog, unlike singleShot
        self._timer.timeout.connect(self._refit)
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.dialog:
            kind = event.type()
            if kind == QEvent.Type.Show:
                self.fit(showing=True)
            elif kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
                self._timer.start()  # once the layouts know the new sizes
            elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._page_key(event):
                return True
        return super().eventFilter(watched, event)

    def _page_key(self, event: QKeyEvent) -> bool:
        """Page Up and Page Down that the focused part did not use (a button, a tick box) scroll
        the dialog's text, wherever the keyboard is (in Help > Keyboard shortcuts they did nothing
        while Close had the focus)."""
        steps = {
            Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
            Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
        }
        action = steps.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        areas = [a for a in self.dialog.findChildren(QAbstractScrollArea) if a.isVisible()]
        if not areas:
            return False
        largest = max(areas, key=lambda a: a.viewport().width() * a.viewport().height())
        largest.verticalScrollBar().triggerAction(action)
        return True

    def _refit(self) -> None:
        for area in self.dialog.findChildren(QScrollArea):
            if (
                area.widget() is not None
                and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            ):
                inner = area.widget()
                if inner is not None:
                    area.setMinimumWidth(inner.minimumSizeHint().width())
        if self.dialog.isVisible():
            self.fit()

    def _unseen_height(self) -> int:
        """How much taller the dialog would have to be to show its scrolling content whole."""
        unseen = 0
        for area in self.dialog.findChildren(QScrollArea):
            body = area.widget()
            if body is None or not area.isVisibleTo(self.dialog) or not area.widgetResizable():
                continue
            width = area.viewport().width()
            needed = body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()
            unseen = max(unseen, needed - area.viewport().height())
        return unseen

    def fit(self, showing: bool = False) -> None:
        """Size (and, unless Qt is about to centre it over its window, place) the dialog on its screen."""
        dialog = self.dialog
        size = dialog.size().expandedTo(dialog.sizeHint()).expandedTo(dialog.minimumSizeHint())
        size.setHeight(size.height() + max(0, self._unseen_height()))  # the screen limits it below
        rect = QRect(QPoint(0, 0), size)
        rect.moveCenter(dialog.geometry().center())
        screen = screen_for(dialog, dialog.geometry() if dialog.isVisible() else None)
        place = fitted(rect, screen.availableGeometry(), frame_margins(dialog))
        if showing and not dialog.testAttribute(Qt.WidgetAttribute.WA_Moved):
            dialog.resize(place.size())  # where: Qt centres a dialog over its window as it shows it
        else:
            dialog.setGeometry(place)


def fit_to_screen(dialog: QWidget) -> ScreenFitter:
    """Keep ``dialog`` on its screen from now on (see :class:`ScreenFitter`)."""
    return ScreenFitter(dialog)
