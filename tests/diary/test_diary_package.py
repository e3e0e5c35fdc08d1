"""The diary package's shape: no Qt but in the chart (QtGui, no widgets), documented small modules."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from diary_helpers import ROOT

PACKAGE = ROOT / "desktop" / "liverbook" / "diary"
PURE = sorted(
    f"liverbook.diary.{p.stem}" for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "chart")
)
CONTENT = [
    "liverbook.content.diary_model",
    "liverbook.content.diary_loader",
    "liverbook.store.diary",
    "liverbook.store.exchange_diary",
]


def _imported(names: list[str]) -> list[str]:
    code = (
        "import sys\n"
        f"for name in {names!r}: __import__(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr
    return [m for m in result.stdout.strip().split(",") if m]


def test_the_diarys_logic_imports_no_qt() -> None:
    assert PURE and "liverbook.diary.triage" in PURE
    assert _imported([*PURE, *CONTENT]) == []


def test_the_chart_draws_with_qtgui_and_no_widgets() -> None:
    assert {m for m in _imported(["liverbook.diary.chart"]) if m.startswith("PySide6.Qt")} == {
        "PySide6.QtCore",
        "PySide6.QtGui",
    }


@pytest.mark.parametrize("module", sorted(p.name for p in PACKAGE.glob("*.py")))
def test_module_is_documented_and_small(module: str) -> None:
    source = (PACKAGE / module).read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(source)), module
    assert len(source.splitlines()) <= 400, module
