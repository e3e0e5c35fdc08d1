"""Which Python to bundle: the app's start-up on each interpreter given, against the bare window on the same.

    python bench/pythons.py /path/to/python3.11 /path/to/python3.12 /path/to/python3.13 [--runs 7]

Each interpreter needs PySide6-Essentials and PyYAML (a venv per version: ``python3.12 -m venv v12 &&
v12/bin/pip install PySide6-Essentials PyYAML``). For each: the app's start to first paint on an
existing data folder with an empty store, and its processor time and peak RSS, each against the bare
6-tab window on the same interpreter, interleaved round the interpreters (bench/startup.py); the cost
of PySide6 building the Qt namespace's enum classes (``from PySide6.QtCore import Qt``, processor
time, best of the runs); and whether PySide6 still drops references to None and True there (so that
``liverbook.pyside_refcounts`` must stay on). Bytecode is compiled for each interpreter first, as an
installed copy has it.
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent / "desktop")]

from run import child_env, load_average  # noqa: E402
from startup import DESKTOP, baseline_spec, start_once  # noqa: E402

ENUMS = (
    "import time, PySide6.QtWidgets; t = time.process_time(); from PySide6.QtCore import Qt; "
    "Qt.AlignmentFlag; print((time.process_time() - t) * 1000)"
)
LEAKS = (
    "import sys; sys.path.insert(0, {desktop!r}); from PySide6.QtCore import QCoreApplication; "
    "app = QCoreApplication([]); from liverbook.pyside_refcounts import leaks; print(leaks())"
)


def version(python: str) -> str:
    return subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pythons", nargs="+")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    for python in args.pythons:
        subprocess.run([python, "-m", "compileall", "-q", str(DESKTOP / "liverbook")], check=True)
    compileall.compile_dir(str(BENCH), quiet=2)
    began = load_average()
    with tempfile.TemporaryDirectory(prefix="liverbook-pythons-") as folder:
        work = Path(folder)
        env = child_env("offscreen", cache=work / "cache")
        spec = baseline_spec(work)
        data = work / "data"
        figures: dict[str, dict[str, list[float]]] = {p: {} for p in args.pythons}
        for python in args.pythons:
            start_once([python, "-m", "liverbook", "--exit-after-paint", "--data-dir", str(data)], env)
            start_once([python, str(BENCH / "baseline_window.py"), str(spec)], env)
        for n in range(args.runs):
            for python in args.pythons:
                app = start_once(
                    [python, "-m", "liverbook", "--exit-after-paint", "--data-dir", str(data)], env
                )
                bare = start_once([python, str(BENCH / "baseline_window.py"), str(spec)], env)
                enums = subprocess.run(
                    [python, "-c", ENUMS], capture_output=True, text=True, env=env, check=True
                )
                got = figures[python]
                for key, value in (
                    ("paint", app.paint_ms / bare.paint_ms), ("app_ms", app.paint_ms), ("bare_ms", bare.paint_ms),
                    ("cpu", app.cpu_ms / bare.cpu_ms), ("app_cpu", app.cpu_ms), ("rss", app.rss_kb / bare.rss_kb),
                    ("app_mb", app.rss_kb / 1024), ("enums", float(enums.stdout.strip())),
                ):  # fmt: skip
                    got.setdefault(key, []).append(value)
            print(f"  run {n + 1}/{args.runs}", file=sys.stderr, flush=True)
    print(f"Start to first paint, existing folder, empty store; {args.runs} interleaved runs, medians "
          f"(enum cost: best); load average {began} at the start, {load_average()} at the end")  # fmt: skip
    print(
        "| Python | start | vs bare | processor time | vs bare | peak RSS | vs bare | Qt enums | PySide6 leaks |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for python in args.pythons:
        got = figures[python]
        leak = subprocess.run([python, "-c", LEAKS.format(desktop=str(DESKTOP))], capture_output=True,
                              text=True, env=env, check=False).stdout.strip() or "?"  # fmt: skip
        med = {key: statistics.median(values) for key, values in got.items()}
        print(
            f"| {version(python)} | {med['app_ms']:.0f} ms | {med['paint']:.2f}x | {med['app_cpu']:.0f} ms | "
            f"{med['cpu']:.2f}x | {med['app_mb']:.1f} MB | {med['rss']:.2f}x | {min(got['enums']):.1f} ms | "
            f"{'yes (guard on)' if leak == 'True' else 'no' if leak == 'False' else leak} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
