"""Bidi isolates drawn with the report's own font, never a fallback font. QtGui only.

The person's words are wrapped in Unicode bidi isolates (FSI ... PDI, :func:`~.build.isolate`):
invisible characters that keep a right-to-left name from reordering the text around it. The bundled
DejaVu Sans has no entry for them, so Qt's font merging looks for a system font that has one. With
none installed nothing changes; with fonts-noto installed (measured, December 2026) Qt picks Noto
Sans Mono, whose taller line metrics make every line holding a name taller (page 1 of the example's
visit report ran onto a second page) and put a second font into the PDF. Qt's bidi algorithm reads
the characters whatever font draws them, so the isolates are drawn with font merging off (zero
width, nothing shown) while every other character keeps it (a Chinese or Arabic name still finds a
font that has it).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont, QTextCharFormat, QTextDocument

ISOLATES = "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI


def pin_isolates(doc: QTextDocument) -> int:
    """Draw every isolate in ``doc`` with the document's own font (no fallback); how many there were."""
    pinned = QTextCharFormat()
    pinned.setFontStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    count = 0
    for char in ISOLATES:
        cursor = doc.find(char)
        while not cursor.isNull():
            cursor.mergeCharFormat(pinned)
            count += 1
            cursor = doc.find(char, cursor)
    return count


def font_for(font: QFont, text: str) -> QFont:
    """``font`` to draw ``text`` with QPainter: with font merging off when ``font`` has every other
    character of it (the isolates then find no fallback font); as it is otherwise."""
    if not any(char in ISOLATES for char in text):
        return font
    own = QRawFont.fromFont(font)  # the font itself (QFontMetricsF.inFontUcs4 counts fallbacks too)
    if all(char in ISOLATES or own.supportsCharacter(ord(char)) for char in text):
        pinned = QFont(font)
        pinned.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
        return pinned
    return font
