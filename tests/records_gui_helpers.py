"""Shared by the "My records" GUI tests: the window opened at a part of the tab, the example person."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

_EXAMPLE: dict[str, Path] = {}


def example_folder(handbook: Any, base: Path) -> Path:
    """The example person's data folder, made once a session (copy it before changing it)."""
    if "folder" not in _EXAMPLE:
        from liverbook.diary.example import make_example

        _EXAMPLE["folder"] = make_example(base / "example", handbook, today=dt.date.today())
    return _EXAMPLE["folder"]


def copy_example(handbook: Any, base: Path, target: Path) -> None:
    """Fill ``target`` (the test's data folder) with a copy of the example person's data."""
    source = example_folder(handbook, base)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)


def open_part(window: Any, part: str) -> Any:
    """Show "My records" and one of its parts; the part's panel."""
    view = window.tab_views.view("records")
    window.show_tab(window.tab_views.views.index(view))
    return view.show_part(part)


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)
