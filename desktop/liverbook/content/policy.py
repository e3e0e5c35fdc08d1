"""The source policy of docs/content-review.md, checked on content that is otherwise well formed.

Each rule names the file, line and key where it is broken, like every other content error. The rules
depend on the content's own dates only (never on today's date): content that passed its checks
when it shipped keeps passing on the reader's computer, whatever the clock says.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from liverbook.content.model import Source

if TYPE_CHECKING:
    from liverbook.content.entry_file import _File
    from liverbook.content.loader import _Reader

# The review cycle now under way: every page and topic is reviewed on or after this day. A scheduled
# review (docs/content-review.md) moves it forward, which makes every page not yet re-reviewed an error.
REVIEW_CYCLE_START = dt.date(2026, 12, 1)
ACCESSED_MAX_DAYS = {"treatments": 365}  # how long before a page's review its sources may have been read
ACCESSED_MAX_DAYS_OTHER = 730  # every other tab, and question topics
STATISTICS_MAX_YEARS = 3  # a statistics source's stated year, before the citing page's review year
GUIDANCE_MAX_YEARS = 5  # a guideline or regulator source's stated year, for a Treatments page

# Tiers that may be the authority for a treatment or drug fact; clinic and support may stand beside them.
AUTHORITY_TIERS = frozenset({"guideline", "regulator", "research", "reference"})
# Tiers that may give a survival or other cancer statistic.
STATISTICS_TIERS = frozenset({"statistics", "research"})
# Tiers that may give any other percentage.
NUMBER_TIERS = frozenset({"guideline", "regulator", "research", "statistics", "reference"})

# The authorities issue 15 asks every Treatments page to cite at least one of: (name, tiers, pattern on
# "publisher | title").
NAMED_AUTHORITIES: tuple[tuple[str, frozenset[str], re.Pattern[str]], ...] = (
    ("NCI PDQ", frozenset({"reference"}), re.compile(r"National Cancer Institute.*\|.*\bPDQ\b")),
    (
        "NCCN Guidelines for Patients",
        frozenset({"guideline"}),
        re.compile(r"NCCN|National Comprehensive Cancer Network"),
    ),
    (
        "ASCO or Cancer.Net",
        frozenset({"guideline", "reference"}),
        re.compile(r"\bASCO\b|American Society of Clinical Oncology|Cancer\.Net"),
    ),
    (
        "AASLD",
        frozenset({"guideline"}),
        re.compile(r"\bAASLD\b|American Association for the Study of Liver Diseases"),
    ),
    ("BCLC", frozenset({"guideline"}), re.compile(r"\bBCLC\b|Barcelona Clinic Liver Cancer")),
    (
        "an FDA or EMA label",
        frozenset({"regulator"}),
        re.compile(r"\bFDA\b|Food and Drug Administration|European Medicines Agency|\bEMA\b"),
    ),
)

# Archived copies: web archives' addresses, and titles or publishers that say so.
ARCHIVE_HOST = re.compile(
    r"^https?://(?:[^/]*\.)?(?:web\.archive\.org|archive\.org|archive\.(?:today|ph|is|li|vn|md|fo)|webcitation\.org|"
    r"webcache\.googleusercontent\.com|cachedview\.[a-z]+|arquivo\.pt|perma\.cc|webarchive\.[^/]+|[^/]*webarchive[^/]*)(?:[:/]|$)",
    re.IGNORECASE,
)
ARCHIVE_WORDS = re.compile(
    r"\barchived\b|\barchive copy\b|\bolder version\b|\bold version\b|\bsuperseded\b", re.IGNORECASE
)

_CITE_RUN = re.compile(r"(?:\[\^[a-z0-9][a-z0-9-]*\])+")
_CITE_ID = re.compile(r"\[\^([a-z0-9][a-z0-9-]*)\]")
_PERCENT = re.compile(r"\d\s?%|\d percent\b")
_SURVIVAL = re.compile(
    r"surviv|\balive\b|\bstill living\b|\bnew cases\b|\bdiagnosed each year\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ORDERED = re.compile(r"^\d{1,3}\.\s")


def _who(source: Source) -> str:
    return f"{source.id!r} is {source.tier} ({source.publisher})"


def stated_year(source: Source) -> int | None:
    """The latest year a source's ``published`` text names, or None."""
    years = [int(y) for y in _YEAR.findall(source.published or "")]
    return max(years) if years else None


