"""Look at the app as a screen reader does, through the real AT-SPI bus (run with the system python).

Usage, inside a private D-Bus session and X display (tests/test_screen_reader.py does this):
    dbus-run-session -- xvfb-run -a -s "-screen 0 1366x768x24" /usr/bin/python3 tests/atspi_probe.py PYTHON APP
Starts the accessibility bus as a desktop session would, turns the screen reader flag on, starts
the app (PYTHON APP), and prints one JSON object: what the welcome says, the "On this page" list,
and what was announced when a glossary word was reached with Tab.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402

A11Y_BUS = "org.a11y.Bus"


def session() -> Gio.DBusConnection:
    return Gio.bus_get_sync(Gio.BusType.SESSION, None)


def has_owner(name: str) -> bool:
    reply = session().call_sync(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "NameHasOwner",
        GLib.Variant("(s)", (name,)),
        GLib.VariantType("(b)"),
        Gio.DBusCallFlags.NONE,
        2000,
        None,
    )
    return bool(reply.unpack()[0])


def start_bus() -> subprocess.Popen:
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately", "--a11y=1"])
    deadline = time.monotonic() + 10
    while not has_owner(A11Y_BUS):  # asking for its address earlier would start a second launcher
        if time.monotonic() > deadline:
            raise SystemExit("the accessibility bus did not start")
        time.sleep(0.05)
    for flag in ("IsEnabled", "ScreenReaderEnabled"):
        session().call_sync(
            A11Y_BUS,
            "/org/a11y/bus",
            "org.freedesktop.DBus.Properties",
            "Set",
            GLib.Variant("(ssv)", ("org.a11y.Status", flag, GLib.Variant("b", True))),
            None,
            Gio.DBusCallFlags.NONE,
            2000,
            None,
        )
    return launcher


def walk(node: Atspi.Accessible, depth: int = 0):  # type: ignore[no-untyped-def]
    yield node, depth
    if depth > 40:
        return
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is not None:
            yield from walk(child, depth + 1)


def find_app(name_part: str, timeout: float = 20.0) -> Atspi.Accessible:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for index in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(index)
            if app is not None and name_part in (app.get_name() or "").lower():
                return app
        time.sleep(0.2)
    raise SystemExit("the app never appeared on the accessibility bus")


def described(node: Atspi.Accessible) -> dict[str, object]:
    return {"role": node.get_role_name(), "name": node.get_name() or ""}


def main() -> int:
    python, app_script = sys.argv[1], sys.argv[2]
    launcher = start_bus()
    Atspi.init()
    announced: list[str] = []

    def heard(event: Atspi.Event) -> None:
        text = event.any_data if isinstance(event.any_data, str) else ""
        announced.append(text or str(event.any_data))

    listener = Atspi.EventListener.new(heard)
    listener.register("object:announcement")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [python, app_script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    result: dict[str, object] = {}
    try:
        assert app.stdout is not None and app.stdin is not None
        if app.stdout.readline().strip() != "ready":
            raise SystemExit("the app did not start")
        node = find_app("liverbook")
        nodes = list(walk(node))
        result["labels"] = [n.get_name() for n, _ in nodes if n.get_role_name() == "label" and n.get_name()]
        result["dialogs"] = [described(n) for n, _ in nodes if n.get_role_name() in ("dialog", "frame")]
        lists = [n for n, _ in nodes if n.get_role_name() == "list" and n.get_name() == "On this page"]
        result["outline"] = (
            [described(lists[0].get_child_at_index(i)) for i in range(lists[0].get_child_count())]
            if lists
            else None
        )
        result["page_role"] = next((n.get_role_name() for n, _ in nodes if n.get_name() == "Page text"), None)
        app.stdin.write("term\n")
        app.stdin.flush()
        result["term"] = app.stdout.readline().strip().removeprefix("term ")
        deadline = time.monotonic() + 3
        context = GLib.MainContext.default()
        while time.monotonic() < deadline and not announced:
            context.iteration(False)
            time.sleep(0.02)
        result["announced"] = announced
        popups = [n for n, _ in walk(find_app("liverbook")) if n.get_name() == "What the word means"]
        result["popup"] = (
            [described(popups[0].get_child_at_index(i)) for i in range(popups[0].get_child_count())]
            if popups
            else None
        )
        app.stdin.write("quit\n")
        app.stdin.flush()
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
        launcher.terminate()
        launcher.wait(timeout=5)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
