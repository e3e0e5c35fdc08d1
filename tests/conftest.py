"""Test setup: Qt runs offscreen, and every user folder points at a temporary one.

QT_QPA_PLATFORM must be set before anything imports Qt, or pytest dies with SIGABRT on a machine
without a display. Tests that use ``qtbot`` or ``qapp`` are marked ``gui`` automatically, so
``pytest -m "not gui"`` runs the pure ones.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# An empty QT_QPA_PLATFORM= counts as unset: Qt would otherwise look for a display and abort.
# Offscreen screens as people have them (Qt's default, 800x800, is none): a 1366x768 laptop (the
# primary), a 1280x720 one and a 1920x1080 monitor beside it (tests/fixtures/laptop-screen.json).
LAPTOP_SCREEN = Path(__file__).resolve().parent / "fixtures" / "laptop-screen.json"
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"
os.environ.pop("LIVERBOOK_CONTENT_DIR", None)

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
if str(DESKTOP) not in sys.path:  # run from a checkout even without an editable install
    sys.path.insert(0, str(DESKTOP))

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Redirect home, XDG folders and the app's data folder so no test touches real user data."""
    from liverbook import paths

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    data = home / "liverbook-data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    yield data


@pytest.fixture
def data_dir(_private_home: Path) -> Path:
    """The (temporary) user data folder of this test."""
    return _private_home


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type, pytestconfig: pytest.Config):  # type: ignore[no-untyped-def]
    """The app's own QApplication: bundled font, names, icon (as the real app sets them)."""
    from liverbook.ui.app import create_application

    return create_application(["liverbook-tests"])


@pytest.fixture(scope="session")
def handbook():  # type: ignore[no-untyped-def]
    """The real handbook content, loaded once."""
    from liverbook import paths
    from liverbook.content import load_handbook

    return load_handbook(paths.content_dir())


class FakePrompts:
    """Answers the app's questions at once and records them: tests never run a modal dialog."""

    def __init__(
        self, confirm: bool = True, save_path: Path | None = None, open_path: Path | None = None
    ) -> None:
        self.answer = confirm
        self.saved_path = save_path
        self.opened_path = open_path
        self.printed_path: Path | None = None  # where choose_printer sends the "printout" (a PDF file)
        self.asked: list[tuple[str, str]] = []
        self.told: list[tuple[str, str]] = []
        self.confirmations: list[dict[str, object]] = []  # each question with its buttons
        self.choices: list[list[str]] = []  # the labels offered by each choose()
        self.choice: int | None = None  # what choose() answers (None: the default)
        self.parent = None

    def inform(self, title: str, message: str, *, problem: bool = False) -> None:
        self.told.append((title, message))

    def confirm(self, title: str, message: str, yes: str, no: str = "", *, destructive: bool = True) -> bool:
        self.asked.append((title, message))
        self.confirmations.append(
            {"title": title, "message": message, "yes": yes, "no": no, "destructive": destructive}
        )
        return self.answer

    def choose(self, title: str, message: str, choices, default: int = 0) -> int:  # type: ignore[no-untyped-def]
        """Records the question and its choices; answers ``self.choice`` if set, else the default."""
        self.asked.append((title, message))
        self.choices.append([label for label, _ in choices])
        return default if self.choice is None else self.choice

    def save_path(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        self.asked.append((title, str(suggested)))
        return self.saved_path

    def open_path(self, title: str, folder: Path, filter_text: str) -> Path | None:
        self.asked.append((title, str(folder)))
        return self.opened_path

    def choose_printer(self, printer) -> bool:  # type: ignore[no-untyped-def]
        """Like pressing Print in the print dialog, with the printer set to write a PDF file."""
        from PySide6.QtPrintSupport import QPrinter

        self.asked.append(("Print", ""))
        if self.printed_path is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.printed_path))
        return True


@pytest.fixture
def prompts() -> FakePrompts:
    return FakePrompts()


def _starter(qtbot, book, data_dir, prompts):  # type: ignore[no-untyped-def]
    """Start windows on ``book`` the way run_app does (a real store in the data folder); close them after."""
    from app_helpers import make_core
    from liverbook.core.app_core import Core
    from liverbook.ui.startup import open_store
    from liverbook.ui.window.main_window import MainWindow

    opened: list[tuple[MainWindow, Core]] = []

    def start() -> MainWindow:
        store, message = open_store(data_dir, prompts)
        core = make_core(book, data_dir, store, message)
        window = MainWindow(core, prompts)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, core))
        return window

    yield start
    for window, core in opened:
        window.close()
        core.close()


@pytest.fixture
def launch(qtbot, handbook, data_dir, prompts):  # type: ignore[no-untyped-def]
    """Start the app the way run_app does (a real store in the data folder); returns a starter."""
    yield from _starter(qtbot, handbook, data_dir, prompts)


# -- the app in Spanish (tests/test_spanish_ui.py and the two-language report) ---------------------------


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    """The app's Spanish installed in Qt as the app installs it at start."""
    from liverbook.diary import messages
    from liverbook.i18n import translate
    from liverbook.ui.language import Language

    chosen = Language("es")
    chosen.install(qapp)
    messages.set_translator(translate)
    yield chosen
    chosen.remove(qapp)


@pytest.fixture(scope="session")
def spanish_book():  # type: ignore[no-untyped-def]
    from liverbook import paths
    from liverbook.content.localized import load_localized

    return load_localized(paths.content_dir(), "es")


@pytest.fixture
def launch_es(qtbot, spanish, spanish_book, data_dir, prompts):  # type: ignore[no-untyped-def]
    """Start the window in Spanish, on the Spanish handbook, as run_app does."""
    yield from _starter(qtbot, spanish_book, data_dir, prompts)
