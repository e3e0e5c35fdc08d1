"""The two Child-Pugh questions, and why the diary cannot answer them.

Child-Pugh counts the fluid in the belly (ascites) as none, mild or kept under control with water
pills, or moderate or more; and confusion from the liver (hepatic encephalopathy) by grade, or as
kept under control with medicine. These are what the care team finds. The diary asks something
else: how swollen the belly feels, and whether the person is confused today. A belly that feels
normal can hold fluid kept down by water pills (2 points); a clear head can be confusion kept under
control by lactulose (2 points). The scales do not map one onto the other, so the app asks these two
questions itself and only shows what the diary last said beside them, as a reminder.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from liverbook.content.model import Handbook
from liverbook.i18n import QT_TRANSLATE_NOOP, translate
from liverbook.records.scores import day

BELLY_ITEM = "belly-swelling"  # the diary items shown beside the two questions
CONFUSION_ITEM = "confusion"

WHY_ASKED = QT_TRANSLATE_NOOP(
    "records",
    "The diary asks how your belly feels and whether you are confused today. The Child-Pugh score asks "
    "what your care team found, including fluid or confusion kept under control with medicine. One cannot "
    "be worked out from the other, so these two questions are asked here. If you are not sure, ask your team.",
)


@dataclass(frozen=True, slots=True)
class DiaryReminder:
    """What the latest diary entry said about an item, to show beside a Child-Pugh question."""

    item: str  # the diary item's label, "Swollen belly"
    answer: str  # the answer's label, "A little"
    on: dt.date


def reminder_line(reminder: DiaryReminder | None) -> str:
    """ "Your diary of 3 May 2026 said: Swollen belly: a little." ("" without a diary entry)."""
    if reminder is None:
        return ""
    return translate("records", "Your diary of {day} said: {item}: {answer}.").format(
        day=day(reminder.on), item=reminder.item, answer=reminder.answer
    )


def why_asked() -> str:
    return translate("records", WHY_ASKED)


class _Series(Protocol):
    def series(self, item_id: str) -> list[Any]: ...


def diary_reminders(store: _Series, book: Handbook) -> tuple[DiaryReminder | None, DiaryReminder | None]:
    """What the latest diary answers said about a swollen belly and about confusion, to show beside
    the two Child-Pugh questions (never used as their answers); None where there is no answer."""
    found: list[DiaryReminder | None] = []
    for item_id in (BELLY_ITEM, CONFUSION_ITEM):
        try:
            item = book.diary_item(item_id)
        except KeyError:
            found.append(None)
            continue
        points = [p for p in store.series(item_id) if p.value is not None]
        if not points:
            found.append(None)
            continue
        last = points[-1]
        scale = book.answer_scales.get(item.scale) if item.scale else None
        if scale is not None and 0 <= int(last.value) < len(scale.levels):
            answer = scale.levels[int(last.value)].brief
        else:
            answer = translate("records", "yes") if last.value else translate("records", "no")
        found.append(DiaryReminder(item.label, answer, last.day))
    return found[0], found[1]
