"""One writer at a time for a data folder, whatever the entry point: the window, ``--import-data``, a restore.

The lock is ``liverbook.lock`` in the data folder (0600), held with the operating system's own file
lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows). The system drops such a lock the
moment its process ends, however it ends, so a lock is never left behind by a crash and a reused
process id can never keep the user out: whether the file names a live process does not matter.
The file's content only says who holds it (process id, its start time and boot, host, a random
token, since when) for the message shown to a second copy.

Where the file system has no such locks (some network shares), the content decides: the holder is
alive only if, on this host and since this boot, its process id exists *and* that process started
at the recorded time; anything else is a stale lock, taken over (and re-read, so that of two
starters only one wins).

Inside one process the lock is shared: :meth:`Store.open` and the recovery functions take it as
well as the window, and each release only lets go when the last holder does. ``exclusive`` (the
window's) refuses a second window in the same process too.

A folder that cannot hold a lock file at all (read-only, full) gets a lock that holds nothing:
nothing can be written there anyway, and the store says why.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from liverbook.store.errors import StoreLocked
from liverbook.store.files import FILE_MODE, chmod_quietly

LOCK_NAME = "liverbook.lock"
_NO_OS_LOCKS = (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, getattr(errno, "ENOTSUP", errno.EOPNOTSUPP))


@dataclass
class _Entry:
    fd: int | None
    os_locked: bool
    token: str
    refs: int = 0
    exclusive: bool = False


_registry: dict[Path, _Entry] = {}
_guard = threading.Lock()


def lock_path(data_dir: Path) -> Path:
    """The lock file of a data folder."""
    return data_dir / LOCK_NAME


# -- who is this process -----------------------------------------------------------------------------


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""


def process_start(pid: int) -> str:
    """When process ``pid`` started (clock ticks since boot, from /proc), or "" where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    fields = stat[stat.rfind(")") + 2 :].split()  # the command name may hold spaces and ")"
    return fields[19] if len(fields) > 19 else ""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    except OSError:
        return False
    return True


def _me(token: str) -> dict[str, object]:
    return {
        "program": "liverbook",
        "pid": os.getpid(),
        "start": process_start(os.getpid()),
        "boot": _boot_id(),
        "host": _host(),
        "token": token,
        "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def read_owner(path: Path) -> dict[str, object]:
    """What a lock file says about its holder ({} if it says nothing we can read)."""
    try:
        data = json.loads(path.read_bytes()[:4096].decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def owner_alive(owner: dict[str, object]) -> bool:
    """True if the process a lock file names is, beyond doubt, still the one that wrote it."""
    pid = owner.get("pid")
    if not isinstance(pid, int) or owner.get("host") != _host():
        return False
    if owner.get("boot") != _boot_id() or not _pid_alive(pid):
        return False
    start = process_start(pid)
    return bool(start) and start == owner.get("start")


def _since(owner: dict[str, object]) -> datetime | None:
    since = owner.get("since")
    try:
        return datetime.fromisoformat(since) if isinstance(since, str) else None
    except ValueError:
        return None


# -- the system's file lock -------------------------------------------------------------------------


def _os_lock(fd: int) -> bool:
    """Take the system lock without waiting: True if taken, False if another process holds it.

    Raises OSError with an errno in ``_NO_OS_LOCKS`` where the file system has no locks.
    """
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)


def _write_owner(fd: int, token: str) -> None:
    data = json.dumps(_me(token)).encode("utf-8")
    with contextlib.suppress(OSError):  # a full disk: the lock holds all the same
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)


def _take_by_content(path: Path, token: str) -> None:
    """Without system locks: take the lock unless its file names a live holder (StoreLocked)."""
    owner = read_owner(path)
    if owner and owner_alive(owner):
        raise StoreLocked(_since(owner), detail=f"{path}: held by process {owner.get('pid')}")
    temp = path.with_name(f".{path.name}.{token}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        os.write(fd, json.dumps(_me(token)).encode("utf-8"))
    finally:
        os.close(fd)
    os.replace(temp, path)
    if read_owner(path).get("token") != token:  # another copy started at the same moment and won
        owner = read_owner(path)
        raise StoreLocked(_since(owner), detail=f"{path}: taken by process {owner.get('pid')}")


# -- acquiring and releasing --------------------------------------------------------------------------


class WriterLock:
    """A hold on the writer lock of one data folder; :meth:`unlock` (or closing the store) lets go."""

    def __init__(self, path: Path, exclusive: bool, held: bool = True) -> None:
        self.path = path
        self.exclusive = exclusive
        self._held = held

    @property
    def held(self) -> bool:
        return self._held

    def unlock(self) -> None:
        """Let go (idempotent); the lock itself is released when the last holder in this process lets go."""
        if not self._held:
            return
        self._held = False
        with _guard:
            entry = _registry.get(self.path)
            if entry is None:
                return
            if self.exclusive:
                entry.exclusive = False
            entry.refs -= 1
            if entry.refs > 0:
                return
            del _registry[self.path]
            if entry.fd is not None:
                _os_unlock(entry.fd)
                os.close(entry.fd)
            elif not entry.os_locked and read_owner(self.path).get("token") == entry.token:
                with contextlib.suppress(OSError):
                    self.path.unlink()


def acquire(data_dir: Path, *, exclusive: bool = False) -> WriterLock:
    """Hold the writer lock of ``data_dir`` (which must exist), or raise StoreLocked naming the holder.

    ``exclusive`` also refuses a holder in this same process that asked for it exclusively (a
    second window); the store's own holds are shared within the process.
    """
    path = lock_path(data_dir).resolve() if data_dir.exists() else lock_path(data_dir)
    with _guard:
        entry = _registry.get(path)
        if entry is not None:
            if exclusive and entry.exclusive:
                raise StoreLocked(None, detail=f"{path}: already held in this process")
            entry.refs += 1
            entry.exclusive = entry.exclusive or exclusive
            return WriterLock(path, exclusive)
        token = os.urandom(8).hex()  # what secrets.token_hex does, without importing hashlib at start
        entry = _open(path, token)
        entry.refs = 1
        entry.exclusive = exclusive
        _registry[path] = entry
        return WriterLock(path, exclusive)


def _open(path: Path, token: str) -> _Entry:
    old = os.umask(0o077)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT):
            return _Entry(None, True, token)  # nothing can be written here; the store says why
        raise
    finally:
        os.umask(old)
    try:
        chmod_quietly(path, FILE_MODE)
        if not _os_lock(fd):
            owner = read_owner(path)
            raise StoreLocked(_since(owner), detail=f"{path}: held by process {owner.get('pid')}")
    except OSError as exc:
        os.close(fd)
        if exc.errno in _NO_OS_LOCKS:
            _take_by_content(path, token)
            return _Entry(None, False, token)
        raise
    except BaseException:
        os.close(fd)
        raise
    _write_owner(fd, token)
    return _Entry(fd, True, token)


def acquire_nothing(data_dir: Path) -> WriterLock:
    """A lock that holds nothing: for a folder that cannot hold a lock file (nothing can be written there)."""
    return WriterLock(lock_path(data_dir), exclusive=False, held=False)


@contextlib.contextmanager
def holding(data_dir: Path) -> Iterator[None]:
    """Hold the writer lock (shared within this process) for the duration; StoreLocked if another copy has it."""
    lock = acquire(data_dir)
    try:
        yield
    finally:
        lock.unlock()


def _host() -> str:
    """This computer's name, as ``platform.node()`` says it (without importing platform at start)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform

    return platform.node()
