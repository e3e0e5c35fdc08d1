"""Hostile content files and import files: a clear error, bounded time and memory, nothing changed.

Each hostile file is read in a subprocess of its own, so that its time and its peak memory
(``ru_maxrss`` from ``os.wait4``) are its own: under 10 s and 500 MB, generous bounds for files that
should be refused in milliseconds. The content folder must be byte-identical afterwards, and a
refused import must leave the user's data byte-identical (not even a backup is made).

tests/test_loader.py and tests/store/test_store_exchange.py test the messages in-process; here
the process as a whole is measured. Hypothesis then throws random YAML-ish text at the loader and
random JSON at the import: nothing but ContentErrors / StoreErrors may come out, and a refused
import changes nothing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from fault_tools import tree_digest
from liverbook.content import ContentErrors, load_handbook
from liverbook.store import Situation, Store, StoreError

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
GOOD = Path(__file__).parent / "fixtures" / "good"
MAX_SECONDS = 10.0
MAX_RSS_MB = 500
MB = 1024 * 1024
# Modest example counts keep the suite fast; no example database is written.
QUICK = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}


PEAK = """
import atexit, resource, sys
def _peak():
    try:  # the peak of this program only (ru_maxrss would include the parent it was forked from)
        with open("/proc/self/status") as status:
            kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak-kb {kb}", flush=True)
atexit.register(_peak)
"""


def run_measured(code: str, *args: str) -> tuple[int, str, float, float]:
    """Run ``code`` in a fresh Python; (exit status, its output, seconds, its peak memory in MB)."""
    env = dict(os.environ, PYTHONPATH=str(DESKTOP))
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", PEAK + code, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    seconds = time.monotonic() - started
    lines = result.stdout.strip().splitlines()
    assert lines and lines[-1].startswith("peak-kb "), result.stdout[-1000:] + result.stderr[-2000:]
    output = "\n".join(lines[:-1]) + "\n" + result.stderr
    return result.returncode, output, seconds, int(lines[-1].split()[1]) / 1024


# -- content files ------------------------------------------------------------------------------------

LOAD = """
import json, sys
from pathlib import Path
from liverbook.content import ContentErrors, load_handbook
try:
    load_handbook(Path(sys.argv[1]))
    print(json.dumps(["loaded"]))
except ContentErrors as exc:
    print(json.dumps([str(e) for e in exc.errors]))
