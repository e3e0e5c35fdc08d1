"""The diary as a spreadsheet: one row per check-in, one column per item, in the reader's units.

UTF-8 with a byte-order mark (so spreadsheet programs read accents and °C correctly), comma
separated, CRLF line ends (RFC 4180). Measurements are plain numbers in the reader's units, the unit
named in the column's header ("Temperature (°F)"), so a spreadsheet can chart them. A cell of words
that starts with ``=``, ``+``, ``-``, ``@``, a tab or a return gets a leading apostrophe, so a
spreadsheet never runs what the reader typed as a formula. Written atomically; a path that cannot
be written is refused before anything is written (ExportFailed, in plain words).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

from liverbook.content.diary_model import NUMBER, TEXT
from liverbook.diary import messages as m, units
from liverbook.diary.items import ItemView, value_text
from liverbook.store.diary_model import CARER, DiaryPrefs, Entry
from liverbook.store.errors import ExportFailed, StoreDiskFull, classify
from liverbook.store.files import atomic_write_bytes
from liverbook.store.targets import target_problem

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Words as a cell no spreadsheet will take for a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _header(item: ItemView, prefs: DiaryPrefs) -> str:
    if item.kind == NUMBER and item.quantity in ("temperature", "weight"):
        unit = units.display_unit(item.quantity, prefs.temperature_unit, prefs.weight_unit)
        return f"{item.label} ({units.SYMBOLS[unit]})"
    return item.label


def rows(
    entries: Sequence[Entry],
    items: Sequence[ItemView],
    prefs: DiaryPrefs,
    rule_text: Callable[[str], str] = str,
) -> list[list[str]]:
    """The table: a header row, then one row per entry (oldest first). ``rule_text(rule_id)`` names a
    warning sign (the rule's reason, from the handbook)."""
    answered = {a.item_id for e in entries for a in e.answers}
    shown = [i for i in items if i.enabled or i.id in answered]
    known = {i.id for i in shown}
    extra = sorted(answered - known)  # answers to items this handbook no longer has: kept, by id
    header = [m.tr(m.DATE), m.tr(m.TIME), m.tr(m.ANSWERED_BY)]
    for item in shown:
        header.append(safe_cell(_header(item, prefs)))
        if item.detail:
            header.append(safe_cell(f"{item.label}: {item.detail}"))
    header += [safe_cell(i) for i in extra]
    header.append(m.tr(m.WARNING_SIGNS))
    table = [header]
    for entry in sorted(entries, key=lambda e: (e.utc, e.id)):
        row = [
            entry.local.date().isoformat(),
            entry.local.strftime("%H:%M"),
            m.tr(m.CARER) if entry.answered_by == CARER else m.tr(m.PATIENT),
        ]
        for item in shown:
            answer = entry.answer(item.id)
            if answer is None:
                row += [""] * (2 if item.detail else 1)
                continue
            if item.kind == TEXT:
                row.append(safe_cell(answer.text or ""))
            elif answer.value is None:
                row.append("")
            elif item.kind == NUMBER and item.quantity is not None:
                unit = units.display_unit(item.quantity, prefs.temperature_unit, prefs.weight_unit)
                number = units.shown(answer.value, item.quantity, unit)
                row.append(f"{number:.{units.DECIMALS[item.quantity]}f}")
            else:
                row.append(safe_cell(value_text(item, answer.value, prefs)))
            if item.detail:
                row.append(safe_cell(answer.text or ""))
        for ident in extra:
            answer = entry.answer(ident)
            row.append(
                ""
                if answer is None
                else safe_cell(
                    ", ".join(
                        x
                        for x in (f"{answer.value:g}" if answer.value is not None else "", answer.text or "")
                        if x
                    )
                )
            )
        row.append(
            safe_cell(
                "; ".join(f"{m.tr(m.LEVEL_TITLE[a.level])}: {rule_text(a.rule_id)}" for a in entry.alerts)
            )
        )
        table.append(row)
    return table


def to_bytes(table: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(table)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(
    path: Path,
    entries: Sequence[Entry],
    items: Sequence[ItemView],
    prefs: DiaryPrefs,
    rule_text: Callable[[str], str] = str,
) -> Path:
    """Write the diary to ``path`` atomically; return it. ExportFailed (nothing written) when it cannot be."""
    problem = target_problem(path)
    if problem is not None:
        raise ExportFailed(f"The diary was not saved as a spreadsheet: {problem}", detail=str(path))
    try:
        atomic_write_bytes(path, to_bytes(rows(entries, items, prefs, rule_text)))
    except OSError as exc:
        full = isinstance(classify(exc), StoreDiskFull)
        raise ExportFailed(
            f"The diary could not be saved to {path.parent}{' because the disk is full' if full else ''}. "
            "Your diary in the handbook is not affected; please choose another place.",
            detail=str(exc),
        ) from exc
    return path
