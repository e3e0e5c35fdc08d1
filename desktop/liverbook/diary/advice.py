"""What to tell the reader after a check-in when triage rules fired: calm, clear, and never silent.

:func:`advice_for` turns the fired rules into an :class:`Advice` the GUI shows as it is: the most
urgent level's title and what to do, each rule's plain reason with the page to open, the care team's
number if the reader saved one, and the reminder that the app contacts no one. A go-now rule always
gives go-now advice, whatever else fired.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from liverbook.content.diary_model import GO_NOW, TriageRule, urgency_rank
from liverbook.content.model import Handbook
from liverbook.diary import messages as m
from liverbook.store.diary_model import DiaryPrefs


@dataclass(frozen=True)
class Reason:
    """Why one rule fired, and where to read more."""

    rule_id: str
    level: str
    level_title: str
    text: str
    page_id: str
    page_title: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Advice:
    """The message after a check-in: the most urgent level first."""

    level: str
    title: str
    action: str
    reasons: tuple[Reason, ...]
    phone: str  # "Your care team's number: ..." or how to add one
    no_contact: str

    @property
    def urgent(self) -> bool:
        """True for go-now: the GUI must show it and not let it pass unnoticed."""
        return self.level == GO_NOW


def advice_for(fired: Sequence[TriageRule], book: Handbook, prefs: DiaryPrefs) -> Advice | None:
    """The advice for the rules a check-in met (None when none did)."""
    if not fired:
        return None
    rules = sorted(fired, key=lambda r: urgency_rank(r.level))
    level = rules[0].level
    reasons = tuple(
        Reason(
            rule.id,
            rule.level,
            m.tr(m.LEVEL_TITLE[rule.level]),
            rule.reason,
            rule.page,
            book.page(rule.page).title if book.has_page(rule.page) else rule.page,
            rule.sources,
        )
        for rule in rules
    )
    phone = prefs.care_team_phone.strip()
    return Advice(
        level,
        m.tr(m.LEVEL_TITLE[level]),
        m.tr(m.LEVEL_ACTION[level]),
        reasons,
        m.tr(m.PHONE).format(phone=phone) if phone else m.tr(m.NO_PHONE),
        m.tr(m.NO_CONTACT),
    )


def as_text(advice: Advice) -> str:
    """The advice as plain text (for a screen reader's summary, a log-free test, or a copy)."""
    lines = [advice.title, advice.action, ""]
    for reason in advice.reasons:
        lines.append(
            f"- {reason.level_title}: {reason.text} " + m.tr(m.READ_MORE).format(title=reason.page_title)
        )
    lines += ["", advice.phone, advice.no_contact]
    return "\n".join(lines)
