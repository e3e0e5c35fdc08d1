"""The "My situation" form: what applies to the reader, so the handbook can show what is relevant.

Every part is optional and "Not sure" is always an answer. The choices are built from the
handbook's situation tags (content/tags.yaml), so the form and the pages' ``applies_to`` agree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from liverbook.content import Handbook
from liverbook.content.model import TAG_GROUPS
from liverbook.core.situation import situation_tags
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.store import Situation
from liverbook.ui.dialogs.registry import DialogHost, DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen, scrolling
from liverbook.ui.widgets.radio_groups import tab_to_the_chosen
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox, WrappingRadioButton

SINGLE_CHOICE = {"stage", "group", "liver", "reader"}
NOT_SURE = QT_TRANSLATE_NOOP("Situation", "Not sure, or I would rather not say")


class SituationDialog(QDialog):
    """A short, skippable form; ``situation_saved`` carries the new Situation."""

    situation_saved = Signal(object)

    def __init__(
        self,
        book: Handbook,
        situation: Situation,
        parent: QWidget | None = None,
        *,
        first_run: bool = False,
        ask: Callable[..., bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask = ask  # Prompts.confirm: before changed choices are dropped
        self.setWindowTitle(translate("Situation", "My situation"))
        self.book = book
        self.boxes: dict[str, QCheckBox | QRadioButton] = {}
        self.groups: dict[str, QButtonGroup] = {}
        intro = QLabel(
            translate(
                "Situation",
                "Tell the handbook what applies to you, and it will mark the pages meant for you with "
                "\u201cFor you\u201d. Everything here is optional and stays on this computer. "
                "If you are not sure, ask your care team, or leave it blank.",
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        inner = QWidget()
        form = QVBoxLayout(inner)
        chosen = situation_tags(situation)  # the reader is one of the choices too (core/situation.py)
        for group_id, group_title in TAG_GROUPS:
            tags = [t for t in book.tags.values() if t.group == group_id]
            if not tags:
                continue
            box = QGroupBox(translate("content", group_title))
            column = QVBoxLayout(box)
            if group_id in SINGLE_CHOICE:
                buttons = QButtonGroup(self)
                self.groups[group_id] = buttons
                for tag in tags:
                    radio = WrappingRadioButton(tag.label)
                    buttons.addButton(radio)
                    column.addWidget(radio)
                    self.boxes[tag.id] = radio
                unsure = WrappingRadioButton(translate("Situation", NOT_SURE))
                buttons.addButton(unsure)
                column.addWidget(unsure)
                # As on every desktop: Tab lands on the chosen one, and the arrow keys choose.
                for tag in tags:
                    self.boxes[tag.id].setChecked(tag.id in chosen)
                unsure.setChecked(not any(t.id in chosen for t in tags))
                tab_to_the_chosen(buttons)
            else:
                for tag in tags:
                    check = WrappingCheckBox(tag.label)
                    check.setChecked(tag.id in chosen)
                    column.addWidget(check)
                    self.boxes[tag.id] = check
            form.addWidget(box)
        name_row = QFormLayout()
        self.name_edit = QLineEdit(situation.name)
        self.name_edit.setAccessibleName(translate("Situation", "Name for the printed summary (optional)"))
        self.name_edit.setMaxLength(200)
        name_row.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the field under its words
        name_label = QLabel(translate("Situation", "Name for the printed summary (optional):"))
        name_label.setWordWrap(True)
        name_label.setBuddy(self.name_edit)
        name_row.addRow(name_label, self.name_edit)
        form.addLayout(name_row)
        form.insertWidget(0, intro)  # scrolls with the choices: at large text sizes it is long
        buttons_box = QDialogButtonBox()
        self.save_button = buttons_box.addButton(
            translate("Situation", "&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        # "Skip for now" only from the welcome, while nothing was ever told; else "Cancel".
        told = situation.tags or situation.reader is not None or situation.name
        first_time = first_run and not told
        leave = translate("Situation", "S&kip for now") if first_time else translate("Situation", "&Cancel")
        self.skip_button = buttons_box.addButton(leave, QDialogButtonBox.ButtonRole.RejectRole)
        buttons_box.accepted.connect(self.save)
        buttons_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(inner), 1)
        layout.addWidget(buttons_box)
        self.resize(560, 640)
        fit_to_screen(self)
        self.at_start = self.situation()

    def reject(self) -> None:  # noqa: D102 - Escape, Cancel, the window's close button
        if (
            self.ask is not None
            and self.situation() != self.at_start
            and not self.ask(
                translate("Situation", "Leave without saving?"),
                translate(
                    "Situation",
                    "You changed your answers in My situation. If you leave now, the changes are not saved.",
                ),
                yes=translate("Situation", "Leave without saving"),
                no=translate("Situation", "Keep editing"),
            )
        ):
            return
        super().reject()

    def situation(self) -> Situation:
        """What the form says now."""
        picked = {tag_id for tag_id, box in self.boxes.items() if box.isChecked()}
        reader = next((t for t in picked if self.book.tags[t].group == "reader"), None)
        tags = frozenset(t for t in picked if self.book.tags[t].group != "reader")
        return Situation(tags=tags, reader=reader, name=self.name_edit.text().strip())

    def save(self) -> None:
        self.situation_saved.emit(self.situation())
        self.accept()


def _build(host: DialogHost, parent: QWidget, first_run: bool = False) -> SituationDialog:
    dialog = SituationDialog(
        host.core.book, host.core.situation, parent, first_run=first_run, ask=host.prompts.confirm
    )
    dialog.situation_saved.connect(host.apply_situation)
    return dialog


DIALOG = DialogSpec("situation", _build, reuse=False)  # a new form each time: it shows the situation now
