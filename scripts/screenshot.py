"""Show the app in a real window and save a picture of the screen, as a person would see it.

Run through ``scripts/screenshot`` (which starts a virtual X screen), or on any desktop:
    python scripts/screenshot.py OUT.png [--tab N] [--page PAGE-ID] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from liverbook import paths  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--tab", type=int, default=None)
    parser.add_argument("--page", default=None, help="a page id, or topic:<id>")
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--size", default="", help="window size, e.g. 1200x700 (default: as the app chooses)")
    parser.add_argument("--sample-note", default="", help="write this note first, if there are none")
    parser.add_argument("--situation", default="", help="comma-separated situation tags to set first")
    parser.add_argument(
        "--open",
        choices=["summary", "situation", "welcome", "shortcuts", "about"],
        help="also open this window",
    )
    parser.add_argument(
        "--example", action="store_true", help="fill the data folder with the example person first"
    )
    parser.add_argument("--keys", default="", help="Tab presses before the picture, e.g. 'tab*5'")
    parser.add_argument(
        "--window-only", action="store_true", help="a picture of the window alone, not the screen"
    )
    parser.add_argument("--search", default="", help="type these words in the search field")
    parser.add_argument("--theme", choices=["light", "dark", "high-contrast"], help="colours to use")
    parser.add_argument("--text-size", type=int, default=0, help="text size in percent, e.g. 200")
    args = parser.parse_args()
    data_dir = paths.data_dir(args.data_dir or tempfile.mkdtemp(prefix="liverbook-shot-"))

    from liverbook.core.app_core import Core
    from liverbook.core.keys import EntryKey
    from liverbook.settings import SettingsFile
    from liverbook.ui.app import create_application, load_content_or_explain
    from liverbook.ui.prompts import Prompts
    from liverbook.ui.startup import open_store
    from liverbook.ui.window.main_window import MainWindow

    app = create_application(sys.argv[:1])
    if args.example:
        from liverbook.diary.example import make_example

        make_example(data_dir, load_content_or_explain())
    store, message = open_store(data_dir, Prompts())
    if store is not None and args.sample_note and not store.list_notes():
        store.add_note(args.sample_note, page_id=args.page if args.page and ":" not in args.page else None)
    if store is not None and args.situation:
        from liverbook.store import Situation

        tags = frozenset(args.situation.split(","))
        reader = next((t for t in tags if t in ("patient", "caregiver")), None)
        store.set_situation(Situation(tags - {"patient", "caregiver"}, reader, "Sam Lee"))
    window = MainWindow(Core(load_content_or_explain(), data_dir, store, message, SettingsFile(data_dir)))
    if args.size:
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
    if args.theme:
        next(a for a in window.theme_group.actions() if a.data() == args.theme).trigger()
    if args.text_size:
        window.zoom.set_percent(args.text_size)
    if args.tab is not None:
        window.show_tab(args.tab)
    if args.page:
        key = EntryKey.parse(args.page if ":" in args.page else f"page:{args.page}")
        if key is not None:
            window.open_key(key)
    window.show()
    if args.search:
        window.focus_search()
        window.search_field.setText(args.search)
    if args.open == "summary":
        window.show_summary()  # "Prepare for a visit"
    elif args.open:
        window.show_dialog(args.open)
    if args.keys:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        def press() -> None:
            name, _, count = args.keys.partition("*")
            key = {"tab": Qt.Key.Key_Tab, "down": Qt.Key.Key_Down, "enter": Qt.Key.Key_Return}[name]
            for _ in range(int(count or 1)):
                QTest.keyClick(QGuiApplication.focusWindow() or window.windowHandle(), key)

        QTimer.singleShot(700, press)

    def grab() -> None:
        if args.window_only:
            window.grab().save(args.out)
        else:
            QGuiApplication.primaryScreen().grabWindow(0).save(args.out)
        print(f"saved {args.out}")
        window.close()
        app.quit()

    QTimer.singleShot(1500, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
