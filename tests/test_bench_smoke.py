"""bench/run.py still runs: each of its measurements once, with tiny sizes. No timing is checked here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"liverbook_bench_{name}", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> tuple[ModuleType, ModuleType]:
    return load("run"), load("measures")


def test_the_table_is_built_from_every_kind_of_figure(bench, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run, measures = bench
    results: dict[str, dict[str, object]] = {}

    search = measures.SearchBench(tmp_path / "search", notes=20, queries=("pain",))
    results["search"] = {"first_keystroke": [search.first_keystroke()], "runs": [search.run()]}
    search.close()

    results["pdf"] = {"runs": [measures.PdfBench(tmp_path, notes=2).run()]}
    assert results["pdf"]["runs"][0]["pages"] >= 1  # type: ignore[index]

    save = measures.AutosaveBench(tmp_path / "save", notes=20, big_chars=2_000)
    results["autosave"] = {"runs": [save.run()]}
    save.close()

    typing = measures.TypingBench(tmp_path / "typing", notes=20, chars=2, rate=200.0, big_chars=2_000)
    results["typing"] = {"runs": [{which: typing.run(which) for which in ("new", "typical", "big")}]}
    typing.close()

    results["load"] = {
        "runs": [{"c": measures.load_run(False, tmp_path / "cache"), "pure": measures.load_run(True)}]
    }

    diary = load("diary_bench").DiaryBench(tmp_path / "diary", days=30)
    results["diary"] = {"runs": [diary.run()]}
    diary.close()

    tab = load("diary_tab_bench").DiaryTabBench(tmp_path / "diarytab", days=30)
    results["diarytab"] = {"runs": [tab.run()]}
    tab.close()

    report = load("report_bench").ReportBench(tmp_path / "report", notes=20, days=30)
    results["report"] = {"runs": [report.run()]}
    assert results["report"]["runs"][0]["pages"] >= 2  # type: ignore[index]

    rows = run.rows_for(results, 20)
    table = run.format_table(rows)
    assert len(rows) == 29  # all but the three start-up rows
    assert "Check-in Done on the window's thread" in table
    assert "Visit report PDF: 2 years of diary + 20 notes" in table
    assert "Diary: Store.open + first screen, 5 years vs 3 months daily" in table
    assert "Search, per keystroke p95" in table and "Content load, pure-Python YAML" in table


def test_the_bare_window_starts_and_says_when_it_painted(bench, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run, _ = bench
    spec = run.baseline_spec(tmp_path)
    started = run.start_once(
        [sys.executable, str(BENCH / "baseline_window.py"), str(spec)], run.child_env("offscreen")
    )
    assert started.paint_ms > 0 and started.rss_kb > 0


def test_notes_for_the_bench_are_made_with_the_store_api(bench, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.store import Store

    _, measures = bench
    measures.make_store(tmp_path, 30, big_note_chars=5_000)
    with Store.open(tmp_path) as store:
        notes = store.list_notes()
    assert len(notes) == 31 and max(len(n.text) for n in notes) == 5_000


def test_the_large_store_is_made_with_the_store_api(bench, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from liverbook.store import Store

    large = load("large_store")
    large.make_large_store(tmp_path, notes=20, diary_days=10, labs=14, medicines=3, visits=2)
    with Store.open(tmp_path) as store:
        assert len(store.list_notes()) == 20 and len(store.latest_entries(100)) == 10
        assert (len(store.list_medicines()), len(store.list_visits())) == (3, 2)
        assert len(store.list_lab_results()) == 14
