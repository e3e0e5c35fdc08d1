"""A cache of the checked handbook, so that starting the app reads one small file instead of every YAML file.

:func:`load_cached` returns what :func:`~liverbook.content.loader.load_handbook` would, from
``cache_dir`` when the cache is current. Current means: made by this version of the app and of Python,
from this content folder, and no content file or module of this package has changed size or
modification time since (or been added or removed). Otherwise the content is read and checked as
usual, and the result is written for next time. Content with problems is never cached.

The file is a pickle of the handbook's own types only: a restricted unpickler refuses anything else,
so a stray or tampered file cannot run code. It is written atomically; a cache that cannot be read or
written is ignored (the app just reads the YAML). No Qt here: the app passes its cache folder in.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

from liverbook import __version__
from liverbook.content.model import Handbook, MadeWhenRead

CACHE_PREFIX = "content-"
# Raised whenever the model's fields change (2: sources' tier, pages' and topics' "changes"; 3: the
# extras of content/kinds.py; 4: the diary's kind; 5: the handbook's locale and its pages in English; 6:
# each extra pickled apart, unpickled when first read), so that a cache written by an older build is
# never read, even if the package files kept their sizes and times.
CACHE_FORMAT = 6
_RECORDS = (
    "RecordsContent",
    "LabTest",
    "LabUnit",
    "ChildPughDefinition",
    "ChildPughLimit",
    "ScoreBand",
    "AlbiDefinition",
    "WarningSigns",
    "Caution",
    "DrugEntry",
)
_DIARY = (
    "DiaryContent",
    "AnswerScale",
    "Level",
    "DiaryItem",
    "TriageRule",
    "ItemTest",
    "SituationTest",
    "AllOf",
    "AnyOf",
    "Not",
)
_ALLOWED = (
    {("datetime", "date"), ("decimal", "Decimal")}
    | {("liverbook.content.model", name) for name in ("Page", "Source", "Term", "Question", "Topic", "Tag")}
    | {("liverbook.content.records_model", name) for name in _RECORDS}
    | {("liverbook.content.diary_model", name) for name in _DIARY}
)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} has no place in the content cache")
        return super().find_class(module, name)


def cache_key(folder: Path, locale: str = "en") -> str:
    """Everything the checked handbook depends on, as text (raises OSError if the folder can't be read).

    Kept whole in the cache file and compared there (no digest: hashlib alone would add 3 MB to the
    memory the app starts with).
    """
    parts = [f"format {CACHE_FORMAT}", __version__, sys.version, str(folder.resolve()), f"locale {locale}"]
    code = sorted(Path(__file__).resolve().parent.glob("*.py"))
    content = sorted(p for p in folder.rglob("*.yaml") if p.is_file())
    for path in code + content:
        info = path.stat()
        parts.append(f"{path}|{info.st_size}|{info.st_mtime_ns}")
    return "\n".join(parts)


def cache_path(cache_dir: Path, folder: Path, locale: str = "en") -> Path:
    """The cache file of the content in ``folder`` (in ``locale``): one per content folder.

    A checkout and an installed copy (or two installed versions, or one run by two Pythons) each keep
    their own file, so that starting one never throws away the other's. The name carries a checksum of the folder's path (zlib's
    CRC-32: no hashlib, see :func:`cache_key`); the key inside the file still names the folder whole.
    The folder is the user's cache folder, not the app's own: an app installed read-only has one too.
    """
    where = f"{Path(folder).resolve()}|{sys.version}"  # and per Python: each pickles its own
    tag = f"{zlib.crc32(where.encode('utf-8', 'surrogateescape')):08x}"
    return cache_dir / f"{CACHE_PREFIX}{tag}{'' if locale == 'en' else '-' + locale}.pickle"


def _read(path: Path, key: str, folder: Path, locale: str) -> Handbook | None:
    try:
        with open(path, "rb") as handle:
            unpickler = _Unpickler(handle)
            if unpickler.load() != key:
                return None
            fields = unpickler.load()
        if not (isinstance(fields, tuple) and len(fields) == 8 and isinstance(fields[5], dict)):
            return None
        if not all(isinstance(name, str) and isinstance(data, bytes) for name, data in fields[5].items()):
            return None
        extras = MadeWhenRead({name: _maker(name, data, folder, locale) for name, data in fields[5].items()})
        return Handbook(*fields[:5], extras, *fields[6:])
    except Exception:  # noqa: BLE001 - any damage to a cache file means: read the YAML instead
        return None


def _maker(name: str, data: bytes, folder: Path, locale: str) -> Any:
    """What makes one extra from its pickle when it is first read (the same restricted unpickler). A
    damaged one is read from the YAML instead, as a damaged cache file is."""

    def make() -> object:
        try:
            return _Unpickler(io.BytesIO(data)).load()
        except Exception:  # noqa: BLE001 - damage found late: the content itself is still there
            return _load(folder, locale).extras.get(name)

    return make


def _write(path: Path, key: str, book: Handbook) -> None:
    fields = (
        book.pages,
        dict(book.sources),
        dict(book.terms),
        book.topics,
        dict(book.tags),
        {name: pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL) for name, value in book.extras.items()},
        book.locale,
        book.in_english,
    )
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".content-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickler = pickle.Pickler(handle, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dump(key)
                pickler.dump(fields)
            os.replace(temp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def load_cached(folder: Path, cache_dir: Path | None, locale: str = "en") -> Handbook:
    """The checked handbook in ``folder`` (in ``locale``), from the cache in ``cache_dir`` when it is current.

    Raises ContentErrors exactly as ``load_handbook`` (or, for another locale, ``load_localized`` as the
    app reads it) does. ``cache_dir`` None: no cache.
    """
    folder = Path(folder)
    if cache_dir is None:
        return _load(folder, locale)
    try:
        key = cache_key(folder, locale)
    except OSError:
        return _load(folder, locale)
    path = cache_path(cache_dir, folder, locale)
    book = _read(path, key, folder, locale)
    if book is None:
        book = _load(folder, locale)
        _write(path, key, book)
    return book


def _load(folder: Path, locale: str) -> Handbook:
    # The loaders, and PyYAML with them, are imported only when the cache cannot serve.
    if locale == "en":
        from liverbook.content import load_handbook

        return load_handbook(folder)
    from liverbook.content.localized import load_localized

    return load_localized(folder, locale, strict=False)
