"""What a screen reader hears and reads of the advice after a "get help now" check-in (system python).

Run like tests/atspi_probe.py (whose bus helpers it uses), with tests/atspi_advice_app.py. Prints one
JSON object: the announcements heard, the objects that took the focus, and the advice panel as the
bus shows it (role, name, description, children). libatspi hands events over only while it talks to
the bus, so the wait asks the desktop something every few milliseconds.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

from atspi_probe import described, find_app, start_bus, walk  # noqa: E402


def main() -> int:
    python, app_script = sys.argv[1], sys.argv[2]
    launcher = start_bus()
    Atspi.init()
    heard: list[dict[str, str]] = []

    def listen(event: Atspi.Event) -> None:
        source = event.source
        data = event.any_data
        heard.append(
            {
                "type": event.type,
                "role": source.get_role_name() if source is not None else "",
                "name": (source.get_name() or "") if source is not None else "",
                "text": data if isinstance(data, str) else "",
            }
        )

    listener = Atspi.EventListener.new(listen)
    for kind in ("object:announcement", "focus:"):
        listener.register(kind)
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [python, app_script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    lines: queue.Queue[str] = queue.Queue()
    result: dict[str, object] = {}
    context = GLib.MainContext.default()

    def pump(seconds: float, until: str = "") -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            context.iteration(False)
            Atspi.get_desktop(0).get_child_count()  # lets libatspi hand over the events it holds
            time.sleep(0.01)
            if until and not lines.empty() and lines.queue[0] == until:
                return

    try:
        assert app.stdout is not None and app.stdin is not None
        threading.Thread(target=lambda: [lines.put(x.strip()) for x in app.stdout], daemon=True).start()
        pump(20, until="ready")
        if lines.empty() or lines.get() != "ready":
            raise SystemExit("the app did not start")
        find_app("liverbook")
        pump(1.0)
        heard.clear()
        app.stdin.write("checkin\n")
        app.stdin.flush()
        pump(20, until="done")
        pump(1.5)
        result["announced"] = [e["text"] for e in heard if e["type"] == "object:announcement"]
        result["focused"] = [{"role": e["role"], "name": e["name"]} for e in heard if e["type"] == "focus:"]
        panels = [
            n
            for n, _ in walk(find_app("liverbook"))
            if n.get_role_name() == "panel" and n.get_name() == "Get help now"
        ]
        result["panel"] = (
            {
                **described(panels[0]),
                "description": panels[0].get_description() or "",
                "children": [
                    described(panels[0].get_child_at_index(i)) for i in range(panels[0].get_child_count())
                ],
            }
            if panels
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
