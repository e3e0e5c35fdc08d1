"""The Spanish handbook (content/es/) against the English one it translates (docs: /work/team/NOTES-locale.md).

Reads content/es/ with PyYAML directly, not through the app's loader (the per-locale loader is being
built separately), and checks for every Spanish file present:

- it mirrors its English file: same top-level keys, same ids in the same order, same non-text fields
  (tab, order, applies_to, levels, `when:`, units, `page:` ...); only text values differ;
- every item the English file dates with `reviewed:` has its own `reviewed:` and an `english_checked:`
  on or after the English item's `reviewed:` (pages, question topics, triage rules, the liver scores);
- search words (`also:` of glossary terms and drugs) are the reader's own: a Spanish list need not
  mirror the English one, and may be there when the English has none, but is a list of short names;
- sources: every `sources:` id and citation [^id] exists in the English sources or in content/es/sources/;
  a Spanish source is named after the English one it translates (`<english-id>-es`), so each item must
  still cite, in one language or the other, exactly the English item's sources;
- link targets (term:, page:, tel:, mailto:), numbers and brand names are the English text's, field by field;
- every Spanish source has the fields English sources have, the same publisher and tier as its English
  one, a different address, and was read recently enough for the pages that cite it (the source policy);
- every page's prose reads at INFLESZ (Szigriszt-Pazos, textstat 0.7.3 with set_lang("es")) 65 or more,
  "bastante fácil"; run with -s to see the figures;
- every Spanish file of the diary and records (answer scales, check-in items, triage rules, lab tests,
  medicines, liver scores) is read by the app's own loader in place of its English file, so the limits
  the screens rely on (a level's short form fits a chart, a title fits a card) and every reference hold.

With no Spanish file yet the tests pass and say that nothing was checked.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import statistics
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from liverbook.content import ContentErrors, load_handbook
from liverbook.content.kinds import KIND_SECTIONS
from liverbook.content.markdown import _blocks  # the block reader the app and tests/test_content.py use
from liverbook.content.model import Source
from liverbook.content.policy import (
    ACCESSED_MAX_DAYS,
    ACCESSED_MAX_DAYS_OTHER,
    REVIEW_CYCLE_START,
    is_archived,
    units,
)

CONTENT = Path(__file__).resolve().parent.parent / "content"
ES = CONTENT / "es"
INFLESZ_MIN = 65.0  # "bastante fácil" on the INFLESZ scale
_LOCALE_FOLDER = re.compile(r"[a-z]{2}(_[A-Z]{2})?")

# Keys whose values are human-readable text (translated); every other key's value must equal the English.
TEXT_KEYS = frozenset(
    {
        "title",
        "summary",
        "body",
        "changes",
        "label",
        "short",
        "help",
        "detail",
        "reason",
        "definition",
        "term",
        "also",
        "text",
        "why",
        "name",
        "about",
        "meaning",
        "ask",
        "ascites",
        "encephalopathy",
        "no_conversion",
    }
)
# Search words in the reader's own language (section: key). A translation may add them where the English item
# has none, and need not mirror the English list: a Spanish reader searches "voluntades anticipadas", and a
# medicine written down in English ("Ibuprofen") must still be recognised. Each is a short plain name.
SEARCH_WORDS = {"terms": "also", "drugs": "also"}
SEARCH_WORD_MAX = 80
# Keys that hold text in one section but an id in another: a lab test's `term:` links to a glossary term.
ID_KEYS = {"lab_tests": frozenset({"term"})}
OWN_KEYS = frozenset({"reviewed", "sources"})  # the Spanish item's own values, checked separately
CHANGES_MAX = 300
LONG_TEXT = 60  # a text this long that equals the English one was not translated

_CITE = re.compile(r"\[\^([a-z0-9][a-z0-9-]*)\]")
_LINK = re.compile(r"\]\(([a-z]+):([^()\s]*)\)")
_KEPT_SCHEMES = ("term", "page", "tel", "mailto")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*")


# -- reading ---------------------------------------------------------------------------------------------


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader, but a key written twice is an error (PyYAML keeps the last silently)."""


