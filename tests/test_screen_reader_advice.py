"""A "get help now" message as a screen reader gets it, through the real accessibility bus (AT-SPI).

After a check-in with a go-now sign, Orca must say what to do at once and be able to read all of it:
the message is announced (``object:announcement``, assertive), the advice panel takes the focus (its
name "Get help now" and, as its description, the whole advice are read), and each part is a label
on the bus. Measured with PySide6 6.12: Qt's Alert event reaches no Linux screen reader, so the
announcement is what is heard. Needs what tests/test_screen_reader.py needs; skipped without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_screen_reader import LACKING, REQUIRED, SYSTEM_PYTHON

HERE = Path(__file__).resolve().parent
pytestmark = pytest.mark.skipif(
    bool(LACKING) and not REQUIRED,
    reason=f"screen reader check skipped: {LACKING} (Debian: at-spi2-core python3-pyatspi dbus xvfb)",
)


@pytest.fixture(scope="module")
def seen() -> dict[str, object]:
    if LACKING:
        pytest.fail(f"LIVERBOOK_REQUIRE_ATSPI is set, but {LACKING}")
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DBUS_", "DISPLAY", "XDG_RUNTIME"))
    }
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            SYSTEM_PYTHON,
            str(HERE / "atspi_advice_probe.py"),
            sys.executable,
            str(HERE / "atspi_advice_app.py"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=HERE,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, f"the probe printed nothing:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return json.loads(line.removeprefix("RESULT "))


def test_the_go_now_message_is_announced_at_once(seen) -> None:  # type: ignore[no-untyped-def]
    said = [text for text in seen["announced"] if text.startswith("Get help now.")]
    assert said, seen["announced"]
    assert "Call your local emergency number" in said[0]


def test_the_advice_takes_the_focus_and_can_be_read_whole(seen) -> None:  # type: ignore[no-untyped-def]
    assert {"role": "panel", "name": "Get help now"} in seen["focused"]
    panel = seen["panel"]
    assert panel is not None and panel["name"] == "Get help now"
    for words in ("Call your local emergency number", "bleeding inside the gut", "does not contact anyone"):
        assert words in panel["description"]
    labels = [child["name"] for child in panel["children"] if child["role"] == "label"]
    assert labels[:2] == [
        "Get help now",
        "Call your local emergency number, or go to the emergency room. Do not drive yourself: call for "
        "help, or have someone take you.",
    ]
    assert {"role": "push button", "name": "I have read this advice"} in panel["children"]
