"""The bundled fonts, registered with Qt so screens and PDFs never depend on the system's. QtGui only."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from liverbook import paths

FONT_FAMILY = "DejaVu Sans"


def register_fonts() -> str:
    """Register every bundled TTF (once per process is enough; again is harmless); return the family."""
    family = FONT_FAMILY
    for font_file in sorted(paths.resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and "Bold" not in font_file.name and "Oblique" not in font_file.name:
            family = families[0]
    return family
