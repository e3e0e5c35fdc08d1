"""Tick boxes and radio buttons whose words wrap onto more lines, as a label's do.

Qt draws a check box's text on one line, so at large text sizes a long choice ("Lines to write
answers on, under questions not yet answered") made its dialog wider than the screen. These keep
Qt's box, focus and colours (the style draws the indicator, and any style sheet's frame) and wrap
the words in the room left beside it; the whole width is clickable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

FLAGS = (
    Qt.TextFlag.TextWordWrap
    | Qt.TextFlag.TextShowMnemonic
    | Qt.AlignmentFlag.AlignLeft
    | Qt.AlignmentFlag.AlignVCenter
)


if TYPE_CHECKING:  # the mixin is only ever mixed into a button: type it as one
    _Button = QAbstractButton
else:
    _Button = object


class _WrappingMixin(_Button):
    """Shared by both kinds; ``_control`` and ``_contents`` name the style's parts."""

    _control: QStyle.ControlElement
    _contents: QStyle.SubElement

    def _setup(self) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)  # type: ignore[attr-defined]  # QCheckBox's and QRadioButton's
        return option

    def _plain(self) -> str:
        return self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")

    def _chrome(self) -> QSize:
        """What the box, spacing and any style sheet frame add around one line of words."""
        one_line = self._base_size_hint()
        metrics = QFontMetrics(self.font())
        return QSize(
            one_line.width() - metrics.horizontalAdvance(self._plain()), one_line.height() - metrics.height()
        )

    def _text_height(self, width: int) -> int:
        metrics = QFontMetrics(self.font())
        return metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), int(FLAGS), self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        chrome = self._chrome()
        return max(
            self._base_size_hint().height(), chrome.height() + self._text_height(width - chrome.width())
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(word) for word in self._plain().split()), default=0)
        return QSize(self._chrome().width() + widest, self._base_size_hint().height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        option = self._option()
        text = option.text
        option.text = ""
        app = QApplication.instance()
        sheet = app.styleSheet() if isinstance(app, QApplication) else ""
        styled = "QRadioButton" in sheet  # a theme that draws these buttons' focus itself (high contrast)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if not styled:  # the style would ring the bare box; the ring goes round the words below
            option.state &= ~QStyle.StateFlag.State_HasFocus
        painter.drawControl(self._control, option)
        contents = self.style().subElementRect(self._contents, option, self)
        self.style().drawItemText(
            painter,
            contents,
            int(FLAGS),
            option.palette,
            self.isEnabled(),
            text,
            QPalette.ColorRole.WindowText,
        )
        if focused and not styled:
            ring = QStyleOptionFocusRect()
            ring.initFrom(self)
            bounds = QFontMetrics(self.font()).boundingRect(contents, int(FLAGS), text)
            ring.rect = bounds.adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, ring)
        painter.end()

    def _base_size_hint(self) -> QSize:
        raise NotImplementedError


class WrappingCheckBox(_WrappingMixin, QCheckBox):
    """A QCheckBox whose words wrap."""

    _control = QStyle.ControlElement.CE_CheckBox
    _contents = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()

    def _base_size_hint(self) -> QSize:
        return QCheckBox.sizeHint(self)


class WrappingRadioButton(_WrappingMixin, QRadioButton):
    """A QRadioButton whose words wrap."""

    _control = QStyle.ControlElement.CE_RadioButton
    _contents = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()

    def _base_size_hint(self) -> QSize:
        return QRadioButton.sizeHint(self)