def _mapping(loader: Any, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} is written twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def read(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=_Loader)  # a safe loader that refuses duplicate keys


def _english_files() -> list[Path]:
    out = []
    for path in sorted(CONTENT.rglob("*.yaml")):
        parts = path.relative_to(CONTENT).parts
        if not (len(parts) > 1 and _LOCALE_FOLDER.fullmatch(parts[0])):
            out.append(path)
    return out


def _es_files(sources: bool) -> list[Path]:
    if not ES.is_dir():
        return []
    return sorted(p for p in ES.rglob("*.yaml") if (p.relative_to(ES).parts[0] == "sources") == sources)


class English:
    """What the English content defines: sources, terms, pages, brand names."""

    def __init__(self) -> None:
        self.sources: dict[str, dict[str, Any]] = {}
        self.terms: set[str] = set()
        self.pages: set[str] = set()
        self.brands: set[str] = set()
        self.page_tabs: dict[str, str] = {}
        for path in _english_files():
            data = read(path) or {}
            for entry in data.get("sources", ()):
                self.sources[entry["id"]] = entry
            self.terms.update(t["id"] for t in data.get("terms", ()))
            for page in data.get("pages", ()):
                self.pages.add(page["id"])
                self.page_tabs[page["id"]] = page["tab"]
            for drug in data.get("drugs", ()):
                self.brands.update(drug.get("brands", ()))
        keys = [set(s) for s in self.sources.values()]
        self.source_required = set.intersection(*keys)
        self.source_allowed = set.union(*keys)


class Spanish:
    """The Spanish sources of content/es/sources/, by id, with the file each is in."""

    def __init__(self) -> None:
        self.sources: dict[str, dict[str, Any]] = {}
        self.where: dict[str, list[str]] = {}
        for path in _es_files(sources=True):
            data = read(path) or {}
            for entry in data.get("sources", ()) if isinstance(data, dict) else ():
                if isinstance(entry, dict) and "id" in entry:
                    self.sources[entry["id"]] = entry
                    self.where.setdefault(entry["id"], []).append(str(path.relative_to(CONTENT)))


@pytest.fixture(scope="module")
def english() -> English:
    return English()


@pytest.fixture(scope="module")
def spanish() -> Spanish:
    return Spanish()


def english_id(source_id: str, spanish: Spanish) -> str:
    """The English source a cited id stands for: itself, or for a Spanish source the one it translates."""
    if source_id in spanish.sources and source_id.endswith("-es"):
        return source_id[: -len("-es")]
    return source_id


# -- mirroring -------------------------------------------------------------------------------------------


