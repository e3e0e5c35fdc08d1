"""The handbook's benchmarks against bare-Qt baselines, measured in the same run: ``python bench/run.py``.

Prints one table. Each figure is the median over ``--runs`` runs (7 by default) in which the app and
its baseline take turns (app, baseline, app, baseline...); the ratio is the median of the ratios of
the two in each run. Needs only Python, the app's own dependencies (the README's install) and, for
``--xcb``, Xvfb. What each row measures, and why its baseline is fair: docs/performance.md.

    python bench/run.py              # everything, 7 runs (about three minutes on 2 cores)
    python bench/run.py --quick      # 3 runs and shorter typing: a quick look, not the figures to quote
    python bench/run.py --only start,pdf --runs 11
    python bench/run.py --xcb        # a real X11 window on a virtual screen (xvfb-run), not offscreen

Qt runs on the offscreen platform (``QT_QPA_PLATFORM=offscreen``) unless ``--xcb`` is given. Child
processes run the checkout's code (``desktop/`` first on ``PYTHONPATH``) from compiled bytecode, as an
installed app does (pip compiles it at install; ``PYTHONDONTWRITEBYTECODE`` is dropped for them).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DESKTOP = ROOT / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from measures import percentile  # noqa: E402 - after the path is set

TASKS = ("start", "sizes", "search", "pdf", "autosave", "typing", "load", "diary", "diarytab", "report")
STORE_SIZES = (0, 10_000, 100_000)  # notes in the store for the "sizes" rows
PAINTED = re.compile(r"first page painted at monotonic ([0-9.]+)")
_RERUN = "LIVERBOOK_BENCH_UNDER_XVFB"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- the environment ---------------------------------------------------------------------------------


def child_env(platform_name: str) -> dict[str, str]:
    """The environment of every measured process: the checkout's code, compiled, on ``platform_name``."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([str(DESKTOP), *filter(None, [env.get("PYTHONPATH")])])
    env["QT_QPA_PLATFORM"] = platform_name
    env.pop("LIVERBOOK_CONTENT_DIR", None)
    env.pop("LIVERBOOK_DATA_DIR", None)
    return env


def compile_sources() -> None:
    """Bytecode for the app and the bench, as an installed app has (quietly; harmless if present)."""
    for folder in (DESKTOP / "liverbook", BENCH):
        compileall.compile_dir(str(folder), quiet=2, force=False)


def machine(platform_name: str) -> dict[str, str]:
    """CPU, cores, OS, Python, Qt and PySide6 versions, and the Qt platform plugin."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    from PySide6 import QtCore

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "qt": QtCore.qVersion(),
        "pyside6": PySide6.__version__,
        "platform": platform_name,
    }


# -- start-up ------------------------------------------------------------------------------------------


def baseline_spec(folder: Path) -> Path:
    """What the bare window shows: the app's first page as HTML, its style sheet, fonts, tabs, size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from liverbook import paths
    from liverbook.content import TABS, load_handbook
    from liverbook.render import page_html
    from liverbook.ui.app import BASE_POINT_SIZE
    from liverbook.ui.appearance import themes
    from liverbook.ui.views.entries import GLOSSARY, MY_HANDBOOK

    book = load_handbook(paths.content_dir())
    first = book.pages_in_tab(TABS[0][0])[0]
    spec = {
        "html": page_html(book, first),
        "css": themes.reading_stylesheet(themes.THEMES[themes.LIGHT]),
        "fonts": [str(p) for p in sorted(paths.resource("fonts").glob("*.ttf"))],
        "tabs": [title for _, title in (*TABS, MY_HANDBOOK, GLOSSARY)],
        "point_size": BASE_POINT_SIZE,
        "width": 1200,
        "height": 780,
    }
    path = folder / "baseline-spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@dataclass
class Started:
    paint_ms: float  # process start to the first paint of the page text
    wall_ms: float  # process start to its end (quitting included)
    rss_kb: int  # peak resident set size of the process (wait4's ru_maxrss)


LAUNCHED = re.compile(r"launched at monotonic ([0-9.]+) exit (-?[0-9]+) maxrss_kb ([0-9]+)")


