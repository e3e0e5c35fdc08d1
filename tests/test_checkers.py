"""The checkers pass as configured, with only what the test extras install (stubs included).

mypy (strict, on the whole package: pyproject.toml says so), ruff's lint rules (pyflakes, pycodestyle's
errors, bugbear, pyupgrade, simplify, import sorting) and ruff's format check, on every Python file
of the repository. When the format check fails, ``.venv/bin/ruff format .`` fixes it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_mypy_strict_passes_on_the_whole_package() -> None:
    result = _run("mypy", "--no-incremental")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_every_file_is_in_the_house_format() -> None:
    result = _run("ruff", "format", "--no-cache", "--check", ".")
    assert result.returncode == 0, (
        "run '.venv/bin/ruff format .' to fix:\n" + result.stdout[-3000:] + result.stderr[-2000:]
    )