def _texts(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n".join(v for v in value if isinstance(v, str))
    return ""


def _numbers(text: str) -> set[str]:
    text = _CITE.sub("", text)
    text = _LINK.sub("]", text)
    out = set()
    for token in _NUMBER.findall(text):
        if (
            re.fullmatch(r"[1-9]\d{0,2}(?:[,.\u00a0\u202f]\d{3})+", token)
            and len(set(re.sub(r"\d", "", token))) == 1
        ):
            out.add(re.sub(r"\D", "", token))  # 10,000 = 10.000 = 10 000
        elif re.fullmatch(r"\d+[.,]\d+", token):
            out.add(token.replace(",", "."))  # 3.5 = 3,5
        else:
            out.update(re.split(r"\D", token))
    return out


def _diff(en: set[str], es: set[str]) -> str:
    parts = []
    if en - es:
        parts.append(f"missing {sorted(en - es)}")
    if es - en:
        parts.append(f"not in the English {sorted(es - en)}")
    return ", ".join(parts)


def _links(text: str) -> set[str]:
    return {f"{scheme}:{target}" for scheme, target in _LINK.findall(text) if scheme in _KEPT_SCHEMES}


class Mirror:
    """Compares one Spanish file with its English file and lists every difference found."""

    def __init__(self, english: English, spanish: Spanish, name: str) -> None:
        self.english = english
        self.spanish = spanish
        self.name = name
        self.problems: list[str] = []
        self.pages: list[tuple[str, dict[str, Any]]] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{self.name}: {where}: {message}")

    def compare(self, en: Any, es: Any, where: str, tab: str = "") -> None:
        if isinstance(en, dict):
            if not isinstance(es, dict):
                self.fail(where, "expected a mapping like the English one")
                return
            self.item(en, es, where, tab)
        elif isinstance(en, list):
            if not isinstance(es, list):
                self.fail(where, "expected a list like the English one")
                return
            en_ids = [e.get("id") for e in en if isinstance(e, dict)]
            if en_ids and all(en_ids) and len(en_ids) == len(en):
                es_ids = [e.get("id") if isinstance(e, dict) else None for e in es]
                if es_ids != en_ids:
                    self.fail(
                        where, f"the ids must be the English ones in the same order: {en_ids}, not {es_ids}"
                    )
                    return
                for e, s in zip(en, es, strict=True):
                    self.compare(e, s, f"{where}.{e['id']}", tab)
            elif len(en) != len(es):
                self.fail(where, f"the English list has {len(en)} entries, this one {len(es)}")
            else:
                for n, (e, s) in enumerate(zip(en, es, strict=True)):
                    self.compare(e, s, f"{where}[{n}]", tab)
        elif type(en) is not type(es) or en != es:
            self.fail(where, f"must be the English value {en!r}, not {es!r} (it is not text to translate)")

    def item(self, en: dict[str, Any], es: dict[str, Any], where: str, tab: str) -> None:
        tab = en.get("tab", tab) if isinstance(en.get("tab"), str) else tab
        section = where.split(".", 1)[0]
        search_key = SEARCH_WORDS.get(section)
        ids = ID_KEYS.get(section, frozenset())
        allowed = set(en)
        if "reviewed" in en:
            allowed.add("english_checked")
        if search_key:
            allowed.add(search_key)
        for key in sorted(set(es) - allowed, key=str):
            self.fail(
                f"{where}.{key}",
                "this key is not in the English item"
                + (
                    " (english_checked goes only with a 'reviewed:' date)" if key == "english_checked" else ""
                ),
            )
        for key in en:
            if key not in es and key != search_key:
                self.fail(f"{where}.{key}", "this key of the English item is missing")
        if "reviewed" in en:
            self.dates(en, es, where)
        if isinstance(en.get("sources"), list) and "sources" in es:
            self.sources(en, es, where, tab)
        if search_key in es:
            self.search_words(es[search_key], f"{where}.{search_key}")
        for key, en_value in en.items():
            if key not in es or key in OWN_KEYS or key == search_key:
                continue
            if (
                key in TEXT_KEYS
                and key not in ids
                and isinstance(en_value, (str, list))
                and all(isinstance(v, str) for v in (en_value if isinstance(en_value, list) else [en_value]))
            ):
                self.text(key, en_value, es[key], f"{where}.{key}", es)
            else:
                self.compare(en_value, es[key], f"{where}.{key}", tab)
        if isinstance(en.get("body"), str) and "tab" in en and isinstance(es.get("body"), str):
            self.pages.append((where, es))

    def search_words(self, words: Any, where: str) -> None:
        """The reader's own search words: a list of short, plain, different names."""
        if not isinstance(words, list) or not words:
            self.fail(
                where,
                "search words are a list of names, such as [voluntades anticipadas, testamento en vida]",
            )
            return
        seen: set[str] = set()
        for word in words:
            if not isinstance(word, str) or not word.strip():
                self.fail(
                    where, f"{word!r} is not a name (put it in quotes if YAML reads it as a number or yes/no)"
                )
            elif len(word) > SEARCH_WORD_MAX or "\n" in word or re.search(r"[\[\]*`#]", word):
                self.fail(
                    where,
                    f"{word[:40]!r}...: a search word is a short plain name (at most {SEARCH_WORD_MAX} characters)",
                )
            elif word.casefold() in seen:
                self.fail(where, f"{word!r} is listed twice")
            else:
                seen.add(word.casefold())

    def dates(self, en: dict[str, Any], es: dict[str, Any], where: str) -> None:
        reviewed, checked = es.get("reviewed"), es.get("english_checked")
        if not isinstance(reviewed, dt.date):
            self.fail(
                f"{where}.reviewed", "needs the date this translation was written or checked (YYYY-MM-DD)"
            )
        elif reviewed < REVIEW_CYCLE_START:
            self.fail(
                f"{where}.reviewed",
                f"{reviewed} is before the review cycle that started {REVIEW_CYCLE_START}",
            )
        if not isinstance(checked, dt.date):
            self.fail(
                f"{where}.english_checked",
                "needs the date it was last checked against the English text (YYYY-MM-DD)",
            )
        elif isinstance(en["reviewed"], dt.date) and checked < en["reviewed"]:
            self.fail(
                f"{where}.english_checked",
                f"{checked} is before the English item's last review ({en['reviewed']}): "
                "check it against the English text again and give the new date",
            )

    def known_source(self, source_id: str) -> bool:
        return source_id in self.english.sources or source_id in self.spanish.sources

    def sources(self, en: dict[str, Any], es: dict[str, Any], where: str, tab: str) -> None:
        listed = es["sources"]
        if not isinstance(listed, list) or not all(isinstance(s, str) for s in listed):
            self.fail(f"{where}.sources", "expected a list of source ids")
            return
        for source_id in listed:
            if not self.known_source(source_id):
                self.fail(f"{where}.sources", f"no English or Spanish source has the id {source_id!r}")
        mapped = {english_id(s, self.spanish) for s in listed}
        if mapped != set(en["sources"]):
            self.fail(
                f"{where}.sources",
                "must cite the English item's sources, each in English or in Spanish: "
                + _diff(set(en["sources"]), mapped),
            )
        reviewed = es.get("reviewed")
        if isinstance(reviewed, dt.date):
            limit = ACCESSED_MAX_DAYS.get(tab, ACCESSED_MAX_DAYS_OTHER)
            for source_id in listed:
                source = self.spanish.sources.get(source_id)
                accessed = source.get("accessed") if source else None
                if isinstance(accessed, dt.date) and (reviewed - accessed).days > limit:
                    self.fail(
                        f"{where}.sources",
                        f"{source_id!r} was read {accessed}, more than {limit} days before this review ({reviewed})",
                    )

    def text(self, key: str, en: str | list[str], es: Any, where: str, item: dict[str, Any]) -> None:
        values = es if isinstance(es, list) else [es]
        if (
            isinstance(en, str)
            and not isinstance(es, str)
            or isinstance(en, list)
            and not isinstance(es, list)
        ):
            self.fail(
                where,
                f"expected {'a list of texts' if isinstance(en, list) else 'a text'} like the English one",
            )
            return
        if not all(isinstance(v, str) and v.strip() for v in values):
            self.fail(where, "expected text (put it in quotes if YAML reads it as a number, yes/no or date)")
            return
        en_text, es_text = _texts(en), _texts(es)
        if len(en_text) >= LONG_TEXT and " ".join(en_text.split()) == " ".join(es_text.split()):
            self.fail(where, "is still the English text")
        if key == "changes" and (
            len(es_text.strip()) > CHANGES_MAX or re.search(r"\[\^|\]\(|\*|`|^\s*(#|- |> )", es_text)
        ):
            self.fail(where, f"one short plain sentence (at most {CHANGES_MAX} characters, no Markdown)")
        cited = _CITE.findall(es_text)
        for source_id in cited:
            if not self.known_source(source_id):
                self.fail(where, f"cites [^{source_id}], which no English or Spanish source has")
        if isinstance(item.get("sources"), list):
            for source_id in sorted(set(cited) - set(item["sources"])):
                self.fail(where, f"cites [^{source_id}], which is not in this item's sources list")
        en_cited = set(_CITE.findall(en_text))
        es_cited = {english_id(s, self.spanish) for s in cited}
        if en_cited != es_cited:
            self.fail(where, f"citations differ from the English text's: {_diff(en_cited, es_cited)}")
        en_links, es_links = _links(en_text), _links(es_text)
        if en_links != es_links:
            self.fail(where, f"links differ from the English text's: {_diff(en_links, es_links)}")
        for link in es_links:
            scheme, _, target = link.partition(":")
            if (
                scheme == "term"
                and target not in self.english.terms
                or scheme == "page"
                and target not in self.english.pages
            ):
                self.fail(where, f"links to {link}, which the English content does not have")
        en_numbers, es_numbers = _numbers(en_text), _numbers(es_text)
        if en_numbers != es_numbers and key != "changes":  # a first version's "changes" may say just that
            self.fail(where, f"numbers differ from the English text's: {_diff(en_numbers, es_numbers)}")
        for brand in sorted(self.english.brands):
            pattern = rf"\b{re.escape(brand)}\b"
            if re.search(pattern, en_text) and not re.search(pattern, es_text):
                self.fail(where, f"the brand name {brand} is in the English text but not here")
        if key == "body":
            for _lines, context in units(es_text):
                if re.search(r"\d\s?%|\d\s?por\s?ciento", context) and "[^" not in context:
                    self.fail(
                        where,
                        f"a percentage needs a citation in the same paragraph, item or table row: {context[:80]!r}",
                    )


def _english_file(path: Path) -> Path:
    return CONTENT / path.relative_to(ES)


def _compare_file(path: Path, english: English, spanish: Spanish) -> Mirror:
    mirror = Mirror(english, spanish, str(path.relative_to(CONTENT)))
    en_path = _english_file(path)
    if not en_path.is_file():
        mirror.fail("file", f"there is no English file {en_path.relative_to(CONTENT)} for it to translate")
        return mirror
    try:
        es = read(path)
    except (yaml.YAMLError, ValueError) as exc:
        mirror.fail("file", f"not valid YAML: {exc}")
        return mirror
    en = read(en_path)
    if not isinstance(es, dict) or set(es) != set(en):
        mirror.fail("file", f"the top-level keys must be the English file's: {sorted(en)}")
        return mirror
    for key in en:
        mirror.compare(en[key], es[key], key)
    return mirror


# -- the tests -------------------------------------------------------------------------------------------

TRANSLATED = _es_files(sources=False)
SPANISH_SOURCES = _es_files(sources=True)


def _param(paths: list[Path]) -> list[Any]:
    if not paths:
        return [pytest.param(None, id="none-yet")]
    return [pytest.param(p, id=str(p.relative_to(ES))) for p in paths]


@pytest.mark.parametrize("path", _param(TRANSLATED))
def test_a_spanish_file_mirrors_its_english_file(
    path: Path | None, english: English, spanish: Spanish
) -> None:
    if path is None:
        print("\ncontent/es/ holds no translated file yet: nothing checked")
        return
    mirror = _compare_file(path, english, spanish)
    if mirror.problems:
        pytest.fail("\n".join(mirror.problems), pytrace=False)


@pytest.mark.parametrize("path", _param(SPANISH_SOURCES))
def test_spanish_sources_follow_the_english_sources_policy(
    path: Path | None, english: English, spanish: Spanish
) -> None:
    if path is None:
        print("\ncontent/es/sources/ holds no Spanish source yet: nothing checked")
        return
    name = str(path.relative_to(CONTENT))
    data = read(path)
    problems = []
    if not isinstance(data, dict) or set(data) != {"sources"} or not isinstance(data["sources"], list):
        pytest.fail(f"{name}: a sources file holds one key, 'sources:', with a list of entries")
    for n, entry in enumerate(data["sources"]):
        ident = entry.get("id") if isinstance(entry, dict) else None
        where = f"{name}: sources.{ident or n}"
        if not isinstance(ident, str) or not ident.endswith("-es"):
            problems.append(
                f"{where}: the id ends in -es and names the English source it translates (<english-id>-es)"
            )
            continue
        en = english.sources.get(ident[: -len("-es")])
        if en is None:
            problems.append(
                f"{where}: no English source {ident[:-3]!r}: a Spanish source translates one English source"
            )
            continue
        if len(spanish.where.get(ident, ())) > 1:
            problems.append(
                f"{where}: the id is also in {spanish.where[ident]}: keep one entry and cite it from every file"
            )
        if ident in english.sources:
            problems.append(f"{where}: an English source already has this id")
        keys = set(entry)
        if not english.source_required <= keys or not keys <= english.source_allowed:
            problems.append(
                f"{where}: the keys are those of English sources: needs {sorted(english.source_required - keys)}, "
                f"unknown {sorted(keys - english.source_allowed)}"
            )
            continue
        for key in ("title", "publisher", "url", "tier"):
            if not isinstance(entry[key], str) or not entry[key].strip():
                problems.append(f"{where}.{key}: expected text")
        if not isinstance(entry["accessed"], dt.date):
            problems.append(f"{where}.accessed: the date the Spanish page was read (YYYY-MM-DD)")
        if entry["publisher"] != en["publisher"] or entry["tier"] != en["tier"]:
            problems.append(
                f"{where}: same publisher and tier as {en['id']!r} ({en['publisher']!r}, {en['tier']})"
            )
        if not str(entry["url"]).startswith("https://") or entry["url"] == en["url"]:
            problems.append(f"{where}.url: the Spanish page's own https address")
        if (
            en["tier"] in ("statistics", "guideline", "regulator")
            and "published" in en
            and "published" not in entry
        ):
            problems.append(f"{where}.published: a {en['tier']} source says which release (year) it is")
        why = is_archived(
            Source(ident, str(entry["title"]), str(entry["publisher"]), str(entry["url"]), entry["accessed"])
        )
        if why:
            problems.append(f"{where}: {why}; cite the current page")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def prose(body: str) -> str:
    """A page's paragraphs, list items and notes without citations or link markup (as tests/test_content.py)."""
    parts = []
    for block in _blocks(body, []):
        if block.kind in ("p", "ul", "ol", "note"):
            for text in block.lines:
                text = _CITE.sub("", text)
                text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text).replace("**", "").replace("*", "")
                parts.append(text if text.rstrip().endswith((".", "?", "!", ":")) else text.rstrip() + ".")
    return "\n".join(parts)


