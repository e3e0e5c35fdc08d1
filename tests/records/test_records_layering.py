"""The records package is pure Python: it imports no Qt at all (the GUI imports it, never the reverse)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MODULES = sorted(
    "liverbook.records." + path.stem
    for path in (ROOT / "desktop" / "liverbook" / "records").glob("*.py")
    if path.stem != "__init__"
)


def test_records_modules_import_no_qt() -> None:
    assert "liverbook.records.child_pugh" in MODULES
    code = (
        "import sys\n"
        f"for name in {MODULES!r}: __import__(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
