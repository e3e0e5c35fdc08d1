"""The layering rule: the content model, loader and rendering import no widgets (no Qt at all)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CORE_MODULES = [
    "liverbook.content",
    "liverbook.content.loader",
    "liverbook.render",
    "liverbook.cli",
    "liverbook.summary",
    "liverbook.summary.build",
    "liverbook.summary.choices",
    "liverbook.summary.report",
    "liverbook.summary.report_choices",
    "liverbook.summary.report_data",
    "liverbook.summary.estimate",
    "liverbook.search",
]
# Qt's painting and PDF classes, but no widgets: these run in --export-summary without a window.
GUI_ONLY_MODULES = ["liverbook.summary.pdf", "liverbook.summary.export", "liverbook.summary.report_pdf", "liverbook.fonts"]


def test_core_modules_import_no_qt() -> None:
    code = (
        "import sys\n"
        f"for name in {CORE_MODULES!r}: __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "desktop")}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"core modules pulled in Qt: {result.stdout}"


def test_summary_pages_need_no_widgets() -> None:
    code = (
        "import sys\n"
        f"for name in {GUI_ONLY_MODULES!r}: __import__(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('PySide6.Qt'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONPATH": str(ROOT / "desktop")}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "PySide6.QtCore,PySide6.QtGui"


def test_no_network_modules_anywhere_in_the_package() -> None:
    forbidden = ("import socket", "urllib.request", "http.client", "QtNetwork", "QNetworkAccessManager", "import requests")
    for path in (ROOT / "desktop" / "liverbook").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in forbidden:
            assert word not in text, f"{path.relative_to(ROOT)} uses {word}"
