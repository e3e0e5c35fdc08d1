#!/usr/bin/env python3
"""SIGKILL the recovery of a damaged notes file at every step; nothing may be lost and no empty store may appear.

The fixture: a notes file with a byte flipped inside one note (what ``quick_check`` misses), an older
automatic backup beside it. A child process does what the app does at start: opens the notes (the
damage is found; the "recovery pending" marker is written; the file is set aside), reads the offer
and recovers with one of the three choices (keep both, only what could be read, only the backup).

The child is killed with SIGKILL in one of two ways, half the runs each:

* at the k-th file-system step (each ``os.replace``, ``os.unlink``, ``os.fsync`` and file creation
  counts twice: just before and just after), k drawn from every step a full recovery takes;
* at a random moment of the whole run (inside SQLite's own writes too).

After each kill the parent starts the way the app does and checks: either the damage is still
pending (the start reports it, and offers every note that could be read before), or the recovery
is complete, with exactly the notes that the chosen recovery gives when nothing interrupts it.
It then finishes a pending recovery and checks the same. At no point may the notes open empty
without a word, and the damaged file must always still exist, byte for byte.

    python bench/kill_recovery.py                    # 200 kills, figures at the end
    python bench/kill_recovery.py --kills 24         # the short version tests/store/ runs

Exit status 0 when every kill left the old state or the new one.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))

CHOICES = ("merge", "rescued", "backup")


# -- the child: the app's start-up recovery, killed at a chosen step -------------------------------------


def _count_steps(kill_at: int) -> list[int]:
    """Wrap the file-system calls recovery makes; SIGKILL this process at step ``kill_at`` (0: never)."""
    steps = [0]

    def tick() -> None:
        steps[0] += 1
        if steps[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def wrap(owner: object, name: str) -> None:
        real = getattr(owner, name)

        def counted(*args: object, **kwargs: object) -> object:
            tick()
            result = real(*args, **kwargs)
            tick()
            return result

        setattr(owner, name, counted)

    for name in ("replace", "rename", "unlink", "fsync", "open"):
        wrap(os, name)
    return steps


def child(data_dir: Path, choice: str, kill_at: int) -> None:
    steps = _count_steps(kill_at)
    from liverbook.store import Store, StoreCorrupt
    from liverbook.store.rescue import make_offer, recover

    print("ready", flush=True)
    steps[0] = 0  # count from here: imports do not count
    try:
        Store.open(data_dir).close()
        print("no damage found", flush=True)
        return
    except StoreCorrupt as exc:
        offer = make_offer(data_dir, exc)
    recover(data_dir, offer, choice, datetime.now(timezone.utc))
    Store.open(data_dir).close()
    print(f"done {steps[0]}", flush=True)


# -- the parent ----------------------------------------------------------------------------------------


def build_fixture(folder: Path) -> tuple[Path, bytes]:
    """A damaged notes folder (with a backup); returns it and the damaged file's bytes."""
    from liverbook.store import Store, db_path

    data_dir = folder / "fixture"
    day = [datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)]
    with Store.open(data_dir, clock=lambda: day[0]) as store:
        for i in range(40):
            store.add_note(f"note {i:02d} " * 30)
        store.maybe_backup(day[0])
        day[0] += timedelta(days=1)
        for i in range(40, 60):
            store.add_note(f"note {i:02d} written after the backup " * 5)
        store.update_note(store.list_notes()[-1].id, "note 00 edited after the backup")
    path = db_path(data_dir)
    content = bytearray(path.read_bytes())
    content[content.index(b"note 07 note 07") + 2] = 0xFF  # no longer UTF-8
    path.write_bytes(bytes(content))
    (data_dir / "liverbook.lock").unlink(missing_ok=True)
    return data_dir, bytes(content)


def _texts(data_dir: Path) -> list[str]:
    from liverbook.store import Store

    with Store.open(data_dir) as store:
        return sorted(n.text for n in store.list_notes())


def _finish(data_dir: Path, choice: str) -> tuple[str, list[str], list[str]]:
    """Start as the app does: ("pending", rescued texts, final texts) or ("recovered", [], texts)."""
    from liverbook.store import Store, StoreCorrupt
    from liverbook.store.rescue import make_offer, recover

    try:
        Store.open(data_dir).close()
    except StoreCorrupt as exc:
        offer = make_offer(data_dir, exc)
        rescued = sorted(n.text for n in offer.rescued.notes)
        recover(data_dir, offer, choice, datetime.now(timezone.utc))
        return "pending", rescued, _texts(data_dir)
    return "recovered", [], _texts(data_dir)


