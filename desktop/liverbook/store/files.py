"""File-system helpers: private permissions, fsync, atomic writes and moving damaged files aside.

Every file the store creates is private to the user: folders 0700, files 0600 (health notes).
``os.umask`` is process-wide, so :func:`private_umask` is held only around the few calls that create
files, and existing files are chmod-ed as well.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from liverbook.store.model import to_utc

DB_NAME = "notes.sqlite3"
BACKUPS_DIR = "backups"
SIDECARS = ("-wal", "-shm", "-journal")
DIR_MODE = 0o700
FILE_MODE = 0o600


def db_path(data_dir: Path) -> Path:
    """The notes database of a data folder."""
    return data_dir / DB_NAME


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Set umask 077 for the duration, so new files are 0600 and new folders 0700."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def chmod_quietly(path: Path, mode: int) -> None:
    """chmod ``path`` if it exists and its mode differs; ignore platforms that cannot (Windows)."""
    try:
        if stat.S_IMODE(path.stat().st_mode) != mode:
            path.chmod(mode)
    except FileNotFoundError:
        pass
    except PermissionError:
        if os.name != "nt":
            raise


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed, and make it 0700."""
    with private_umask():
        path.mkdir(parents=True, exist_ok=True)
    chmod_quietly(path, DIR_MODE)


def secure_db_files(db_path: Path) -> None:
    """Make a database file and its -wal/-shm/-journal side files 0600."""
    chmod_quietly(db_path, FILE_MODE)
    for suffix in SIDECARS:
        chmod_quietly(sidecar(db_path, suffix), FILE_MODE)


def sidecar(db_path: Path, suffix: str) -> Path:
    """``notes.sqlite3`` -> ``notes.sqlite3-wal`` and the like."""
    return db_path.with_name(db_path.name + suffix)


def fsync_file(path: Path) -> None:
    """Flush a file's content to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (renames, new files) to disk; a no-op where unsupported."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one, whole.

    Temp file in the same folder, fsync, ``os.replace``, fsync of the folder. The file is 0600.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with private_umask():
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        chmod_quietly(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def disk_is_full(folder: Path, margin: int = 64 * 1024) -> bool:
    """True if the disk holding ``folder`` has (almost) no free space left for this user."""
    try:
        return shutil.disk_usage(folder).free < margin
    except OSError:
        return False


def stamp(moment: datetime) -> str:
    """``YYYYmmdd-HHMMSS`` in UTC, used in file names."""
    return to_utc(moment).strftime("%Y%m%d-%H%M%S")


def unique_path(folder: Path, stem: str, suffix: str = "") -> Path:
    """``folder/stem+suffix``, or with ``-2``, ``-3``... before the suffix if that name is taken."""
    candidate = folder / f"{stem}{suffix}"
    count = 1
    while candidate.exists() or any(sidecar(candidate, s).exists() for s in SIDECARS):
        count += 1
        candidate = folder / f"{stem}-{count}{suffix}"
    return candidate


def move_aside(db_path: Path, label: str, moment: datetime, target: Path | None = None) -> Path | None:
    """Rename a database and its side files to ``<name>.<label>-<YYYYmmdd-HHMMSS>[-wal|-shm]``.

    The main file is moved first: if we are interrupted, the store sees a -wal without its database
    on the next start and moves that aside too (see ``opening``), so a stray -wal is never applied
    to another database. Returns the new path of the main file, or of the -wal if there was no main
    file, or None if there was nothing to move. Nothing is ever deleted.
    """
    target = unique_path(db_path.parent, f"{db_path.name}.{label}-{stamp(moment)}")
    moved: Path | None = None
    if db_path.exists():
        os.replace(db_path, target)
        moved = target
    for suffix in SIDECARS:
        side = sidecar(db_path, suffix)
        if side.exists():
            os.replace(side, sidecar(target, suffix))
            moved = moved or sidecar(target, suffix)
    if moved is not None:
        fsync_dir(db_path.parent)
        secure_db_files(target)
    return moved
