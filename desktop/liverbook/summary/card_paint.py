"""Drawing the call-now card (:class:`~liverbook.summary.call_card.CardData`) with QPainter. QtGui only.

Panels the size of a bank card, two across: the first holds who it is for and the numbers to call,
the others the warning signs in the order given (emergencies first). The type is as large as fits
(from MAX_POINT_SIZE down to MIN_POINT_SIZE, 9 pt); when the signs do not fit two rows, a third and
then a fourth row is used (a bigger fold, never smaller print). Text is drawn as text (searchable in the PDF); the outer line is solid (cut), the middle
lines dotted (fold).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from liverbook.i18n import translate
from liverbook.summary.call_card import CARD_MM, MAX_POINT_SIZE, MAX_ROWS, MIN_POINT_SIZE, CardData
from liverbook.summary.isolates import font_for

Para = tuple[str, bool]  # (text, bold)
WRAP = int(Qt.TextFlag.TextWordWrap)


def _fonts(family: str, size: float) -> tuple[QFont, QFont]:
    plain = QFont(family)
    plain.setPointSizeF(size)
    bold = QFont(plain)
    bold.setBold(True)
    return plain, bold


def _height(painter: QPainter, font: QFont, width: float, text: str) -> float:
    metrics = QFontMetricsF(font_for(font, text), painter.device())
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()


def _paragraphs(card: CardData) -> list[list[Para]]:
    """Each section as a group of paragraphs: heading, the medicines it is for, the signs."""
    groups = []
    for section in card.sections:
        group: list[Para] = [(section.title, True)]
        if section.medicines:
            group.append(
                (translate("report", "With: {names}").format(names=", ".join(section.medicines)), False)
            )
        group.append((section.text, False))
        groups.append(group)
    return groups


def _split(text: str) -> list[str]:
    """Sentences, so a long set of signs can go on over two panels."""
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def _flow(
    painter: QPainter,
    groups: list[list[Para]],
    fonts: tuple[QFont, QFont],
    width: float,
    height: float,
    panels: int,
) -> list[list[Para]] | None:
    """The paragraphs of every panel after the first, or None when they need more than ``panels``."""
    gap = QFontMetricsF(fonts[0], painter.device()).height() * 0.35
    out: list[list[Para]] = [[]]
    used = 0.0

    def place(para: Para) -> bool:
        nonlocal used
        need = _height(painter, fonts[1] if para[1] else fonts[0], width, para[0]) + gap
        if used + need > height and out[-1]:
            out.append([])
            used = 0.0
        if need > height:
            return False
        out[-1].append(para)
        used += need
        return True

    for group in groups:
        # A heading, the medicines it is for and the first sentence of its signs stay together.
        first = _split(group[-1][0])[:1] or [""]
        start = sum(_height(painter, fonts[1] if b else fonts[0], width, t) + gap for t, b in group[:-1])
        start += _height(painter, fonts[0], width, first[0]) + gap
        if out[-1] and used + start > height:
            out.append([])
            used = 0.0
        for para in group[:-1]:
            if not place(para):
                return None
        # The signs: as many sentences as fit where the heading is, the rest in the next panel.
        sentences = _split(group[-1][0])
        while sentences:
            take = len(sentences)
            while (
                take and used + _height(painter, fonts[0], width, " ".join(sentences[:take])) + gap > height
            ):
                take -= 1
            if not take and out[-1]:  # not one more sentence fits here: go on in the next panel
                out.append([])
                used = 0.0
                continue
            if not place((" ".join(sentences[: max(take, 1)]), False)):
                return None
            sentences = sentences[max(take, 1) :]
    return out if len(out) <= panels else None


def _fit(
    painter: QPainter, groups: list[list[Para]], family: str, width: float, height: float
) -> tuple[int, float, list[list[Para]]]:
    """Rows of panels, type size and the paragraphs of each panel after the first: the fewest rows
    (two, three, then four) in which the signs fit at MIN_POINT_SIZE or more; if even four are not
    enough, what fits and a line saying where the rest is."""
    for rows in range(2, MAX_ROWS + 1):
        size = MAX_POINT_SIZE
        while size >= MIN_POINT_SIZE - 1e-9:
            layout = _flow(painter, groups, _fonts(family, size), width, height, rows * 2 - 1)
            if layout is not None:
                return rows, size, layout
            size -= 0.5
    more = [(translate("report", "More signs: see the medicines list and the handbook."), True)]
    panels = MAX_ROWS * 2 - 2  # every panel but the front and the last, which says where the rest is
    for count in range(len(groups) - 1, 0, -1):  # the first sets that fit, the most urgent first
        layout = _flow(painter, groups[:count], _fonts(family, MIN_POINT_SIZE), width, height, panels)
        if layout is not None:
            return MAX_ROWS, MIN_POINT_SIZE, [*layout, more]
    return MAX_ROWS, MIN_POINT_SIZE, [more]


def draw_card(painter: QPainter, rect: QRectF, card: CardData, family: str) -> None:
    """Draw the card at the top left of ``rect`` (the painter's state is restored after)."""
    dpmm = painter.device().logicalDpiX() / 25.4
    pw, ph = CARD_MM[0] * dpmm, CARD_MM[1] * dpmm
    pad = 3.0 * dpmm
    inner_w, inner_h = pw - 2 * pad, ph - 2 * pad
    groups = _paragraphs(card)
    if groups:
        rows, size, layout = _fit(painter, groups, family, inner_w, inner_h)
    else:  # no signs for the medicines on the list: one card, its back left for the person
        rows, size, layout = 1, MAX_POINT_SIZE, [[(translate("report", "Other numbers and notes:"), True)]]
    plain, bold = _fonts(family, size)
    painter.save()
    try:
        left, top = rect.left(), rect.top()
        painter.setPen(QPen(Qt.GlobalColor.black, max(dpmm * 0.3, 1.0)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(left, top, pw * 2, ph * rows))
        painter.setPen(QPen(Qt.GlobalColor.black, max(dpmm * 0.25, 1.0), Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(left + pw, top), QPointF(left + pw, top + ph * rows))
        for row in range(1, rows):
            painter.drawLine(QPointF(left, top + ph * row), QPointF(left + pw * 2, top + ph * row))
        painter.setPen(QPen(Qt.GlobalColor.black))
        footed = _front(painter, QRectF(left + pad, top + pad, inner_w, inner_h), card, family, size)
        room: list[tuple[float, QRectF]] = []  # (free height, panel) of each panel after the first
        for n, paras in enumerate(layout, start=1):
            col, row = n % 2, n // 2
            box = QRectF(left + col * pw + pad, top + row * ph + pad, inner_w, inner_h)
            y = box.top()
            gap = QFontMetricsF(plain, painter.device()).height() * 0.35
            for text, is_bold in paras:
                font = bold if is_bold else plain
                painter.setFont(font_for(font, text))
                h = _height(painter, font, inner_w, text)
                painter.drawText(QRectF(box.left(), y, inner_w, h + 1), WRAP, text)
                y += h + gap
            room.append((box.bottom() - y, box))
        for n in range(len(layout) + 1, rows * 2):  # panels left empty
            col, row = n % 2, n // 2
            room.append((inner_h, QRectF(left + col * pw + pad, top + row * ph + pad, inner_w, inner_h)))
        if not footed and room:  # the footer at the foot of the panel with the most room left
            small, _ = _fonts(family, MIN_POINT_SIZE)
            free, box = max(room, key=lambda r: r[0])
            if free >= _height(painter, small, inner_w, card.footer):
                _footer(painter, box, card.footer, small)
    finally:
        painter.restore()


def _front(painter: QPainter, box: QRectF, card: CardData, family: str, size: float) -> bool:
    """The first panel: the heading large, then who it is for and the numbers, the footer at the
    bottom. False when the footer did not fit under them (longer words, a long name): the caller
    puts it at the foot of another panel. The numbers are never made smaller for it."""
    plain, bold = _fonts(family, max(size, 9.0))
    small, _ = _fonts(family, MIN_POINT_SIZE)
    footer_h = _height(painter, small, box.width(), card.footer)
    lines = [(text, bold if any(ch.isdigit() for ch in text) else plain) for text in card.front]
    body_h = sum(_height(painter, font, box.width(), text) * 1.05 for text, font in lines)
    big = QFont(bold)
    for extra, step in ((3.0, 1.1), (1.0, 1.0)):  # a smaller heading first, when room is short
        big.setPointSizeF(max(size, 9.0) + extra)
        heading_h = _height(painter, big, box.width(), card.heading)
        if heading_h * step + body_h + footer_h <= box.height():
            break
    painter.setFont(big)
    y = box.top()
    painter.drawText(QRectF(box.left(), y, box.width(), heading_h + 1), WRAP, card.heading)
    y += heading_h * step
    for text, font in lines:
        painter.setFont(font_for(font, text))
        h = _height(painter, font, box.width(), text)
        painter.drawText(QRectF(box.left(), y, box.width(), h + 1), WRAP, text)
        y += h * 1.05
    if y + footer_h > box.bottom():
        return False
    _footer(painter, box, card.footer, small)
    return True


def _footer(painter: QPainter, box: QRectF, text: str, font: QFont) -> None:
    """``text`` at the foot of ``box``."""
    painter.setFont(font_for(font, text))
    h = _height(painter, font, box.width(), text)
    painter.drawText(QRectF(box.left(), box.bottom() - h, box.width(), h + 1), WRAP, text)