def _pages(english: English, spanish: Spanish) -> Iterator[tuple[str, str]]:
    for path in TRANSLATED:
        mirror = _compare_file(path, english, spanish)
        for where, page in mirror.pages:
            yield f"{path.relative_to(ES)} {where}", page["body"]


def test_every_spanish_page_reads_bastante_facil(english: English, spanish: Spanish) -> None:
    textstat = pytest.importorskip("textstat")
    before = textstat.textstat._textstatistics__lang  # the other content tests measure in English
    textstat.set_lang("es")
    try:
        scores = {where: textstat.szigriszt_pazos(prose(body)) for where, body in _pages(english, spanish)}
    finally:
        textstat.set_lang(before)
    if not scores:
        print("\ncontent/es/ holds no translated page yet: nothing measured")
        return
    print(
        f"\nINFLESZ (Szigriszt-Pazos) of {len(scores)} Spanish pages, {INFLESZ_MIN:g} or more is 'bastante fácil':"
    )
    for where, score in sorted(scores.items(), key=lambda kv: kv[1]):
        print(f"  {score:6.2f}  {where}")
    print(f"  lowest {min(scores.values()):.2f}, median {statistics.median(scores.values()):.2f}")
    hard = {where: score for where, score in scores.items() if score < INFLESZ_MIN}
    assert not hard, f"pages below INFLESZ {INFLESZ_MIN:g}: {hard}"


