#!/usr/bin/env python3
"""Damage a good notes file at random, many times; the app must never crash and must give back every row it can.

Each round takes a fixture notes file (160 notes, short and long, several pages of overflow; a
situation; questions with answers; in half the rounds an older automatic backup too) and damages
it in one of these ways, chosen with a seeded random generator:

* ``bit``: one bit flipped anywhere in the file;
* ``text-bit``: one bit flipped inside a note's text (what ``PRAGMA quick_check`` never sees);
* ``bytes``: 8 random bytes written at a random place;
* ``truncate``: the file cut at a random length (mostly not a whole number of pages);
* ``zero-page`` / ``random-page``: one whole page zeroed or filled with random bytes;
* ``root``: 8 bytes of 0xff at the start of the notes table's root page (SQL then reaches no note);
* ``interior``: one interior page of a b-tree (any table or index) zeroed.

Then it is opened the way the app opens it at start (``liverbook.ui.startup.open_store``, in this
process, with prompts that answer at once and record what they were told) and exported the way
``--export-data`` exports it (``liverbook.data_commands.export_data``, in this process; and, for a
sample of rounds, the real command line in a process of its own). Each round checks:

* nothing raised (0 crashes) and nothing at all was written to stderr (no traceback, no text of
  any note: every fixture text carries a private marker that is looked for);
* the damaged file was either judged sound (and then every note reads back exactly as a row-by-row
  read of it gives it) or set aside byte for byte;
* every note that a row-by-row read of the damaged file can recover (``SELECT ... WHERE id = ?``
  for each id, text as bytes) is offered back, with the same text (undecodable bytes as U+FFFD,
  runs of NUL bytes from a lost page as one U+FFFD), both in the store the app opens and in the
  export;
* nothing is invented: every note offered is one the fixture or its backup holds, or a damaged
  version of one (its readable pieces are all in it).

The figures compare, over all rounds, the notes present in the fixture with those a row-by-row SQL
read recovers from the damaged file (what the app offered before it read pages itself) and those the
rescue (:func:`liverbook.store.salvage.rescue_file`: SQL, then the pages) recovers, whole or with
unreadable letters.

    python bench/fuzz_damage.py                      # 3,000 rounds, figures at the end
    python bench/fuzz_damage.py --rounds 300 --seed 7 --cli-every 30

Exit status 0 when every round passed. tests/store/test_store_fuzz.py runs 320 rounds of it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))

MARKER = "prv8x"  # in every private text of the fixture; must never reach stderr
NOTES = 160
PAGE = 4096
KINDS = ("bit", "text-bit", "bytes", "truncate", "zero-page", "random-page", "root", "interior")
_NULS = re.compile("\x00+")


class Prompts:
    """Answers at once (the default choice) and records what the user was told and asked."""

    def __init__(self) -> None:
        self.told: list[tuple[str, str]] = []
        self.asked: list[tuple[str, str]] = []

    def inform(self, title: str, message: str, *, problem: bool = False) -> None:
        self.told.append((title, message))

    def confirm(self, title: str, message: str, yes: str, no: str = "Cancel") -> bool:
        self.asked.append((title, message))
        return True

    def choose(self, title: str, message: str, choices: object, default: int = 0) -> int:
        self.asked.append((title, message))
        return default


# -- the fixture -------------------------------------------------------------------------------------


def _text(rng: random.Random, index: int) -> str:
    words = ["scan", "nurse", "pain", "tired", "liver", "dose", "Monday", "é", "✓", "😀", "AFP", "ask"]
    size = rng.choice((3, 12, 40, 40, 40, 400, 1500))  # some notes spill onto overflow pages
    body = " ".join(rng.choice(words) for _ in range(size))
    return f"{MARKER} note {index}: {body}\nsecond line {MARKER}"


def texts_of(path: Path) -> dict[int, str]:
    """{id: text} of every note of a sound notes file."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return dict(conn.execute("SELECT id, text FROM notes").fetchall())
    finally:
        conn.close()