@dataclass
class Figures:
    kills: int = 0
    at_a_step: int = 0
    at_random: int = 0
    found_pending: int = 0
    found_recovered: int = 0
    steps_in_a_recovery: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.kills} SIGKILLs of the recovery ({self.at_a_step} at a chosen file-system step of "
            f"{self.steps_in_a_recovery}, {self.at_random} at a random moment) in {self.seconds:.1f} s; "
            f"afterwards {self.found_pending} found the damage still pending, {self.found_recovered} found "
            f"it recovered; {len(self.problems)} problems"
        )


def _env() -> dict[str, str]:
    return dict(
        os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(DESKTOP), os.environ.get("PYTHONPATH")]))
    )


def _spawn(data_dir: Path, choice: str, kill_at: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, __file__, "--child", str(data_dir), choice, str(kill_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
    )


def run(kills: int = 200, seed: int = 20261203, folder: Path | None = None) -> Figures:
    figures = Figures()
    rng = random.Random(seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="liverbook-kill-recovery-") as temp:
        base = Path(folder or temp)
        fixture, damaged = build_fixture(base)
        expected: dict[str, list[str]] = {}
        rescued_texts: list[str] = []
        durations: list[float] = []
        for choice in CHOICES:  # each recovery once, uninterrupted: what it must give
            clean = base / f"clean-{choice}"
            shutil.copytree(fixture, clean)
            begun = time.monotonic()
            out, err = _spawn(clean, choice, 0).communicate()
            durations.append(time.monotonic() - begun)
            words = out.decode().split()
            if "done" not in words:
                figures.problems.append(f"the uninterrupted {choice} recovery failed: {err.decode()[-300:]}")
                return figures
            figures.steps_in_a_recovery = max(figures.steps_in_a_recovery, int(words[-1]))
            expected[choice] = _texts(clean)
        probe = base / "probe"
        shutil.copytree(fixture, probe)
        _, rescued_texts, _ = _finish(probe, "merge")
        longest = max(durations)
        for run_number in range(kills * 2):
            if figures.kills >= kills:
                break
            choice = CHOICES[run_number % len(CHOICES)]
            data_dir = base / f"run-{run_number}"
            shutil.copytree(fixture, data_dir)
            at_step = run_number % 2 == 0
            kill_at = rng.randint(1, figures.steps_in_a_recovery) if at_step else 0
            child_process = _spawn(data_dir, choice, kill_at)
            if not at_step:
                assert child_process.stdout is not None
                child_process.stdout.readline()  # "ready"
                time.sleep(rng.uniform(0.0, longest * 0.7))
                child_process.send_signal(signal.SIGKILL)
            out, err = child_process.communicate()
            figures.kills += child_process.returncode == -signal.SIGKILL
            figures.at_a_step += at_step and child_process.returncode == -signal.SIGKILL
            figures.at_random += (not at_step) and child_process.returncode == -signal.SIGKILL
            where = f"run {run_number} ({choice}, {'step ' + str(kill_at) if at_step else 'random moment'})"
            if err.strip():
                figures.problems.append(f"{where}: the child wrote to stderr: {err.decode()[-300:]}")
            kept = [p for p in data_dir.iterdir() if p.name.startswith("notes.sqlite3") and p.is_file()]
            if not any(p.read_bytes() == damaged for p in kept):
                figures.problems.append(f"{where}: the damaged file is gone")
            if child_process.returncode != -signal.SIGKILL:
                shutil.rmtree(data_dir, ignore_errors=True)
                continue  # it finished before the kill: not counted
            before = sorted((p.name, p.stat().st_size) for p in data_dir.iterdir())
            try:
                state, rescued, final = _finish(data_dir, choice)
            except Exception as exc:  # noqa: BLE001 - any failure to start is what this looks for
                figures.problems.append(
                    f"{where}: the next start failed: {type(exc).__name__}: {exc}; files: {before}"
                )
                continue
            if state == "pending":
                figures.found_pending += 1
                if rescued != rescued_texts:
                    figures.problems.append(
                        f"{where}: the offer after the kill differs ({len(rescued)} notes)"
                    )
            else:
                figures.found_recovered += 1
            if final != expected[choice]:
                figures.problems.append(
                    f"{where}: {state}, then {len(final)} notes instead of {len(expected[choice])}"
                )
            shutil.rmtree(data_dir, ignore_errors=True)
    figures.seconds = time.monotonic() - started
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--child", nargs=3, metavar=("DATA_DIR", "CHOICE", "KILL_AT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        data_dir, choice, kill_at = args.child
        child(Path(data_dir), choice, int(kill_at))
        return 0
    figures = run(args.kills, args.seed)
    print(figures.summary())
    for problem in figures.problems[:20]:
        print("  problem:", problem)
    return 0 if not figures.problems and figures.kills == args.kills else 1


if __name__ == "__main__":
    sys.exit(main())
