"""The status bar: the "does not replace your care team" notice, and the latest message beside it.

QStatusBar draws a message (``showMessage``) only in the room its other widgets leave, and the
notice, which must always show, took it all: the meaning of a glossary word, "the daily backup
could not be made", were never seen. Here the message has a label of its own beside the notice,
and it is told to screen readers. ``showMessage`` and ``currentMessage`` work as before.

At the largest text size the notice wrapped onto three lines (150 pixels of a 740-pixel screen):
now the status bar is always one line; the notice shortens, and gives way to a message while it
lasts (:class:`StatusLine`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QResizeEvent
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
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # their enums: 1.5 ms, not at start

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

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Any width will do: the words are cut short to fit (with no message, it takes none)."""
        return QSize(1, super().minimumSizeHint().height())


class Notice(QLabel):
    """The notice, always on one line: its full words where they fit, its short form where they do
    not (at large text sizes), so the status bar never grows taller and takes the page's room."""

    def __init__(self, text: str, short: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text, self.short_text = text, short
        self.setText(text)
        self.setMinimumWidth(1)

    def widths(self) -> tuple[int, int]:
        """How wide the full and the short notice are, in this font."""
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance(self.full_text), metrics.horizontalAdvance(self.short_text)

    def fit(self, width: int) -> int:
        """Show the words that fit in ``width`` (cut short only if even the short form does not);
        the width they take."""
        full, short = self.widths()
        text = self.full_text if full <= width else self.short_text
        if min(full, short) > width:
            text = self.fontMetrics().elidedText(self.short_text, Qt.TextElideMode.ElideRight, max(1, width))
        if text != self.text():
            self.setText(text)
        self.setToolTip(self.full_text if text != self.full_text else "")
        return min(self.fontMetrics().horizontalAdvance(text), width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.fontMetrics().horizontalAdvance(self.text()), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(1, super().minimumSizeHint().height())


class StatusLine(QObject):
    """The notice (left) and the latest message (right) of a window's status bar, on one line.

    Both show when they fit side by side (the message cut short if need be, whole in its tooltip
    and to screen readers). When the text is so large that a message would have almost no room,
    the message takes the line while it lasts and the notice comes back after it; every page also
    ends with the notice.
    """

    MIN_MESSAGE_SHARE = 0.4  # a message beside the notice gets at least this share of the line

    def __init__(self, bar: QStatusBar, notice: str, short_notice: str = "") -> None:
        super().__init__(bar)
        self.bar = bar
        # No accessible names: on a label a name replaces its words, and a screen reader would
        # have heard "Notice" instead of what the notice says.
        self.notice = Notice(notice, short_notice or notice)
        self.line = OneLine()
        self.line.setAccessibleDescription(translate("StatusLine", "The latest message"))
        bar.addPermanentWidget(self.notice, 0)
        bar.addPermanentWidget(self.line, 1)
        bar.messageChanged.connect(self._message_changed)
        bar.installEventFilter(self)

    @Slot(str)
    def _message_changed(self, text: str) -> None:
        self.line.set_full_text(text)
        self.arrange()
        if text:
            announce(self.line, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.bar and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.arrange()
        return super().eventFilter(watched, event)

    def arrange(self) -> None:
        """Share the one line between the notice and the message (see the class's docstring)."""
        margins = self.bar.contentsMargins()
        room = max(1, self.bar.width() - margins.left() - margins.right() - 16)
        message = self.line.full_text
        full, short = self.notice.widths()
        if not message:
            self.notice.setVisible(True)
            self.notice.fit(room)
            return
        needed = self.line.fontMetrics().horizontalAdvance(message)
        beside = next(
            (
                width
                for width in (full, short)
                if width + needed <= room or room - width >= room * self.MIN_MESSAGE_SHARE
            ),
            None,
        )
        self.notice.setVisible(beside is not None)
        if beside is not None:
            self.notice.fit(beside)
