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

from liverbook.records.numbers import tr
from liverbook.records.scores import day

WHY_ASKED = (
    "The diary asks how your belly feels and whether you are confused today. The Child-Pugh score asks "
    "what your care team found, including fluid or confusion kept under control with medicine. One cannot "
    "be worked out from the other, so these two questions are asked here. If you are not sure, ask your team."
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
    return tr("Your diary of {day} said: {item}: {answer}.").format(
        day=day(reminder.on), item=reminder.item, answer=reminder.answer
    )


def why_asked() -> str:
    return tr(WHY_ASKED)
