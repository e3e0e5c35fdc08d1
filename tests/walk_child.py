"""Child process of test_no_network.py: a full walk through the app, as a user would go.

Usage: ``walk_child.py DATA_DIR OUT_DIR``. Starts the app as ``run_app`` does (lock, store, window
on the offscreen platform), then: every tab and every entry in it, every page, topic and glossary
term by key, every dialog, search (typing into the window's search field and opening results),
notes typed and saved, questions ticked and answered, "My situation" saved, the visit report saved
as a PDF, the data exported, and last (after a line ``printing``) the visit report's page 1 drawn and
the report printed (to a PDF file). Prints one line per step and ``walked <n> entries`` at the end; exits 0 only if every step
did what it should.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))


class Prompts:
    """Answers at once (no modal dialog); save and print go to files in OUT_DIR."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.parent = None
        self.next_save: Path | None = None
        self.told: list[str] = []

    def inform(self, title: str, message: str, *, problem: bool = False) -> None:
        self.told.append(title)

    def confirm(self, title: str, message: str, yes: str, no: str = "Cancel") -> bool:
        return True

    def save_path(self, title: str, suggested: Path, filter_text: str) -> Path | None:
        return self.next_save

    def open_path(self, title: str, folder: Path, filter_text: str) -> Path | None:
        return None

    def choose_printer(self, printer) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.out / "printed.pdf"))
        return True


def main() -> int:
    data_dir, out = Path(sys.argv[1]), Path(sys.argv[2])
    from PySide6.QtCore import QUrl

    from app_helpers import make_core
    from liverbook.core.keys import MY_QUESTIONS, EntryKey
    from liverbook.ui.app import create_application, load_content_or_explain
    from liverbook.ui.startup import acquire_lock, open_store
    from liverbook.ui.window.main_window import MainWindow

    app = create_application(["liverbook"])
    book = load_content_or_explain()
    prompts = Prompts(out)
    lock = acquire_lock(data_dir)
    assert lock is not None
    store, message = open_store(data_dir, prompts)
    assert store is not None, message
    window = MainWindow(make_core(book, data_dir, store, message), prompts)
    prompts.parent = window
    window.show()
    window.welcome_if_first_run()
    app.processEvents()

    entries = 0
    for index in range(window.tabs.count()):  # every tab, every entry in its list
        window.show_tab(index)
        view = window.current_view()
        for key in list(view.keys()):
            assert view.show_key(key), key
            app.processEvents()
            entries += 1
    print("tabs", window.tabs.count(), flush=True)
    keys = [EntryKey.page(p.id) for p in book.pages] + [EntryKey.topic(t.id) for t in book.topics]
    for key in keys:  # every page and topic by its key, as links and search open them
        assert window.open_key(key), key
        app.processEvents()
    for term_id in book.terms:
        window.show_term(term_id)
        app.processEvents()
    print("pages", len(keys), "terms", len(book.terms), flush=True)
    window.follow_link(QUrl("https://www.example.org/outside"))  # shown to copy, never opened
    window.follow_link(QUrl("file:///etc/passwd"))
    window.show_dialog("about")
    window.show_help_lines()
    window.show_dialog("shortcuts")
    window.show_welcome()
    app.processEvents()

    window.notes.new_button.click()
    window.notes.editor.setPlainText('Ask about the scan <img src="file:///etc/passwd"> https://example.org')
    assert window.notes.flush()
    for words in ("liver", "scan", "sorafenib", "palliative", "ascites", "pain"):
        window.search_field.setText(words)  # search as you type, notes included
        app.processEvents()
        result = window.search_results.current()
        if result is not None:
            window.open_result(result)
            app.processEvents()
    print("searched", flush=True)

    view = window.questions_view
    assert view is not None
    topic = book.topics[0]
    view.show_key(EntryKey.topic(topic.id))
    for question in topic.questions[:3]:
        view.topic_pages[topic.id].boxes[question.id].setChecked(True)
    view.show_key(MY_QUESTIONS)
    view.my_list.setCurrentRow(0)
    view.answer_edit.setPlainText("The nurse said yes.")
    assert window.flush_all()
    print("questions", len(store.list_my_questions()), flush=True)

    window.show_situation()
    dialog = window.dialogs.get("situation")
    assert dialog is not None
    for tag in ("stage-4", "patient"):
        if tag in dialog.boxes:
            dialog.boxes[tag].setChecked(True)
    dialog.save_button.click()
    app.processEvents()

    summary = window.show_summary()
    prompts.next_save = out / "summary.pdf"
    assert summary.save_pdf() == out / "summary.pdf"
    prompts.next_save = out / "my-data.json"
    assert window.data_actions.export() == out / "my-data.json"
    print("summary", (out / "summary.pdf").stat().st_size, flush=True)

    # Printing last: Qt asks the system's print service (CUPS) for its printers here.
    print("printing", flush=True)
    summary.previewer.wait()
    assert summary.print_report() >= 1
    print("printed", flush=True)

    window.close()
    assert window.closed
    store.close()
    lock.unlock()
    print(f"walked {entries} entries", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