def is_archived(source: Source) -> str | None:
    """Why this source is an archived or older copy, or None."""
    if ARCHIVE_HOST.match(source.url):
        return "its address is a web archive's copy"
    if ARCHIVE_WORDS.search(source.title) or ARCHIVE_WORDS.search(source.publisher):
        return "its title or publisher says it is an archived or older version"
    return None


def named_authorities(sources: Iterable[Source]) -> list[str]:
    """The issue-15 authorities among these sources, by name."""
    found = []
    for name, tiers, pattern in NAMED_AUTHORITIES:
        if any(s.tier in tiers and pattern.search(f"{s.publisher} | {s.title}") for s in sources):
            found.append(name)
    return found


def units(body: str) -> Iterator[tuple[list[tuple[int, str]], str]]:
    """Each paragraph, list item, note and table row of a body: its (0-based line, text) lines, and its
    context (its text, and for a table row the table's header row too). Paragraphs and items may be
    wrapped over several lines; a citation belongs to the whole unit."""
    header = ""
    current: list[tuple[int, str]] = []
    kind = ""
    for n, raw in enumerate(body.splitlines()):
        s = raw.strip()
        new_kind = ""
        if not s:
            new_kind = "blank"
        elif s.startswith("|"):
            new_kind = "row"
        elif s.startswith("#"):
            new_kind = "heading"
        elif s.startswith("- ") or _ORDERED.match(s):
            new_kind = "item"
        elif s.startswith(">") and kind != "note":
            new_kind = "note"
        elif kind in ("", "blank", "row", "heading"):
            new_kind = "p"
        if new_kind:
            if current:
                text = " ".join(t for _, t in current)
                yield current, f"{header} {text}" if kind == "row" else text
            header = (header or s) if new_kind == "row" else ""
            current, kind = ([] if new_kind == "blank" else [(n, s)]), new_kind
        else:
            current.append((n, s))
    if current:
        text = " ".join(t for _, t in current)
        yield current, f"{header} {text}" if kind == "row" else text


def check(reader: _Reader) -> None:
    """Report every breach of the source policy through the reader's files."""
    sources = {ident: entry[0] for ident, entry in reader.sources.items()}
    _check_sources(reader)
    for page, f, _, refs in reader.pages:
        key = str(refs["key"])
        cited: list[tuple[str, int]] = list(refs["sources"])  # type: ignore[call-overload]
        _check_reviewed(f, int(refs["reviewed_line"]), f"{key}.reviewed", page.reviewed)  # type: ignore[call-overload]
        for ident, sline in cited:
            source = sources.get(ident)
            if source is not None:
                _check_source_use(f, sline, f"{key}.sources", source, page.reviewed, page.tab)
        if page.tab == "treatments":
            listed = [sources[i] for i, _ in cited if i in sources]
            if listed and not named_authorities(listed):
                names = ", ".join(name for name, _, _ in NAMED_AUTHORITIES)
                f.error(
                    cited[0][1],
                    f"{key}.sources",
                    f"a Treatments page cites at least one source from the authorities patients and clinicians trust: {names}",
                )
        _check_body(f, int(refs["body_line"]), f"{key}.body", page.body, page.tab, sources)  # type: ignore[call-overload]
    question_sources = {question.id: refs for question, _, refs in reader.question_refs}
    for topic, f, _ in reader.topics:
        key, lines = reader.topic_lines[topic.id]
        _check_reviewed(f, lines.get("reviewed"), f"{key}.reviewed", topic.reviewed)
        for question in topic.questions:
            for ident, sline in question_sources.get(question.id, ()):
                source = sources.get(ident)
                if source is not None:
                    _check_source_use(
                        f, sline, f"questions.{question.id}.sources", source, topic.reviewed, "questions"
                    )
    for term, f, _, term_sources in reader.terms.values():
        for ident, sline in term_sources:
            source = sources.get(ident)
            if source is not None and source.tier == "news":
                f.error(sline, f"terms.{term.id}.sources", _news_message(source))


def _news_message(source: Source) -> str:
    return (
        f"{_who(source)}: trade news and consumer media may not be the authority for any claim; "
        "cite the primary document it reports (the guideline, label, trial paper or registry)"
    )


