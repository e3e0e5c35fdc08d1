"""The records in the readable Markdown copy written beside every JSON export.

As for notes, the person's words go inside block quotes or on their own list lines, so nothing they
typed can turn into a heading; handbook ids (drugs, lab tests) are named through the same optional
``label(kind, id)`` callback, with kinds ``"drug"`` and ``"lab-test"``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from liverbook.records.model import STOP_REASONS, TREATMENT_KINDS
from liverbook.store.records_rows import RecordsData

Labeler = Callable[[str, str], str]


def _plain(kind: str, ident: str) -> str:
    return ident


def _quote(text: str, indent: str = "") -> list[str]:
    return [indent + ("> " + line if line else ">") for line in text.splitlines() or [""]]


_STARTS_BLOCK = re.compile(r"^(#|>|[-*+](\s|$)|\d+[.)](\s|$)|`{3}|~{3}|\|)")


def _one_line(text: str, leading: bool = False) -> str:
    """A short field on one line: line breaks become spaces. ``leading``: it starts the line's content
    (a list item's first words), so a mark that would start a heading, quote or list is escaped."""
    flat = " ".join(text.split())
    return "\\" + flat if leading and _STARTS_BLOCK.match(flat) else flat


def render_records(data: RecordsData, label: Labeler | None = None) -> list[str]:
    """The records' sections (empty when there are no records), as lines."""
    if not data:
        return []
    name_of = label or _plain
    lines: list[str] = []
    if data.medicines:
        lines += ["## My medicines", ""]
        for m in data.medicines:
            lines.append(
                f"- {_one_line(m.name, True)}" + (f" ({name_of('drug', m.drug_id)})" if m.drug_id else "")
            )
            for what, value in (("For", m.what_for), ("Dose", m.dose), ("How often", m.how_often),
                                ("Prescribed by", m.prescriber)):  # fmt: skip
                if value:
                    lines.append(f"  - {what}: {_one_line(value)}")
            if m.started or m.stopped:
                span = f"from {m.started.shown if m.started else '?'}" + (
                    f" to {m.stopped.shown}" if m.stopped else ""
                )
                lines.append(f"  - Taken {span}")
            if m.note:
                lines += ["", *_quote(m.note, "  ")]
        lines.append("")
    if data.treatment_lines:
        kinds, reasons = dict(TREATMENT_KINDS), dict(STOP_REASONS)
        lines += ["## My treatments", ""]
        for t in data.treatment_lines:
            what = kinds.get(t.kind, t.kind) + (f": {_one_line(t.name)}" if t.name else "")
            drugs = ", ".join(name_of("drug", d) for d in t.drug_ids)
            lines.append(
                f"- {what}"
                + (f" ({drugs})" if drugs else "")
                + (" (in a clinical trial)" if t.in_trial else "")
            )
            if t.started or t.stopped:
                lines.append(
                    f"  - From {t.started.shown if t.started else '?'}"
                    + (f" to {t.stopped.shown}" if t.stopped else ", ongoing")
                )
            if t.stop_reason:
                lines.append(f"  - Stopped because: {reasons.get(t.stop_reason, t.stop_reason)}")
            if t.note:
                lines += ["", *_quote(t.note, "  ")]
        lines.append("")
    if data.contacts:
        lines += ["## My care team", ""]
        for c in data.contacts:
            lines.append(
                f"- {_one_line(c.name)}" + (" (the one to call for urgent problems)" if c.urgent else "")
            )
            for what, value in (("Role", c.role), ("Phone, day", c.phone_day),
                                ("Phone, after hours", c.phone_after_hours), ("Where", c.where)):  # fmt: skip
                if value:
                    lines.append(f"  - {what}: {_one_line(value)}")
            if c.note:
                lines += ["", *_quote(c.note, "  ")]
        lines.append("")
    if data.visits:
        names = {c.id: c.name for c in data.contacts}
        lines += ["## My visits", ""]
        for v in data.visits:
            who = names.get(v.contact_id, v.with_whom) if v.contact_id else v.with_whom
            head = (
                v.on.isoformat()
                + (f" {_one_line(v.at)}" if v.at else "")
                + (f", {_one_line(who)}" if who else "")
            )
            lines += [f"### {head}", ""]
            if v.what_for:
                lines += [f"For: {_one_line(v.what_for)}", ""]
            for n, q in enumerate(v.questions, 1):
                lines += [f"{n}." + (" (not sure, ask again)" if q.ask_again else ""), *_quote(q.text, "   ")]
                if q.understood:
                    lines += ["", "   What I understood:", *_quote(q.understood, "   ")]
                lines.append("")
            if v.understood or v.ask_again:
                lines += [
                    "What I understood" + (" (not sure, ask again)" if v.ask_again else "") + ":",
                    *_quote(v.understood),
                    "",
                ]
    if data.lab_results:
        lines += ["## My numbers", "", "| Day | Test | Result | Unit |", "|---|---|---|---|"]
        for r in data.lab_results:
            test = name_of("lab-test", r.test_id) if r.test_id else r.name
            cells = (r.taken_on.isoformat(), test, r.value.text, r.unit)
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    if data.liver_answers:
        lines += ["## Child-Pugh answers", ""]
        for a in data.liver_answers:
            parts = [f"fluid in the belly {a.ascites or '-'}", f"confusion {a.encephalopathy or '-'}"]
            lines.append(f"- {a.on.isoformat()}: " + ", ".join(parts) + " (points)")
        lines.append("")
    return lines


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")
