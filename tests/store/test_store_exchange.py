"""Export (JSON + Markdown) and import: round trip, and bad files refused with nothing changed."""

from __future__ import annotations

import copy
import json
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from store_helpers import FakeClock, fill, snapshot

from liverbook.store import FORMAT_NAME, FORMAT_VERSION, MAX_IMPORT_BYTES, ImportRefused, Store, list_backups


def test_round_trip(store: Store, tmp_path: Path) -> None:
    fill(store)
    store.delete_note(store.add_note("gap in ids").id)
    exported = store.export_data()
    assert exported["format"] == FORMAT_NAME and exported["version"] == FORMAT_VERSION
    json.dumps(exported)  # JSON-able as it is
    with Store.open(tmp_path / "other") as other:
        other.add_note("replaced by the import")
        other.import_data(json.loads(json.dumps(exported)))
        assert snapshot(other) == snapshot(store)
        assert [n.id for n in other.list_notes()] == [n.id for n in store.list_notes()]


def test_files_round_trip(store: Store, tmp_path: Path) -> None:
    fill(store)
    target = tmp_path / "out" / "my-notes.json"
    target.parent.mkdir()
    target.write_text("an older export")
    md = store.export_to_files(target)
    assert md == tmp_path / "out" / "my-notes.md"
    assert sorted(p.name for p in target.parent.iterdir()) == ["my-notes.json", "my-notes.md"]
    for path in (target, md):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = md.read_text(encoding="utf-8")
    assert "> Ask about <b>AFP</b> & *scans* # not a heading" in text  # quoted, as typed
    assert "Can I still travel?" in text and "Sam" in text
    with Store.open(tmp_path / "other") as other:
        other.import_from_file(target)
        assert snapshot(other) == snapshot(store)


def test_markdown_uses_labels(store: Store) -> None:
    fill(store)
    labels = {("page", "child-pugh-score"): "The Child-Pugh score", ("question", "what-stage"): "What stage?"}
    text = store.export_markdown(lambda kind, ident: labels.get((kind, ident), ident.upper()))
    assert "about The Child-Pugh score" in text and "> What stage?" in text and "- STAGE-4" in text


