"""``pip install .`` must carry the handbook: the wheel holds content/, resources/ and the fonts."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_contains_content_resources_and_entry_points(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("liverbook-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    content = {p.relative_to(ROOT / "content").as_posix() for p in (ROOT / "content").rglob("*.yaml")}
    assert content and all(f"liverbook/_data/content/{name}" in names for name in content)
    assert "liverbook/_data/resources/fonts/DejaVuSans.ttf" in names
    assert "liverbook/_data/resources/fonts/LICENSE-DejaVu.txt" in names
    assert "liverbook/_data/resources/styles/page.css" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "liverbook = liverbook.cli:main" in text
