"""A data folder that cannot be written to: the app opens read only, with a banner, and loses nothing.

Root ignores chmod, so the folder is made read-only for real: with a read-only bind mount of the
folder on itself (in-process, the real window), and by running the store as the unprivileged user
``nobody`` against a folder owned by root (a subprocess). Each is skipped, with the reason, where
the machine does not allow it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fault_tools import NOBODY, read_only_mount, tree_digest
from liverbook.store import Situation, Store, StoreReadOnly, db_path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
HOSTILE = '<img src="file:///etc/passwd"> <b>bold</b> \u202eevil\u202c \U0001f600'


def _fill(data_dir: Path) -> dict[str, object]:
    with Store.open(data_dir) as store:
        store.add_note("first note, about the scan")
        store.add_note(HOSTILE, page_id="child-pugh-score")
        store._db().execute("PRAGMA wal_autocheckpoint = 0")  # leave work in the -wal, as after a crash
        store.add_note("the newest note, only in the -wal so far")
        store.set_situation(Situation(frozenset({"stage-4"}), "patient", "Sam"))
        question = store.add_own_question("Can I travel?")
        store.set_answer(question.id, "Yes", date(2026, 3, 1))
        data = store.export_data()
        # Keep the -wal: copy the files as a crash would leave them (close would checkpoint it).
        saved = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("notes.sqlite3")}
    for name, content in saved.items():
        (data_dir / name).write_bytes(content)
    assert (data_dir / "notes.sqlite3-wal").stat().st_size > 0
    del data["exported_at"]
    return data


def test_read_only_mount_opens_read_only_with_a_banner_and_changes_nothing(
    launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    expected = _fill(data_dir)
    with read_only_mount(data_dir):
        before = tree_digest(data_dir)
        window = launch()
        notes = window.notes
        store = window.store
        assert store is not None and store.read_only
        # Told once, in plain words, and a banner stays in the notes pane.
        assert prompts.told and prompts.told[-1][0] == "Your notes are read only"
        assert notes.banner.isVisible() and "cannot be written to" in notes.banner.text()
        assert "nothing has been lost" in notes.banner.text()
        # Every note is there, including the one only in the -wal, shown literally.
        texts = [notes.note_list.item(i).text().split("\n")[0] for i in range(notes.note_list.count())]
        assert texts == ["the newest note, only in the -wal so far", HOSTILE, "first note, about the scan"]
        notes.note_list.setCurrentRow(1)
        assert notes.editor.toPlainText() == HOSTILE
        # Editing is off: typing changes nothing and nothing is saved.
        assert notes.editor.isReadOnly()
        assert not notes.new_button.isEnabled() and not notes.delete_button.isEnabled()
        qtbot.keyClicks(notes.editor, "typed")
        assert notes.editor.toPlainText() == HOSTILE and not notes.dirty
        assert notes.flush() is True
        assert "Read only" in notes.status.text()
        with pytest.raises(StoreReadOnly):
            store.add_note("cannot be saved")
        # The rest of the app works: situation shown, search finds notes, quitting is clean.
        assert window.core.situation == Situation(frozenset({"stage-4"}), "patient", "Sam")
        window.search_field.setText("scan")
        found = [
            window.search_results.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(window.search_results.list.count())
        ]
        assert any(r.kind == "note" for r in found)
        window.apply_situation(Situation(), save=True)
        assert prompts.told[-1][0] == "Not saved"
        window.backups.backup_if_due()
        window.close()
        assert window.closed
        store.close()
        assert tree_digest(data_dir) == before  # not one byte changed, nothing created
    with Store.open(data_dir) as again:  # writable again: everything is there
        data = again.export_data()
        del data["exported_at"]
        assert data == expected


def _child_code() -> str:
    return """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from liverbook.store import Store, StoreError, StoreReadOnly
from liverbook.ui.startup import open_store

class Prompts:
    told = []
    def inform(self, title, message, *, problem=False): self.told.append(title)
    def confirm(self, *a, **k): raise AssertionError("nothing should be asked")

prompts = Prompts()
store, message = open_store(Path(sys.argv[1]), prompts)
out = {"told": prompts.told, "message": message, "read_only": bool(store and store.read_only)}
if store is not None:
    out["notes"] = [n.text for n in store.list_notes()]
    try:
        store.add_note("cannot be saved")
        out["write"] = "saved"
    except StoreReadOnly as exc:
        out["write"] = exc.user_message
print(json.dumps(out))
"""


def test_another_users_folder_opens_read_only_for_a_non_root_user() -> None:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to run the store as the user 'nobody'")
    root = Path(tempfile.mkdtemp(prefix="liverbook-nobody-"))
    try:
        root.chmod(0o755)
        data_dir = root / "data"
        with Store.open(data_dir) as store:
            store.add_note("written by the folder's owner")
        # Readable by everyone, writable only by its owner (root): "belongs to another user".
        data_dir.chmod(0o755)
        for path in data_dir.iterdir():
            path.chmod(0o644)
        before = tree_digest(data_dir)
        command = [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            sys.executable,
            "-c",
            _child_code(),
            str(data_dir),
            str(DESKTOP),
        ]
        probe = subprocess.run(
            [*command[:4], sys.executable, "-c", "import PySide6, sqlite3"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode != 0:
            pytest.skip(f"the user 'nobody' cannot run this Python: {probe.stderr.strip()[-200:]}")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(root))
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
        out = json.loads(result.stdout.strip().splitlines()[-1])
        assert out["read_only"] and out["told"] == ["Your notes are read only"]
        assert "cannot be written to" in out["message"]
        assert out["notes"] == ["written by the folder's owner"]
        assert "cannot be written to" in out["write"] and "lost" in out["write"]
        assert tree_digest(data_dir) == before
        assert db_path(data_dir).stat().st_uid == 0
    finally:
        shutil.rmtree(root, ignore_errors=True)
