"""The command line, run as a user would run it: in a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from liverbook import __version__

ROOT = Path(__file__).resolve().parent.parent
GOOD = Path(__file__).parent / "fixtures" / "good"


def run(*args: str, data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    env["LIVERBOOK_DATA_DIR"] = str(data_dir)
    env.pop("LIVERBOOK_CONTENT_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "liverbook", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def test_version(data_dir: Path) -> None:
    result = run("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Liver Cancer Handbook {__version__}"


def test_check_content_summarises_good_content(data_dir: Path) -> None:
    result = run("--check-content", str(GOOD), data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok: 4 pages, 3 sources, 1 glossary terms"


def test_check_content_of_the_built_in_handbook_passes(data_dir: Path) -> None:
    result = run("--check-content", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: ")


def test_check_content_lists_each_problem_with_file_and_line(tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "a.yaml").write_text("pages:\n  - id: x\n    id: y\n")
    (tmp_path / "b.yaml").write_text("sources: [\n")
    result = run("--check-content", str(tmp_path), data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "a.yaml:3: the key 'id' appears twice in one mapping (first at line 2)" in lines
    assert any(line.startswith("b.yaml:2: YAML syntax error") for line in lines), lines
    assert "Traceback" not in result.stdout + result.stderr
    assert "2 problems found" in result.stderr


def test_self_test_passes_without_a_window_or_touching_user_data(data_dir: Path) -> None:
    result = run("--self-test", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok   every tab and page is shown" in result.stdout
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_exit_after_paint_shows_the_window_and_quits_cleanly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, "-m", "liverbook", "--data-dir", str(tmp_path), "--exit-after-paint"],
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "settings.ini").exists()  # it closed the normal way, saving the layout