def start_once(command: Sequence[str], env: dict[str, str]) -> Started:
    """Start ``command`` (through bench/launch.py, so that its peak RSS is its own), wait for it, and read
    when it painted (from its output) and its peak RSS."""
    with tempfile.TemporaryFile() as out:
        launcher = [sys.executable, str(BENCH / "launch.py"), *command]
        process = subprocess.Popen(launcher, stdout=out, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        process.wait()
        end = time.monotonic()
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    found = PAINTED.search(text)
    launched = LAUNCHED.search(text)
    if process.returncode != 0 or found is None or launched is None:
        raise RuntimeError(f"{' '.join(command)} failed (exit {process.returncode}): {text[-500:]}")
    begin = float(launched.group(1))
    return Started((float(found.group(1)) - begin) * 1000, (end - begin) * 1000, int(launched.group(3)))


def measure_start(runs: int, env: dict[str, str], work: Path) -> dict[str, list[float]]:
    spec = baseline_spec(work)
    base_cmd = [sys.executable, str(BENCH / "baseline_window.py"), str(spec)]

    def app_cmd() -> list[str]:
        data = Path(tempfile.mkdtemp(prefix="data-", dir=work))
        return [sys.executable, "-m", "liverbook", "--exit-after-paint", "--data-dir", str(data)]

    start_once(app_cmd(), env)  # warm-up (not counted): files in the page cache, bytecode written
    start_once(base_cmd, env)
    out: dict[str, list[float]] = {
        k: [] for k in ("app_paint", "base_paint", "app_wall", "base_wall", "app_rss", "base_rss")
    }
    for n in range(runs):
        app = start_once(app_cmd(), env)
        base = start_once(base_cmd, env)
        for who, got in (("app", app), ("base", base)):
            out[f"{who}_paint"].append(got.paint_ms)
            out[f"{who}_wall"].append(got.wall_ms)
            out[f"{who}_rss"].append(got.rss_kb / 1024)
        log(f"  start run {n + 1}/{runs}: app {app.paint_ms:.0f} ms, bare {base.paint_ms:.0f} ms")
    return out


def measure_start_sizes(
    runs: int, env: dict[str, str], work: Path, sizes: Sequence[int] = STORE_SIZES
) -> dict[str, dict[str, list[float]]]:
    """Start-up to first paint and peak RSS with ``sizes`` notes in an existing data folder.

    Each size has its own folder, filled once through the store (``measures.make_store``) and started
    once before the runs (that start takes the day's backup, as the first start of a day would); the
    counted starts are every later start of that day. The bare window is measured in the same runs.
    """
    spec = baseline_spec(work)
    base_cmd = [sys.executable, str(BENCH / "baseline_window.py"), str(spec)]
    out: dict[str, dict[str, list[float]]] = {}
    for size in sizes:
        data = work / f"notes-{size}"
        data.mkdir()
        if size:  # in a child process: this one stays small (see bench/launch.py)
            code = (
                f"import sys; sys.path[:0] = {[str(BENCH), str(DESKTOP)]!r}; from pathlib import Path; "
                f"from measures import make_store; make_store(Path({str(data)!r}), {size})"
            )
            subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, check=True)
        app_cmd = [sys.executable, "-m", "liverbook", "--exit-after-paint", "--data-dir", str(data)]
        start_once(app_cmd, env)  # warm-up: the day's backup, the page cache, the content cache
        start_once(base_cmd, env)
        got: dict[str, list[float]] = {k: [] for k in ("app_paint", "base_paint", "app_rss", "base_rss")}
        for n in range(runs):
            app = start_once(app_cmd, env)
            base = start_once(base_cmd, env)
            got["app_paint"].append(app.paint_ms)
            got["base_paint"].append(base.paint_ms)
            got["app_rss"].append(app.rss_kb / 1024)
            got["base_rss"].append(base.rss_kb / 1024)
            log(
                f"  {size:,} notes, run {n + 1}/{runs}: app {app.paint_ms:.0f} ms {app.rss_kb / 1024:.0f} MB, "
                f"bare {base.paint_ms:.0f} ms {base.rss_kb / 1024:.0f} MB"
            )
        out[str(size)] = got
    return out


