"""Reads and checks the handbook's YAML files into a Handbook, or reports every problem found.

``load_handbook(folder)`` returns a Handbook or raises ContentErrors; each ContentError names the
file, the line and the key, in plain words. Nothing here raises a bare traceback for bad content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from liverbook.content import markdown, policy
from liverbook.content.entry_file import _File
from liverbook.content.errors import ContentError, ContentErrors, FileProblem
from liverbook.content.kinds import KIND_SECTIONS, KINDS
from liverbook.content.locales import in_locale_folder
from liverbook.content.model import (
    TAB_IDS,
    TAG_GROUP_IDS,
    TIER_IDS,
    TIERS,
    Handbook,
    Page,
    Question,
    Source,
    Tag,
    Term,
    Topic,
)
from liverbook.content.yamlnodes import Node, read_path

SECTIONS = ("pages", "sources", "terms", "topics", "tags", *KIND_SECTIONS)  # other kinds: content/kinds.py

# The keys each entry takes: (required, optional). docs/content-schema.json says the same (tested).
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pages": (
        ("id", "tab", "order", "title", "summary", "reviewed", "changes", "sources", "body"),
        ("applies_to",),
    ),
    "sources": (("id", "title", "publisher", "tier", "url", "accessed"), ("published",)),
    "terms": (("id", "term", "definition", "sources"), ("also",)),
    "topics": (("id", "title", "order", "questions", "reviewed", "changes"), ()),
    "questions": (("id", "text", "why"), ("sources",)),
    "tags": (("id", "group", "label"), ()),
}


class _Reader:
    """Collects every kind of entry across all files, with where each was defined."""

    def __init__(self) -> None:
        self.errors: list[ContentError] = []
        self.pages: list[tuple[Page, _File, int, dict[str, object]]] = []
        self.sources: dict[str, tuple[Source, _File, int]] = {}
        self.terms: dict[str, tuple[Term, _File, int, tuple[tuple[str, int], ...]]] = {}
        self.topics: list[tuple[Topic, _File, int]] = []
        self.question_refs: list[tuple[Question, _File, tuple[tuple[str, int], ...]]] = []
        self.tags: dict[str, Tag] = {}
        # Where keys were written, for the source policy's errors: id -> (key, {name: line}).
        self.source_lines: dict[str, tuple[str, dict[str, int]]] = {}
        self.topic_lines: dict[str, tuple[str, dict[str, int]]] = {}
        self.seen: dict[tuple[str, str], str] = {}
        self.kinds = {kind.name: kind.start() for kind in KINDS}

    def unique(self, f: _File, kind: str, ident: str, line: int, key: str) -> bool:
        where = self.seen.get((kind, ident))
        if where is not None:
            f.error(line, key, f"the {kind} id {ident!r} is already used ({where})")
            return False
        self.seen[(kind, ident)] = f"{f.name}:{line}"
        return True

    def read_file(self, path: Path, name: str) -> None:
        f = _File(name, self.errors)
        try:
            root = read_path(path)
        except FileProblem as exc:
            f.error(exc.line, None, exc.message)
            return
        except OSError as exc:
            f.error(None, None, f"the file cannot be read ({exc.strerror})")
            return
        top = f.fields(root, "(top level)", (), SECTIONS)
        if top is None:
            return
        if not top:
            f.error(root.line, None, f"the file has none of the sections {', '.join(SECTIONS)}")
        readers: dict[str, Callable[[_File, Node, str], None]] = {
            "pages": self.read_page,
            "sources": self.read_source,
            "terms": self.read_term,
            "topics": self.read_topic,
            "tags": self.read_tag,
        }
        for section, node in top.items():
            if section in KIND_SECTIONS:
                self.kinds[KIND_SECTIONS[section].name].read(f, section, node)
                continue
            for n, item in enumerate(f.items(node, section)):
                readers[section](f, item, f"{section}[{n}]")

    def read_source(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["sources"])
        if v is None:
            return
        ident = f.ident(v.get("id"), f"{key}.id")
        title, publisher = (
            f.text(v.get("title"), f"{key}.title"),
            f.text(v.get("publisher"), f"{key}.publisher"),
        )
        url = f.text(v.get("url"), f"{key}.url")
        if url is not None and not re.match(r"^https?://[^\s<>\"]+$", url):
            f.error(
                v["url"].line,
                f"{key}.url",
                "the address must start with https:// (or http://) and hold no spaces",
            )
            url = None
        accessed = f.date(v.get("accessed"), f"{key}.accessed")
        published = f.text(v.get("published"), f"{key}.published") if "published" in v else None
        tier = f.text(v.get("tier"), f"{key}.tier", 40)
        if tier is not None and tier not in TIER_IDS:
            allowed = "; ".join(f"{t} ({what})" for t, what in TIERS)
            f.error(v["tier"].line, f"{key}.tier", f"{tier!r} is not a source tier; use one of: {allowed}")
            tier = None
        if None in (ident, title, publisher, url, accessed, tier):
            return
        assert ident and title and publisher and url and accessed and tier
        if self.unique(f, "source", ident, node.line, f"{key}.id"):
            source = Source(ident, title, publisher, url, accessed, published, tier)
            self.sources[ident] = (source, f, node.line)
            self.source_lines[ident] = (key, {name: value.line for name, value in v.items()})

    def read_term(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["terms"])
        if v is None:
            return
        ident = f.ident(v.get("id"), f"{key}.id")
        term = f.text(v.get("term"), f"{key}.term")
        definition = f.text(v.get("definition"), f"{key}.definition")
        sources = f.id_list(v.get("sources"), f"{key}.sources")
        also = f.text_list(v.get("also"), f"{key}.also")
        if "sources" in v and not sources:
            f.error(v["sources"].line, f"{key}.sources", "a glossary term needs at least one source")
        if (
            ident
            and term
            and definition
            and sources
            and self.unique(f, "term", ident, node.line, f"{key}.id")
        ):
            entry = Term(ident, term, definition, tuple(s for s, _ in sources), also)
            self.terms[ident] = (entry, f, node.line, sources)

    def read_tag(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["tags"])
        if v is None:
            return
        ident, label = f.ident(v.get("id"), f"{key}.id"), f.text(v.get("label"), f"{key}.label")
        group = f.text(v.get("group"), f"{key}.group")
        if group is not None and group not in TAG_GROUP_IDS:
            f.error(
                v["group"].line,
                f"{key}.group",
                f"{group!r} is not a tag group; use one of {', '.join(sorted(TAG_GROUP_IDS))}",
            )
            group = None
        if ident and label and group and self.unique(f, "tag", ident, node.line, f"{key}.id"):
            self.tags[ident] = Tag(ident, group, label)

    def read_topic(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["topics"])
        if v is None:
            return
        ident, title = f.ident(v.get("id"), f"{key}.id"), f.text(v.get("title"), f"{key}.title")
        order = f.integer(v.get("order"), f"{key}.order")
        reviewed = f.date(v.get("reviewed"), f"{key}.reviewed")
        changes = f.changes(v.get("changes"), f"{key}.changes")
        questions = []
        for n, item in enumerate(f.items(v["questions"], f"{key}.questions") if "questions" in v else []):
            qkey = f"{key}.questions[{n}]"
            q = f.fields(item, qkey, *FIELDS["questions"])
            if q is None:
                continue
            qid = f.ident(q.get("id"), f"{qkey}.id")
            text, why = f.text(q.get("text"), f"{qkey}.text", 500), f.text(q.get("why"), f"{qkey}.why", 1000)
            sources = f.id_list(q.get("sources"), f"{qkey}.sources")
            if qid and text and why and ident and self.unique(f, "question", qid, item.line, f"{qkey}.id"):
                question = Question(qid, ident, text, why, tuple(s for s, _ in sources))
                questions.append(question)
                self.question_refs.append((question, f, sources))
        if (
            ident
            and title
            and order is not None
            and reviewed
            and self.unique(f, "topic", ident, node.line, f"{key}.id")
        ):
            if not questions and "questions" in v:
                f.error(v["questions"].line, f"{key}.questions", "a topic needs at least one question")
            topic = Topic(ident, title, order, tuple(questions), reviewed, changes)
            self.topics.append((topic, f, node.line))
            self.topic_lines[ident] = (key, {name: value.line for name, value in v.items()})

    def read_page(self, f: _File, node: Node, key: str) -> None:
        v = f.fields(node, key, *FIELDS["pages"])
        if v is None:
            return
        ident = f.ident(v.get("id"), f"{key}.id")
        tab = f.text(v.get("tab"), f"{key}.tab")
        if tab is not None and tab not in TAB_IDS:
            f.error(
                v["tab"].line, f"{key}.tab", f"{tab!r} is not a tab; use one of {', '.join(sorted(TAB_IDS))}"
            )
            tab = None
        order = f.integer(v.get("order"), f"{key}.order")
        title = f.text(v.get("title"), f"{key}.title", 200)
        summary = f.text(v.get("summary"), f"{key}.summary", 400)
        reviewed = f.date(v.get("reviewed"), f"{key}.reviewed")
        sources = f.id_list(v.get("sources"), f"{key}.sources")
        if "sources" in v and not sources:
            f.error(v["sources"].line, f"{key}.sources", "every page needs at least one source")
        applies = f.id_list(v.get("applies_to"), f"{key}.applies_to")
        changes = f.changes(v.get("changes"), f"{key}.changes")
        body = f.text(v.get("body"), f"{key}.body")
        if None in (ident, tab, order, title, summary, reviewed, body) or not sources:
            return
        assert ident and tab and title and summary and reviewed and body and order is not None
        body_line = v["body"].line
        for offset, message in markdown.check(body):
            f.error(body_line + offset, f"{key}.body", message)
        if not self.unique(f, "page", ident, node.line, f"{key}.id"):
            return
        page = Page(
            ident,
            tab,
            order,
            title,
            summary,
            body,
            tuple(s for s, _ in sources),
            reviewed,
            tuple(t for t, _ in applies),
            f.name,
            changes,
        )
        refs = {
            "sources": sources,
            "applies": applies,
            "body_line": body_line,
            "key": key,
            "reviewed_line": v["reviewed"].line,
        }
        self.pages.append((page, f, node.line, refs))

    def cross_check(self) -> None:
        """Every reference resolves: page links, glossary terms, sources, tags."""

        def need(f: _File, line: int, key: str, kind: str, ident: str, known: object) -> None:
            if ident not in known:  # type: ignore[operator]
                f.error(line, key, f"there is no {kind} with the id {ident!r}")

        page_ids = {p.id for p, *_ in self.pages}
        for page, f, _, refs in self.pages:
            key = str(refs["key"])
            for ident, line in refs["sources"]:  # type: ignore[attr-defined]
                need(f, line, f"{key}.sources", "source", ident, self.sources)
            for ident, line in refs["applies"]:  # type: ignore[attr-defined]
                need(f, line, f"{key}.applies_to", "situation tag", ident, self.tags)
            body_line = int(refs["body_line"])  # type: ignore[call-overload]
            for offset, scheme, target in markdown.links(page.body):
                line = body_line + offset
                if scheme == "page":
                    need(f, line, f"{key}.body", "page", target, page_ids)
                elif scheme == "term":
                    need(f, line, f"{key}.body", "glossary term", target, self.terms)
                elif scheme == "source":
                    need(f, line, f"{key}.body", "source", target, self.sources)
                    if target in self.sources and target not in page.sources:
                        f.error(
                            line,
                            f"{key}.body",
                            f"the source {target!r} is cited here but not in the page's sources list",
                        )
        for term, f, _line, sources in self.terms.values():
            for ident, sline in sources:
                need(f, sline, f"terms.{term.id}.sources", "source", ident, self.sources)
        for question, f, sources in self.question_refs:
            for ident, sline in sources:
                need(f, sline, f"questions.{question.id}.sources", "source", ident, self.sources)


def english_files(folder: Path) -> list[Path]:
    """The English content files below ``folder`` (a locale's folder, ``content/es/``, left out)."""
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file() and not in_locale_folder(p, folder))


