"""Child process of test_store_kill.py: writes through the store until it is killed.

Usage: ``kill_child.py DATA_DIR SEED FIRST_SEQ``. Each write's text is
``seq=<n>;len=<L>;<L characters>``. Only after the store call has returned does it print
``ack <note id> <seq> <sha256 of text>`` (flushed), so every acknowledged line is a promise the
store made: that text (or a later one) must survive a SIGKILL at any moment.
"""

from __future__ import annotations

import hashlib
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from liverbook.store import Store


def main() -> None:
    data_dir, seed, seq = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    with Store.open(data_dir) as store:
        print("open", flush=True)
        ids = [note.id for note in store.list_notes()]
        while True:
            seq += 1
            size = rng.choice((0, 10, 200, 2_000)) if rng.random() > 0.005 else rng.randint(20_000, 200_000)
            body = "".join(rng.choice("abcdefgh ijklmnop\n✓é") for _ in range(min(size, 500)))
            body = (body * (size // max(len(body), 1) + 1))[:size]
            text = f"seq={seq};len={len(body)};{body}"
            if ids and rng.random() < 0.8:
                note = store.update_note(rng.choice(ids), text)
            else:
                note = store.add_note(text, page_id=rng.choice((None, "tace", "child-pugh-score")))
                ids.append(note.id)
            print(f"ack {note.id} {seq} {hashlib.sha256(text.encode()).hexdigest()}", flush=True)
            if seq % 300 == 0:  # now and then an automatic backup, so kills land in those too
                store.maybe_backup(datetime(2026, 1, 1, tzinfo=timezone.utc) + timedelta(days=seq // 300))
                print("backup", flush=True)


if __name__ == "__main__":
    main()
