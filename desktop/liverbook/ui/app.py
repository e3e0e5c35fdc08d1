"""Creating the QApplication: names, the bundled font, the style; then the main window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from liverbook import APP_ID, DESKTOP_FILE_NAME, ORG_NAME, __version__, paths, pyside_refcounts
from liverbook.content import ContentErrors, Handbook
from liverbook.fonts import register_fonts
from liverbook.i18n import SOURCE_LANGUAGE, app_name, translate
from liverbook.ui.language import LANGUAGE_KEY, Language, chosen_language

if TYPE_CHECKING:
    from liverbook.ui.prompts import Prompts
    from liverbook.ui.window.main_window import MainWindow

BASE_POINT_SIZE = 11
log = logging.getLogger(__name__)
EXIT_AFTER_PAINT_LIMIT_MS = 30_000


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication for this process (created once), with names, font and icon set."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    pyside_refcounts.guard()  # once, before any window: see that module (a PySide6 6.12 + Python 3.11 leak)
    app = QApplication(list(argv))
    QGuiApplication.setApplicationDisplayName(app_name())
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setFont(QFont(register_fonts(), BASE_POINT_SIZE))
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The app's icon: the drawing made at every size up to 512 px (pixel-fitted at 16 and 24 px).

    Pictures, not the SVG drawing: an SVG icon loads Qt's SVG module and its icon engine (1.7 MB of
    memory at every start) for sizes no window shows; a larger one is scaled from 512 px.
    """
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = paths.resource("icons", "png", f"liverbook-{size}.png")
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    return icon


def load_content_or_explain(locale: str = SOURCE_LANGUAGE) -> Handbook:
    """Load the built-in handbook in ``locale``; raise ContentErrors (callers say so in plain words).

    Through the content cache in the user's cache folder (see :mod:`liverbook.content.cache`): a
    start reads one file instead of parsing and checking every YAML file. If another language's
    content cannot be read, the English handbook (the checked text) is shown, and the problem logged.
    """
    from liverbook.content.cache import load_cached
    from liverbook.content.locales import locales_present

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    cache = Path(location) if location else None
    if locale != SOURCE_LANGUAGE and locale in locales_present(paths.content_dir()):
        try:
            return load_cached(paths.content_dir(), cache, locale)
        except ContentErrors as exc:
            log.warning(
                "the %s content could not be read, so it is shown in English: %s", locale, exc.errors[:3]
            )
    return load_cached(paths.content_dir(), cache)