# -- the in-process measurements (bench/measures.py in a child process) --------------------------------


def worker(task: str, runs: int, notes: int, chars: int, env: dict[str, str]) -> dict[str, object]:
    command = [
        sys.executable,
        str(BENCH / "measures.py"),
        task,
        "--runs",
        str(runs),
        "--notes",
        str(notes),
        "--chars",
        str(chars),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"bench/measures.py {task} failed (exit {result.returncode}):\n{result.stderr[-3000:]}"
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


# -- the table ------------------------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    app: float
    base: float | None
    ratio: float | None
    target: str = ""
    met: bool | None = None
    unit: str = "ms"


def med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratios(app: list[float], base: list[float]) -> float:
    return med([a / b for a, b in zip(app, base, strict=True) if b > 0])


def pair(
    what: str,
    app: list[float],
    base: list[float],
    target: str = "",
    check: Callable[[float, float], bool] | None = None,
    unit: str = "ms",
) -> Row:
    a, b, r = med(app), med(base), ratios(app, base)
    return Row(what, a, b, r, target, None if check is None else check(a, r), unit)


def rows_for(results: dict[str, dict[str, object]], notes: int) -> list[Row]:
    rows: list[Row] = []
    if "start" in results:
        s = results["start"]
        rows.append(
            pair(
                "Start to first page painted (cold process)",
                s["app_paint"],
                s["base_paint"],
                "<= 1.25x",
                lambda a, r: r <= 1.25,
            )
        )
        rows.append(pair("  same, until the process has exited", s["app_wall"], s["base_wall"]))
        rows.append(
            pair(
                "Peak RSS at start", s["app_rss"], s["base_rss"], "<= 1.3x", lambda a, r: r <= 1.3, unit="MB"
            )
        )
    if "sizes" in results:
        for size, s in results["sizes"].items():  # type: ignore[assignment]
            rows.append(
                pair(
                    f"Start to first paint, {int(size):,} notes (existing folder)",
                    s["app_paint"],
                    s["base_paint"],
                )
            )
            rows.append(pair(f"  peak RSS, {int(size):,} notes", s["app_rss"], s["base_rss"], unit="MB"))
    if "search" in results:
        runs = results["search"]["runs"]
        for q, name in ((0.5, "p50"), (0.95, "p95")):
            app = [percentile(run["app"], q) for run in runs]
            base = [percentile(run["base"], q) for run in runs]
            check = (lambda a, r: a <= 16.0) if name == "p95" else None
            rows.append(
                pair(
                    f"Search, per keystroke {name} ({notes:,} notes)",
                    app,
                    base,
                    "<= 16 ms" if name == "p95" else "",
                    check,
                )
            )
        first: list[dict[str, float]] = results["search"]["first_keystroke"]  # type: ignore[assignment]
        stall = med([f["idle_stall"] for f in first])
        rows.append(
            Row("  first keystroke, once the index is built", med([f["first"] for f in first]), None, None)
        )
        rows.append(
            Row(
                "  longest UI stall while the index builds (background)",
                stall,
                None,
                None,
                "<= 16 ms",
                stall <= 16.0,
            )
        )
        rows.append(
            Row(
                "    of which on the window's thread (the worker reads the notes)",
                med([f["list_notes"] for f in first]),
                None,
                None,
            )
        )
        rows.append(
            Row(
                "  index built in the foreground (a search before it is ready)",
                med([f["foreground"] for f in first]),
                None,
                None,
            )
        )
    if "pdf" in results:
        runs = results["pdf"]["runs"]
        pages = int(runs[0]["pages"])
        rows.append(
            pair(
                f"Summary PDF, full, {pages} pages",
                [r["app"] for r in runs],
                [r["base"] for r in runs],
                "<= 150 ms and <= 1.5x",
                lambda a, r: a <= 150 and r <= 1.5,
            )
        )
    if "autosave" in results:
        runs = results["autosave"]["runs"]
        for key, name in (("typical", f"a note among {notes:,}"), ("big", "a 1 MB note")):
            rows.append(
                pair(
                    f"Autosave: Store.update_note, {name}",
                    [r[f"store_{key}"] for r in runs],
                    [r[f"base_{key}"] for r in runs],
                )
            )
            rows.append(
                pair(
                    f"Autosave: NotesPane.flush, {name}",
                    [r[f"flush_{key}"] for r in runs],
                    [r[f"base_{key}"] for r in runs],
                )
            )
    if "typing" in results:
        runs = results["typing"]["runs"]
        for key, name in (("new", "a new note"), ("typical", "a note among them"), ("big", "the 1 MB note")):
            rows.append(
                pair(
                    f"Longest UI stall typing, {name}",
                    [r[key]["app"] for r in runs],
                    [r[key]["base"] for r in runs],
                    "<= 16 ms",
                    lambda a, r: a <= 16.0,
                )
            )
    if "load" in results:
        runs = results["load"]["runs"]
        for key, name in (("c", "C YAML parser"), ("pure", "pure-Python YAML")):
            rows.append(
                pair(f"Content load, {name}", [r[key]["app"] for r in runs], [r[key]["base"] for r in runs])
            )
        if "cached" in runs[0]["c"]:
            rows.append(
                pair(
                    "Content load at start, from the content cache",
                    [r["c"]["cached"] for r in runs],
                    [r["c"]["base"] for r in runs],
                )
            )
    if "diary" in results:
        runs = results["diary"]["runs"]
        for key, what in (("open", "Store.open + first screen"), ("reads", "first screen, store open")):
            rows.append(
                pair(
                    f"Diary: {what}, 5 years vs 3 months daily",
                    [r[f"{key}_full"] for r in runs],
                    [r[f"{key}_recent"] for r in runs],
                    "<= 1.25x" if key == "reads" else "",
                    (lambda a, r: r <= 1.25) if key == "reads" else None,
                )
            )
            rows.append(
                pair(
                    f"Diary: {what}, 5 years vs no diary",
                    [r[f"{key}_full"] for r in runs],
                    [r[f"{key}_empty"] for r in runs],
                )
            )
        rows.append(
            pair(
                "Diary check-in: judged + saved (21 answers), 5 years",
                [r["save"] for r in runs],
                [r["save_base"] for r in runs],
                "<= 16 ms",
                lambda a, r: a <= 16.0,
            )
        )
    if "diarytab" in results:
        runs = results["diarytab"]["runs"]
        tab = [r["tab_full"] for r in runs]
        rows.append(
            pair("Diary tab shown, its 3 pages painted: 5 years daily", tab, [r["tab_base"] for r in runs])
        )
        rows.append(
            pair(
                "Diary tab shown, its 3 pages painted: no diary",
                [r["tab_empty"] for r in runs],
                [r["tab_base2"] for r in runs],
            )
        )
        rows.append(
            pair(
                "Diary tab: 5 years vs 3 months daily",
                tab,
                [r["tab_recent"] for r in runs],
                "<= 1.25x",
                lambda a, r: r <= 1.25,
            )
        )
        rows.append(pair("Diary tab: 5 years vs no diary", tab, [r["tab_empty"] for r in runs]))
        rows.append(
            pair(
                "Check-in Done on the window's thread (21 answers, 5 years)",
                [r["save"] for r in runs],
                [r["save_base"] for r in runs],
                "<= 100 ms",
                lambda a, r: a <= 100.0,
            )
        )
    if "report" in results:
        runs = results["report"]["runs"]
        pages = int(runs[0]["pages"])
        rows.append(
            pair(
                f"Visit report PDF: 2 years of diary + {notes:,} notes, {pages:,} pages",
                [r["app"] for r in runs],
                [r["base"] for r in runs],
                "<= 1.0x",
                lambda a, r: r <= 1.0,
            )
        )
        rows.append(
            Row(
                "  of which reading the store and building the HTML",
                med([r["built"] for r in runs]),
                None,
                None,
            )
        )
    return rows


BASELINES = {
    "Start": "bare QMainWindow, 6 QTextBrowser tabs, same page",
    "Peak": "the bare window",
    "  peak RSS": "the bare window, same run",
    "Search": "QLineEdit + naive substring scan",
    "  first": "",
    "Summary": "QTextDocument.print_ to QPdfWriter",
    "Autosave": "plain sqlite3 UPDATE, same settings",
    "Longest": "bare QPlainTextEdit, same keys",
    "Content": "yaml.load of the same files",
    "Diary:": "the same code, fewer years (or none)",
    "Diary tab shown": "bare QTabWidget + QLabel, QListView of 50, QWidget",
    "Diary tab:": "the same window, fewer years (or none)",
    "Check-in Done": "bare QDialog + plain sqlite3 INSERTs",
    "Diary check-in": "plain sqlite3 INSERTs, same settings",
    "Visit report": "QTextDocument.print_ of the same HTML to QPdfWriter",
}


def baseline_name(what: str) -> str:
    for prefix, name in BASELINES.items():
        if what.startswith(prefix):
            return name
    return ""


def format_table(rows: list[Row]) -> str:
    def num(value: float | None, unit: str) -> str:
        if value is None:
            return "-"
        return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"

    header = ("Measure", "App", "Baseline", "Ratio", "Target", "Met", "Baseline is")
    lines = [header]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "NO")
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(
            (
                row.what,
                num(row.app, row.unit),
                num(row.base, row.unit),
                ratio,
                row.target,
                met,
                baseline_name(row.what),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        cells = [
            c.ljust(w) if i in (0, 4, 5, 6) else c.rjust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=False))
        ]
        out.append("| " + " | ".join(cells) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


# -- main ---------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--runs", type=int, default=None, help="runs of each measurement (default 7; --quick 3)"
    )
    parser.add_argument("--quick", action="store_true", help="3 runs and less typing: a quick look")
    parser.add_argument("--notes", type=int, default=10_000, help="notes in the store (default 10,000)")
    parser.add_argument("--only", default=",".join(TASKS), help=f"comma-separated, from: {', '.join(TASKS)}")
    parser.add_argument(
        "--xcb", action="store_true", help="use X11 (under xvfb-run when there is no display)"
    )
    parser.add_argument("--json", metavar="FILE", help="also write every raw figure to FILE")
    args = parser.parse_args(argv)
    tasks = [t.strip() for t in args.only.split(",") if t.strip()]
    unknown = sorted(set(tasks) - set(TASKS))
    if unknown:
        parser.error(f"unknown measurement(s): {', '.join(unknown)}")
    runs = args.runs or (3 if args.quick else 7)
    chars = 12 if args.quick else 24

    platform_name = "offscreen"
    if args.xcb:
        platform_name = "xcb"
        if not os.environ.get("DISPLAY") and not os.environ.get(_RERUN):
            xvfb = shutil.which("xvfb-run")
            if xvfb is None:
                parser.error("--xcb needs a display or xvfb-run (Debian: apt-get install xvfb xauth)")
            command = [
                xvfb,
                "-a",
                "-s",
                "-screen 0 1920x1080x24",
                sys.executable,
                __file__,
                *(argv or sys.argv[1:]),
            ]
            return subprocess.call(command, env={**os.environ, _RERUN: "1"})
    os.environ["QT_QPA_PLATFORM"] = platform_name
    env = child_env(platform_name)
    compile_sources()
    info = machine(platform_name)

    results: dict[str, dict[str, object]] = {}
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="liverbook-bench-") as folder:
        for task in tasks:
            log(f"{task}: {runs} runs...")
            if task == "start":
                results[task] = measure_start(runs, env, Path(folder))  # type: ignore[assignment]
            elif task == "sizes":
                results[task] = measure_start_sizes(runs, env, Path(folder))  # type: ignore[assignment]
            else:
                results[task] = worker(task, runs, args.notes, chars, env)
    rows = rows_for(results, args.notes)
    print(
        f"liverbook bench: {runs} interleaved runs each, medians; {info['cpu']}, {info['cores']} cores, "
        f"{info['os']}, Python {info['python']}, Qt {info['qt']}, PySide6 {info['pyside6']}, "
        f"platform {info['platform']}; {time.monotonic() - began:.0f} s"
    )
    print(format_table(rows))
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "runs": runs, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
