"""Diary settings: which questions the check-in asks, the reader's own items, units, the number to call.

Every change is saved at once (ticks and units when chosen; the phone number by the one autosave
engine as it is typed). Past answers are never deleted here: an item turned off is no longer asked,
and its answers stay in the diary, the trends and the exports. When the data is replaced while it is
open (a backup put back, an import, Delete all), it shows the settings now in place: an own item's
id may then name another item, so a tick is never applied to an item it was not shown for.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from liverbook.core.app_core import Core
from liverbook.core.autosave import SaveState
from liverbook.diary.after_check_in import phone_line, urgent_contact
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.store import StoreError
from liverbook.store.diary_model import (
    MAX_OWN_NAME_CHARS,
    MAX_PHONE_CHARS,
    TEMPERATURE_UNITS,
    WEIGHT_UNITS,
    DiaryPrefs,
)
from liverbook.ui.core_signals import signals_of
from liverbook.ui.dialogs.registry import DialogHost, DialogSpec
from liverbook.ui.widgets.autosave_timer import AutosaveTimer
from liverbook.ui.widgets.fit import fit_to_screen, scrolling
from liverbook.ui.widgets.labels import plain_label
from liverbook.ui.widgets.radio_groups import tab_to_the_chosen
from liverbook.ui.widgets.reflow import FlowLayout
from liverbook.ui.widgets.wrapping_buttons import WrappingCheckBox

UNIT_WORDS = {
    "celsius": QT_TRANSLATE_NOOP("DiarySettings", "°C (Celsius)"),
    "fahrenheit": QT_TRANSLATE_NOOP("DiarySettings", "°F (Fahrenheit)"),
    "kg": QT_TRANSLATE_NOOP("DiarySettings", "kg (kilograms)"),
    "lb": QT_TRANSLATE_NOOP("DiarySettings", "lb (pounds)"),
}


class DiarySettingsDialog(QDialog):
    """The diary's settings, saved as they are changed."""

    def __init__(self, core: Core, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert core.store is not None, "diary settings need the store"
        self.core = core
        self.store = core.store
        self.setWindowTitle(translate("DiarySettings", "Diary settings"))
        self.prefs = self.store.get_diary_prefs()
        self.item_boxes: dict[str, WrappingCheckBox] = {}
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.addWidget(
            plain_label(
                translate(
                    "DiarySettings",
                    "Changes are saved as you make them. Turning a question off only stops it being asked: "
                    "its past answers stay in your diary.",
                )
            )
        )
        self.column.addWidget(self._units_box())
        self.column.addWidget(self._phone_box())
        self.items_box = QGroupBox(translate("DiarySettings", "Questions the check-in asks"))
        self.items_column = QVBoxLayout(self.items_box)
        self.column.addWidget(self.items_box)
        self.column.addWidget(self._own_box())
        self.column.addStretch(1)
        self.message = plain_label(bold=True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.engine = core.autosave(self._save_phone)
        self.engine.changed.connect(self._phone_state)
        self._timer = AutosaveTimer(self.engine, self)
        self.destroyed.connect(lambda _obj=None, core=core, engine=self.engine: core.forget_autosave(engine))
        self._fill_items()
        self._phone_state()
        signals_of(core).data_replaced.connect(self._data_replaced)
        body.setEnabled(core.can_write)
        if not core.can_write:
            self._tell(
                translate(
                    "DiarySettings",
                    "Your diary can be read but not changed just now, so these settings cannot be changed.",
                )
            )
        self.resize(620, 640)
        fit_to_screen(self)

    # -- units and the number to call -----------------------------------------------------------------

    def _units_box(self) -> QGroupBox:
        box = QGroupBox(translate("DiarySettings", "Units"))
        column = QVBoxLayout(box)
        self.unit_groups: dict[str, QButtonGroup] = {}
        for kind, title, units, chosen in (
            (
                "temperature",
                translate("DiarySettings", "Temperature:"),
                TEMPERATURE_UNITS,
                self.prefs.temperature_unit,
            ),
            ("weight", translate("DiarySettings", "Weight:"), WEIGHT_UNITS, self.prefs.weight_unit),
        ):
            holder = QWidget()
            row = FlowLayout(holder)
            row.addWidget(QLabel(title))
            group = QButtonGroup(self)
            for unit in units:
                radio = QRadioButton(translate("DiarySettings", UNIT_WORDS[unit]))
                radio.setAccessibleName(
                    translate("DiarySettings", "{kind} {unit}").format(
                        kind=title, unit=translate("DiarySettings", UNIT_WORDS[unit])
                    )
                )
                radio.setProperty("unit", unit)
                radio.setChecked(unit == chosen)
                group.addButton(radio)
                row.addWidget(radio)
            tab_to_the_chosen(group)
            group.buttonToggled.connect(self._unit_toggled)
            self.unit_groups[kind] = group
            column.addWidget(holder)
        return box

    def _unit_toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self._save_units()

    def _unit(self, kind: str) -> str:
        button = self.unit_groups[kind].checkedButton()
        return str(button.property("unit")) if button is not None else ""

    def _save_units(self) -> None:
        self._write(DiaryPrefs(self._unit("temperature"), self._unit("weight"), self.prefs.care_team_phone))

    def _phone_box(self) -> QGroupBox:
        box = QGroupBox(translate("DiarySettings", "Your care team's phone number"))
        column = QVBoxLayout(box)
        column.addWidget(
            plain_label(
                translate(
                    "DiarySettings",
                    "Shown when a check-in meets a warning sign. If you chose the one to call in My records, "
                    "their number is shown instead. The app never calls or sends anything itself.",
                )
            )
        )
        self.phone_edit = QLineEdit(self.prefs.care_team_phone)
        self.phone_edit.setMaxLength(MAX_PHONE_CHARS)
        self.phone_edit.setAccessibleName(translate("DiarySettings", "Your care team's phone number"))
        self.phone_edit.textEdited.connect(lambda _text: self.engine.edited())
        self.phone_edit.editingFinished.connect(lambda: self.engine.flush())
        column.addWidget(self.phone_edit)
        self.phone_status = plain_label()
        column.addWidget(self.phone_status)
        return box

    def _save_phone(self) -> None:
        self._write(
            DiaryPrefs(self.prefs.temperature_unit, self.prefs.weight_unit, self.phone_edit.text().strip()),
            raise_errors=True,
        )

    def _phone_state(self) -> None:
        if self.engine.state is SaveState.FAILED and self.engine.error is not None:
            self.phone_status.setText(
                translate("DiarySettings", "Not saved: {why}").format(why=self.engine.error.user_message)
            )
            return
        shown = phone_line(urgent_contact(self.store), self.prefs)
        pending = self.engine.state is SaveState.PENDING
        self.phone_status.setText(
            translate("DiarySettings", "Saving…")
            if pending
            else translate("DiarySettings", "The message after a warning sign says: {line}").format(
                line=shown
            )
        )

    def _write(self, prefs: DiaryPrefs, raise_errors: bool = False) -> None:
        try:
            self.prefs = self.store.set_diary_prefs(prefs)
        except StoreError as error:
            if raise_errors:
                raise
            self._tell(error.user_message)
            return
        self._tell("")
        self.core.diary_changed(0)
        self._phone_state()

    # -- which questions -------------------------------------------------------------------------------

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(translate("DiarySettings", "Add an item of your own"))
        column = QVBoxLayout(box)
        column.addWidget(
            plain_label(
                translate(
                    "DiarySettings",
                    "Something else you want to keep an eye on, answered from 0 (none) to 10 (the worst).",
                )
            )
        )
        self.own_name = QLineEdit()
        self.own_name.setMaxLength(MAX_OWN_NAME_CHARS)
        self.own_name.setAccessibleName(translate("DiarySettings", "Name of your own item"))
        self.own_name.setPlaceholderText(translate("DiarySettings", "For example: leg cramps"))
        self.own_name.returnPressed.connect(self._add_own)
        self.add_button = QPushButton(translate("DiarySettings", "Add"))
        self.add_button.setAccessibleName(translate("DiarySettings", "Add this item"))
        self.add_button.clicked.connect(self._add_own)
        row = QHBoxLayout()
        row.addWidget(self.own_name, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        return box

    def _fill_items(self) -> None:
        while self.items_column.count():
            found = self.items_column.takeAt(0)
            widget = found.widget() if found is not None else None
            if widget is not None:
                widget.deleteLater()
        self.item_boxes = {}
        for item in self.core.diary.items(self.core.situation.tags):
            label = (
                item.label
                if not item.own
                else translate("DiarySettings", "{name} (your own item)").format(name=item.label)
            )
            box = WrappingCheckBox(label.replace("&", "&&"))
            box.setAccessibleName(translate("DiarySettings", "Ask: {label}").format(label=item.label))
            box.setChecked(item.enabled)
            box.toggled.connect(lambda on, item=item: self._toggle(item.id, item.own, on, item.label))
            self.items_column.addWidget(box)
            self.item_boxes[item.id] = box

    def _toggle(self, item_id: str, own: bool, on: bool, label: str = "") -> None:
        try:
            if own and not self._still_there(item_id, label):
                self._fill_items()
                self._tell(
                    translate(
                        "DiarySettings",
                        "\u201c{name}\u201d is no longer one of your items: your data was replaced (a backup "
                        "copy put back, or an import). The list now shows the questions there are.",
                    ).format(name=label)
                )
                return
            if own:
                self.store.update_own_item(int(item_id.split("-", 1)[1]), active=on)
            else:
                self.store.set_item_enabled(item_id, on)
        except StoreError as error:
            self._tell(error.user_message)
            return
        self._tell("")
        self.core.diary_changed(0)

    def _still_there(self, item_id: str, name: str) -> bool:
        """True when own item ``item_id`` is still the one shown as ``name`` (not gone, not reused)."""
        return any(f"own-{own.id}" == item_id and own.name == name for own in self.store.list_own_items())

    def _data_replaced(self) -> None:
        """The data was replaced while this was open: show its settings, keeping a number being typed."""
        if self.engine.state is not SaveState.SAVED:
            self.engine.flush()  # into the data now in place, as every form does
        self.prefs = self.store.get_diary_prefs()
        for kind, group in self.unit_groups.items():
            chosen = self.prefs.temperature_unit if kind == "temperature" else self.prefs.weight_unit
            for button in group.buttons():
                button.blockSignals(True)
                button.setChecked(button.property("unit") == chosen)
                button.blockSignals(False)
        if self.engine.state is SaveState.SAVED:
            self.phone_edit.setText(self.prefs.care_team_phone)
        self._fill_items()
        self._phone_state()

    def _add_own(self) -> None:
        name = self.own_name.text().strip()
        if not name:
            self._tell(translate("DiarySettings", "Please write a name for your item first."))
            self.own_name.setFocus()
            return
        try:
            added = self.store.add_own_item(name)
        except (StoreError, ValueError) as error:
            self._tell(
                getattr(
                    error,
                    "user_message",
                    translate("DiarySettings", "That item could not be added: {why}").format(why=error),
                )
            )
            return
        self.own_name.clear()
        self._fill_items()
        self._tell(
            translate("DiarySettings", "Added \u201c{name}\u201d: the check-in asks it from now on.").format(
                name=added.name
            )
        )
        self.core.diary_changed(0)

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def done(self, code: int) -> None:  # noqa: D102 - QDialog's: save the number before closing
        self.engine.flush()
        super().done(code)


def _build(host: DialogHost, parent: QWidget) -> DiarySettingsDialog:
    return DiarySettingsDialog(host.core, parent)


DIALOG = DialogSpec("diary_settings", _build, reuse=False)