def _check_sources(reader: _Reader) -> None:
    for ident, (source, f, _) in reader.sources.items():
        why = is_archived(source)
        if why:
            key, lines = reader.source_lines[ident]
            where = "url" if why.startswith("its address") else "title"
            f.error(
                lines.get(where),
                f"{key}.{where}",
                f"this is an archived or older copy ({why}); cite the current page instead",
            )


def _check_reviewed(f: _File, line: int | None, key: str, reviewed: dt.date) -> None:
    if reviewed < REVIEW_CYCLE_START:
        f.error(
            line,
            key,
            f"reviewed {reviewed.isoformat()} is before the current review cycle, which started "
            f"{REVIEW_CYCLE_START.isoformat()}: check it against its sources and give the new date",
        )


def _check_source_use(f: _File, line: int, key: str, source: Source, reviewed: dt.date, tab: str) -> None:
    if source.tier == "news":
        f.error(line, key, _news_message(source))
        return
    limit = ACCESSED_MAX_DAYS.get(tab, ACCESSED_MAX_DAYS_OTHER)
    if (reviewed - source.accessed).days > limit:
        f.error(
            line,
            key,
            f"{source.id!r} was last read on {source.accessed.isoformat()}, more than {limit} days before this "
            f"review ({reviewed.isoformat()}); read it again and update its 'accessed' date",
        )
    year = stated_year(source)
    if source.tier == "statistics":
        if year is None:
            f.error(
                line,
                key,
                f"{source.id!r} gives statistics: its entry must say in 'published' which release (year) it is",
            )
        elif reviewed.year - year > STATISTICS_MAX_YEARS:
            f.error(
                line,
                key,
                f"{source.id!r} is statistics from {year}, more than {STATISTICS_MAX_YEARS} years before this review; "
                "cite the current release",
            )
    if tab == "treatments" and source.tier in ("guideline", "regulator"):
        if year is None:
            f.error(
                line,
                key,
                f"{source.id!r} is a {source.tier} source: its entry must say in 'published' which version (year) it is",
            )
        elif reviewed.year - year > GUIDANCE_MAX_YEARS:
            f.error(
                line,
                key,
                f"{source.id!r} is a {source.tier} source from {year}, more than {GUIDANCE_MAX_YEARS} years before this "
                "review; cite the current version",
            )


def _cited(text: str, sources: dict[str, Source]) -> list[list[Source]]:
    """The sources of each run of citations in a text; news is left out of a run that has more (it is
    refused at the sources list)."""
    runs = []
    for run in _CITE_RUN.findall(text):
        cited = [sources[i] for i in _CITE_ID.findall(run) if i in sources]
        runs.append([c for c in cited if c.tier != "news"] or cited)
    return runs


def _check_body(f: _File, body_line: int, key: str, body: str, tab: str, sources: dict[str, Source]) -> None:
    if tab == "treatments":
        for n, text in enumerate(body.splitlines()):
            if "[^" not in text:
                continue
            for run in _cited(text, sources):
                if run and run[0].tier != "news" and not any(c.tier in AUTHORITY_TIERS for c in run):
                    f.error(
                        body_line + n,
                        key,
                        f"{_who(run[0])}; on a Treatments page each citation needs a guideline, regulator, research "
                        "or reference source, beside which clinic and support sources may stand",
                    )
    if "%" not in body and " percent" not in body:
        return
    for lines, context in units(body):
        numbers = [n for n, text in lines if _PERCENT.search(text)]
        if not numbers:
            continue
        where = body_line + numbers[0]
        runs = [run for _, text in lines for run in _cited(text, sources)]
        tiers = {c.tier for run in runs for c in run}
        if not runs:
            f.error(
                where,
                key,
                "a percentage needs a citation [^source-id] in the same paragraph, list item or table row",
            )
        elif _SURVIVAL.search(context):
            if not tiers & STATISTICS_TIERS:
                f.error(
                    where,
                    key,
                    "a survival figure or cancer statistic needs a statistics or research source in the same "
                    "paragraph, list item or table row",
                )
        elif not tiers & NUMBER_TIERS:
            f.error(
                where,
                key,
                "a percentage needs a guideline, regulator, research, statistics or reference source in the same "
                "paragraph, list item or table row",
            )
