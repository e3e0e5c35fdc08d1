"""A list view over a model, with the few calls of QListWidget that the window (and tests) use.

Long lists (the notes, search results) live on models that fetch rows as they are shown, so this
view offers ``count()`` (the rows fetched so far), ``item(row)`` (what a row shows),
``currentRow()`` and ``setCurrentRow(row)`` over any :class:`QAbstractItemModel`.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QListView


class RowItem:
    """One row of a model, read like a QListWidgetItem (``text()``, ``data(role)``)."""

    def __init__(self, index: QModelIndex) -> None:
        self._index = index

    def text(self) -> str:
        return str(self._index.data(Qt.ItemDataRole.DisplayRole) or "")

    def data(self, role: int | Qt.ItemDataRole) -> object:
        return self._index.data(role)

    def row(self) -> int:
        return self._index.row()


class ModelListView(QListView):
    """A QListView with QListWidget's row-based calls."""

    def row_model(self) -> QAbstractItemModel:
        model = self.model()
        assert model is not None, "the list has no model yet"
        return model

    def count(self) -> int:
        """The rows fetched so far."""
        model = self.model()
        return model.rowCount() if model is not None else 0

    def item(self, row: int) -> RowItem | None:
        index = self.row_model().index(row, 0)
        return RowItem(index) if index.isValid() else None

    def currentRow(self) -> int:  # noqa: N802 - the QListWidget name
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def currentItem(self) -> RowItem | None:  # noqa: N802 - the QListWidget name
        index = self.currentIndex()
        return RowItem(index) if index.isValid() else None

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - the QListWidget name
        """Make ``row`` the current and selected row (-1: none)."""
        if row < 0:
            self.setCurrentIndex(QModelIndex())
            return
        index = self.row_model().index(row, 0)
        selection = self.selectionModel()
        if index.isValid() and selection is not None:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
