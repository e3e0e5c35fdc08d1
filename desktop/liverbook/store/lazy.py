"""A module imported the first time one of its names is used, not when the module using it is.

The Store class is made of parts (notes, questions, diary, records...). The first page needs none of
the diary's and records' models, rows and checks (some 15 modules of dataclasses: about 17 ms of
processor time at every start), so those parts name them through a :class:`LazyModule`::

    if TYPE_CHECKING:
        from liverbook.store import records_rows as rows
    else:
        rows = LazyModule("liverbook.store.records_rows")

and write ``rows.VISITS`` where they wrote ``VISITS``. Type checkers see the real module.
"""

from __future__ import annotations

import importlib
from typing import Any


class LazyModule:
    """Stands for the module ``name`` until one of its names is asked for; then imports it (under
    Python's import lock, so two threads get the one module) and keeps each name it was asked for,
    as ``from name import ...`` would have."""

    def __init__(self, name: str) -> None:
        self._lazy_name = name

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):  # copy, pickle and friends probing: not a name of the module
            raise AttributeError(attr)
        value = getattr(importlib.import_module(self._lazy_name), attr)
        setattr(self, attr, value)
        return value

    def __repr__(self) -> str:
        return f"<LazyModule {self._lazy_name}>"
