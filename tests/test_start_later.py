"""A start does before its first page only what that page needs; the rest follows once it is on screen.

What a reader notices: the window opens on its page; the daily backup is made once the window is up,
never of a new, empty store (and still on quitting with something to keep); a tab is built when it
is first shown, and then looks and behaves as if it had been built at start.
"""

from __future__ import annotations

from pathlib import Path

from liverbook.core.keys import EntryKey
from liverbook.store import Store, list_backups


def _autos(data_dir: Path) -> int:
    return len(list_backups(data_dir, "auto"))


def test_the_daily_backup_waits_for_the_first_page(launch, qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(data_dir) as store:
        store.add_note("Scan on the 12th")
    window = launch()  # shown, but nothing painted yet
    assert _autos(data_dir) == 0 and not window.after_start.started
    qtbot.waitUntil(lambda: _autos(data_dir) == 1, timeout=10_000)
    assert window.after_start.started
    qtbot.waitUntil(lambda: window.after_start.finished, timeout=10_000)
    assert window.core.search.building or window.core.search.built  # the index follows the backup


def test_a_new_empty_store_is_not_backed_up_until_it_holds_something(launch, qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    qtbot.waitUntil(lambda: window.after_start.finished, timeout=10_000)
    assert _autos(data_dir) == 0  # nothing to lose: no copy, no fsyncs at the first start
    window.notes.new_button.click()
    qtbot.keyClicks(window.notes.editor, "Ask about the trial")
    assert window.notes.flush()
    window.close()
    assert _autos(data_dir) == 1  # quitting with words in it: the day's backup holds them
    backup = list_backups(data_dir, "auto")[0].path
    copy = data_dir.parent / "copy"
    copy.mkdir()
    (copy / "notes.sqlite3").write_bytes(backup.read_bytes())
    with Store.open(copy) as restored:
        assert [note.text for note in restored.list_notes()] == ["Ask about the trial"]


def test_only_the_tab_the_window_opens_on_is_built(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    tabs = window.tab_views
    assert tabs.built_views() == [window.current_view()]
    window.show_tab(2)
    assert window.tabs.currentWidget() is window.current_view()
    assert window.current_view().tab_id == tabs.specs[2].tab_id
    assert len(tabs.built_views()) == 2
    assert window.current_view().reader.toPlainText()  # shown with its first page


def test_going_to_a_word_builds_only_the_glossary(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    term = next(iter(handbook.terms))
    assert window.open_key(EntryKey.term(term))
    built = [view.tab_id for view in window.tab_views.built_views()]
    assert built == [window.tab_views.specs[0].tab_id, "glossary"]
    assert (
        window.current_view().tab_id == "glossary"
        and window.current_view().current_key() == EntryKey.term(term)
    )


def test_a_tab_built_late_comes_back_as_it_was_left(launch, qtbot, handbook) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    index = window.tabs.indexOf(window.glossary_view)
    window.show_tab(index)
    key = EntryKey.term(list(handbook.terms)[3])
    window.glossary_view.show_key(key)
    window.show_tab(0)
    window.close()  # saves the layout
    again = launch()
    assert [view.tab_id for view in again.tab_views.built_views()] == [again.tab_views.specs[0].tab_id]
    again.show_tab(index)
    assert again.current_view().current_key() == key


# What a start does not import: the screens and parts a first page never shows (each built, with
# its modules, when first asked for). A start is quicker by what it leaves out; this keeps it so.
NOT_AT_START = (
    "liverbook.ui.views.diary_view",  # My diary (its check-in key is in the menus all the same)
    "liverbook.ui.views.trend_loader",
    "liverbook.ui.views.records.records_view",  # My records
    "liverbook.records.present",  # the records in words ("When to get help" reads it when shown)
    "liverbook.ui.views.search_results",  # the results list, made at the first search
    "liverbook.ui.dialogs.visit_report",
    "liverbook.search.index",
    "yaml",  # the content comes from its cache
    "liverbook.records.model",  # the store's records part: its models and rows when first read
    "liverbook.store.records_rows",
    "liverbook.store.diary_model",  # the store's diary part, the same
    "liverbook.store.diary_rows",
    "liverbook.store.scan",  # every table's rows checked: after the first paint, in a worker
)


def test_a_start_leaves_what_its_first_page_does_not_show_for_later(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    (tmp_path / "data").mkdir()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from liverbook.ui.app import run_app\n"
        f"assert run_app(['liverbook'], Path({str(tmp_path / 'data')!r}), exit_after_paint=True) == 0\n"
        f"print('IMPORTED:', *(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(root / "desktop"), QT_QPA_PLATFORM="offscreen")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    for _start in ("the first, which writes the content cache", "any later one"):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
        )
        assert result.returncode == 0, result.stderr[-2000:]
    imported = result.stdout.split("IMPORTED:", 1)[1].split()
    assert imported == [], f"imported before the first page was shown: {imported}"


def test_the_search_results_list_is_ready_before_the_first_letter_is_typed(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    qtbot.waitUntil(lambda: window.after_start.finished, timeout=10_000)
    # made while the reader was not typing: the first keystroke only searches (it waited 48-89 ms for it)
    assert window.search._results is not None
    qtbot.keyClicks(window.search.field, "pain")
    assert window.search.results.isVisible()


def test_every_module_imported_ahead_is_there() -> None:
    """The start's later steps import the hidden tabs' modules one at a time (after_start.AHEAD); a
    module renamed or gone would only be skipped there, so it is caught here."""
    import importlib.util

    from liverbook.ui.window.after_start import AHEAD

    assert [name for name in AHEAD if importlib.util.find_spec(name) is None] == []
