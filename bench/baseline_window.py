"""The bare baseline for start-up: a QMainWindow with the app's six tabs of QTextBrowser and one page.

Run by ``bench/run.py`` as a cold process, interleaved with ``python -m liverbook --exit-after-paint``:

    python bench/baseline_window.py SPEC.json

SPEC.json (written by ``bench/run.py`` from the real handbook) holds the rendered HTML of the first page
of the first tab, the reading pane's style sheet, the bundled font files, the tab titles, the base point
size and the window size. Only PySide6 is imported here: no liverbook code. The window registers the
same fonts, sets the same application font, shows the page in the first (visible) tab with the others
empty, and quits as the app does with ``--exit-after-paint``: once the page text's viewport has been
painted, it prints that moment on the monotonic clock and closes the window (exit code 0; 1 if
nothing was painted within 30 s).
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTextBrowser, QWidget

LIMIT_MS = 30_000


class ExitAfterPaint(QObject):
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
            QTimer.singleShot(0, self.window.close)
        return False


def main(argv: list[str]) -> int:
    with open(argv[1], encoding="utf-8") as handle:
        spec = json.load(handle)
    app = QApplication(argv[:1])
    family = "DejaVu Sans"
    for font_file in spec["fonts"]:
        font_id = QFontDatabase.addApplicationFont(font_file)
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and "Bold" not in font_file and "Oblique" not in font_file:
            family = families[0]
    app.setFont(QFont(family, spec["point_size"]))
    window = QMainWindow()
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    browsers = []
    for title in spec["tabs"]:
        browser = QTextBrowser()
        browsers.append(browser)
        tabs.addTab(browser, title)
    first = browsers[0]
    first.document().setDefaultStyleSheet(spec["css"])
    first.document().setDocumentMargin(18)
    first.setHtml(spec["html"])
    window.setCentralWidget(tabs)
    window.resize(spec["width"], spec["height"])
    watcher = ExitAfterPaint(window, first.viewport())
    QTimer.singleShot(LIMIT_MS, window.close)
    window.show()
    app.exec()
    return 0 if watcher.painted else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
