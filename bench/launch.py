"""Start one command from a small process and report when it was started and its peak memory.

``bench/run.py`` starts the app and the bare window through this launcher, not directly: Linux counts
in a child's peak RSS (``ru_maxrss``) the memory of the process it was forked from, and the bench
process itself holds the handbook (and, for the store-size rows, made the notes), which inflated the
peak RSS of both sides. This process holds little more than the interpreter.

    python bench/launch.py COMMAND [ARGS...]

The command's output goes to this process's stdout; then one line is added:
``launched at monotonic <seconds> exit <code> maxrss_kb <kb>``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time


def main() -> int:
    begin = time.monotonic()
    process = subprocess.Popen(sys.argv[1:])
    _, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    sys.stdout.flush()
    print(f"launched at monotonic {begin:.6f} exit {code} maxrss_kb {usage.ru_maxrss}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
