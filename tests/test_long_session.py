"""A long session must not crash the app: thousands of keystrokes, saves and list refreshes.

Found while proving the no-network walk: PySide6-Essentials 6.12.0 on Python 3.11 drops one
reference to ``None`` on every void Qt call and one to ``True`` on every ``Signal.emit()``. Before
Python 3.12 these objects are not immortal, so after about 5,000 keystrokes in the notes pane the
process aborted ("Fatal Python error: none_dealloc"), losing what was typed since the last save.
``liverbook.pyside_refcounts`` (applied once, at the app's start) keeps them alive.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

from liverbook import pyside_refcounts

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"

CHILD = """
import os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
from PySide6.QtTest import QTest
from liverbook.ui.app import create_application
app = create_application(["liverbook"])  # the app's start, which applies the guard
from liverbook.content import load_handbook
from liverbook import paths
from liverbook.core.app_core import Core
from liverbook.store import Store
from liverbook.ui.views.notes_pane import NotesPane
store = Store.open(Path(sys.argv[1]))
pane = NotesPane(Core(load_handbook(paths.content_dir()), Path(sys.argv[1]), store))
pane.start_note(None)
for i in range(60):  # 6,000 keystrokes, saved now and then, the list redrawn
    QTest.keyClicks(pane.editor, "abcdefghij " * 10)
    assert pane.flush()
    pane.refresh_list()
assert len(store.list_notes()[0].text) == 6_600
store.close()
print("survived", flush=True)
"""


def test_a_long_session_does_not_abort(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(DESKTOP)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "_dealloc" not in result.stderr, result.stderr[-400:]
    assert result.returncode == 0 and "survived" in result.stdout, result.stderr[-400:]


def test_the_guard_is_on_exactly_where_pyside6_leaks(qapp) -> None:  # type: ignore[no-untyped-def]
    # The app's start (create_application, which made qapp) applied it.

    if pyside_refcounts.applies() and PySide6.__version__ == "6.12.0":
        assert pyside_refcounts.guard() is True
        assert sys.getrefcount(None) > pyside_refcounts.MARGIN // 2
    elif not pyside_refcounts.applies():  # Python 3.12+: immortal objects, nothing is touched
        assert pyside_refcounts.guard() is False