class ExitAfterPaint(QObject):
    """``--exit-after-paint``: close the window as soon as the page text has been painted once.

    It prints the moment of that paint on the monotonic clock (``time.monotonic()``, the same for
    every process on the computer), so a timing script can tell start-up from shutting down, and
    the processor time the process had used by then (``time.process_time()``, all its threads).
    """

    def __init__(self, window: QWidget, target: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            now, cpu = time.monotonic(), time.process_time()
            print(f"first page painted at monotonic {now:.6f} cpu {cpu:.6f}", flush=True)
            QTimer.singleShot(0, self.window.close)  # after this paint is done; closing saves as usual
        return False


def start_language(app: QApplication, data_dir: Path) -> Language:
    """Put the chosen language's translations into Qt (View > Language, kept in the data folder's settings)."""
    from liverbook.diary import messages
    from liverbook.settings import SettingsFile

    language = Language(chosen_language(SettingsFile(data_dir).get(LANGUAGE_KEY)))
    language.install(app)
    messages.set_translator(translate)  # the diary's words, marked in liverbook.diary.messages
    return language


def _start_text_size(app: QApplication, data_dir: Path) -> None:
    from liverbook.settings import open_settings
    from liverbook.ui.appearance import zoom

    zoom.apply_saved(app, open_settings(data_dir))


def _share_text_size(own: Path, folder: Path) -> None:
    from liverbook.settings import open_settings
    from liverbook.ui.appearance import zoom

    zoom.share(open_settings(own), open_settings(folder))


def run_app(
    argv: Sequence[str], data_dir: Path, exit_after_paint: bool = False, example: bool = False
) -> int:
    """Start the app on the data folder ``data_dir`` and run until the window closes (or, for
    timing, until the first page is painted). With ``example``: on the made-up example person's
    data in a throwaway folder, removed at the end (``data_dir``, the reader's own, is not used)."""
    app = create_application(argv)
    language = start_language(app, data_dir)
    _start_text_size(app, data_dir)
    try:
        return _start(app, language, data_dir, exit_after_paint, example)
    finally:
        language.remove(app)  # as the process ends (a test that ran the app goes on in English)


def _start(
    app: QApplication, language: Language, data_dir: Path, exit_after_paint: bool, example: bool
) -> int:
    try:
        book = load_content_or_explain(language.code)
    except ContentErrors as exc:
        shown = "\n".join(str(e) for e in exc.errors[:10])
        QMessageBox.critical(
            None,
            app_name(),
            translate(
                "App",
                "The handbook's pages could not be read, so the app cannot start. Your own notes are not "
                "affected.\n\nPlease reinstall the app or tell its makers. The problems found:\n\n{problems}",
            ).format(problems=shown),
        )
        return 1
    if not example:
        return _run_window(app, language, book, data_dir, exit_after_paint)
    from liverbook.core.example import make_example_folder, remove_example_folder

    try:
        folder = make_example_folder(book, data_dir)
        _share_text_size(data_dir, folder)  # the example window at the reader's text size
    except Exception as exc:  # noqa: BLE001 - disk trouble or a refusal: said in plain words
        QMessageBox.warning(
            None,
            app_name(),
            QCoreApplication.translate(
                "Example",
                "The example person's data could not be made: {why}\n\nYour own data was not touched.",
            ).format(why=exc),
        )
        return 1
    try:
        return _run_window(app, language, book, folder, exit_after_paint)
    finally:
        remove_example_folder(folder)


def _run_window(
    app: QApplication, language: Language, book: Handbook, data_dir: Path, exit_after_paint: bool
) -> int:
    """Show the window on ``data_dir`` until it closes; when it closed to show another language
    (View > Language, ``window.reopen_in``), show it again in that one, on the same data folder."""
    from liverbook.ui.prompts import Prompts
    from liverbook.ui.startup import acquire_lock

    prompts = Prompts()
    lock = acquire_lock(data_dir)
    if lock is None:
        prompts.inform(
            app_name(),
            translate(
                "App",
                "The handbook is already open in another window. Please use that window; "
                "only one copy at a time can keep your notes safe.",
            ),
        )
        return 0
    try:
        first = True
        while True:
            window, code, painted = _show_window(app, book, data_dir, prompts, first, exit_after_paint)
            if window.reopen_in is None:
                return code if painted else 1
            first, exit_after_paint = False, False
            language.remove(app)
            language.code = window.reopen_in
            language.install(app)
            book = load_content_or_explain(language.code)
    finally:
        lock.unlock()


def _show_window(
    app: QApplication, book: Handbook, data_dir: Path, prompts: Prompts, first: bool, exit_after_paint: bool
) -> tuple[MainWindow, int, bool]:
    """One window on the data folder until it closes: the window, the app's exit code, and whether
    the page was painted (for ``--exit-after-paint``)."""
    from liverbook.core.app_core import Core
    from liverbook.settings import SettingsFile
    from liverbook.ui.startup import open_store
    from liverbook.ui.window.main_window import MainWindow

    store, message = open_store(data_dir, prompts, check_rows=False)  # the rows: once the window is up
    core = Core(book, data_dir, store, message, SettingsFile(data_dir))
    core.english_loader = load_content_or_explain  # the visit report's page 1 in English, from the cache
    try:
        window = MainWindow(core, prompts)
        prompts.parent = window
        watcher = None
        if exit_after_paint:
            watcher = ExitAfterPaint(window, window.page_widget())
            QTimer.singleShot(EXIT_AFTER_PAINT_LIMIT_MS, window.close)  # never hang a timing script
        window.show()
        if first and not exit_after_paint and not core.is_example:
            window.welcome_if_first_run()
        code = app.exec()
        return window, code, watcher is None or watcher.painted
    finally:
        core.close()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv, paths.data_dir()))