def test_the_readable_copy_is_in_the_readers_own_time_with_dates_in_words(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trial's copy said "2026-12-03 12:56 UTC" where the person's clock said 13:56: a person
    reading or printing it should see their own time, and a date no one can read the wrong way round."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        fill(store)  # the store's clock: 2 March 2026 at 09:00 UTC, 04:00 in New York
        text = store.export_markdown()
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "Copied on 2 March 2026 at 04:00. Times are this computer's own." in text
    assert "### General note, 2 March 2026 at 04:00" in text
    assert "### Note about child-pugh-score, 2 March 2026 at 04:00" in text
    assert "Answer, given on 1 March 2026:" in text
    assert "File > Import my data… with the .json file saved beside it." in text
    assert "UTC" not in text and "2026-03-02" not in text


def test_markdown_of_an_empty_store(store: Store) -> None:
    text = store.export_markdown()
    assert "No notes." in text and "No questions on the list." in text and "Nothing chosen." in text


def test_import_makes_a_backup_and_replaces_everything(store: Store, data_dir: Path) -> None:
    fill(store)
    before = snapshot(store)
    store.import_data({**store.export_data(), "notes": [], "questions": []})
    assert store.list_notes() == [] and store.list_my_questions() == []
    (backup,) = [b for b in list_backups(data_dir) if b.kind == "before-import"]
    with Store.open(data_dir.parent / "check") as check:
        check.import_data(json.loads(json.dumps(_export_of(backup.path))))
        assert snapshot(check) == before


def _export_of(backup: Path) -> dict[str, Any]:
    folder = backup.parent.parent.parent / "from-backup"
    folder.mkdir()
    (folder / "notes.sqlite3").write_bytes(backup.read_bytes())
    with Store.open(folder) as restored:
        return restored.export_data()


def _edit(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return apply


_DELETE = object()

BAD_DATA: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "not an object": (lambda d: d.clear(), "has no"),
    "wrong format": (_edit(["format"], "something-else"), "not a Liver Cancer Handbook export"),
    "newer version": (_edit(["version"], FORMAT_VERSION + 1), "newer version"),
    "version as text": (_edit(["version"], "1"), "'version'"),
    "version as bool": (_edit(["version"], True), "'version'"),
    "unknown key": (_edit(["extra"], 1), "unknown 'extra'"),
    "notes missing": (_edit(["notes"], _DELETE), "has no 'notes'"),
    "notes not a list": (_edit(["notes"], {"a": 1}), "'notes' is not a list"),
    "note id text": (_edit(["notes", 0, "id"], "1"), "note 1: 'id'"),
    "note id zero": (_edit(["notes", 0, "id"], 0), "note 1: 'id'"),
    "note id huge": (_edit(["notes", 0, "id"], 2**70), "note 1: 'id'"),
    "duplicate note ids": (_edit(["notes", 1, "id"], None), "note 2: 'id'"),
    "note text number": (_edit(["notes", 0, "text"], 42), "note 1: 'text' is not text"),
    "note text too long": (_edit(["notes", 0, "text"], "x" * 1_000_001), "longer than 1,000,000"),
    "note page id path": (_edit(["notes", 0, "page_id"], "../etc"), "note 1: 'page_id'"),
    "note created bad": (_edit(["notes", 0, "created"], "yesterday"), "note 1: 'created'"),
    "note created naive": (_edit(["notes", 0, "created"], "2026-01-01T10:00:00"), "note 1: 'created'"),
    "note extra key": (_edit(["notes", 0, "colour"], "red"), "unknown 'colour'"),
    "situation tags str": (_edit(["situation", "tags"], "stage-4"), "'tags' is not a list"),
    "situation tag bad": (_edit(["situation", "tags"], ["Stage 4"]), "tag in 'situation'"),
    "situation tag twice": (_edit(["situation", "tags"], ["stage-4", "stage-4"]), "same tag twice"),
    "situation name long": (_edit(["situation", "name"], "n" * 201), "'name' is longer"),
    "question both": (_edit(["questions", 0, "text"], "words"), "exactly one"),
    "question neither": (_edit(["questions", 0, "question_id"], None), "exactly one"),
    "question asked text": (_edit(["questions", 0, "asked"], "yes"), "'asked' is not true or false"),
    "question date bad": (_edit(["questions", 1, "answered_on"], "2026-02-30"), "'answered_on'"),
    "question date time": (_edit(["questions", 1, "answered_on"], "2026-02-03T10:00"), "'answered_on'"),
    "question blank": (_edit(["questions", 1, "text"], "  "), "blank"),
    "question twice": (
        _edit(
            ["questions", 1],
            {"question_id": "what-stage", "text": None, "answer": "", "answered_on": None, "asked": False},
        ),
        "twice",
    ),
}


@pytest.fixture
def filled(store: Store, clock: FakeClock) -> Store:
    fill(store)
    return store


def _assert_untouched(store: Store, before: dict[str, Any], data_dir: Path) -> None:
    assert snapshot(store) == before
    assert [b for b in list_backups(data_dir) if b.kind == "before-import"] == []  # not even a backup


@pytest.mark.parametrize("case", sorted(BAD_DATA))
def test_bad_data_is_refused_before_anything_changes(case: str, filled: Store, data_dir: Path) -> None:
    before = snapshot(filled)
    data = copy.deepcopy(filled.export_data())
    if case == "duplicate note ids":
        data["notes"][1]["id"] = data["notes"][0]["id"]
        expected = "same 'id'"
    else:
        BAD_DATA[case][0](data)
        expected = BAD_DATA[case][1]
    with pytest.raises(ImportRefused) as caught:
        filled.import_data(data)
    message = caught.value.user_message
    assert expected.lower() in message.lower() and message.startswith("This file cannot be imported: ")
    assert message.endswith("Nothing has been changed.")
    _assert_untouched(filled, before, data_dir)


def test_non_dict_is_refused(filled: Store) -> None:
    values: list[object] = [[], "text", None, 3]
    for value in values:
        with pytest.raises(ImportRefused, match="it is not a Liver Cancer Handbook export"):
            filled.import_data(value)


NOT_AN_EXPORT = "This file cannot be imported: it is not a Liver Cancer Handbook export"
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "bad json": (
        b'{"format": "liverbook-user-data", "version": 1,',
        f"{NOT_AN_EXPORT} (it is not in the export's format: the first problem is on line 1)",
    ),
    "invalid utf-8": (b'{"format": "liverbook\xff\xfe"}', f"{NOT_AN_EXPORT} (it is not a text file)"),
    "latin-1 text": ('{"format": "café"}'.encode("latin-1"), f"{NOT_AN_EXPORT} (it is not a text file)"),
    "duplicate key": (b'{"format": 1, "format": 2}', "appears twice"),
    "nan": (b'{"version": NaN}', "it holds NaN, which a handbook export never does"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "nested far too deeply"),
    "empty file": (b"", NOT_AN_EXPORT),
    "a list": (b"[1, 2]", NOT_AN_EXPORT),
    "other json": (b'{"hello": "world"}', f"{NOT_AN_EXPORT} (it has no 'format' saying so)"),
    "utf-16": ('{"format": "x"}'.encode("utf-16"), f"{NOT_AN_EXPORT} (it is not a text file)"),
    "a pdf": (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n",
        f"{NOT_AN_EXPORT} (it is a PDF document",
    ),
    "the readable copy": (
        b"# My notes from the Liver Cancer Handbook\n\nCopied on 2026-11-21.\n",
        "it is the readable copy of an export (the .md file). Please import the .json file",
    ),
    "a huge integer": (
        b'{"format": "liverbook-user-data", "version": ' + b"1" * 5000 + b"}",
        "a number far too long",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused(case: str, filled: Store, data_dir: Path, tmp_path: Path) -> None:
    before = snapshot(filled)
    path = tmp_path / "import.json"
    content, expected = BAD_FILES[case]
    path.write_bytes(content)
    with pytest.raises(ImportRefused) as caught:
        filled.import_from_file(path)
    assert expected in caught.value.user_message
    assert (
        "Expecting" not in caught.value.user_message
        and "sys.set_int_max_str_digits" not in caught.value.user_message
    )
    assert "position" not in caught.value.user_message  # no parser's words
    _assert_untouched(filled, before, data_dir)


def test_huge_file_is_refused_unread(filled: Store, data_dir: Path, tmp_path: Path) -> None:
    before = snapshot(filled)
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.write(b'{"notes": "')
        handle.seek(MAX_IMPORT_BYTES + 10)
        handle.write(b'"}')
    with pytest.raises(ImportRefused, match="larger than 20 MB"):
        filled.import_from_file(path)
    _assert_untouched(filled, before, data_dir)


def test_missing_file_and_folder(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="could not be found"):
        filled.import_from_file(tmp_path / "nope.json")
    with pytest.raises(ImportRefused, match="folder"):
        filled.import_from_file(tmp_path)


def test_bom_and_extra_optional_keys_are_accepted(filled: Store, tmp_path: Path) -> None:
    data = filled.export_data()
    del data["exported_at"], data["app_version"]
    path = tmp_path / "with-bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))
    before = snapshot(filled)
    filled.import_from_file(path)
    assert snapshot(filled) == before


def test_export_path_ending_in_md(filled: Store, tmp_path: Path) -> None:
    md = filled.export_to_files(tmp_path / "notes.md")
    assert md == tmp_path / "notes-readable.md"
    assert json.loads((tmp_path / "notes.md").read_text(encoding="utf-8"))["format"] == FORMAT_NAME


def test_delete_all_keeps_a_backup(filled: Store, data_dir: Path) -> None:
    before = snapshot(filled)
    backup = filled.delete_all()
    after = snapshot(filled)
    assert after["notes"] == [] and after["questions"] == []
    assert after["situation"] == {"tags": [], "reader": None, "name": ""}
    assert _export_of(backup)["notes"] == before["notes"]
