"""The status bar: the "does not replace your care team" notice, and the latest message beside it.

QStatusBar draws a message (``showMessage``) only in the room its other widgets leave, and the
notice, which must always show, took it all: the meaning of a glossary word, "the daily backup
could not be made", were never seen. Here the message has a word-wrapped label of its own beside
the notice, and it is told to screen readers. ``showMessage`` and ``currentMessage`` work as before.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from liverbook.i18n import translate

ANNOUNCE_AGAIN_AFTER_S = 2.0
_last_announced: dict[str, object] = {"text": "", "at": 0.0}


def announce(source: QObject, text: str) -> None:
    """Have screen readers say ``text`` (once: the same words again within two seconds are not
    repeated, as when a word's meaning goes to its box and to the status bar)."""
    now = time.monotonic()
    if text == _last_announced["text"] and now - float(_last_announced["at"]) < ANNOUNCE_AGAIN_AFTER_S:  # type: ignore[arg-type]
        return
    _last_announced.update(text=text, at=now)
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(source, text))


class OneLine(QLabel):
    """One line of text, cut short with "…" when narrow (the whole of it in its tooltip), so a
    message never changes the height of the status bar and moves the page above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(1)
        self.full_text = ""

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._fit()

    def _fit(self) -> None:
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, max(1, self.width()))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1, super().sizeHint().height())


class Notice(QLabel):
    """Words that wrap onto as many lines as the width needs, breaking lines itself.

    (QStatusBar measures a word-wrapped QLabel beside another widget as if it were a few letters
    wide, three lines high; this one has no height-for-width: its line breaks are its own.)
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text = text
        self.setText(text)

    def _wrapped(self, width: int) -> str:
        metrics = self.fontMetrics()
        lines: list[str] = []
        for word in self.full_text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    def _fit(self) -> None:
        wrapped = self._wrapped(max(1, self.width()))
        if wrapped != self.text():
            self.setText(wrapped)
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(w) for w in self.full_text.split()), default=1)
        return QSize(widest, super().sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text), super().sizeHint().height())


class StatusLine(QObject):
    """The notice (left) and the latest message (right) of a window's status bar, sharing its width."""

    def __init__(self, bar: QStatusBar, notice: str) -> None:
        super().__init__(bar)
        # No accessible names: on a label a name replaces its words, and a screen reader would
        # have heard "Notice" instead of what the notice says.
        self.notice = Notice(notice)  # wraps: large text must not make the window wider than the screen
        self.line = OneLine()
        self.line.setAccessibleDescription(translate("StatusLine", "The latest message"))
        bar.addPermanentWidget(self.notice, 3)
        bar.addPermanentWidget(self.line, 2)
        bar.messageChanged.connect(self._message_changed)

    @Slot(str)
    def _message_changed(self, text: str) -> None:
        self.line.set_full_text(text)
        if text:
            announce(self.line, text)