"""

LAUGHS = b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + b"".join(
    f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n".encode()
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _big_yaml(path: Path) -> None:
    entry = b"  - id: page-x\n    title: A page that goes on and on\n"
    with open(path, "wb") as handle:
        handle.write(b"pages:\n")
        handle.writelines(entry * 1000 for _ in range(50 * MB // (len(entry) * 1000) + 1))


CONTENT_CASES: dict[str, tuple[object, str]] = {
    "billion laughs": (LAUGHS, "bad.yaml:1: anchors and aliases"),
    "deep nesting": (
        b"pages: " + b"[" * 200_000 + b"]" * 200_000 + b"\n",
        "bad.yaml:1: ",  # our depth check or the parser's own limit: the file and line, never a crash
    ),
    "50 MB file": (_big_yaml, "bad.yaml: the file is too large (5"),
    "invalid UTF-8": (
        b"terms:\n  - id: caf\xc3\n    term: \xff\xfe\n",
        "bad.yaml:2: the file is not valid UTF-8",
    ),
    "python tag": (
        b"pages:\n  - !!python/object/apply:os.system ['touch /tmp/pwned']\n",
        "bad.yaml:2: the tag '!!python/object/apply:os.system' is not allowed",
    ),
    "python name tag": (b"tags: !!python/name:os.system\n", "bad.yaml:1: the tag '!!python/name:os.system'"),
    "duplicate keys": (
        b"tags:\n  - id: a\n    group: stage\n    group: reader\n    label: A\n",
        "bad.yaml:4: the key 'group' appears twice",
    ),
    "wrong schema": (b"pages: a page\nsources: {id: x}\n", "bad.yaml:1: pages: expected a list"),
}


@pytest.mark.parametrize("case", sorted(CONTENT_CASES))
def test_hostile_content_file(case: str, tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(GOOD, folder)
    data, expected = CONTENT_CASES[case]
    bad = folder / "bad.yaml"
    if callable(data):
        data(bad)
    else:
        bad.write_bytes(data)  # type: ignore[arg-type]
    before = tree_digest(folder)
    status, output, seconds, rss = run_measured(LOAD, str(folder))
    assert status == 0, output[-2000:]  # no traceback, no crash: a list of errors
    errors = json.loads(output.strip().splitlines()[-1])
    assert any(e.startswith(expected) for e in errors), errors  # the file, the line, the problem
    assert seconds < MAX_SECONDS, f"{case}: {seconds:.1f} s"
    assert rss < MAX_RSS_MB, f"{case}: {rss:.0f} MB"
    if case == "50 MB file":  # refused after reading no more than the 2 MB limit, not the whole file
        assert rss < 45, f"{rss:.0f} MB"
    assert tree_digest(folder) == before  # the content folder is never written to
    assert not Path("/tmp/pwned").exists()


# -- import files ---------------------------------------------------------------------------------------

IMPORT = """
import sys
from pathlib import Path
from liverbook import data_commands
code, message = data_commands.import_data(Path(sys.argv[2]), Path(sys.argv[1]))
print(code)
print(message)
"""


def _huge_json(path: Path) -> None:
    note = json.dumps(
        {
            "id": 1,
            "text": "x" * 10_000,
            "page_id": None,
            "created": "2026-01-01T00:00:00+00:00",
            "updated": "2026-01-01T00:00:00+00:00",
        }
    ).encode()
    with open(path, "wb") as handle:
        handle.write(b'{"format": "liverbook-user-data", "version": 1, "notes": [')
        handle.writelines(note + b"," for _ in range(50 * MB // len(note)))
        handle.write(note + b'], "situation": {"tags": [], "reader": null, "name": ""}, "questions": []}')


def _many_objects(path: Path) -> None:  # the JSON kin of the billion laughs: millions of tiny objects
    path.write_bytes(b'{"notes": [' + b"{}," * (19 * MB // 3) + b"{}]}")


def _many_lists(path: Path) -> None:
    path.write_bytes(b'{"notes": [' + b"[]," * (19 * MB // 3) + b"[]]}")


IMPORT_CASES: dict[str, tuple[object, str]] = {
    "50 MB file": (_huge_json, "larger than 20 MB"),
    "millions of objects": (_many_objects, "far more entries than a handbook export can"),
    "millions of lists": (_many_lists, "far more entries than a handbook export can"),
    "deep nesting": (b"[" * 500_000 + b"]" * 500_000, "nested far too deeply"),
    "deep nesting in objects": (b'{"a":' * 90_000 + b"1" + b"}" * 90_000, "nested far too deeply"),
    "nested just under the count": (b"[" * 50_000 + b"]" * 50_000, "nested far too deeply"),
    "invalid UTF-8": (
        b'{"format": "liverbook-user-data\xc3\x28"}',
        "not a Liver Cancer Handbook export (it is not a text file)",
    ),
    "duplicate keys": (b'{"format": "liverbook-user-data", "format": "x"}', "appears twice"),
    "python tag": (
        b"!!python/object/apply:os.system ['touch /tmp/pwned']\n",
        "not a Liver Cancer Handbook export",
    ),
    "huge number": (b'{"version": ' + b"9" * 100_000 + b"}", "a number far too long for a handbook export"),
    "wrong schema": (
        b'{"format": "liverbook-user-data", "version": 1, "notes": {}, "situation": [], "questions": 3}',
        "'notes' is not a list",
    ),
    "script in text": (
        (
            b'{"format": "liverbook-user-data", "version": 1, "notes": [{"id": 1, "text": '
            b'"<script>alert(1)</script>", "page_id": "../../etc/passwd", "created": '
            b'"2026-01-01T00:00:00+00:00", "updated": "2026-01-01T00:00:00+00:00"}], '
            b'"situation": {"tags": [], "reader": null, "name": ""}, "questions": []}'
        ),
        "'page_id' is not a handbook id",
    ),
}


@pytest.fixture
def user_data(tmp_path: Path) -> tuple[Path, dict[str, object]]:
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        store.add_note("my own note, to keep")
        store.set_situation(Situation(frozenset({"stage-4"}), "patient", "Sam"))
        store.add_own_question("Can I travel?")
        store.maybe_backup()
        export = store.export_data()
    del export["exported_at"]
    return data_dir, export


@pytest.mark.parametrize("case", sorted(IMPORT_CASES))
def test_hostile_import_file(case: str, tmp_path: Path, user_data: tuple[Path, dict[str, object]]) -> None:
    data_dir, export = user_data
    data, expected = IMPORT_CASES[case]
    source = tmp_path / "import.json"
    if callable(data):
        data(source)
    else:
        source.write_bytes(data)  # type: ignore[arg-type]
    before = tree_digest(data_dir)
    status, output, seconds, rss = run_measured(IMPORT, str(source), str(data_dir))
    assert status == 0, output[-2000:]
    code, message = output.strip().split("\n", 1)
    assert code == "1" and message.startswith("This file cannot be imported: "), output[-500:]
    assert expected in message and message.endswith("Nothing has been changed."), message
    assert "Traceback" not in output
    assert seconds < MAX_SECONDS, f"{case}: {seconds:.1f} s"
    assert rss < MAX_RSS_MB, f"{case}: {rss:.0f} MB"
    assert tree_digest(data_dir) == before  # byte-identical: no write, no backup
    with Store.open(data_dir) as store:
        again = store.export_data()
    del again["exported_at"]
    assert again == export
    assert not Path("/tmp/pwned").exists()


# -- property tests -------------------------------------------------------------------------------------

YAMLISH = st.text(
    alphabet=st.sampled_from(
        list("-:[]{}&*!|>#'\"?%@`,.=~ \n\t\\0123456789abcdeiptgsnorx")
        + ["\u00e9", "\ufeff", "\x00", "\u202e"]
    ),
    max_size=300,
)
SECTION = st.sampled_from(["pages", "sources", "terms", "topics", "tags", "other"])
SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.dates().map(str),
    st.sampled_from(["yes", "no", "1.10", "12:30", "~", "null", "2026-13-45"]),
)
TREE = st.recursive(
    SCALAR,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _load_only_content_errors(folder: Path, text: str | bytes) -> None:
    bad = folder / "random.yaml"
    bad.write_bytes(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    try:
        load_handbook(folder)
    except ContentErrors as exc:
        assert exc.errors and all(str(e) for e in exc.errors)


def test_random_yamlish_text_gives_content_errors_only(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(GOOD, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    @settings(max_examples=150, **QUICK)
    @given(text=YAMLISH)
    def check(text: str) -> None:
        _load_only_content_errors(folder, text)

    @settings(max_examples=80, **QUICK)
    @given(section=SECTION, tree=TREE)
    def check_tree(section: str, tree: object) -> None:
        import yaml

        _load_only_content_errors(folder, yaml.safe_dump({section: tree}, allow_unicode=True))

    @settings(max_examples=60, **QUICK)
    @given(data=st.binary(max_size=200))
    def check_bytes(data: bytes) -> None:
        _load_only_content_errors(folder, data)

    check()
    check_tree()
    check_bytes()
    (folder / "random.yaml").unlink()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=30)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "format",
                    "version",
                    "notes",
                    "situation",
                    "questions",
                    "id",
                    "text",
                    "page_id",
                    "created",
                    "updated",
                    "tags",
                    "reader",
                    "name",
                    "question_id",
                    "answer",
                    "answered_on",
                    "asked",
                    "x",
                ]
            ),
            inner,
            max_size=6,
        ),
    ),
    max_leaves=30,
)


def _mutations(valid: dict[str, object]) -> st.SearchStrategy[object]:
    """A valid export with one value somewhere replaced by something random."""

    def mutate(args: tuple[list[object], object]) -> object:
        path, value = args
        data = json.loads(json.dumps(valid))
        node = data
        for step in path[:-1]:
            if (
                isinstance(node, dict)
                and step in node
                or isinstance(node, list)
                and isinstance(step, int)
                and step < len(node)
            ):
                node = node[step]
        last = path[-1] if path else "x"
        if isinstance(node, dict):
            node[str(last)] = value
        elif isinstance(node, list) and node:
            node[int(last) % len(node) if isinstance(last, int) else 0] = value
        return data

    step = st.one_of(
        st.sampled_from(
            [
                "notes",
                "situation",
                "questions",
                "text",
                "id",
                "tags",
                "created",
                "answered_on",
                "asked",
                "version",
                "format",
                "name",
            ]
        ),
        st.integers(0, 2),
    )
    return st.tuples(st.lists(step, min_size=1, max_size=4), JSONISH).map(mutate)


def test_random_import_data_gives_store_errors_only_and_changes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        store.add_note("keep me")
        store.add_own_question("Mine?")
        valid = store.export_data()

        def check(data: object) -> None:
            before = store.export_data()
            del before["exported_at"]
            try:
                store.import_data(data)
            except StoreError:
                after = store.export_data()
                del after["exported_at"]
                assert after == before
                return
            store.import_data(valid)  # it was accepted: put the known data back for the next example

        @settings(max_examples=150, **QUICK)
        @given(data=JSONISH)
        def random_structures(data: object) -> None:
            check(data)

        @settings(max_examples=150, **QUICK)
        @given(data=_mutations(valid))
        def mutated_exports(data: object) -> None:
            check(data)

        @settings(max_examples=60, **QUICK)
        @given(raw=st.one_of(st.binary(max_size=300), JSONISH.map(lambda d: json.dumps(d).encode())))
        def random_files(raw: bytes) -> None:
            path = tmp_path / "random.json"
            path.write_bytes(raw)
            before = store.export_data()
            del before["exported_at"]
            try:
                store.import_from_file(path)
            except StoreError:
                after = store.export_data()
                del after["exported_at"]
                assert after == before
                return
            store.import_data(valid)

        random_structures()
        mutated_exports()
        random_files()
        assert [n.text for n in store.list_notes()] == ["keep me"]
