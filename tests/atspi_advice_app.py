"""The app as tests/test_screen_reader_advice.py drives it (not run by pytest itself).

Prints ``ready`` once the window is up; on ``checkin`` it opens a check-in, answers "black stools:
yes" (a get-help-now sign), presses Done and prints ``done`` a moment later; ``quit`` ends it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from PySide6.QtCore import QSocketNotifier, QTimer  # noqa: E402

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

    def say(text: str) -> None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def check_in() -> None:
        dialog = window.diary_actions.check_in()

        def answer() -> None:
            dialog.inputs["black-stools"].choices.buttons[1].click()
            dialog.done_button.click()
            QTimer.singleShot(1500, lambda: say("done"))

        QTimer.singleShot(800, answer)

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "checkin":
            check_in()
        elif line in ("quit", ""):
            window.close()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(1500, lambda: say("ready"))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
