"""The one module that knows where files live.

Handbook content and resources are found in, in order:

1. a PyInstaller bundle (``sys._MEIPASS/content`` and ``.../resources``);
2. an installed wheel (``liverbook/_data/content``, put there by the build backend);
3. a development checkout (``<repo>/content``, two folders above this package).

The user's own data lives in one folder, chosen in order from the ``--data-dir`` option, the
``LIVERBOOK_DATA_DIR`` environment variable, or Qt's per-user application data location
(``~/.local/share/liverbook`` on Linux, ``AppData/Roaming/liverbook`` on Windows,
``~/Library/Application Support/liverbook`` on macOS). Tests always set an override.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATA_DIR_ENV = "LIVERBOOK_DATA_DIR"
CONTENT_DIR_ENV = "LIVERBOOK_CONTENT_DIR"  # lets content authors preview their own folder

_PACKAGE_DIR = Path(__file__).resolve().parent
_data_dir_override: Path | None = None


def _bundle_root() -> Path | None:
    """The folder a frozen (PyInstaller) build unpacked into, if this is one."""
    root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and root:
        return Path(root)
    return None


def _find(name: str) -> Path:
    bundle = _bundle_root()
    candidates = []
    if bundle is not None:
        candidates.append(bundle / name)
    candidates.append(_PACKAGE_DIR / "_data" / name)
    candidates.append(_PACKAGE_DIR.parent.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"The handbook's {name} folder is missing (looked in {tried}).")


def content_dir() -> Path:
    """The folder holding the handbook's YAML content (``LIVERBOOK_CONTENT_DIR`` overrides it)."""
    override = os.environ.get(CONTENT_DIR_ENV)
    if override:
        return Path(override).expanduser().resolve()
    return _find("content")


def resources_dir() -> Path:
    """The folder holding icons, fonts and styles."""
    return _find("resources")


def resource(*parts: str) -> Path:
    """A file inside the resources folder."""
    return resources_dir().joinpath(*parts)


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Use ``path`` for user data for the rest of this process (the ``--data-dir`` option)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir(create: bool = True) -> Path:
    """The folder for the user's own data (notes, settings, backups), created 0700 if asked."""
    if _data_dir_override is not None:
        path = _data_dir_override
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    else:
        path = _standard_data_dir()
    if create:
        old_umask = os.umask(0o077)
        try:
            path.mkdir(parents=True, exist_ok=True)
        finally:
            os.umask(old_umask)
    return path


def _standard_data_dir() -> Path:
    # QtCore only (no widgets): it knows each platform's convention.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    from liverbook import APP_ID, ORG_NAME

    if not QCoreApplication.applicationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_ID)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        location = str(Path.home() / ".liverbook")
    return Path(location)


def settings_file() -> Path:
    """The INI file holding window layout and preferences (inside the data folder)."""
    return data_dir() / "settings.ini"
