"""The file dialogs of the app: opened in a folder that exists, with a sensible name, wide enough.

Qt's own file dialog (used where the desktop offers none) opened small: its date column was cut
off, and a folder that did not exist made it show the home folder with that folder's name typed
in as the file's. Here the dialog is sized to the text, fitted to the screen, and its columns are
set so the name takes the room left once size, type and date are shown whole. A desktop's own
dialog, where there is one, is left as the desktop draws it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QTreeView, QWidget

from liverbook.i18n import QT_TRANSLATE_NOOP
from liverbook.ui.widgets.fit import fit_to_screen

LETTERS_WIDE = 90
LINES_TALL = 26
TYPE_COLUMN = 2
NAME_LETTERS = 30  # room for a name such as "liver-handbook-my-data-2026-12-03.json", nearly whole

# Qt's Spanish (qtbase_es.qm) has these as "Look in:" and "Files of type:", without the access key
# Qt 6 added, so its own file dialog showed them in English (TRIAL-5): the app's catalogue has them.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def file_dialog(
    parent: QWidget | None, title: str, folder: Path, name: str, filter_text: str, *, save: bool
) -> QFileDialog:
    """A dialog to save (``save``) or open a file, in ``folder``, with ``name`` filled in (not shown)."""
    dialog = QFileDialog(parent, title, str(folder), filter_text)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(str(folder))
    if name:
        dialog.selectFile(name)
    metrics = dialog.fontMetrics()
    dialog.resize(metrics.averageCharWidth() * LETTERS_WIDE, metrics.lineSpacing() * LINES_TALL)
    fit_columns(dialog)
    dialog.fitter = fit_to_screen(dialog)  # type: ignore[attr-defined]  # kept with the dialog
    return dialog


def fit_columns(dialog: QFileDialog) -> None:
    """Size, type and date as wide as they need; the name takes the rest (Qt's own dialog only)."""
    view = dialog.findChild(QTreeView, "treeView") or dialog.findChild(QTreeView)
    if view is None:
        return
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is not None:  # "Computer" and the home folder's name, whole
        words = max(sidebar.fontMetrics().horizontalAdvance(w) for w in ("Computer", Path.home().name or "/"))
        sidebar.setMinimumWidth(
            words + sidebar.iconSize().width() + 3 * sidebar.fontMetrics().averageCharWidth()
        )
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if header.count() > TYPE_COLUMN:  # the type is in English whatever the language, and the
        header.hideSection(TYPE_COLUMN)  # filter below says it: its room goes to the names
    if sidebar is not None:  # at large text the names had no room left and all read "…" (TRIAL-5)
        letters = view.fontMetrics().averageCharWidth()
        others = sum(
            header.sectionSizeHint(c) for c in range(1, header.count()) if not header.isSectionHidden(c)
        )
        screen = dialog.screen()
        wide = min(dialog.width(), screen.availableGeometry().width() - 40) if screen else dialog.width()
        left = wide - sidebar.minimumWidth() - others - 4 * letters
        sidebar.setVisible(left >= NAME_LETTERS * letters)
