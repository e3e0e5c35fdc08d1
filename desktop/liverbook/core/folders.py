"""Where a file dialog starts: the folder last used, else the documents folder, else home.

A dialog must never open in the app's own start folder (its source folders, for a reader who
started it from a terminal) nor in a folder that does not exist (Qt then shows the home folder
with the missing folder's name typed in as the file name). No Qt: the window asks the platform
where the documents folder is and hands it in.
"""

from __future__ import annotations

import os
from pathlib import Path

from liverbook.core.preferences import Preferences

LAST_FOLDER_KEY = "files/last_folder"


def usable_folder(path: Path | None) -> bool:
    """True for an existing folder the user can open."""
    try:
        return path is not None and path.is_dir() and os.access(path, os.R_OK | os.X_OK)
    except OSError:
        return False


def start_folder(prefs: Preferences, documents: Path | None, home: Path | None = None) -> Path:
    """The folder a file dialog opens in: the last one used, the documents folder, or home."""
    saved = prefs.get(LAST_FOLDER_KEY)
    for candidate in (Path(saved) if saved else None, documents, home or Path.home()):
        if usable_folder(candidate):
            assert candidate is not None
            return candidate
    return Path.home()


def remember_folder(prefs: Preferences, chosen_file: Path) -> None:
    """Remember the folder of a file the user chose, for the next file dialog."""
    folder = chosen_file.parent
    if usable_folder(folder):
        prefs.put(LAST_FOLDER_KEY, str(folder))
