"""SIGKILL a process that is writing notes, many times: no acknowledged note may be lost.

The child (kill_child.py) prints an acknowledgement only after the store call returned. After each
kill the store is reopened (the way the app starts after a crash) and every acknowledged note must
be there with the acknowledged text or a later one, whole, and ``PRAGMA integrity_check`` is "ok".
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from liverbook.store import Store, list_backups

CHILD = Path(__file__).with_name("kill_child.py")
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
KILLS = 60
MIN_KILLS = 50
TIME_BUDGET_S = 35.0
_TEXT_RE = re.compile(r"seq=(\d+);len=(\d+);(.*)", re.DOTALL)


def _check(data_dir: Path, acked: dict[int, tuple[int, str]]) -> int:
    """Reopen the store and check every promise; return the number of notes found."""
    with Store.open(data_dir) as store:
        notes = {note.id: note for note in store.list_notes()}
        for note in notes.values():  # no torn text, acknowledged or not
            match = _TEXT_RE.fullmatch(note.text)
            assert match is not None and len(match[3]) == int(match[2]), f"note {note.id} is torn"
        for note_id, (seq, digest) in acked.items():
            assert note_id in notes, f"acknowledged note {note_id} is gone"
            match = _TEXT_RE.fullmatch(notes[note_id].text)
            assert match is not None
            found = int(match[1])
            assert found >= seq, f"note {note_id} went back from seq {seq} to {found}"
            if found == seq:
                assert hashlib.sha256(notes[note_id].text.encode()).hexdigest() == digest
        assert store.integrity_ok()
    leftovers = [
        p.name for p in data_dir.iterdir() if ".damaged-" in p.name or p.name.endswith((".new", ".part"))
    ]
    assert leftovers == []
    return len(notes)


def _wait_for_open(out_path: Path, child: subprocess.Popen[bytes], limit_s: float = 30.0) -> None:
    """Wait until the child says its store is open, so the kill that follows lands while it writes,
    however slowly Python starts on a busy machine."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline and child.poll() is None:
        if b"open\n" in out_path.read_bytes():
            return
        time.sleep(0.01)


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_note(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(20261121)
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(DESKTOP), os.environ.get("PYTHONPATH")]))
    )
    acked: dict[int, tuple[int, str]] = {}
    kills = acks = kills_mid_writing = kills_in_open = kills_in_backup = recoveries = 0
    started = time.monotonic()
    for run in range(KILLS):
        if time.monotonic() - started > TIME_BUDGET_S and kills >= MIN_KILLS:
            break
        out_path = tmp_path / f"child-{run}.out"
        with open(out_path, "wb") as out:
            child = subprocess.Popen(
                [sys.executable, str(CHILD), str(data_dir), str(run), str(run * 1_000_000)],
                stdout=out,
                stderr=subprocess.PIPE,
                env=env,
            )
            if rng.random() < 0.15:  # kill before or while the store opens
                time.sleep(rng.uniform(0.0, 0.08))
            else:  # kill while writing: wait for the store to be open (slow to start on a loaded machine)
                _wait_for_open(out_path, child)
                time.sleep(rng.uniform(0.05, 0.6))
            alive = child.poll() is None
            child.send_signal(signal.SIGKILL)
            _, err = child.communicate()
        assert alive, f"the child ended before it was killed: {err.decode(errors='replace')}"
        assert child.returncode == -signal.SIGKILL
        kills += 1
        lines = out_path.read_text(encoding="utf-8").splitlines()
        run_acks = 0
        for line in lines:
            if line.startswith("ack "):
                _, note_id, seq, digest = line.split()
                acked[int(note_id)] = (int(seq), digest)
                run_acks += 1
        acks += run_acks
        kills_mid_writing += run_acks > 0
        kills_in_open += "open" not in lines
        # The child backs up after each write whose seq is a multiple of 300.
        kills_in_backup += (
            bool(lines) and lines[-1].startswith("ack ") and int(lines[-1].split()[2]) % 300 == 0
        )
        wal = data_dir / "notes.sqlite3-wal"
        recoveries += wal.exists() and wal.stat().st_size > 0
        _check(data_dir, acked)
    elapsed = time.monotonic() - started
    print(
        f"\nkill test: {kills} SIGKILLs in {elapsed:.1f} s ({kills_mid_writing} while writing, "
        f"{kills_in_open} before or while opening, {kills_in_backup} during a backup); "
        f"{recoveries} reopens found a -wal to recover; {acks} acknowledged writes ({len(acked)} notes) "
        f"all found intact; database {(data_dir / 'notes.sqlite3').stat().st_size / 1e6:.1f} MB, "
        f"{len(list_backups(data_dir))} backups kept; integrity_check ok after every kill"
    )
    assert kills >= MIN_KILLS
    assert kills_mid_writing >= MIN_KILLS // 2
