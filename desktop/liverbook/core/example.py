"""The example person's throwaway data folder, for ``liverbook --example`` and Help > "Explore with an
example person". No Qt.

The example's data is made by :func:`liverbook.diary.example.make_example` in a new, private
temporary folder, never in (or inside) the reader's own data folder, and removed again when the
window or command that used it is done. :func:`remove_example_folder` removes only a folder that
this module made (its name and place say so), so a slip can never delete the reader's own data.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from liverbook.content.model import Handbook
from liverbook.i18n import translate

PREFIX = "liverbook-example-"


def make_example_folder(book: Handbook, own_data_dir: Path | None = None) -> Path:
    """A new temporary folder holding the example person's data (about a second's work).

    ``own_data_dir`` is the reader's own data folder, which is never used. Raises
    :class:`liverbook.diary.example.ExampleRefused` or a StoreError (disk trouble); nothing is left
    behind then.
    """
    from liverbook.diary.example import make_example

    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    try:
        make_example(folder, book, user_data_dir=own_data_dir)
    except BaseException:
        remove_example_folder(folder)
        raise
    return folder


def is_example_folder(folder: Path) -> bool:
    """True for a folder :func:`make_example_folder` made (a temporary folder named for the example)."""
    try:
        target = folder.resolve()
        temp = Path(tempfile.gettempdir()).resolve()
    except OSError:
        return False
    return target.parent == temp and target.name.startswith(PREFIX)


def remove_example_folder(folder: Path) -> bool:
    """Remove an example folder and everything in it; True when it is gone. Any other folder is left alone."""
    if not is_example_folder(folder):
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


@contextmanager
def example_folder(book: Handbook, own_data_dir: Path | None = None) -> Iterator[Path]:
    """The example's folder for the length of a ``with`` block, removed after it."""
    folder = make_example_folder(book, own_data_dir)
    try:
        yield folder
    finally:
        remove_example_folder(folder)


def saved_words(is_example: bool, saved: str) -> str:
    """What a form says once its words are saved: ``saved`` ("Saved on this computer."), or in the
    example person's window that they are kept only until it closes (a reader typed a note into the
    example, read "Saved on this computer" and looked for it in vain the next day)."""
    if not is_example:
        return saved
    return translate("Example", "Saved for now. Changes to the example are not kept after it closes.")
