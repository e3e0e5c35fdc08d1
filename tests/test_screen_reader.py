"""What a screen reader gets, checked through the real accessibility bus (AT-SPI), as Orca sees it.

tests/atspi_probe.py (run by the system's python, which has Debian's pyatspi bindings) starts the
accessibility bus in a private D-Bus session and X display, turns the screen reader flag on, and
starts the app (tests/atspi_app.py); this test reads what it found. Needs Debian's at-spi2-core,
python3-pyatspi (gir1.2-atspi-2.0, python3-gi), dbus and xvfb; .ci/run installs them and sets
LIVERBOOK_REQUIRE_ATSPI=1, so there it fails instead of skipping.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


def missing() -> str:
    """What this machine lacks for the test ("" when nothing)."""
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not BUS_LAUNCHER.exists():
        return "at-spi2-core is not installed"
    probe = (
        subprocess.run(
            [
                SYSTEM_PYTHON,
                "-c",
                "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
            ],
            capture_output=True,
            timeout=30,
        )
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "the system python has no AT-SPI bindings (python3-pyatspi, gir1.2-atspi-2.0)"
    return ""


LACKING = missing()
REQUIRED = bool(os.environ.get("LIVERBOOK_REQUIRE_ATSPI"))
pytestmark = pytest.mark.skipif(
    bool(LACKING) and not REQUIRED,
    reason=f"screen reader check skipped: {LACKING} (Debian: at-spi2-core python3-pyatspi dbus xvfb)",
)


@pytest.fixture(scope="module")
def seen() -> dict[str, object]:
    """What the screen reader bus showed of the app (one run for all the tests here)."""
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
            str(HERE / "atspi_probe.py"),
            sys.executable,
            str(HERE / "atspi_app.py"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, f"the probe printed nothing:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return json.loads(line.removeprefix("RESULT "))


def test_the_welcome_message_reaches_a_screen_reader(seen) -> None:  # type: ignore[no-untyped-def]
    assert {"role": "dialog", "name": "Welcome to the Liver Cancer Handbook"} in seen["dialogs"]
    message = next((text for text in seen["labels"] if "plain words" in text), "")
    assert "It does not replace your care team" in message
    assert "Everything you write stays on this computer" in message


def test_the_page_has_an_on_this_page_list_read_as_a_list(seen, handbook) -> None:  # type: ignore[no-untyped-def]
    items = seen["outline"]
    assert items, "no list named 'On this page' on the bus"
    assert all(item["role"] == "list item" for item in items)
    names = [item["name"] for item in items]
    first_page = next(iter(handbook.pages_in_tab("stages")))
    assert names[0] == f"Section: {first_page.title}"
    assert any(name.startswith("Glossary word ") for name in names)
    assert any(name.startswith("Link to the page ") for name in names)
    assert "Section: Sources" in names


def test_a_glossary_word_reached_with_tab_is_announced_once(seen, handbook) -> None:  # type: ignore[no-untyped-def]
    term = handbook.terms[seen["term"]]
    said = f"{term.term}: {term.definition}"
    assert seen["announced"] == [said]
    assert seen["popup"] == [{"role": "label", "name": said}]  # and it stays on screen, beside the word
