"""The high-contrast theme's style sheet: white frames on black, a thick yellow outline on the focus.

Kept apart from :mod:`liverbook.ui.appearance.themes`, which chooses and applies the themes.
"""

from __future__ import annotations


def high_contrast_qss(fg: str, bg: str, focus: str, select: str) -> str:
    """High contrast: every frame drawn in white, a 3px yellow outline on whatever has the focus.

    Tick boxes and radio buttons get a white edge, filled when chosen (Fusion drew an empty one
    in black on black: only chosen ones could be seen); they are sized in em, so they grow with
    the text.

    Focus swaps 1px of padding for 1px of border, so nothing moves or re-wraps when focus arrives.
    """
    frames = "QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView, QComboBox, QAbstractSpinBox"
    focused = ", ".join(f"{name.strip()}:focus" for name in frames.split(","))
    return f"""
{frames} {{ border: 2px solid {fg}; padding: 1px; }}
{focused} {{ border: 3px solid {focus}; padding: 0; }}
QPushButton, QToolButton {{ color: {fg}; background: {bg}; border: 2px solid {fg}; padding: 5px 12px; }}
QPushButton:focus, QToolButton:focus {{ border: 3px solid {focus}; padding: 4px 11px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {focus}; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked {{ color: {bg}; background: {select}; }}
QPushButton:disabled, QToolButton:disabled {{ border-style: dashed; }}
QCheckBox, QRadioButton {{ border: 3px solid {bg}; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 0.8em; height: 0.8em; border: 2px solid {fg}; background: {bg}; }}
QRadioButton::indicator {{ border-radius: 0.5em; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {select}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-style: dashed; }}
QTabBar::tab {{ color: {fg}; background: {bg}; border: 2px solid {fg}; padding: 6px 12px; margin-right: 4px; }}
QTabBar::tab:selected {{ color: {bg}; background: {select}; border-color: {select}; }}
QTabBar::tab:focus {{ border: 3px solid {focus}; padding: 5px 11px; }}
QTabBar::scroller {{ width: 48px; }}
QTabBar QToolButton {{ padding: 0; border: 2px solid {fg}; }}
QMenuBar {{ border-bottom: 2px solid {fg}; }}
QMenuBar::item:selected, QMenu::item:selected {{ color: {bg}; background: {select}; }}
QMenu {{ border: 2px solid {fg}; }}
QMenu::item {{ padding: 5px 24px 5px 1.4em; }}
QMenu::indicator {{ width: 0.7em; height: 0.7em; left: 0.3em; border: 2px solid {fg}; background: {bg}; }}
QMenu::indicator:checked {{ background: {select}; }}
QMenu::indicator:unchecked {{ border-color: {bg}; }}
QMenu::separator {{ height: 2px; background: {fg}; margin: 4px 8px; }}
QToolTip {{ color: {fg}; background: {bg}; border: 2px solid {fg}; padding: 4px; }}
QDockWidget::title {{ border-bottom: 2px solid {fg}; padding: 4px; }}
QStatusBar {{ border-top: 2px solid {fg}; }}
QSplitter::handle {{ background: {fg}; }}
QSplitter::handle:horizontal {{ width: 3px; }}
QSplitter::handle:vertical {{ height: 3px; }}
QScrollBar:vertical {{ background: {bg}; width: 18px; border: 1px solid {fg}; margin: 0; }}
QScrollBar:horizontal {{ background: {bg}; height: 18px; border: 1px solid {fg}; margin: 0; }}
QScrollBar::handle {{ background: {fg}; border: 3px solid {bg}; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
