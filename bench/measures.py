"""The measurements of ``bench/run.py``: each one times the app's code and a plain baseline in turn.

Every ``*_run`` function does one app run and one baseline run (interleaved: app, then baseline) and
returns their figures in milliseconds; ``bench/run.py`` calls it several times and takes medians.
Sizes are parameters, so ``tests/test_bench_smoke.py`` can run each once with tiny ones.

Run as a script, this module is the worker process ``bench/run.py`` starts for the in-process
measurements (one process per measurement, offscreen unless ``QT_QPA_PLATFORM`` says otherwise):

    python bench/measures.py search|pdf|autosave|typing|load|diary|diarytab|report --runs 7 [--notes 10000]

It prints one JSON object: the raw figures of every run.
"""

from __future__ import annotations

import argparse
import json
import sys

from bench_common import (  # noqa: F401 - the names other bench modules and the tests use from here
    BIG_NOTE_CHARS,
    Heartbeat,
    _book,
    application,
    big_note,
    core_for,
    make_store,
    ms_since,
    note_texts,
    percentile,
    settle,
    temp_dir,
)
from load_bench import load_run, yaml_files  # noqa: F401
from pdf_bench import PdfBench, pdf_page_count, raw_pdf, stage4_summary  # noqa: F401
from search_bench import QUERIES, SearchBench  # noqa: F401
from typing_bench import AutosaveBench, TypingBench  # noqa: F401

# -- the worker ------------------------------------------------------------------------------------


def worker(task: str, runs: int, notes: int, chars: int) -> dict[str, object]:
    out: dict[str, object] = {"task": task, "runs": []}
    samples: list[object] = out["runs"]  # type: ignore[assignment]
    with temp_dir() as tmp:
        if task in ("search", "search100k"):  # search100k: the same with 100,000 notes (is it flat?)
            bench = SearchBench(tmp, 100_000 if task == "search100k" else notes)
            out["first_keystroke"] = [bench.first_keystroke() for _ in range(runs)]
            for _ in range(runs):
                samples.append(bench.run())
            bench.close()
        elif task == "pdf":
            pdf = PdfBench(tmp)
            pdf.run()  # warm-up: fonts and glyph caches
            for _ in range(runs):
                samples.append(pdf.run())
        elif task == "autosave":
            save = AutosaveBench(tmp, notes)
            for _ in range(runs):
                samples.append(save.run())
            save.close()
        elif task == "typing":
            typing = TypingBench(tmp, notes, chars=chars)
            for _ in range(runs):
                samples.append({which: typing.run(which) for which in ("new", "typical", "big")})
            typing.close()
        elif task == "load":
            load_run(False, tmp)  # warm-up: the files in the page cache, the modules imported
            for _ in range(runs):
                samples.append({"c": load_run(False, tmp), "pure": load_run(True)})
        elif task == "report":  # bench/report_bench.py: two years of diary and the notes, all printed
            from report_bench import ReportBench

            report = ReportBench(tmp, notes)
            for _ in range(runs):
                samples.append(report.run())
        elif task == "diarytab":  # bench/diary_tab_bench.py: the diary's screens, five years against none
            from diary_tab_bench import DiaryTabBench

            tab = DiaryTabBench(tmp)
            tab.run()  # warm-up: pages, fonts, the handbook
            for _ in range(runs):
                samples.append(tab.run())
            tab.close()
        elif task == "stalls":  # bench/stalls.py: the window's longest stalls with the large store
            from stalls import StallBench

            stall = StallBench(tmp, notes, chars=chars)
            for _ in range(runs):
                samples.append(stall.run())
            stall.close()
        elif task == "diary":  # bench/diary_bench.py: five years of daily check-ins against none
            from diary_bench import DiaryBench

            diary = DiaryBench(tmp)
            diary.run()  # warm-up
            for _ in range(runs):
                samples.append(diary.run())
            diary.close()
        else:
            raise SystemExit(f"unknown task {task!r}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="One bench/run.py measurement, in its own process.")
    parser.add_argument(
        "task",
        choices=(
            "search",
            "search100k",
            "stalls",
            "pdf",
            "autosave",
            "typing",
            "load",
            "diary",
            "diarytab",
            "report",
        ),
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=30, help="characters typed per typing run")
    args = parser.parse_args(argv)
    result = worker(args.task, args.runs, args.notes, args.chars)
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