def load_handbook(folder: Path) -> Handbook:
    """Read every ``*.yaml`` file below ``folder`` into a checked Handbook, or raise ContentErrors.

    Besides the format, the source policy of docs/content-review.md is checked (content/policy.py).
    Another language's content (``content/<locale>/``) is read by :mod:`liverbook.content.localized`.
    """
    folder = Path(folder)
    reader = _Reader()
    if not folder.is_dir():
        raise ContentErrors([ContentError(str(folder), None, None, "this content folder does not exist")])
    files = english_files(folder)
    if not files:
        raise ContentErrors(
            [ContentError(str(folder), None, None, "this folder holds no .yaml content files")]
        )
    for path in files:
        reader.read_file(path, path.relative_to(folder).as_posix())
    return finish(reader, folder)


def finish(
    reader: _Reader, folder: Path, locale: str = "en", in_english: frozenset[str] = frozenset()
) -> Handbook:
    """Check every reference and the source policy across what ``reader`` read; the Handbook, or raise."""
    reader.cross_check()
    for kind in reader.kinds.values():
        kind.cross_check(reader)
    policy.check(reader)
    if not reader.pages and not reader.errors:
        reader.errors.append(ContentError(str(folder), None, None, "the content holds no pages"))
    if reader.errors:
        raise ContentErrors(reader.errors)
    return Handbook(
        pages=tuple(p for p, *_ in reader.pages),
        sources={k: v[0] for k, v in reader.sources.items()},
        terms={k: v[0] for k, v in sorted(reader.terms.items(), key=lambda kv: kv[1][0].term.lower())},
        topics=tuple(sorted((t for t, *_ in reader.topics), key=lambda t: (t.order, t.title))),
        tags=dict(reader.tags),
        extras={name: kind.build() for name, kind in reader.kinds.items()},
        locale=locale,
        in_english=in_english,
    )
