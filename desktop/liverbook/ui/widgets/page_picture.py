"""A picture of a printed page, as wide as its place and as high as the page's shape needs.

It shows a page drawn elsewhere (a QImage, white paper in every theme) scaled smoothly to its
width, with a thin edge so the paper stands out on a dark or high-contrast window. It takes the
keyboard focus, so the scroll area it sits in can be scrolled with the arrow and page keys, and
draws a clear ring when it has it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LETTER_SHAPE = 11 / 8.5  # height / width until a page is shown
RING = 4  # room for the focus ring (3 pixels wide), inside the widget


class PagePicture(QWidget):
    """A page image fitted to the widget's width (its height follows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._shape = LETTER_SHAPE
        self._faded = False
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_image(self, image: QImage) -> None:
        """Show ``image`` (a whole page), no longer faded."""
        self._image = image
        if not image.isNull() and image.width():
            self._shape = image.height() / image.width()
        self._faded = False
        self.updateGeometry()
        self.update()

    def image(self) -> QImage:
        return self._image

    def set_faded(self, faded: bool) -> None:
        """Fade the page while a new one is drawn (so an old picture is not taken for the new one)."""
        if faded != self._faded:
            self._faded = faded
            self.update()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        inner = max(1, width - 2 * RING)
        return round(inner * self._shape) + 2 * RING

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = 12 * self.fontMetrics().averageCharWidth() * 4
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = 8 * self.fontMetrics().averageCharWidth()
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        page = self.rect().adjusted(RING, RING, -RING, -RING)
        page.setHeight(min(page.height(), round(page.width() * self._shape)))
        painter.fillRect(page, Qt.GlobalColor.white)
        if not self._image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(page, self._image)
        if self._faded:
            painter.fillRect(page, QColor(255, 255, 255, 150))
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
        painter.drawRect(page.adjusted(0, 0, -1, -1))
        if self.hasFocus():
            width = RING - 1
            ring = QRectF(self.rect()).adjusted(width / 2, width / 2, -width / 2, -width / 2)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), width))
            painter.drawRect(ring)
        painter.end()