def test_the_mirror_check_catches_what_a_translation_must_keep(english: English, spanish: Spanish) -> None:
    """A faithful translation passes; a changed number, link, citation or id does not."""
    en = {
        "id": "x",
        "tab": "stages",
        "reviewed": dt.date(2026, 12, 3),
        "sources": ["acs-liver-staging"],
        "body": "About 10,000 people, at 3.5 g/dL.[^acs-liver-staging] See [stages](page:tnm-stages).",
    }
    good = dict(
        en,
        english_checked=dt.date(2026, 12, 3),
        body=("Unas 10.000 personas, con 3,5 g/dL.[^acs-liver-staging] Vea [etapas](page:tnm-stages)."),
    )

    def problems(es: dict[str, Any]) -> list[str]:
        mirror = Mirror(english, spanish, "example")
        mirror.item(en, es, "pages.x", "stages")
        return mirror.problems

    assert problems(good) == []
    assert problems(dict(good, body=good["body"].replace("3,5", "3"))), "a changed number"
    assert problems(dict(good, body=good["body"].replace("tnm-stages", "bclc-stages"))), "a changed link"
    assert problems(dict(good, body=good["body"].replace("[^acs-liver-staging]", ""))), "a dropped citation"
    assert problems(dict(good, tab="treatments")), "a changed non-text field"
    assert problems(dict(good, english_checked=dt.date(2026, 12, 2))), "checked before the English review"
    assert problems({k: v for k, v in good.items() if k != "english_checked"}), "no english_checked"


