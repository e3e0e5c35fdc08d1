"""Every dialog of the app in one registry, so that tests cover each one without being told of it.

A module in ``liverbook.ui.dialogs`` that defines a dialog also defines ``DIALOG``, a
:class:`DialogSpec`: its name (the module's name), how to build it for a window
(:class:`DialogHost`), whether one instance is kept and shown again, and what to open it with in a
test. The window opens dialogs by name (``window.show_dialog("about")``, which imports the module
then), and tests walk :func:`every_dialog`: the screen-fit, key-binding and theme-switching tests
then check a dialog a later feature adds (a diary check-in, a medicine, a visit) by themselves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMenuBar, QWidget

if TYPE_CHECKING:
    from liverbook.core.app_core import Core
    from liverbook.store.model import Situation
    from liverbook.ui.prompts import Prompts

PACKAGE = "liverbook.ui.dialogs"


class DialogHost(Protocol):
    """What a dialog may ask of the window that opens it."""

    core: Core
    prompts: Prompts

    def menuBar(self) -> QMenuBar: ...  # noqa: N802 - QMainWindow's

    def show_dialog(self, name: str, *args: object) -> QWidget: ...

    def apply_situation(self, situation: Situation) -> None: ...


@dataclass(frozen=True)
class DialogSpec:
    """How to open one dialog.

    ``build(host, parent, *args)`` makes it (not shown). ``reuse``: one instance is kept and shown
    again, raised above the window (its content follows the data itself); otherwise each opening
    makes a new one and closes the old. ``activate``: it also takes the keyboard when shown.
    ``sample`` is what a test opens it with.
    """

    name: str
    build: Callable[..., QWidget]
    reuse: bool = True
    activate: bool = False
    sample: tuple[object, ...] = ()


def spec_for(name: str) -> DialogSpec:
    """The dialog of this name (its module is imported now: dialogs cost nothing until opened)."""
    module = importlib.import_module(f"{PACKAGE}.{name}")
    spec = getattr(module, "DIALOG", None)
    if not isinstance(spec, DialogSpec) or spec.name != name:
        raise LookupError(f"{PACKAGE}.{name} defines no dialog named {name!r}")
    return spec


def every_dialog() -> list[DialogSpec]:
    """Every registered dialog, by name."""
    import pkgutil  # (only the tests and the self-test list them all)

    package = importlib.import_module(PACKAGE)
    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{PACKAGE}.{info.name}")
        spec = getattr(module, "DIALOG", None)
        if isinstance(spec, DialogSpec):
            found.append(spec)
    return sorted(found, key=lambda spec: spec.name)
