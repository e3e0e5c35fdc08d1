"""Helpers for fault tests: real mounts (a small tmpfs, a read-only bind mount) and a non-root user.

Running as root, ``chmod`` does not stop writes, so a read-only folder is made with a read-only
bind mount (or by running as another user), and a full disk with a tiny tmpfs. Where the machine
does not allow mounting (not root, no CAP_SYS_ADMIN, a locked-down container), the tests that need
it are skipped with the reason; the injected-fault tests in tests/store/ always run.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = 65534


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, check=False)


def _skip_unless_root(what: str) -> None:
    if sys.platform != "linux":
        pytest.skip(f"{what} needs Linux mounts")
    if os.geteuid() != 0:
        pytest.skip(f"{what} needs root to mount (running as uid {os.geteuid()})")


def _unmount(target: Path) -> None:
    if _run("umount", str(target)).returncode != 0:
        _run("umount", "-l", str(target))  # something still holds it open: detach it anyway


@contextlib.contextmanager
def small_tmpfs(target: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of ``size`` (e.g. "1m") on ``target``; skip the test if mounting is not allowed."""
    _skip_unless_root("a real full disk (tmpfs)")
    target.mkdir(parents=True, exist_ok=True)
    result = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(target))
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {result.stderr.strip()}")
    try:
        yield target
    finally:
        _unmount(target)


@contextlib.contextmanager
def read_only_mount(folder: Path) -> Iterator[Path]:
    """Make ``folder`` read-only in place with a read-only bind mount on itself; undone afterwards."""
    _skip_unless_root("a read-only folder (bind mount)")
    result = _run("mount", "--bind", str(folder), str(folder))
    if result.returncode != 0:
        pytest.skip(f"bind mounts are not allowed here: {result.stderr.strip()}")
    try:
        result = _run("mount", "-o", "remount,ro,bind", str(folder))
        if result.returncode != 0:
            pytest.skip(f"remounting read-only is not allowed here: {result.stderr.strip()}")
        probe = folder / ".write-probe"
        try:
            probe.write_bytes(b"x")
        except OSError:
            pass
        else:
            probe.unlink()
            pytest.skip("the read-only bind mount still accepts writes here")
        yield folder
    finally:
        _unmount(folder)


def fill_disk(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte with one file; return it (delete it to free)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 512, 1):
            chunk = b"\0" * size
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, chunk)
    finally:
        os.close(fd)
    return filler


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative name -> sha256 of its bytes)."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
