"""The app as the screen reader test drives it (run by tests/test_screen_reader.py, not by pytest).

Starts the real window on a first run (so the welcome shows), then waits for commands on stdin,
one a line, and answers each with a line on stdout:
    ready          (printed once the window and the welcome are up)
    term  -> term <id>   close the welcome, put the keyboard in the page, Tab to the first glossary word
    quit
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from PySide6.QtCore import QSocketNotifier, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from liverbook import paths  # noqa: E402


def main() -> int:
    data_dir = paths.data_dir(tempfile.mkdtemp(prefix="liverbook-atspi-"))
    from liverbook.core.app_core import Core
    from liverbook.ui.app import create_application, load_content_or_explain
    from liverbook.ui.prompts import Prompts
    from liverbook.ui.startup import open_store
    from liverbook.ui.window.main_window import MainWindow

    app = create_application(sys.argv[:1])
    store, message = open_store(data_dir, Prompts())
    window = MainWindow(Core(load_content_or_explain(), data_dir, store, message))
    window.show()
    window.welcome_if_first_run()

    def say(text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def tab_to_a_word() -> None:
        if window.dialogs.get("welcome") is not None:
            window.dialogs.get("welcome").close()
        window.activateWindow()
        window.current_view().reader.setFocus(Qt.FocusReason.TabFocusReason)
        QTimer.singleShot(500, press_tab)  # once the window has the keyboard

    presses = [0]

    def press_tab() -> None:
        # With a screen reader on, Qt first offers each key to it over D-Bus and only then to the
        # widget: look at where the Tab went a moment later, not at once.
        reader = window.current_view().reader
        href = reader.textCursor().charFormat().anchorHref()
        if href.startswith("term:"):
            QTimer.singleShot(500, lambda: say("term " + href.removeprefix("term:")))
            return
        if presses[0] >= 40:
            say("term none")
            return
        presses[0] += 1
        QTest.keyClick(reader, Qt.Key.Key_Tab)
        QTimer.singleShot(150, press_tab)

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "term":
            tab_to_a_word()
        elif line in ("quit", ""):
            window.close()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(1500, lambda: say("ready"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
