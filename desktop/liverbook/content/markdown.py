"""The small Markdown subset that page bodies are written in (see docs/content-format.md).

``check`` lists what an author wrote that the subset does not allow, with the line inside the body;
``links`` lists every reference (``page:``, ``term:``, ``source`` citations, outside addresses);
``to_html`` turns a body into HTML, asking the caller how to write each link and citation. Nothing
here trusts the text: every character of content is escaped before it enters HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

LinkWriter = Callable[[str, str, str], str]  # (scheme, target, inner_html) -> html
CiteWriter = Callable[[str], str]  # (source_id) -> html

_CITE = r"\[\^(?P<cite>[a-z0-9][a-z0-9-]*)\]"
_LINK = r"\[(?P<text>[^\[\]]+)\]\((?P<url>[^()\s]+)\)"
_INLINE = re.compile(f"{_CITE}|{_LINK}")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z!?]")
_ORDERED = re.compile(r"^(\d{1,3})\.\s+(.*)$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SCHEMES = ("page", "term", "https", "http", "mailto", "tel")


@dataclass(frozen=True)
class Block:
    """A block of the body: kind is p, h2, h3, ul, ol, note or table; ``lines`` are its texts."""

    kind: str
    line: int  # 0-based line index in the body where the block starts
    lines: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()


def _blocks(body: str, problems: list[tuple[int, str]]) -> Iterator[Block]:
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        start = i
        if stripped.startswith("#"):
            level = len(stripped) - len(stripped.lstrip("#"))
            if level not in (2, 3) or not stripped[level:].startswith(" "):
                problems.append((i, "headings are '## Heading' or '### Heading' (the app shows the title)"))
            yield Block(f"h{min(max(level, 2), 3)}", i, (stripped[level:].strip(),))
            i += 1
            continue
        if stripped.startswith("|"):
            rows: list[tuple[str, ...]] = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(tuple(c.strip() for c in lines[i].strip().strip("|").split("|")))
                i += 1
            if len(rows) < 2 or not _TABLE_RULE.match(lines[start + 1].strip()):
                problems.append((start, "a table needs a header row, then a row like |---|---|"))
                continue
            width = len(rows[0])
            for n, row in enumerate(rows[2:], start=start + 2):
                if len(row) != width:
                    problems.append((n, f"this table row has {len(row)} cells; the header has {width}"))
            yield Block("table", start, (), (rows[0], *rows[2:]))
            continue
        kind, items, i = _list_or_note(lines, i, problems)
        if kind:
            yield Block(kind, start, tuple(" ".join(part) for part in items))
            continue
        para = []
        while i < len(lines) and lines[i].strip() and not _starts_block(lines[i]):
            if lines[i].startswith((" ", "\t")):
                problems.append((i, "indented lines are not part of the subset (no nested lists or code)"))
            para.append(lines[i].strip())
            i += 1
        yield Block("p", start, (" ".join(para),))


def _starts_block(line: str) -> bool:
    s = line.strip()
    return s.startswith(("#", "|", "- ", "> ")) or bool(_ORDERED.match(s)) or s == ">"


def _list_or_note(
    lines: list[str], i: int, problems: list[tuple[int, str]]
) -> tuple[str, list[list[str]], int]:
    """A list or note starting at line i: (kind or "", items as wrapped lines, next line index)."""
    first = lines[i].strip()
    if first.startswith("- "):
        kind = "ul"
    elif _ORDERED.match(first):
        kind = "ol"
    elif first.startswith(">"):
        kind = "note"
    else:
        return "", [], i
    items: list[list[str]] = []
    while i < len(lines) and lines[i].strip():
        raw = lines[i]
        s = raw.strip()
        if kind == "ul" and s.startswith("- ") and not raw.startswith((" ", "\t")):
            items.append([s[2:].strip()])
        elif kind == "ol" and _ORDERED.match(s) and not raw.startswith((" ", "\t")):
            items.append([_ORDERED.match(s).group(2)])  # type: ignore[union-attr]
        elif kind == "note" and s.startswith(">"):
            items.append([s[1:].strip()])
        elif (
            items and raw.startswith((" ", "\t")) and not s.startswith(("- ", "* ")) and not _ORDERED.match(s)
        ):
            items[-1].append(s)  # a wrapped line of the item above
        elif raw.startswith((" ", "\t")):
            problems.append((i, "nested lists are not part of the subset; use a flat list"))
            items[-1].append(s)
        else:
            break
        i += 1
    if kind == "note":
        items = [[part for item in items for part in item]]  # one note, however many '>' lines
    return kind, items, i


def check(body: str) -> list[tuple[int, str]]:
    """Problems in a body as (0-based line in the body, message)."""
    problems: list[tuple[int, str]] = []
    for block in _blocks(body, problems):
        texts = list(block.lines) + [cell for row in block.rows for cell in row]
        for text in texts:
            problems.extend((block.line, msg) for msg in _inline_problems(text))
    return problems


def _inline_problems(text: str) -> Iterator[str]:
    if _HTML_TAG.search(text):
        yield "raw HTML is not allowed; write plain text"
    if "![" in text:
        yield "images are not part of the subset"
    rest = _INLINE.sub("", text)
    if "](" in rest or re.search(r"\[\^", rest):
        yield "a link or citation is not well formed: write [text](page:id) or [^source-id]"
    for match in _INLINE.finditer(text):
        url = match.group("url")
        if url is not None and url.split(":", 1)[0] not in _SCHEMES:
            yield f"the link {url!r} is not allowed: use page:, term:, or an https:// address"


def links(body: str) -> list[tuple[int, str, str]]:
    """Every reference in a body as (0-based line in the body, scheme, target); scheme 'source' for citations."""
    found: list[tuple[int, str, str]] = []
    for n, line in enumerate(body.splitlines()):
        for match in _INLINE.finditer(line):
            if match.group("cite"):
                found.append((n, "source", match.group("cite")))
            else:
                scheme, _, target = match.group("url").partition(":")
                found.append((n, scheme, target if scheme in ("page", "term") else match.group("url")))
    return found


def plain_text(body: str) -> str:
    """The body's words without markup: for search and readability measures."""
    out = []
    for block in _blocks(body, []):
        texts = list(block.lines) + [" ".join(row) for row in block.rows]
        for text in texts:
            text = re.sub(_CITE, "", text)
            text = re.sub(_LINK, lambda m: m.group("text"), text)
            out.append(text.replace("**", "").replace("*", ""))
    return "\n".join(out)


