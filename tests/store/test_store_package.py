"""The store package itself: no Qt, documented modules, the self-check used by ``--self-test``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from liverbook.store import SelfCheckFailed, self_check

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "liverbook" / "store"


def test_store_imports_no_qt() -> None:
    code = (
        "import sys, liverbook.store\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6'))\n"
        "print(qt)"
    )
    env_path = str(PACKAGE.parents[1])
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": env_path}
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("module", sorted(p.name for p in PACKAGE.glob("*.py")))
def test_module_is_documented_and_small(module: str) -> None:
    source = (PACKAGE / module).read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert ast.get_docstring(tree), f"{module} has no module docstring"
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith(("PySide", "PyQt", "shiboken")) for name in imported)
    assert len(source.splitlines()) <= 330


def test_self_check_passes(tmp_path: Path) -> None:
    self_check(tmp_path)
    assert list(tmp_path.iterdir()) == []  # cleans up after itself


def test_self_check_reports_a_broken_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from liverbook.store.store import Store

    monkeypatch.setattr(Store, "get_note", lambda self, note_id: None)
    with pytest.raises(SelfCheckFailed):
        self_check(tmp_path)


def test_the_diary_and_records_parts_are_read_when_first_used(tmp_path: Path) -> None:
    """Opening the store (every start) imports neither part's models; the first use of each does."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from liverbook.store import Store\n"
        "parts = ('liverbook.records.model', 'liverbook.store.diary_model')\n"
        f"store = Store.open(Path({str(tmp_path)!r}))\n"
        "print([m for m in parts if m in sys.modules])\n"
        "print(store.list_medicines(), store.latest_entries())\n"
        "print([m for m in parts if m in sys.modules])\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(PACKAGE.parents[1])},
    )
    before, used, after = result.stdout.splitlines()
    assert before == "[]"
    assert used == "[] []"
    assert after == "['liverbook.records.model', 'liverbook.store.diary_model']"