# -- the diary's and the records' content, through the app's own loader ----------------------------------

KIND_FILES = [p for p in TRANSLATED if set(read(_english_file(p)) or {}) <= set(KIND_SECTIONS)]


_ENGLISH_CHECKED = re.compile(r"^(\s*)(english_checked:)", re.MULTILINE)


@pytest.mark.parametrize("path", _param(KIND_FILES))
def test_the_app_reads_a_spanish_diary_or_records_file(path: Path | None, tmp_path: Path) -> None:
    """The Spanish file, put in place of its English one, passes every check the app makes when it loads.

    So a level's short form fits a chart (24 characters), a title fits its card, a triage rule's
    condition still names a real item and level, and every source resolves (the Spanish sources are
    copied in beside the English ones). Only `english_checked:`, which the English loader does not
    know, is made a comment, so the line numbers in a message are the Spanish file's.
    """
    if path is None:
        print("\ncontent/es/ holds no diary or records file yet: nothing checked")
        return
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder, ignore=shutil.ignore_patterns("es"))
    for source_file in SPANISH_SOURCES:
        shutil.copy(source_file, folder / "sources" / f"spanish-{source_file.name}")
    target = folder / path.relative_to(ES)
    target.write_text(_ENGLISH_CHECKED.sub(r"\1# \2", path.read_text(encoding="utf-8")), encoding="utf-8")
    try:
        load_handbook(folder)
    except ContentErrors as exc:
        pytest.fail(f"{path.relative_to(CONTENT)}, read in place of the English file:\n{exc}", pytrace=False)


