"""The example person in the window: the title bar and a banner say so, and Help > "Explore with an
example person" opens one in a window of its own.

The example's data is made in a throwaway folder (:mod:`liverbook.core.example`) and shown by a
second main window with its own core, so it is never mixed with the reader's own data; closing
that window removes the folder, and the reader's own window is as it was. The same banner and
title mark the window of ``liverbook --example``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from liverbook.core.app_core import Core
from liverbook.i18n import app_name, translate
from liverbook.ui.prompts import Prompts

if TYPE_CHECKING:
    from liverbook.ui.window.main_window import MainWindow


def window_title(core: Core) -> str:
    """The title bar: the app's name, and for the example person a word that cannot be missed."""
    if core.is_example:
        return translate("Example", "EXAMPLE, a made-up person – {app}").format(app=app_name())
    return app_name()


def banner_text() -> str:
    return translate("Example", "EXAMPLE: a made-up person, not your data. Changes here are not kept.")


def banner_detail() -> str:
    return translate(
        "Example",
        "A made-up person's diary, records, questions and notes, to show what the handbook can do. "
        "Your own data is not shown here and is not changed. What you change here is thrown away "
        "when you close this window.",
    )


class ExampleBanner(QFrame):
    """A strip above the tabs of an example window: what this is, and a button to close it."""

    def __init__(self, close: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exampleBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # the tooltip colours: every theme checks their contrast
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.label = QLabel(banner_text())
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        bold = QFont(self.label.font())
        bold.setBold(True)
        self.label.setFont(bold)
        self.setToolTip(banner_detail())
        self.setAccessibleDescription(banner_detail())
        self.close_button = QPushButton(translate("Example", "Close the example"))
        self.close_button.setAccessibleName(translate("Example", "Close the example"))
        self.close_button.clicked.connect(lambda _checked=False: close())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignVCenter)


def with_banner(window: MainWindow, center: QWidget) -> QWidget:
    """The window's central widget: ``center`` alone, or below the example banner in an example window."""
    window.setWindowTitle(window_title(window.core))
    if not window.core.is_example:
        return center
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    window.example_banner = ExampleBanner(window.close, holder)
    layout.addWidget(window.example_banner)
    layout.addWidget(center, 1)
    return holder


class ExampleWindows(QObject):
    """Help > "Explore with an example person": the example in a second window, removed when it closes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.opened: list[MainWindow] = []
        self.make_prompts: Callable[[], Prompts] = Prompts  # tests answer at once instead

    def explore(self) -> MainWindow | None:
        """Make the example's data and show it in a new window (or bring the one open forward)."""
        if self.opened:
            self.opened[0].raise_()
            self.opened[0].activateWindow()
            return self.opened[0]
        from liverbook.core.example import make_example_folder

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            folder = make_example_folder(self.window.core.book, self.window.core.data_dir)
        except Exception as exc:  # noqa: BLE001 - disk trouble or a refusal, said in plain words
            QGuiApplication.restoreOverrideCursor()
            self.window.prompts.inform(
                translate("Example", "The example could not be opened"),
                translate(
                    "Example",
                    "The example person's data could not be made: {why}\n\nYour own data was not touched.",
                ).format(why=exc),
                problem=True,
            )
            return None
        try:
            shown = self._open_window(folder)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return shown

    def _open_window(self, folder: Path) -> MainWindow:
        from liverbook.settings import SettingsFile, open_settings
        from liverbook.store import Store

        _share_appearance(self.window, folder)
        own = self.window.core
        core = Core(own.book, folder, Store.open(folder), "", SettingsFile(folder))
        core.english_loader = own.english_book  # the visit report's page 1 in English: loaded once
        prompts = self.make_prompts()
        example = type(self.window)(core, prompts)  # a window like the reader's, on the example's core
        prompts.parent = example
        example.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        example.destroyed.connect(lambda _obj=None: self._closed(example, core, folder))
        self.opened.append(example)
        open_settings(folder).sync()
        example.show()
        return example

    def _closed(self, example: MainWindow, core: Core, folder: Path) -> None:
        from liverbook.core.example import remove_example_folder

        if example in self.opened:
            self.opened.remove(example)
        core.close()
        remove_example_folder(folder)
        _restore_appearance(self.window)

    def close_all(self) -> None:
        for example in list(self.opened):
            example.close()


def _share_appearance(window: MainWindow, folder: Path) -> None:
    """The example window starts with the reader's colours and text size (they are app-wide)."""
    from liverbook.settings import open_settings
    from liverbook.ui.appearance import zoom

    zoom.share(window.settings, open_settings(folder))


def _restore_appearance(window: MainWindow) -> None:
    """Colours and text size as the reader's own window had them (the example may have changed them)."""
    from liverbook.ui.appearance import themes

    app = QApplication.instance()
    if isinstance(app, QApplication) and not window.closed:
        font = QFont(app.font())
        font.setPointSizeF(window.zoom.point_size())
        app.setFont(font)
        themes.apply(app, themes.load(window.settings))
