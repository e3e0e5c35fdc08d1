"""File dialogs open in a folder that exists (the last used, else Documents, else home), with a
sensible name, and show their columns whole at every text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeView

from liverbook.ui.appearance.zoom import STEPS
from liverbook.ui.widgets.file_dialog import file_dialog


def test_export_import_and_the_summary_start_in_documents_then_where_the_user_went(
    launch, prompts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    documents = Path.home() / "Documents"
    documents.mkdir()
    window = launch()
    window.store.add_note("to take along")
    prompts.saved_path = None
    window.data_actions.export()
    suggested = Path(prompts.asked[-1][1])
    assert suggested.parent == documents and suggested.name.startswith("liver-handbook-my-data-")
    elsewhere = tmp_path / "for the doctor"
    elsewhere.mkdir()
    prompts.saved_path = elsewhere / "summary.pdf"
    assert window.show_summary().save_pdf() == elsewhere / "summary.pdf"
    prompts.opened_path = None
    window.data_actions.import_()
    assert Path(prompts.asked[-1][1]) == elsewhere  # the folder last used
    prompts.saved_path = None
    window.data_actions.export()
    assert Path(prompts.asked[-1][1]).parent == elsewhere


def test_without_a_documents_folder_the_dialog_starts_at_home_never_in_the_start_folder(
    launch, prompts, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    start = tmp_path / "where the app was started"
    start.mkdir()
    monkeypatch.chdir(start)
    window = launch()
    prompts.opened_path = None
    window.data_actions.import_()
    assert Path(prompts.asked[-1][1]) == Path.home()
    prompts.saved_path = None
    window.show_summary().save_pdf()
    assert Path(prompts.asked[-1][1]).parent == Path.home()


@pytest.mark.parametrize("percent", [100, STEPS[-1]])
def test_the_dialog_shows_its_folder_name_and_every_column_whole(launch, qtbot, tmp_path, percent) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "an earlier export.json").write_text("{}")
    window = launch()
    window.zoom.set_percent(percent)
    dialog = file_dialog(
        window, "Export my data", tmp_path, "my-data.json", "Handbook data (*.json)", save=True
    )
    qtbot.addWidget(dialog)
    dialog.show()  # shown, never exec'd
    qtbot.waitUntil(dialog.isVisible)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    if name is not None:  # Qt's own dialog (a desktop's own draws itself)
        assert name.text() == "my-data.json"
    area = QApplication.primaryScreen().availableGeometry()
    assert area.contains(dialog.frameGeometry())
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        header = view.header()
        qtbot.waitUntil(lambda: header.sectionSize(0) > 0)
        for column in range(1, header.count()):
            if not header.isSectionHidden(column):
                assert header.sectionSize(column) >= header.sectionSizeHint(column), column
        assert sum(header.sectionSize(c) for c in range(header.count())) <= view.viewport().width()
        # a file's name reads whole (at the largest size every name was "…": TRIAL-5)
        name = view.fontMetrics().horizontalAdvance("an earlier export.json") + view.iconSize().width()
        assert header.sectionSize(0) >= name


def test_qts_own_file_dialog_speaks_spanish(launch_es, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """TRIAL-5: "Look in:" and "Files of type:" were English in the Spanish app."""
    from PySide6.QtWidgets import QLabel

    window = launch_es()
    dialog = file_dialog(window, "Guardar", tmp_path, "x.pdf", "PDF (*.pdf)", save=True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    if "lookInLabel" not in labels:
        pytest.skip("a desktop's own file dialog")
    for name in ("lookInLabel", "fileTypeLabel", "fileNameLabel"):
        words = labels[name].replace("&", "").lower()
        assert words and not any(english in words for english in ("look in", "files of type", "file name")), (
            words
        )