def inline_html(text: str, link: LinkWriter, cite: CiteWriter) -> str:
    """One line of text as HTML: escaped, with emphasis, links and citations.

    Links and citations are swapped for placeholders first, so that emphasis may span them
    (``**[Albumin](term:albumin):**``).
    """
    pieces: list[str] = []

    def hold(match: re.Match[str]) -> str:
        if match.group("cite"):
            pieces.append(cite(match.group("cite")))
        else:
            url = match.group("url")
            scheme, _, target = url.partition(":")
            inner = _emphasis(html.escape(match.group("text"), quote=False))
            pieces.append(link(scheme, target if scheme in ("page", "term") else url, inner))
        return f"\x00{len(pieces) - 1}\x00"

    held = _INLINE.sub(hold, text.replace("\x00", ""))
    out = _emphasis(html.escape(held, quote=False))
    return re.sub(r"\x00(\d+)\x00", lambda m: pieces[int(m.group(1))], out)


def _emphasis(escaped: str) -> str:
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return _EM.sub(r"<i>\1</i>", escaped)


def default_link(scheme: str, target: str, inner: str) -> str:
    href = f"{scheme}:{target}" if scheme in ("page", "term") else target
    return f'<a href="{html.escape(href)}">{inner}</a>'


def to_html(body: str, link: LinkWriter = default_link, cite: CiteWriter | None = None) -> str:
    """The body as HTML (headings, paragraphs, lists, notes, tables)."""
    cite = cite or (lambda source_id: "")
    parts = []
    for block in _blocks(body, []):
        if block.kind in ("h2", "h3", "p"):
            parts.append(f"<{block.kind}>{inline_html(block.lines[0], link, cite)}</{block.kind}>")
        elif block.kind in ("ul", "ol"):
            items = "".join(f"<li>{inline_html(t, link, cite)}</li>" for t in block.lines if t)
            parts.append(f"<{block.kind}>{items}</{block.kind}>")
        elif block.kind == "note":
            text = " ".join(t for t in block.lines if t)
            parts.append(
                '<table class="note" width="100%" cellpadding="10"><tr><td>'
                f"{inline_html(text, link, cite)}</td></tr></table>"
            )
        elif block.kind == "table":
            head, *rows = block.rows
            cells = "".join(f"<th>{inline_html(c, link, cite)}</th>" for c in head)
            body_rows = "".join(
                "<tr>" + "".join(f"<td>{inline_html(c, link, cite)}</td>" for c in row) + "</tr>"
                for row in rows
            )
            parts.append(
                f'<table class="data" width="100%" cellspacing="0" cellpadding="6"><thead><tr>{cells}</tr></thead>'
                f"<tbody>{body_rows}</tbody></table>"
            )
    return "\n".join(parts)
