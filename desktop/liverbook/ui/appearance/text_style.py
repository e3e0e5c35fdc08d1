"""The app's widget style: Fusion, with tick boxes that grow with the text and a focus that shows.

Fusion marks the keyboard focus with a thin dotted box (a citation in a page, the chosen row of a
list, a tab) or a faint rim (a button, a list): in the light theme a trial reader could not tell a
focused list from one without focus. Here every focus mark is a solid outline, 2 pixels at the
usual size and thicker as the text grows, in the theme's link colour (dark blue in light, light
blue in dark, yellow in high contrast), or in the selected text's colour on a selected row; and a
list, page or field with the focus gets that outline around its frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionFocusRect,
    QStyleOptionTab,
    QWidget,
)

BASE_POINT_SIZE = 11.0  # the app's text size at 100% (liverbook.ui.appearance.zoom)
FOCUS_PX = 2  # the focus outline at the usual text size
FRAME_PX = 2  # room in a frame for the outline of a focused list, page or field
MENU_TICK_PX = 20  # the room Fusion leaves for a menu item's tick at the usual size


def text_factor() -> float:
    """How much larger the app's text is than at the usual size (1.0 at 100% and below)."""
    return max(1.0, QApplication.font().pointSizeF() / BASE_POINT_SIZE)


def focus_width() -> int:
    return max(FOCUS_PX, round(FOCUS_PX * text_factor() * 0.75))


def focus_colour(option: QStyleOption) -> QColor:
    """The theme's link colour; on a selected row (drawn in the highlight), the selected text's."""
    palette = option.palette
    background = option.backgroundColor if isinstance(option, QStyleOptionFocusRect) else QColor()
    if background.isValid() and background == palette.color(QPalette.ColorRole.Highlight):
        return palette.color(QPalette.ColorRole.HighlightedText)
    if option.state & QStyle.StateFlag.State_Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.Link)


def draw_outline(painter: QPainter, rect: QRect, colour: QColor, width: int) -> None:
    """A solid outline of ``width`` pixels just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width // 2
    painter.drawRect(rect.adjusted(half, half, -(width - half), -(width - half)))
    painter.restore()


def draw_ring(painter: QPainter, option: QStyleOption, round_: bool) -> None:
    """A ring round a radio button or tick box that stands out from the window (3:1 at least):
    Fusion draws its edge in a shade of the window colour, and in the dark theme one not chosen
    could hardly be seen (TRIAL-5). The text's colour on a dark window, a mid grey on a light one."""
    palette = option.palette
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    ring = QColor(palette.color(QPalette.ColorRole.WindowText if dark else QPalette.ColorRole.Dark))
    if not option.state & QStyle.StateFlag.State_Enabled:
        ring = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    width = max(1, round(1.5 * text_factor()))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(ring, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2)
    if round_:
        painter.drawEllipse(box)
    else:
        painter.drawRect(box)
    painter.restore()


class TextSizedStyle(QProxyStyle):
    """Fusion, with tick boxes and radio buttons that grow with the text (Qt's stay 13 pixels,
    hard to see and to hit beside 33-point words), and focus marks that can be seen."""

    SCALED = (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    )
    FRAMES = (QStyle.PrimitiveElement.PE_Frame, QStyle.PrimitiveElement.PE_FrameLineEdit)
    INDICATORS = (
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    )

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def name(self) -> str:  # what Python callers (the tests, themes.apply) ask of the app's style
        return "fusion"

    def pixelMetric(self, metric: QStyle.PixelMetric, option: object = None, widget: object = None) -> int:  # noqa: N802
        value = super().pixelMetric(metric, option, widget)  # type: ignore[arg-type]
        if metric in self.SCALED:
            return round(value * text_factor())
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(widget, QAbstractScrollArea):
            return max(value, FRAME_PX)
        return value

    def sizeFromContents(  # noqa: N802 - Qt override
        self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        """A menu item as wide as its words need beside a tick or dot grown with the text (Fusion
        left room for a 13-pixel one, and cut "Same as the system" to "Same as… system")."""
        found = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == QStyle.ContentsType.CT_MenuItem and text_factor() > 1:
            found.setWidth(found.width() + round(MENU_TICK_PX * (text_factor() - 1)))
        return found

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            draw_outline(painter, option.rect, focus_colour(option), focus_width())
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in self.INDICATORS:
            draw_ring(painter, option, element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)
        if element in self.FRAMES and option.state & QStyle.StateFlag.State_HasFocus and _framed(widget):
            draw_outline(painter, option.rect, option.palette.color(QPalette.ColorRole.Link), FRAME_PX)

    def drawControl(  # noqa: N802 - Qt override
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        button = element == QStyle.ControlElement.CE_PushButton and isinstance(widget, QPushButton)
        tab = element == QStyle.ControlElement.CE_TabBarTabShape and isinstance(option, QStyleOptionTab)
        if button or tab:
            draw_outline(painter, option.rect, option.palette.color(QPalette.ColorRole.Link), focus_width())


def _framed(widget: QWidget | None) -> bool:
    """A list, page or text field with a frame of its own (not a frameless scroll area)."""
    return (
        isinstance(widget, QAbstractScrollArea)
        and widget.frameWidth() > 0
        or widget is not None
        and widget.inherits("QLineEdit")
    )
