"""Finds user-visible text in the app's source that does not go through Qt's translation.

Read from the source (no import): a call that shows text (``setText``, ``QLabel(...)``,
``prompts.inform(...)``, ``action(window, "&Quit", ...)``...) given a string written in the code, an
f-string or a sum of strings, instead of ``translate("Context", "text")``; ``self.tr()`` (whose context
PySide6 takes from the object's class at run time, so a subclass misses the translation); and a
``translate()`` whose context or text lupdate cannot read (not written as a literal).
tests/test_translations.py runs it over every module that shows text.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

TRANSLATING = {"translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "tr"}
# Calls whose string arguments are shown to the user (methods of Qt widgets, and our own helpers).
SHOWING = {
    # Qt
    "setAccessibleName",
    "setAccessibleDescription",
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "showMessage",
    "addMenu",
    "setTitle",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "setLabelText",
    "addButton",
    "addRow",
    "addItem",
    "setItemText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setHeaderLabels",
    "showText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QDockWidget",
    "QToolBar",
    "QMenu",
    "QToolButton",
    "QListWidgetItem",
    "critical",
    "warning",
    "information",
    "question",
    "about",
    # ours
    "WrappingCheckBox",
    "WrappingRadioButton",
    "inform",
    "ask",
    "confirm",
    "choose",
    "ask_save_path",
    "open_path",
    "show_status",
    "announce",
    "action",
    "button",
    "plain_label",
}
# Strings that are not words: key sequences, ids, object names, colours, formats, file patterns.
NOT_WORDS = re.compile(r"^(Ctrl|Alt|Shift|Meta|F\d)|^[a-z0-9_./:#-]*$|^[A-Z]?[a-z]*[+=-][A-Z=+-]*$|^\W*$")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _is_translate(func: ast.expr) -> bool:
    """``translate(...)``, ``QT_TRANSLATE_NOOP(...)`` or ``QCoreApplication.translate(...)`` (not QPainter's)."""
    if isinstance(func, ast.Name):
        return func.id in ("translate", "QT_TRANSLATE_NOOP")
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in ("QCoreApplication", "QApplication", "QGuiApplication")
    )


def _is_log(func: ast.expr) -> bool:
    """``log.warning(...)``: for the log file, not for the reader."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in ("log", "logger", "logging", "LOG")
    )


def _is_self(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id in ("self", "cls")) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"
    )


def _words(node: ast.expr) -> bool:
    """True when ``node`` is text written in the code: a literal with letters, an f-string, or a sum."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return sum(c.isalpha() for c in node.value) >= 2 and not NOT_WORDS.match(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    return False


def scan(path: Path) -> list[Finding]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    findings: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _is_translate(inner.func):
                    findings.append(
                        Finding(path, inner.lineno, "lupdate does not read inside f-strings: translate first")
                    )
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name == "tr" and isinstance(node.func, ast.Attribute) and _is_self(node.func.value):
            findings.append(
                Finding(path, node.lineno, 'self.tr(): use translate("Context", ...) (see liverbook/i18n.py)')
            )
        elif name in ("tr", "_tr") and node.args and _words(node.args[0]):
            findings.append(
                Finding(
                    path,
                    node.lineno,
                    'tr("..."): lupdate cannot tell its context; use translate("Context", "...")',
                )
            )
        elif _is_translate(node.func) and len(node.args) >= 2:
            context, text = node.args[0], node.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                findings.append(Finding(path, node.lineno, "translate(): write the context as a literal"))
            if isinstance(text, (ast.JoinedStr, ast.BinOp)):
                findings.append(
                    Finding(
                        path,
                        node.lineno,
                        "translate(): translate the whole text, then fill it in with .format()",
                    )
                )
        elif name in SHOWING and not _is_log(node.func):
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if _words(arg):
                    findings.append(
                        Finding(
                            path,
                            arg.lineno,
                            f"{name}() shows text that is not translated: {ast.unparse(arg)[:70]}",
                        )
                    )
    return findings
