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
    parser.add_argument("--size", default="1200x780")
    parser.add_argument("--sample-note", default="", help="write this note first, if there are none")
    parser.add_argument("--situation", default="", help="comma-separated situation tags to set first")
    parser.add_argument("--open", choices=["summary", "preview"], help="also open the summary window or its preview")
    parser.add_argument("--search", default="", help="type these words in the search field")
    parser.add_argument("--theme", choices=["light", "dark", "high-contrast"], help="colours to use")
    parser.add_argument("--text-size", type=int, default=0, help="text size in percent, e.g. 200")
    args = parser.parse_args()
    paths.set_data_dir(args.data_dir or tempfile.mkdtemp(prefix="liverbook-shot-"))

    from liverbook.ui.app import create_application, load_content_or_explain
    from liverbook.ui.main_window import MainWindow
    from liverbook.ui.prompts import Prompts
    from liverbook.ui.startup import open_store

    app = create_application(sys.argv[:1])
    store, message = open_store(paths.data_dir(), Prompts())
    if store is not None and args.sample_note and not store.list_notes():
        store.add_note(args.sample_note, page_id=args.page if args.page and ":" not in args.page else None)
    if store is not None and args.situation:
        from liverbook.store import Situation

        tags = frozenset(args.situation.split(","))
        reader = next((t for t in tags if t in ("patient", "caregiver")), None)
        store.set_situation(Situation(tags - {"patient", "caregiver"}, reader, "Sam Lee"))
    window = MainWindow(load_content_or_explain(), store, message)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.move(20, 10)
    if args.theme:
        next(a for a in window.theme_group.actions() if a.data() == args.theme).trigger()
    if args.text_size:
        window.zoom.set_percent(args.text_size)
    if args.tab is not None:
        window.show_tab(args.tab)
    if args.page:
        window.open_key(args.page if ":" in args.page else f"page:{args.page}")
    window.show()
    if args.search:
        window.focus_search()
        window.search_field.setText(args.search)
    if args.open:
        dialog = window.show_summary()
        dialog.move(120, 60)
        if args.open == "preview":
            QTimer.singleShot(300, lambda: dialog.preview().move(60, 10))

    def grab() -> None:
        QGuiApplication.primaryScreen().grabWindow(0).save(args.out)
        print(f"saved {args.out}")
        window.close()
        app.quit()

    QTimer.singleShot(1500, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
