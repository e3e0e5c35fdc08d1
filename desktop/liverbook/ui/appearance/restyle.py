"""After a change of colours: every widget as a fresh start in the new theme would be.

Qt keeps traces of a style sheet after it is removed: palettes it gave widgets (a notes pane
first shown in high contrast stayed black on white in light), and a mark on every widget it
styled, which makes Qt pass those widgets no new font ever after (the notes pane stayed at the
largest text size after a switch to light and Ctrl+0, until a restart). These functions undo both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget


def forget_widget_palettes(app: QApplication) -> None:
    """Let every widget take the app's palette again.

    A style sheet gives the widgets it styles palettes of their own, and when it is removed it
    puts back the palettes they had when it styled them: a notes pane first shown in high
    contrast stayed black on white after a switch to light. The app sets no widget palettes
    itself, so every widget's own palette is stale here.
    """
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
            widget.setPalette(QPalette())
    # Qt tells widgets of the new app palette in no set order; one told before its parent copies the
    # parent's old palette (the notes pane kept dark colours in light). Tell them again, parents first.
    tell_again(app, QEvent.Type.ApplicationPaletteChange)


def tell_again(app: QApplication, kind: QEvent.Type) -> None:
    """Send every widget the app's "palette (or font) changed" event, each parent before its children."""
    news = QEvent(kind)
    todo = list(app.topLevelWidgets())
    while todo:
        widget = todo.pop(0)
        try:
            QCoreApplication.sendEvent(widget, news)
            todo.extend(widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly))
        except RuntimeError:  # deleted meanwhile (a closed popup)
            continue


def forget_style_sheet_marks(app: QApplication) -> None:
    """With no style sheet left, let every widget take new fonts from its parent again.

    Qt routes a new font past any widget marked as styled by a style sheet (to the sheet, which is
    gone), so a widget styled while the sheet was set kept its old size for good.
    """
    if app.styleSheet():
        return
    stale = [
        w
        for w in app.allWidgets()
        if w.testAttribute(Qt.WidgetAttribute.WA_StyleSheet) and not w.styleSheet()
    ]
    for widget in stale:
        widget.setAttribute(Qt.WidgetAttribute.WA_StyleSheet, False)
    if stale:
        tell_again(app, QEvent.Type.ApplicationFontChange)
