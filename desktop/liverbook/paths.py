"""The one module that knows where files live.

Handbook content and resources are found in, in order:

1. a PyInstaller bundle (``sys._MEIPASS/content`` and ``.../resources``);
2. an installed wheel (``liverbook/_data/content``, put there by the build backend);
3. a development checkout (``<repo>/content``, two folders above this package).

The user's own data lives in one folder, chosen in order from the ``--data-dir`` option (passed to
:func:`data_dir` by whoever read it: there is no process-wide setting), the ``LIVERBOOK_DATA_DIR``
environment variable, or Qt's per-user application data location (``~/.local/share/liverbook`` on
Linux, ``AppData/Roaming/liverbook`` on Windows, ``~/Library/Application Support/liverbook`` on
macOS). Tests always set the environment variable.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from liverbook.i18n import QT_TRANSLATE_NOOP, translate

DATA_DIR_ENV = "LIVERBOOK_DATA_DIR"
CONTENT_DIR_ENV = "LIVERBOOK_CONTENT_DIR"  # lets content authors preview their own folder

_PACKAGE_DIR = Path(__file__).resolve().parent


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


class DataDirProblem(Exception):
    """The data folder cannot be used; ``message`` says why and what to do, in plain words, for a
    terminal (naming the --data-dir option); ``window_message`` says it for a window, where an
    option typed on a command line means nothing to the reader.

    It is raised before Qt starts, so its words are kept as marked texts and put into the reader's
    language each time they are asked for (once the window's language is installed, in that one).
    """

    def __init__(self, reason: str, **values: str) -> None:
        self.reason, self.values = reason, values
        super().__init__(self.message)

    def reason_text(self) -> str:
        values = dict(self.values)
        if "why" in values:  # a marked reason, or the system's own words (left as they are)
            values["why"] = translate("DataFolder", values["why"])
        return translate("DataFolder", self.reason).format(**values)

    @property
    def message(self) -> str:
        return self.reason_text() + " " + translate("DataFolder", _CHOOSE)

    @property
    def window_message(self) -> str:
        return self.reason_text() + "\n\n" + translate("DataFolder", _CHOOSE_IN_A_WINDOW)


_CHOOSE = QT_TRANSLATE_NOOP(
    "DataFolder", "Please choose another folder with --data-dir, or leave it out to use the usual place."
)
_CHOOSE_IN_A_WINDOW = QT_TRANSLATE_NOOP(
    "DataFolder",
    "Please start the handbook again without choosing a folder, to use the usual place, or ask whoever "
    "set it up on this computer to choose another folder for your notes.",
)
_DENIED = QT_TRANSLATE_NOOP(
    "DataFolder",
    "The folder for your notes, {path}, cannot be opened: it belongs to another user account, "
    "or you do not have permission to read it.",
)
_A_FILE = QT_TRANSLATE_NOOP("DataFolder", "The folder for your notes, {path}, is a file, not a folder.")
_NOT_MADE = QT_TRANSLATE_NOOP("DataFolder", "The folder for your notes, {path}, could not be created: {why}.")
_NO_PERMISSION = QT_TRANSLATE_NOOP("DataFolder", "you do not have permission to make a folder there")
_PART_IS_A_FILE = QT_TRANSLATE_NOOP("DataFolder", "a part of that path is a file, not a folder")
_WHY_NOT_MADE = {
    errno.EACCES: _NO_PERMISSION,
    errno.EPERM: _NO_PERMISSION,
    errno.EROFS: QT_TRANSLATE_NOOP("DataFolder", "that disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("DataFolder", "the disk is full"),
    errno.ENOTDIR: _PART_IS_A_FILE,
    errno.EEXIST: _PART_IS_A_FILE,
    errno.ENOENT: QT_TRANSLATE_NOOP("DataFolder", "that place does not exist and cannot be made"),
}


def data_dir_problem(path: Path, create: bool = True) -> str | None:
    """Why ``path`` cannot be the data folder (creating it if asked), in plain words; None if it can."""
    problem = _problem(path, create)
    return None if problem is None else problem.message


def _problem(path: Path, create: bool) -> DataDirProblem | None:
    denied = DataDirProblem(_DENIED, path=str(path))
    try:
        exists = path.exists()
        if exists and not path.is_dir():
            return DataDirProblem(_A_FILE, path=str(path))
    except PermissionError:
        return denied
    if not exists:
        if not create:
            return None
        old_umask = os.umask(0o077)
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            why = (
                _WHY_NOT_MADE.get(exc.errno or 0)
                or exc.strerror
                or QT_TRANSLATE_NOOP("DataFolder", "the system refused")
            )
            return DataDirProblem(_NOT_MADE, path=str(path), why=why)
        finally:
            os.umask(old_umask)
    if not os.access(path, os.R_OK | os.X_OK):
        return denied
    return None


def data_dir(chosen: str | os.PathLike[str] | None = None, create: bool = True) -> Path:
    """The folder for the user's own data (notes, settings, backups), created 0700 if asked:
    ``chosen`` (the ``--data-dir`` option) if given, else as the module's docstring says.

    Raises DataDirProblem (a plain message) if it is a file, cannot be created or cannot be opened.
    """
    if chosen:
        path = Path(chosen).expanduser().resolve()
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    else:
        path = _standard_data_dir()
    problem = _problem(path, create)
    if problem is not None:
        raise problem
    return path


def usual_data_dir() -> Path:
    """The data folder used when none is chosen (``LIVERBOOK_DATA_DIR``, else the platform's place),
    neither made nor checked."""
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    return _standard_data_dir()


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


def settings_file(folder: Path) -> Path:
    """The INI file holding window layout and preferences inside the data folder ``folder``, private (0600).

    It is made 0600 here, before Qt writes it: Qt keeps an existing file's permissions when it
    saves settings again, and would otherwise create it with the umask's (0644, or 0666).
    """
    path = folder / "settings.ini"
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        if os.name != "nt" and (path.stat().st_mode & 0o777) != 0o600:
            path.chmod(0o600)
    except OSError:
        pass  # a read-only folder: Qt will not write it either
    return path
