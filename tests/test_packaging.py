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
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
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
    assert "liverbook/_data/resources/translations/liverbook_es.qm" in names  # the app's words in Spanish
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "liverbook = liverbook.cli:main" in text


def _spec_excludes() -> set[str]:
    """The EXCLUDES list of packaging/liverbook.spec, read without running PyInstaller."""
    import ast

    tree = ast.parse((ROOT / "packaging" / "liverbook.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "EXCLUDES" for t in node.targets):
            return set(ast.literal_eval(node.value))
    raise AssertionError("packaging/liverbook.spec has no EXCLUDES list")


def test_the_bundle_keeps_every_module_the_app_imports() -> None:
    """A module left out of the installer makes the installed app fail at start (decimal did, once)."""
    import ast

    excluded = _spec_excludes()
    missing = set()
    for path in (ROOT / "desktop" / "liverbook").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                parts = name.split(".")
                for depth in range(1, len(parts) + 1):
                    if ".".join(parts[:depth]) in excluded:
                        missing.add(f"{path.relative_to(ROOT)} imports {name}")
    assert not missing, sorted(missing)


def test_the_bundle_keeps_qts_own_words_in_each_language_the_app_speaks() -> None:
    """A Spanish reader's print dialog and standard buttons are in Spanish in the installed app too:
    the spec keeps qtbase_<lang>.qm for every catalogue, and only those (the bundle stays lean)."""
    import ast

    from PySide6.QtCore import QLibraryInfo

    tree = ast.parse((ROOT / "packaging" / "liverbook.spec").read_text(encoding="utf-8"))
    kept = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(getattr(t, "id", "") == "QT_TRANSLATIONS" for t in node.targets)
    )
    languages = sorted(p.stem.split("_", 1)[1] for p in (ROOT / "translations").glob("liverbook_*.ts"))
    assert languages and sorted(kept) == [f"qtbase_{code}.qm" for code in languages]
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert all((qt_folder / name).is_file() for name in kept)  # PySide6 ships them
    assert (ROOT / "resources" / "translations" / "liverbook_es.qm").is_file()  # the wheel's resources/