def test_search_words_and_lab_terms_in_a_worked_example(english: English, spanish: Spanish) -> None:
    """Search words may differ from the English ones but stay short names; a lab test's term stays a link."""
    term = {
        "id": "living-will",
        "term": "Living will",
        "definition": "A legal paper.",
        "sources": ["acs-types-of-advance-directives"],
    }
    good_term = dict(
        term, term="Testamento vital", definition="Un documento legal.", also=["testamento en vida"]
    )
    lab = {
        "id": "afp",
        "name": "AFP",
        "term": "afp",
        "no_conversion": "No sourced factor turns IU/mL into ng/mL.",
    }
    good_lab = dict(lab, no_conversion="Ningún factor con fuente pasa de IU/mL a ng/mL.")

    def problems(section: str, en: dict[str, Any], es: dict[str, Any]) -> list[str]:
        mirror = Mirror(english, spanish, "example")
        mirror.item(en, es, f"{section}.{en['id']}", "")
        return mirror.problems

    assert problems("terms", term, good_term) == []
    assert problems("terms", dict(term, also=["living will"]), good_term) == [], "a list unlike the English"
    assert problems("terms", term, dict(good_term, also="testamento en vida")), "not a list"
    assert problems("terms", term, dict(good_term, also=["un nombre " * 10])), "not a short name"
    assert problems("terms", term, dict(good_term, also=["Vital", "vital"])), "twice"
    assert problems("pages", term, good_term), "search words only where the app reads them"
    assert problems("lab_tests", lab, good_lab) == []
    assert problems("lab_tests", lab, dict(good_lab, term="afp-es")), "a lab test's term is a link"
    assert problems("lab_tests", lab, dict(good_lab, no_conversion="No sourced factor: 3")), "a new number"
