"""Colour contrast as WCAG 2.x measures it: relative luminance and the contrast ratio of two colours.

Pure Python, no Qt, so the themes' figures can be checked anywhere. A test helper: the app itself
never measures contrast (the themes' colours are fixed and checked by tests/test_themes.py). Colours are written ``#rrggbb``
(``#rgb`` is accepted too). WCAG's thresholds: 4.5:1 for normal text (AA), 3:1 for large text and for
the parts of controls a person needs to see (AA), 7:1 for normal text at level AAA.
"""

from __future__ import annotations

import re

AA_NORMAL = 4.5
AA_LARGE = 3.0
AA_UI = 3.0
AAA_NORMAL = 7.0
AAA_LARGE = 4.5

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def parse_hex(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of ``#rrggbb`` or ``#rgb`` (0-255 each); ValueError for anything else."""
    text = colour.strip()
    if not _HEX.fullmatch(text):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    # WCAG 2.2 writes the sRGB threshold as 0.04045 (2.0 had 0.03928); no 8-bit value lies between them.
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance: 0.0 for black, 1.0 for white."""
    r, g, b = parse_hex(colour)
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(first: str, second: str) -> float:
    """The contrast ratio of two colours, from 1.0 (same) to 21.0 (black on white); order does not matter."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def meets_aa(foreground: str, background: str, *, large: bool = False) -> bool:
    """True when the pair reaches WCAG AA: 4.5:1 for normal text, 3:1 for large text or UI parts."""
    return contrast_ratio(foreground, background) >= (AA_LARGE if large else AA_NORMAL)


def meets_aaa(foreground: str, background: str, *, large: bool = False) -> bool:
    """True when the pair reaches WCAG AAA: 7:1 for normal text, 4.5:1 for large text."""
    return contrast_ratio(foreground, background) >= (AAA_LARGE if large else AAA_NORMAL)
