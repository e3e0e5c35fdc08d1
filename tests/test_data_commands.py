"""``--export-data`` and ``--import-data``, run as a user would, in a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from liverbook.store import Store

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), LIVERBOOK_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "liverbook", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_export_then_import_into_a_fresh_folder(tmp_path: Path, data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_note("<b>literal</b> note", page_id="pain")
    target = tmp_path / "export.json"
    result = run("--export-data", str(target), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "liverbook-user-data"
    assert [n["text"] for n in data["notes"]] == ["<b>literal</b> note"]
    readable = target.with_suffix(".md").read_text(encoding="utf-8")
    assert "<b>literal</b> note" in readable and "Pain" in readable  # the page's title, not its id

    other = tmp_path / "other-data"
    result = run("--import-data", str(target), data_dir=other)
    assert result.returncode == 0, result.stderr
    with Store.open(other) as store:
        assert [n.text for n in store.list_notes()] == ["<b>literal</b> note"]


def test_a_bad_import_file_is_refused_and_nothing_changes(tmp_path: Path, data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.add_note("precious")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "liverbook-user-data", "version": 1, "notes": "not a list"}')
    result = run("--import-data", str(bad), data_dir=data_dir)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.strip()
    with Store.open(data_dir) as store:
        assert [n.text for n in store.list_notes()] == ["precious"]
