"""One writer at a time, whatever the entry point, and a lock's owner is told apart from a reused process id."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from liverbook.store import Store, StoreLocked, lock as lock_module
from liverbook.store.lock import acquire, lock_path, owner_alive, process_start, read_owner

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
HOLDER = (
    "import sys, time; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
    "from liverbook.store import Store;"
    "store = Store.open(Path(sys.argv[1])); store.add_note('held'); print('holding', flush=True);"
    "time.sleep(60)"
)


def _cli(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, PYTHONPATH=str(DESKTOP), LIVERBOOK_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen"
    )
    return subprocess.run(
        [sys.executable, "-m", "liverbook", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _holder(data_dir: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), str(DESKTOP)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    return child


def test_import_delete_and_restore_wait_for_the_copy_that_holds_the_notes(
    data_dir: Path, tmp_path: Path
) -> None:
    with Store.open(data_dir) as store:
        store.add_note("mine")
        export = tmp_path / "export.json"
        store.export_to_files(export)
    holder = _holder(data_dir)
    try:
        with pytest.raises(StoreLocked) as caught:
            Store.open(data_dir)
        assert "open in another copy of the Liver Cancer Handbook" in caught.value.user_message
        assert "Nothing has been changed" in caught.value.user_message
        result = _cli("--import-data", str(export), data_dir=data_dir)
        assert result.returncode == 1 and "open in another copy" in result.stderr
        assert "Traceback" not in result.stderr
        # Reading is fine while the other copy writes: an export reads a snapshot.
        result = _cli("--export-data", str(tmp_path / "while-open.json"), data_dir=data_dir)
        assert result.returncode == 0, result.stderr
        texts = [n["text"] for n in json.loads((tmp_path / "while-open.json").read_text())["notes"]]
        assert texts == ["held", "mine"]
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate()
    # Killed without a chance to clean up: the system released its lock at once.
    result = _cli("--import-data", str(export), data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    with Store.open(data_dir) as store:
        assert [n.text for n in store.list_notes()] == ["mine"]


def test_the_lock_file_is_private_and_says_who_holds_it(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    old = os.umask(0)
    try:
        held = acquire(data_dir, exclusive=True)
    finally:
        os.umask(old)
    try:
        path = lock_path(data_dir)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        owner = read_owner(path)
        assert owner["pid"] == os.getpid() and owner["start"] == process_start(os.getpid())
        assert owner_alive(owner)
        with pytest.raises(StoreLocked):  # a second window in the same process
            acquire(data_dir, exclusive=True)
        with Store.open(data_dir):  # the window's own store shares it
            pass
    finally:
        held.unlock()


def test_a_lock_file_naming_a_live_but_unrelated_process_does_not_lock_you_out(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    other = subprocess.Popen(["sleep", "60"])
    try:
        time.sleep(0.05)
        # As Qt's lock file wrote it (pid, program, host), and in our own format with a stale start time:
        # in both, the pid now belongs to another live process.
        for content in (
            f"{other.pid}\nliverbook\n{os.uname().nodename}\n".encode(),
            json.dumps({"pid": other.pid, "start": "1", "boot": "", "host": os.uname().nodename}).encode(),
        ):
            lock_path(data_dir).write_bytes(content)
            with Store.open(data_dir) as store:
                store.add_note("not locked out")
    finally:
        other.kill()
        other.wait()


def test_without_system_locks_the_owner_is_checked_by_pid_and_start_time(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some network shares have no file locks: then a lock is held only by a live process that
    started when the lock file says (a reused pid does not count)."""

    def no_locks(fd: int) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_module, "_os_lock", no_locks)
    data_dir.mkdir(parents=True)
    other = subprocess.Popen(["sleep", "60"])
    try:
        time.sleep(0.05)
        me = {"host": os.uname().nodename, "boot": lock_module._boot_id(), "pid": other.pid}
        lock_path(data_dir).write_text(json.dumps(me | {"start": process_start(other.pid)}))
        with pytest.raises(StoreLocked):  # alive, and the very process that wrote it
            Store.open(data_dir)
        lock_path(data_dir).write_text(json.dumps(me | {"start": "12345"}))  # the pid was reused
        with Store.open(data_dir) as store:
            store.add_note("taken over")
            assert read_owner(lock_path(data_dir))["pid"] == os.getpid()
        assert not lock_path(data_dir).exists()  # let go: removed
    finally:
        other.kill()
        other.wait()
