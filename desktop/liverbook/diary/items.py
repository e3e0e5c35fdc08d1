"""The items catalog: the handbook's diary items and the reader's own, as one list the views use.

:class:`ItemView` joins what the content says of an item (label, help, kind, answer scale, range) with
what the reader chose (turned on or off, their own items). :func:`catalog` builds the list in
check-in order; :func:`answer_text` and :func:`value_text` say an answer in words and in the reader's
units; :func:`parse_number_answer` turns what was typed into the stored SI value, with a plain
message when it is not a number or out of range.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from liverbook.content.diary_model import LEVELS, NUMBER, SCALE, SCALE_MAX, TEXT, YES_NO, AnswerScale
from liverbook.content.model import Handbook
from liverbook.diary import messages as m, units
from liverbook.store.diary_model import Answer, DiaryPrefs, OwnItem

OWN_ORDER_START = 10_000  # the reader's own items come after the handbook's


@dataclass(frozen=True)
class ItemView:
    """One item as the check-in, the trends and the exports show it."""

    id: str
    label: str
    help: str
    kind: str
    order: int
    enabled: bool
    own: bool = False
    scale: AnswerScale | None = None
    quantity: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    detail: str | None = None
    page: str | None = None

    @property
    def charted(self) -> bool:
        """True for items with a number to draw (all but words)."""
        return self.kind != TEXT


class AnswerProblem(ValueError):
    """What was typed cannot be saved as this answer; ``message`` says why, for the reader."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def catalog(
    book: Handbook,
    own_items: Sequence[OwnItem],
    settings: Mapping[str, bool],
    tags: frozenset[str] | set[str],
) -> list[ItemView]:
    """Every item, handbook's then the reader's own, in check-in order, with whether it is asked."""
    views = []
    for item in book.diary_items:
        views.append(
            ItemView(
                item.id,
                item.label,
                item.help,
                item.kind,
                item.order,
                settings.get(item.id, item.on_by_default(tags)),
                False,
                book.answer_scales.get(item.scale or ""),
                item.quantity,
                item.minimum,
                item.maximum,
                item.detail,
                item.page,
            )
        )
    for own in own_items:
        views.append(
            ItemView(
                own.item_id,
                own.name,
                "",
                SCALE,
                OWN_ORDER_START + own.position,
                own.active,
                True,
                minimum=0,
                maximum=SCALE_MAX,
            )
        )
    return views


def value_text(item: ItemView, value: float, prefs: DiaryPrefs, brief: bool = False) -> str:
    """An answer's value in words or the reader's units: ``Yes``, ``6``, ``A lot (severe)``, ``101.3 °F``.

    ``brief``: a level's short words ("severe"), for charts and summaries.
    """
    if item.kind == YES_NO:
        return m.tr(m.YES) if value >= 0.5 else m.tr(m.NO)
    if item.kind == LEVELS and item.scale is not None:
        level = item.scale.level(value)
        return level.brief if brief else level.label
    if item.kind == NUMBER and item.quantity is not None:
        unit = units.display_unit(item.quantity, prefs.temperature_unit, prefs.weight_unit)
        return units.format_quantity(value, item.quantity, unit)
    return f"{value:g}"


def answer_text(item: ItemView | None, answer: Answer, prefs: DiaryPrefs) -> str:
    """The whole answer for a table, an export or the readable copy: value, then any words."""
    parts = []
    if answer.value is not None:
        parts.append(value_text(item, answer.value, prefs) if item is not None else f"{answer.value:g}")
    if answer.text:
        parts.append(answer.text)
    return (
        ": ".join(parts) if item is not None and item.kind == SCALE and len(parts) == 2 else ", ".join(parts)
    )


def input_unit(item: ItemView, prefs: DiaryPrefs) -> str:
    """The unit the reader types a number item in."""
    assert item.quantity is not None
    return units.display_unit(item.quantity, prefs.temperature_unit, prefs.weight_unit)


def parse_number_answer(item: ItemView, typed: str, prefs: DiaryPrefs) -> float:
    """What the reader typed for a number item, as the SI value to store; AnswerProblem if it cannot be."""
    assert (
        item.kind == NUMBER
        and item.quantity is not None
        and item.minimum is not None
        and item.maximum is not None
    )
    unit = input_unit(item, prefs)
    example = {"temperature": "37.2", "weight": "68.5", "count": "2"}[item.quantity]
    try:
        exact = units.parse_number(typed)
    except ValueError:
        raise AnswerProblem(m.tr(m.NOT_A_NUMBER).format(example=example)) from None
    value = units.to_si(exact, unit)
    if not units.at_least(value, item.minimum) or not units.at_most(value, item.maximum):
        low = units.format_quantity(item.minimum, item.quantity, unit)
        high = units.format_quantity(item.maximum, item.quantity, unit)
        message = m.tr(m.OUT_OF_RANGE).format(low=low, high=high)
        for other in units.UNITS_OF[item.quantity]:  # 101 typed where °C is asked: say it looks like °F
            as_other = units.to_si(exact, other)
            if (
                other != unit
                and units.at_least(as_other, item.minimum)
                and units.at_most(as_other, item.maximum)
            ):
                message = (
                    m.tr(m.LOOKS_LIKE).format(
                        typed=typed.strip(), other=units.SYMBOLS[other], unit=units.SYMBOLS[unit]
                    )
                    + " "
                    + message
                )
        raise AnswerProblem(message)
    if item.quantity == "count" and exact.denominator != 1:
        raise AnswerProblem(m.tr(m.NOT_A_NUMBER).format(example=example))
    return value


def by_id(items: Sequence[ItemView]) -> dict[str, ItemView]:
    return {item.id: item for item in items}