def btree_pages(path: Path) -> tuple[int, list[int]]:
    """The notes table's root page, and every interior page of the file."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()[0]
    finally:
        conn.close()
    data = path.read_bytes()
    interior = [n + 1 for n in range(1, len(data) // 4096) if data[n * 4096] in (2, 5)]
    return root, interior


def build_fixture(folder: Path, seed: int = 1) -> tuple[Path, Path]:
    """A notes file (closed cleanly, no -wal) and an older backup of it; returns both paths."""
    from liverbook.store import Situation, Store, list_backups

    rng = random.Random(seed)
    data_dir = folder / "fixture"
    moment = [datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)]

    def clock() -> datetime:
        moment[0] += timedelta(minutes=7)
        return moment[0]

    with Store.open(data_dir, clock=clock) as store:
        for i in range(NOTES // 2):
            store.add_note(_text(rng, i), page_id=rng.choice([None, "tace", "child-pugh-score"]))
        store.set_situation(Situation(frozenset({"stage-4", "immunotherapy"}), "patient", f"Sam {MARKER}"))
        store.add_curated_question("what-stage")
        own = store.add_own_question(f"Can I travel? {MARKER}")
        store.set_answer(own.id, f"Yes, with a letter {MARKER}", date(2026, 3, 1))
        store.maybe_backup(moment[0] + timedelta(days=1))  # the backup holds the first half
        for i in range(NOTES // 2, NOTES):
            store.add_note(_text(rng, i))
        for note in store.list_notes()[::9]:
            store.update_note(note.id, note.text + f" edited {MARKER}")
    backup = list_backups(data_dir)[0].path
    return data_dir / "notes.sqlite3", backup


# -- the oracle: a row-by-row read of the damaged file -------------------------------------------------


def expected_text(raw: object) -> str | None:
    """What the store must give back for a raw text column (None: nothing readable in it)."""
    if isinstance(raw, bytes):
        text = raw.decode("utf-8", "replace")
    elif isinstance(raw, str):
        text = raw
    elif raw is None:
        return None
    else:
        text = str(raw)
    text = _NULS.sub("\ufffd", text)
    return None if not text or text == "\ufffd" else text


def row_by_row(path: Path) -> dict[int, str]:
    """Every note a row-by-row read can recover: {id: text as the store must give it back}."""
    found: dict[int, str] = {}
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return found
    conn.text_factory = bytes
    try:
        for note_id in range(1, NOTES + 1):
            try:
                row = conn.execute("SELECT text FROM notes WHERE id = ?", (note_id,)).fetchone()
            except (sqlite3.Error, UnicodeDecodeError):  # SQLite's message may quote a damaged name
                continue
            text = expected_text(row[0]) if row is not None else None
            if text is not None:
                found[note_id] = text
    finally:
        conn.close()
    return found


# -- damage ------------------------------------------------------------------------------------------


def damage(
    good: bytes, kind: str, rng: random.Random, root: int = 2, interior: list[int] | None = None
) -> tuple[bytes, str]:
    """The damaged bytes and a description (for a failure report)."""
    data = bytearray(good)
    page = 4096
    if kind == "root":
        data[(root - 1) * page : (root - 1) * page + 8] = b"\xff" * 8
        return bytes(data), f"8 bytes of 0xff at the start of the notes' root page {root}"
    if kind == "interior":
        number = rng.choice(interior or [root])
        data[(number - 1) * page : number * page] = bytes(page)
        return bytes(data), f"interior page {number} zeroed"
    if kind == "bit":
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
        return bytes(data), f"bit flipped at {at}"
    if kind == "text-bit":
        starts = [m.start() for m in re.finditer(MARKER.encode(), good)]
        at = rng.choice(starts) + rng.randrange(0, 300)
        at = min(at, len(data) - 1)
        data[at] ^= 1 << rng.randrange(8)
        return bytes(data), f"bit flipped in a note's text at {at}"
    if kind == "bytes":
        at = rng.randrange(len(data) - 8)
        data[at : at + 8] = bytes(rng.randrange(256) for _ in range(8))
        return bytes(data), f"8 random bytes at {at}"
    if kind == "truncate":
        cut = rng.randrange(1, len(data))
        return bytes(data[:cut]), f"truncated to {cut} bytes"
    number = rng.randrange(len(data) // page)
    fill = bytes(page) if kind == "zero-page" else bytes(rng.randrange(256) for _ in range(page))
    data[number * page : (number + 1) * page] = fill
    return bytes(data), f"page {number + 1} {'zeroed' if kind == 'zero-page' else 'filled with random bytes'}"


# -- one round ---------------------------------------------------------------------------------------


@dataclass
class Figures:
    """What a run found."""

    rounds: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    judged_damaged: int = 0
    crashes: int = 0
    stderr_dirty: int = 0
    recoverable: int = 0  # notes a row-by-row read gives back, summed over rounds
    offered: int = 0  # of those, offered back by the app at start
    exported: int = 0  # of those, in --export-data's file
    present: int = 0  # notes in the fixture, summed over rounds
    rescued_whole: int = 0  # of those, rescued from the damaged file (SQL, then its pages) exactly as written
    rescued_damaged: int = 0  # of those, rescued with some letters unreadable (shown as U+FFFD)
    invented: int = 0  # notes offered that neither the fixture nor its backup ever held
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind: [present, row by row, rescued]
    cli_runs: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.crashes == 0 and self.stderr_dirty == 0

    def table(self) -> str:
        """Notes present, recovered by a row-by-row read, and rescued, for each kind of damage."""
        lines = [
            "| damage | rounds | notes present | a row-by-row SQL read recovers | the rescue recovers |",
            "|---|---|---|---|---|",
        ]
        for kind in sorted(self.by_kind):
            present, sql, rescued = self.by_kind[kind]
            lines.append(
                f"| {kind} | {self.kinds.get(kind, 0)} | {present:,} | {sql:,} ({sql / present:.1%}) | "
                f"{rescued:,} ({rescued / present:.1%}) |"
            )
        return "\n".join(lines)

    def summary(self) -> str:
        return (
            f"{self.rounds} random damages ({', '.join(f'{k} {v}' for k, v in sorted(self.kinds.items()))}) in "
            f"{self.seconds:.1f} s; {self.judged_damaged} judged damaged; {self.crashes} crashes; "
            f"{self.stderr_dirty} with anything on stderr; notes a row-by-row read recovers: "
            f"{self.recoverable} of {self.present} present, {self.offered} offered back at start, "
            f"{self.exported} in --export-data; the rescue (SQL, then the pages) recovers "
            f"{self.rescued_whole + self.rescued_damaged} of {self.present} ({self.rescued_whole} whole, "
            f"{self.rescued_damaged} with unreadable letters); {self.invented} invented; "
            f"{self.cli_runs} runs of the real command line"
        )


def _same(expected: str, offered: str | None) -> bool:
    """``offered`` gives back ``expected``: the same text (NUL bytes, which the store never writes,
    count as unreadable either way), or, where ``expected`` has unreadable parts, a version (from
    the backup) that holds every readable piece of it."""
    if offered is None:
        return False
    want, got = _NULS.sub("\ufffd", expected), _NULS.sub("\ufffd", offered)
    if want == got:
        return True
    pieces = [p for p in want.split("\ufffd") if p.strip()]
    return "\ufffd" in want and bool(pieces) and all(p in got for p in pieces)


def _explained(text: str, legit: set[str]) -> bool:
    """``text`` is a note the fixture or its backup held, or a damaged version of one: its readable
    pieces are all in one, or it differs from one in at most 8 bytes (a flipped bit or 8 bytes
    overwritten that still read as letters)."""
    text = _NULS.sub("\ufffd", text)
    if text in legit:
        return True
    pieces = [p for p in text.split("\ufffd") if p.strip()]
    if "\ufffd" in text and bool(pieces) and any(all(p in whole for p in pieces) for whole in legit):
        return True
    return any(_one_span_apart(text, whole) for whole in legit)


def _one_span_apart(text: str, whole: str) -> bool:
    """``text`` is ``whole`` with one span of at most a page of bytes overwritten (a flipped bit, 8
    bytes, a page of an overflow chain zeroed or filled with random bytes)."""
    limit = min(len(text), len(whole))
    head = 0
    while head < limit and text[head] == whole[head]:
        head += 1
    tail = 0
    while tail < limit - head and text[-1 - tail] == whole[-1 - tail]:
        tail += 1
    return len(text) - head - tail <= PAGE and len(whole) - head - tail <= PAGE


def _rescue_figures(path: Path, truth: dict[int, str], legit: set[str], figures: Figures, where: str) -> None:
    from liverbook.store.salvage import rescue_file

    rescued = {n.id: n.text for n in rescue_file(path).notes}
    before = figures.rescued_whole + figures.rescued_damaged
    for note_id, text in truth.items():
        got = rescued.get(note_id)
        if got == text:
            figures.rescued_whole += 1
        elif got is not None and _explained(got, {text}):
            figures.rescued_damaged += 1
    kind = where.split("(", 1)[1].split(":", 1)[0]
    row = figures.by_kind.setdefault(kind, [0, 0, 0])
    row[0] += len(truth)
    row[2] += figures.rescued_whole + figures.rescued_damaged - before
    strange = [i for i, text in rescued.items() if not _explained(text, legit)]
    if strange:
        figures.invented += len(strange)
        figures.problems.append(f"{where}: the rescue gave notes that never were: ids {strange[:10]}")


def _private(text: str) -> bool:
    return MARKER in text or "Traceback" in text


def _open_at_start(
    data_dir: Path, expected: dict[int, str], figures: Figures, where: str, legit: set[str] | None = None
) -> None:
    from liverbook.store import db_path
    from liverbook.ui.startup import open_store

    damaged = db_path(data_dir).read_bytes()
    prompts = Prompts()
    store, message = open_store(data_dir, prompts)
    aside = sorted(
        p for p in data_dir.iterdir() if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))
    )
    if aside:
        figures.judged_damaged += 1
        if aside[0].read_bytes() != damaged:
            figures.problems.append(f"{where}: the damaged file was not kept byte for byte")
        told = " ".join(m for _, m in prompts.told + prompts.asked)
        if str(data_dir) not in told:  # the folder it is kept in (never a file name in the message)
            figures.problems.append(f"{where}: the user was not told where the damaged file is kept")
    if store is None:
        figures.problems.append(f"{where}: no notes at start: {message}")
        return
    try:
        notes = {n.id: n.text for n in store.list_notes()}
        store.get_situation()
        store.list_my_questions()
    finally:
        store.close()
    invented = [i for i, text in notes.items() if legit is not None and not _explained(text, legit)]
    if invented:
        figures.invented += len(invented)
        figures.problems.append(f"{where}: notes offered at start that never were: ids {invented[:10]}")
    offered = [i for i, text in expected.items() if _same(text, notes.get(i)) or text in notes.values()]
    figures.offered += len(offered)
    missing = sorted(set(expected) - set(offered))
    if missing:
        figures.problems.append(f"{where}: recoverable notes not offered back at start: {missing[:10]}")


def _export(data_dir: Path, target: Path, expected: dict[int, str], figures: Figures, where: str) -> None:
    from liverbook.data_commands import export_data

    code, message = export_data(data_dir, target, None)
    if _private(message):
        figures.problems.append(f"{where}: the export message holds private text")
    if not target.exists():
        if not expected and "nothing in it could be read" in message:
            return  # nothing to give back, and the user is told so
        figures.problems.append(f"{where}: --export-data wrote nothing (exit {code}): {message[:200]}")
        return
    exported = {n["id"]: n["text"] for n in json.loads(target.read_text(encoding="utf-8"))["notes"]}
    found = [i for i, text in expected.items() if _same(text, exported.get(i))]
    figures.exported += len(found)
    missing = sorted(set(expected) - set(found))
    if missing:
        figures.problems.append(f"{where}: recoverable notes missing from the export: {missing[:10]}")


def _cli_export(data_dir: Path, target: Path, figures: Figures, where: str) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(DESKTOP), os.environ.get("PYTHONPATH")])),
        QT_QPA_PLATFORM="offscreen",
        LIVERBOOK_DATA_DIR=str(data_dir),
    )
    result = subprocess.run(
        [sys.executable, "-m", "liverbook", "--export-data", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    figures.cli_runs += 1
    if result.returncode not in (0, 1) or _private(result.stderr) or _private(result.stdout):
        figures.crashes += result.returncode not in (0, 1)
        figures.problems.append(
            f"{where}: the command line said (exit {result.returncode}): {result.stderr[-300:]!r}"
        )


def run(
    rounds: int = 3000, seed: int = 20261203, cli_every: int = 100, folder: Path | None = None
) -> Figures:
    """``rounds`` random damages; figures and problems found."""
    figures = Figures()
    rng = random.Random(seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="liverbook-fuzz-") as temp:
        base = Path(folder or temp)
        fixture, backup = build_fixture(base, seed)
        good = fixture.read_bytes()
        truth = texts_of(fixture)
        legit = set(truth.values()) | set(texts_of(backup).values())
        root, interior = btree_pages(fixture)
        for number in range(rounds):
            kind = KINDS[number % len(KINDS)] if number < len(KINDS) else rng.choice(KINDS)
            damaged, how = damage(good, kind, rng, root, interior)
            where = f"round {number} ({kind}: {how})"
            figures.rounds += 1
            figures.kinds[kind] = figures.kinds.get(kind, 0) + 1
            figures.present += NOTES
            round_dir = base / f"r{number}"
            start_dir, export_dir = round_dir / "start", round_dir / "export"
            for target in (start_dir, export_dir):
                target.mkdir(parents=True)
                (target / "notes.sqlite3").write_bytes(damaged)
                if number % 2:
                    (target / "backups").mkdir()
                    shutil.copy(backup, target / "backups" / backup.name)
            expected = row_by_row(start_dir / "notes.sqlite3")
            figures.recoverable += len(expected)
            figures.by_kind.setdefault(kind, [0, 0, 0])[1] += len(expected)
            err = io.StringIO()
            try:
                with contextlib.redirect_stderr(err):
                    _rescue_figures(start_dir / "notes.sqlite3", truth, legit, figures, where)
                    _open_at_start(start_dir, expected, figures, where, legit)
                    _export(export_dir, round_dir / "export.json", expected, figures, where)
            except Exception as exc:  # noqa: BLE001 - a crash is what this run looks for
                figures.crashes += 1
                figures.problems.append(f"{where}: crashed with {type(exc).__name__}")
            if err.getvalue():
                figures.stderr_dirty += 1
                figures.problems.append(f"{where}: wrote to stderr ({len(err.getvalue())} characters)")
            if cli_every and number % cli_every == cli_every // 2:
                cli_dir = round_dir / "cli"
                cli_dir.mkdir()
                (cli_dir / "notes.sqlite3").write_bytes(damaged)
                _cli_export(cli_dir, round_dir / "cli.json", figures, where)
            shutil.rmtree(round_dir, ignore_errors=True)
            if len(figures.problems) > 30:
                break
    figures.seconds = time.monotonic() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--cli-every", type=int, default=100, help="run the real command line every N rounds")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    figures = run(args.rounds, args.seed, args.cli_every)
    print(figures.summary())
    print(figures.table())
    for problem in figures.problems[:30]:
        print("  problem:", problem)
    print(f"sqlite {sqlite3.sqlite_version}, Python {sys.version.split()[0]}, {sys.platform}")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
