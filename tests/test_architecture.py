"""The layering rules, checked on the source and by importing: what may import Qt, and how much of it.

* The core (``liverbook.core``), the content model, the store, search, the records and the diary's
  logic, rendering and data commands import no Qt at all.
* Nothing outside ``liverbook.ui`` imports widgets (QtWidgets, QtPrintSupport) or ``liverbook.ui``,
  except the launchers, which start the window inside a function (``cli``, ``selftest``).
* QtGui only where a module's job is drawing or fonts: the summary's pages, the diary's chart,
  fonts, and ``--export-summary``'s application.
* No import cycles; no module over 400 lines and no class over 300 (tests/import_graph.py reads the
  imports from the source: lazy imports count, ``if TYPE_CHECKING:`` ones do not).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from import_graph import class_sizes, cycles, graph, imported_names, modules

ROOT = Path(__file__).resolve().parent.parent
ALL = modules()

# Drawing (pages, charts) and fonts: QtGui, no widgets. A new module whose job is drawing is added here.
DRAWING = {
    "liverbook.summary.pdf",
    "liverbook.summary.report_pdf",
    "liverbook.summary.card_paint",
    "liverbook.summary.isolates",
    "liverbook.summary.export",
    "liverbook.fonts",
    "liverbook.diary.chart",
}
NO_QT = sorted(
    name
    for name in ALL
    if name not in DRAWING
    and (
        name.startswith(
            (
                "liverbook.core",
                "liverbook.content",
                "liverbook.store",
                "liverbook.search",
                "liverbook.records",
                "liverbook.diary",
                "liverbook.summary",
            )
        )
        or name in ("liverbook.render", "liverbook.data_commands", "liverbook.i18n")
    )
)
LAUNCHERS = {"liverbook.cli", "liverbook.selftest", "liverbook.__main__"}  # they start the window
WIDGETS = ("PySide6.QtWidgets", "PySide6.QtPrintSupport", "liverbook.ui")
# A known cycle of lazy imports in another engineer's modules; this list may only shrink.
KNOWN_CYCLES = [["liverbook.content.records_loader", "liverbook.content.records_scores"]]
MAX_MODULE_LINES = 400
MAX_CLASS_LINES = 300


def _starts(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_the_lists_cover_the_package() -> None:
    assert "liverbook.core.app_core" in NO_QT and "liverbook.core.autosave" in NO_QT
    assert len(NO_QT) > 80


@pytest.mark.parametrize("name", NO_QT)
def test_core_modules_name_no_qt_in_their_source(name: str) -> None:
    qt = sorted(n for n in imported_names(ALL[name]) if _starts(n, ("PySide6", "shiboken6", "liverbook.ui")))
    assert qt == [], f"{name} imports {qt}"


def test_core_modules_import_no_qt() -> None:
    code = (
        "import sys\n"
        f"for name in {NO_QT!r}: __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"core modules pulled in Qt: {result.stdout}"


@pytest.mark.parametrize(
    "name", sorted(n for n in ALL if not _starts(n, ("liverbook.ui",)) and n not in LAUNCHERS)
)
def test_no_widgets_outside_ui(name: str) -> None:
    found = sorted(n for n in imported_names(ALL[name]) if _starts(n, WIDGETS))
    assert found == [], f"{name} imports {found}"


@pytest.mark.parametrize(
    "name", sorted(n for n in ALL if not _starts(n, ("liverbook.ui",)) and n not in LAUNCHERS)
)
def test_qtgui_only_where_drawing_is_the_job(name: str) -> None:
    if name in DRAWING:
        return
    found = sorted(n for n in imported_names(ALL[name]) if _starts(n, ("PySide6.QtGui",)))
    assert found == [], f"{name} imports {found}"


def test_launchers_start_the_window_only_inside_functions() -> None:
    import ast

    for name in LAUNCHERS:
        tree = ast.parse(ALL[name].read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = (
                    [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names]
                )
                assert not any(_starts(n, WIDGETS) for n in names), f"{name}: {names} at module level"


def test_summary_pages_need_no_widgets() -> None:
    code = (
        "import sys\n"
        f"for name in {sorted(DRAWING)!r}: __import__(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6.Qt'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "PySide6.QtCore,PySide6.QtGui"


def test_no_import_cycles() -> None:
    # A module importing the package it belongs to (its __init__ re-exports) is not counted.
    edges = {m: {t for t in targets if not m.startswith(t + ".")} for m, targets in graph().items()}
    found = cycles(edges)
    assert [c for c in found if c not in KNOWN_CYCLES] == []


def test_the_window_and_its_parts_import_each_other_one_way() -> None:
    edges = graph()
    for name, targets in edges.items():
        if _starts(
            name,
            ("liverbook.ui.views", "liverbook.ui.dialogs", "liverbook.ui.widgets", "liverbook.ui.appearance"),
        ):
            assert not any(_starts(t, ("liverbook.ui.window",)) for t in targets), name
        if _starts(name, ("liverbook.ui.widgets", "liverbook.ui.appearance")):
            assert not any(_starts(t, ("liverbook.ui.views", "liverbook.ui.dialogs")) for t in targets), name


@pytest.mark.parametrize("name", sorted(ALL))
def test_modules_and_classes_stay_small(name: str) -> None:
    path = ALL[name]
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{name} has {lines} lines"
    big = {cls: n for cls, n in class_sizes(path).items() if n > MAX_CLASS_LINES}
    assert big == {}, f"{name}: classes over {MAX_CLASS_LINES} lines: {big}"


def test_no_network_modules_anywhere_in_the_package() -> None:
    forbidden = (
        "import socket",
        "urllib.request",
        "http.client",
        "QtNetwork",
        "QNetworkAccessManager",
        "import requests",
    )
    for path in (ROOT / "desktop" / "liverbook").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{path.relative_to(ROOT)} uses {word}"
