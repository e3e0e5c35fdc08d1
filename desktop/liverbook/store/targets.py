"""Where an export or a summary may be written: never over a folder, a device, a pipe or a read-only file.

:func:`target_problem` says in plain words why a chosen path cannot be written, or None. Checked
before anything is written (the command line and the window alike), so ``--export-data FOLDER``
no longer writes beside the folder, ``--export-summary FOLDER`` no longer writes ``FOLDER.pdf``,
a file marked read-only is never replaced, and a device node is never replaced by a plain file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def target_problem(path: Path) -> str | None:
    """Why ``path`` cannot be written as an export or a summary, or None if it can."""
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        return f"{path} cannot be used ({exc.strerror or 'it cannot be reached'})."
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            return f"{path} is a folder. Please give a file name inside it, for example {path / 'my-notes.json'}."
        if not stat.S_ISREG(info.st_mode):
            return (
                f"{path} is not an ordinary file (it is a device, a pipe or a socket), so nothing was "
                "written to it. Please choose a file name."
            )
        if not info.st_mode & stat.S_IWUSR or not os.access(path, os.W_OK):
            return (
                f"{path} is marked read-only, so it was not replaced. Please choose another name, or "
                "remove the read-only mark first."
            )
    parent = path.parent
    if not parent.is_dir():
        return f"The folder {parent} does not exist. Please choose a folder that exists."
    return None
