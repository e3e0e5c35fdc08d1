"""Extract every translatable text of the app into translations/*.ts; compile finished ones to .qm.

    .venv/bin/python scripts/update_translations.py          # after changing texts in the code
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if a catalogue is out of date

``pyside6-lupdate`` reads the package's source (every ``translate("Context", "text")``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) and updates each ``translations/liverbook_<lang>.ts``
(without source locations, so a catalogue changes only when a text does). A new language starts with
``--add es_MX``. ``pyside6-lrelease`` then compiles each catalogue that has at least one finished
translation into ``resources/translations/liverbook_<lang>.qm``, which the app offers under
View > Language. Translators edit the .ts files with Qt Linguist (``pyside6-linguist``).
See docs/translations.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "liverbook"
CATALOGUES = ROOT / "translations"
COMPILED = ROOT / "resources" / "translations"
PREFIX = "liverbook_"


def tool(name: str) -> str:
    """A Qt tool from the venv this Python runs in, else from PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the app's dependencies (PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def catalogues() -> list[Path]:
    return sorted(CATALOGUES.glob(f"{PREFIX}*.ts"))


def extract(targets: list[Path]) -> str:
    """Run lupdate over the package into ``targets``; return what it printed."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in sources()))
    try:
        result = subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-locations",
                "none",
                "-no-ui-lines",
                f"@{listing.name}",
                "-ts",
                *map(str, targets),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        Path(listing.name).unlink()
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every current message (vanished and obsolete ones left out)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            if kind is not None and kind.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or "", message.findtext("comment") or ""))
    return found


def finished(ts: Path) -> int:
    count = 0
    for message in ET.parse(ts).getroot().iter("message"):
        kind = message.find("translation")
        if (
            kind is not None
            and kind.get("type") is None
            and ((kind.text or "").strip() or kind.find("numerusform") is not None)
        ):
            count += 1
    return count


def compile_all() -> None:
    COMPILED.mkdir(parents=True, exist_ok=True)
    for ts in catalogues():
        qm = COMPILED / (ts.stem + ".qm")
        if finished(ts) == 0:
            qm.unlink(missing_ok=True)  # nothing to show yet: the language is not offered for the menus
            continue
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the catalogues are current")
    parser.add_argument("--add", metavar="LANG", help="start a catalogue for a new language (es, pt_BR...)")
    args = parser.parse_args(argv)
    CATALOGUES.mkdir(exist_ok=True)
    targets = catalogues()
    if args.add:
        targets.append(CATALOGUES / f"{PREFIX}{args.add}.ts")
    if not targets:
        print("no catalogue in translations/: start one with --add LANG", file=sys.stderr)
        return 1
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.ts"
            extract([fresh])
            wanted = messages(fresh)
        stale = [ts.name for ts in targets if messages(ts) != wanted]
        if stale:
            print(f"out of date: {', '.join(stale)}; run scripts/update_translations.py", file=sys.stderr)
            return 1
        return 0
    print(extract(targets).strip())
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
