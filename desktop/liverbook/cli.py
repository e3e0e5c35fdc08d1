"""Command line: ``liverbook`` starts the app; options check content, test the install, or print the version."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from liverbook import APP_NAME, __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liverbook",
        description=f"{APP_NAME}: a plain-language handbook for people with liver cancer and those who care for them.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"keep your notes and settings in DIR instead of the usual place (also ${paths.DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--check-content",
        nargs="?",
        const="",
        metavar="DIR",
        help="check handbook content (the built-in content, or DIR) and report every problem",
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help="open a made-up example person's data in a throwaway folder, to try the app "
        "(your own data is not used or changed; with --export-summary: the example's summary)",
    )
    parser.add_argument(
        "--export-data",
        metavar="FILE",
        help="save all your notes, situation and questions to FILE (JSON, with a readable .md copy)",
    )
    parser.add_argument(
        "--import-data",
        metavar="FILE",
        help="replace your data with the data in FILE (checked first; a backup is kept)",
    )
    parser.add_argument(
        "--export-summary",
        metavar="FILE",
        help="save your visit report as a PDF in FILE, with the choices last made in the app, and exit",
    )
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help="show the window and quit as soon as the first page is painted (to time a real start)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the app works here without showing a window; exit 0 if all is well",
    )
    return parser


def check_content(folder: str) -> int:
    """Print every problem in the content folder (exit 1), or a one-line summary (exit 0)."""
    from liverbook.content import ContentErrors, load_handbook

    target = Path(folder) if folder else paths.content_dir()
    if target.is_file():
        print(
            f"{target} is a file. --check-content needs the folder that holds the handbook's .yaml files, "
            f"for example {target.parent}.",
            file=sys.stderr,
        )
        return 1
    if not target.exists():
        print(
            f"{target} does not exist. --check-content needs the folder that holds the handbook's .yaml files.",
            file=sys.stderr,
        )
        return 1
    from liverbook.content.locales import locales_present
    from liverbook.content.localized import load_localized

    errors = []
    try:
        book = load_handbook(target)
    except ContentErrors as exc:
        errors += exc.errors
    else:
        print(f"ok: {len(book.pages)} pages, {len(book.sources)} sources, {len(book.terms)} glossary terms")
    for locale in locales_present(target) if not errors else []:  # each language's content, strictly
        try:
            local = load_localized(target, locale, strict=True)
        except ContentErrors as exc:
            errors += exc.errors
            continue
        shown = len(local.pages) - len(local.in_english)
        print(f"ok: {locale}: {shown} of {len(local.pages)} pages translated, {len(local.sources)} sources")
    if errors:
        for error in errors:
            print(error)
        sys.stdout.flush()
        count = len(errors)
        print(f"{count} problem{'s' if count != 1 else ''} found in {target}", file=sys.stderr)
        return 1
    return 0


def data_command(export_to: str | None, import_from: str | None, folder: Path) -> int:
    """``--export-data`` / ``--import-data`` on the data folder ``folder``: print a plain message; exit 0 on success."""
    from liverbook import data_commands
    from liverbook.content import ContentErrors, load_handbook

    if export_to and import_from:
        print("Please export and import in two separate steps.", file=sys.stderr)
        return 2
    if export_to:
        try:
            book = load_handbook(paths.content_dir())
        except ContentErrors:
            book = None
        code, message = data_commands.export_data(folder, Path(export_to), book)
    else:
        _language_for_messages(folder)
        code, message = data_commands.import_data(folder, Path(import_from or ""))
    print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code


def summary_command(target: str, folder: Path, example: bool = False, language: str | None = None) -> int:
    """``--export-summary FILE``: the summary of the data in ``folder``, with the choices last made
    there; print where the PDF went (exit 0), or why it could not be made. With ``example``: the
    summary of the example person's data, made in a throwaway folder (``folder`` is not used).

    The report is in the language the window would show for ``folder`` (View > Language, else the
    computer's), page 1 in English after it too when that was chosen in "Prepare for a visit"."""
    from liverbook.content import ContentErrors
    from liverbook.core.app_core import Core
    from liverbook.settings import SettingsFile
    from liverbook.store import StoreError
    from liverbook.summary.export import ensure_gui_application, export_summary
    from liverbook.ui.app import load_content_or_explain

    ensure_gui_application()
    if language is None:
        language = _install_language(folder)
    try:
        book = load_content_or_explain(language)
    except ContentErrors as exc:
        print(
            f"The handbook's pages could not be read ({len(exc.errors)} problems); try --check-content.",
            file=sys.stderr,
        )
        return 1
    if example:
        from liverbook.core.example import example_folder

        try:
            with example_folder(book, folder) as made:
                return summary_command(target, made, language=language)
        except Exception as exc:  # noqa: BLE001 - said in plain words; the own data is untouched either way
            print(
                f"The example person's data could not be made ({exc}). Your own data was not touched.",
                file=sys.stderr,
            )
            return 1
    try:
        core = Core.read_only(book, folder, SettingsFile(folder))
    except StoreError as exc:
        print(exc.user_message, file=sys.stderr)
        return 1
    core.english_loader = load_content_or_explain  # page 1 in English, when chosen
    try:
        code, message = export_summary(core, Path(target))
    finally:
        core.close()
    print(message, file=sys.stdout if code == 0 else sys.stderr)
    return code


def _language_for_messages(folder: Path) -> None:
    """The app's words on the command line in the language chosen for ``folder`` (Qt's core only)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        _language_for_messages.app = QCoreApplication(sys.argv[:1])  # type: ignore[attr-defined]
    _install_language(folder)


def _install_language(folder: Path) -> str:
    """Put the language chosen for ``folder`` (else the computer's) into Qt, as the window does; its code."""
    from PySide6.QtCore import QCoreApplication

    from liverbook.diary import messages
    from liverbook.i18n import translate
    from liverbook.settings import SettingsFile
    from liverbook.ui.language import LANGUAGE_KEY, Language, chosen_language

    chosen = Language(chosen_language(SettingsFile(folder).get(LANGUAGE_KEY)))
    app = QCoreApplication.instance()
    if app is not None:
        chosen.install(app)
        messages.set_translator(translate)
    _install_language.kept = chosen  # type: ignore[attr-defined]  # Qt does not own the translators
    return chosen.code


def shows_windows(
    environ: Mapping[str, str] | None = None, stderr: object = None, platform: str = ""
) -> bool:
    """True when a start-up problem should (also) be shown in a window: no terminal to read stderr
    (started from a menu or a desktop icon) and a screen to show a window on."""
    environ = os.environ if environ is None else environ
    stream = sys.stderr if stderr is None else stderr
    platform = platform or sys.platform
    try:
        terminal = bool(stream is not None and getattr(stream, "isatty", lambda: False)())
    except (AttributeError, ValueError):
        terminal = False
    if terminal or environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal", "vnc"):
        return False
    return platform in ("win32", "darwin") or bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def tell_startup_problem(problem: paths.DataDirProblem) -> None:
    """Say why the app cannot start: on stderr, and in a window (in the computer's language, with no
    command-line words) when there is no terminal."""
    print(problem.message, file=sys.stderr)
    if shows_windows():
        from PySide6.QtWidgets import QMessageBox

        from liverbook.i18n import app_name, translate
        from liverbook.ui.app import create_application
        from liverbook.ui.language import Language, chosen_language

        app = create_application(sys.argv[:1])
        language = Language(chosen_language(_saved_language()))
        language.install(app)
        title = translate("App", "{name} cannot start").format(name=app_name())
        QMessageBox.critical(None, title, problem.window_message)
        language.remove(app)


def _saved_language() -> str | None:
    """The language chosen in View > Language, as saved in the usual data folder (read, never made):
    the folder given may be the one that cannot be used. None when there is none to read."""
    try:
        from PySide6.QtCore import QSettings

        from liverbook.ui.language import LANGUAGE_KEY

        settings = paths.usual_data_dir() / "settings.ini"
        if not settings.is_file():
            return None
        value = QSettings(str(settings), QSettings.Format.IniFormat).value(LANGUAGE_KEY)
    except (OSError, RuntimeError):
        return None
    return value if isinstance(value, str) and value else None


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None:  # a windowed (no console) launch on Windows
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    args = build_parser().parse_args(argv)
    if args.check_content is not None:
        return check_content(args.check_content)
    if args.example and (args.export_data or args.import_data):
        print(
            "--example works alone or with --export-summary; your own data is exported and imported without it.",
            file=sys.stderr,
        )
        return 2
    try:
        if args.export_data or args.import_data:
            return data_command(args.export_data, args.import_data, paths.data_dir(args.data_dir))
        if args.export_summary:
            return summary_command(
                args.export_summary, _own_folder(args.data_dir, args.example), args.example
            )
        if args.self_test:
            from liverbook.selftest import run_self_test

            return run_self_test()
        folder = _own_folder(
            args.data_dir, args.example
        )  # a folder that cannot be used is said before any window opens
    except paths.DataDirProblem as problem:
        if args.export_data or args.import_data or args.export_summary or args.self_test:
            print(problem.message, file=sys.stderr)
        else:
            tell_startup_problem(problem)
        return 1
    from liverbook.ui.app import run_app

    return run_app(sys.argv[:1], folder, exit_after_paint=args.exit_after_paint, example=args.example)


def _own_folder(given: str | None, example: bool) -> Path:
    """The reader's own data folder; with ``--example`` only the folder the example must keep away
    from, so a problem with it does not stop the example."""
    try:
        return paths.data_dir(given, create=not example)
    except paths.DataDirProblem:
        if not example:
            raise
        return Path(given or os.environ.get(paths.DATA_DIR_ENV) or Path.home()).expanduser()
