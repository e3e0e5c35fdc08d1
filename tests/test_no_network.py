"""No network, proven: a full walk through the app (tests/walk_child.py) under strace, in a network
namespace of its own, must never try to connect to an internet address.

``strace -f -e trace=connect`` records every connect() of the process and its threads and children;
any AF_INET or AF_INET6 address fails the test (AF_UNIX, e.g. fontconfig or D-Bus, is local and
allowed). One exception, and only once the user prints: Qt's print support asks the computer's own
print service (CUPS, 127.0.0.1 or ::1, port 631) for its printers; the walk prints last, after a
line ``printing`` that strace records too, and nothing else is allowed even then. Under
``unshare -rn`` the walk also runs with no network at all: it must still do everything. Patching
Python's socket module would miss Qt's own sockets; strace sees them all.

strace missing: skipped, unless LIVERBOOK_REQUIRE_STRACE=1 (CI), then failed. unshare not
allowed here: that part is skipped with the reason, strace alone still runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WALK = Path(__file__).with_name("walk_child.py")
_CONNECT = re.compile(r"connect\(\d+, \{sa_family=(AF_[A-Z0-9]+)")
_PRINT_SERVICE = re.compile(
    r"sa_family=AF_INET6?, sin6?_port=htons\(631\), (?:sin6_flowinfo=htonl\(0\), )?"
    r'(?:sin_addr=inet_addr\("127\.0\.0\.1"\)|inet_pton\(AF_INET6, "::1")'
)


def _connects(trace: str) -> tuple[list[str], list[str], bool]:
    """connect() lines before and after the walk wrote ``printing`` (strace records that write too)."""
    before: list[str] = []
    after: list[str] = []
    printing = False
    for line in trace.splitlines():
        if 'write(1, "printing' in line:
            printing = True
        elif _CONNECT.search(line):
            (after if printing else before).append(line)
    return before, after, printing


def _strace() -> str:
    path = shutil.which("strace")
    if path is None:
        if os.environ.get("LIVERBOOK_REQUIRE_STRACE") == "1":
            pytest.fail("strace is needed (LIVERBOOK_REQUIRE_STRACE=1) and missing")
        pytest.skip("strace is not installed (set LIVERBOOK_REQUIRE_STRACE=1 to make this a failure)")
    probe = subprocess.run(
        [path, "-f", "-e", "trace=connect", "-o", os.devnull, "true"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        message = f"strace cannot trace here: {probe.stderr.strip()[-200:]}"
        if os.environ.get("LIVERBOOK_REQUIRE_STRACE") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _unshare_prefix() -> tuple[list[str], str]:
    """``unshare -rn`` (a user and network namespace) if this machine allows it, else why not."""
    path = shutil.which("unshare")
    if path is None or sys.platform != "linux":
        return [], "unshare is not available"
    probe = subprocess.run([path, "-rn", "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return [], f"unshare -rn is not allowed here: {probe.stderr.strip()[-200:]}"
    return [path, "-rn"], ""


def _family(line: str) -> str:
    match = _CONNECT.search(line)
    assert match is not None
    return match[1]


def test_a_full_walk_through_the_app_never_connects_to_the_network(tmp_path: Path) -> None:
    strace = _strace()
    unshare, why_not = _unshare_prefix()
    trace = tmp_path / "connect.trace"
    out = tmp_path / "out"
    out.mkdir()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / ".config"),
        XDG_CACHE_HOME=str(tmp_path / "home" / ".cache"),
    )
    env.pop("LIVERBOOK_DATA_DIR", None)
    command = [
        *unshare,
        strace,
        "-f",
        "-qq",
        "-s",
        "40",
        "-e",
        "trace=connect,write",
        "-e",
        "signal=none",
        "-o",
        str(trace),
        sys.executable,
        str(WALK),
        str(tmp_path / "data"),
        str(out),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    lines = result.stdout.splitlines()
    from liverbook.ui.window.tabs import TAB_SPECS

    assert (
        lines[0] == f"tabs {len(TAB_SPECS)}"
        and lines[-1].startswith("walked ")
        and int(lines[-1].split()[1]) > 100
    ), lines
    assert "searched" in lines and "printed" in lines and any(line.startswith("summary ") for line in lines)
    assert (out / "summary.pdf").stat().st_size > 10_000 and (out / "printed.pdf").stat().st_size > 10_000
    before, after, printing = _connects(trace.read_text(encoding="utf-8", errors="replace"))
    assert printing, "strace did not record the walk's 'printing' line"
    # Reading, searching, notes, questions, saving the summary as a PDF, exporting: local sockets only.
    assert [line for line in before if _family(line) not in ("AF_UNIX", "AF_NETLINK")] == []
    # Printing: the computer's own print service at most, never anywhere else.
    assert [
        line
        for line in after
        if _family(line) not in ("AF_UNIX", "AF_NETLINK") and not _PRINT_SERVICE.search(line)
    ] == []
    if not unshare:
        pytest.skip(
            f"strace found no connect() to the network; the run without a network was skipped: {why_not}"
        )
