"""The command line, run as a user would run it: in a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from liverbook import __version__

ROOT = Path(__file__).resolve().parent.parent
GOOD = Path(__file__).parent / "fixtures" / "good"


def run(*args: str, data_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    env["LIVERBOOK_DATA_DIR"] = str(data_dir)
    env.pop("LIVERBOOK_CONTENT_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "liverbook", *args], capture_output=True, text=True, env=env, timeout=timeout
    )


def test_version(data_dir: Path) -> None:
    result = run("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Liver Cancer Handbook {__version__}"


def test_check_content_summarises_good_content(data_dir: Path) -> None:
    result = run("--check-content", str(GOOD), data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok: 4 pages, 3 sources, 1 glossary terms"


def test_check_content_of_the_built_in_handbook_passes(data_dir: Path) -> None:
    result = run("--check-content", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: ")


def test_check_content_lists_each_problem_with_file_and_line(tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "a.yaml").write_text("pages:\n  - id: x\n    id: y\n")
    (tmp_path / "b.yaml").write_text("sources: [\n")
    result = run("--check-content", str(tmp_path), data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "a.yaml:3: the key 'id' appears twice in one mapping (first at line 2)" in lines
    assert any(line.startswith("b.yaml:2: YAML syntax error") for line in lines), lines
    assert "Traceback" not in result.stdout + result.stderr
    assert "2 problems found" in result.stderr


def test_self_test_passes_without_a_window_or_touching_user_data(data_dir: Path) -> None:
    result = run("--self-test", data_dir=data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "ok   every tab and page is shown" in result.stdout
    assert not data_dir.exists() or not any(data_dir.iterdir())


def test_exit_after_paint_shows_the_window_and_quits_cleanly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = subprocess.run(
        [sys.executable, "-m", "liverbook", "--data-dir", str(tmp_path), "--exit-after-paint"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "desktop")},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "settings.ini").stat().st_size > 0  # it closed the normal way, saving the layout


# -- plain words instead of tracebacks (issue 13, item 5) ---------------------------------------------


def _plain(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stdout + result.stderr and "Error:" not in result.stderr
    return result.stderr


def test_a_data_folder_that_is_a_file_or_cannot_be_made_is_said_plainly(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    for args, expected in (
        (["--data-dir", str(a_file)], "is a file, not a folder"),
        (["--data-dir", str(a_file / "sub")], "could not be created: a part of that path is a file"),
        (["--data-dir", str(a_file), "--export-data", str(tmp_path / "x.json")], "is a file, not a folder"),
        (["--data-dir", str(a_file), "--export-summary", str(tmp_path / "x.pdf")], "is a file, not a folder"),
    ):
        result = run(*args, data_dir=tmp_path / "unused")
        message = _plain(result)
        assert expected in message and "Please choose another folder with --data-dir" in message
    assert a_file.read_text() == "not a folder"


def test_the_data_folder_problem_is_worded_for_each_cause(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno as errnos

    from liverbook import paths

    def refuse(code: int):  # type: ignore[no-untyped-def]
        def mkdir(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise OSError(code, os.strerror(code))

        return mkdir

    for code, words in (
        (errnos.EACCES, "you do not have permission to make a folder there"),
        (errnos.EROFS, "that disk is read-only"),
        (errnos.ENOSPC, "the disk is full"),
    ):
        monkeypatch.setattr(Path, "mkdir", refuse(code))
        assert words in (paths.data_dir_problem(tmp_path / "new") or "")
    monkeypatch.undo()
    monkeypatch.setattr(
        os, "access", lambda *args, **kwargs: False
    )  # another user's 0700 folder, as a non-root user sees it
    assert "belongs to another user account" in (paths.data_dir_problem(tmp_path) or "")


def test_another_users_private_folder_is_said_plainly_to_a_non_root_user(tmp_path: Path) -> None:
    import shutil

    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("setpriv") is None:
        import pytest

        pytest.skip("needs root and setpriv to run the app as the user 'nobody'")
    private = tmp_path / "root-only"
    private.mkdir(mode=0o700)
    tmp_path.chmod(0o755)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    probe = subprocess.run(
        [*command, "-c", "import PySide6"], capture_output=True, text=True, env=env, check=False
    )
    if probe.returncode != 0:
        import pytest

        pytest.skip(f"the user 'nobody' cannot run this Python: {probe.stderr.strip()[-200:]}")
    for extra in ([], ["--export-data", str(tmp_path / "x.json")]):
        result = subprocess.run(
            [*command, "-m", "liverbook", "--data-dir", str(private), *extra],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert "belongs to another user account" in _plain(result)


def test_a_start_problem_is_shown_in_a_window_only_without_a_terminal() -> None:
    from liverbook.cli import shows_windows

    class Stream:
        def __init__(self, tty: bool) -> None:
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    desktop = {"DISPLAY": ":0"}
    assert shows_windows(desktop, Stream(False), "linux")  # started from a menu
    assert not shows_windows(desktop, Stream(True), "linux")  # from a terminal: stderr only
    assert not shows_windows({}, Stream(False), "linux")  # no screen at all (ssh)
    assert not shows_windows({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, Stream(False), "linux")
    assert shows_windows({}, Stream(False), "win32")


def test_exports_refuse_folders_special_files_and_read_only_files(tmp_path: Path, data_dir: Path) -> None:
    from liverbook.store import Store

    with Store.open(data_dir) as store:
        store.add_note("mine")
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    read_only = tmp_path / "kept.json"
    read_only.write_text("precious")
    read_only.chmod(0o444)
    cases = [
        (["--export-data", str(folder)], "is a folder"),
        (["--export-summary", str(folder)], "is a folder"),
        (["--export-data", str(fifo)], "is not an ordinary file"),
        (["--export-data", str(read_only)], "is marked read-only, so it was not replaced"),
        (["--export-summary", str(read_only)], "is marked read-only, so it was not replaced"),
    ]
    if os.geteuid() == 0:  # a device node, as root could replace it
        device = tmp_path / "null-device"
        os.mknod(device, 0o600 | __import__("stat").S_IFCHR, os.makedev(1, 3))
        cases.append((["--export-data", str(device)], "is not an ordinary file"))
        cases.append((["--export-summary", str(device)], "is not an ordinary file"))
    for args, expected in cases:
        message = _plain(run(*args, data_dir=data_dir, timeout=60))
        assert expected in message, (args, message)
    assert sorted(p.name for p in folder.iterdir()) == [] and not (tmp_path / "folder.pdf").exists()
    assert read_only.read_text() == "precious" and not (tmp_path / "kept.md").exists()
    assert not any(p.name.endswith(".pdf") for p in tmp_path.iterdir())
    if os.geteuid() == 0:
        assert __import__("stat").S_ISCHR(device.stat().st_mode)  # still a device


def test_importing_a_pipe_a_pdf_or_the_readable_copy_says_what_it_is(tmp_path: Path, data_dir: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    pdf = tmp_path / "summary.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n")
    readable = tmp_path / "export.md"
    readable.write_text("# My notes from the Liver Cancer Handbook\n\nCopied on 2026-11-21.\n")
    for source, expected in (
        (fifo, "it is not a Liver Cancer Handbook export (it is a device, a pipe or a socket"),
        (pdf, "it is not a Liver Cancer Handbook export (it is a PDF document"),
        (readable, "it is the readable copy of an export (the .md file)"),
        (tmp_path, "it is a folder, not a file"),
    ):
        message = _plain(
            run("--import-data", str(source), data_dir=data_dir, timeout=30)
        )  # a pipe never hangs
        assert expected in message and "Nothing has been changed" in message


def test_check_content_given_a_file_names_the_problem(tmp_path: Path, data_dir: Path) -> None:
    a_file = tmp_path / "pages.yaml"
    a_file.write_text("pages: []\n")
    message = _plain(run("--check-content", str(a_file), data_dir=data_dir))
    assert "is a file. --check-content needs the folder that holds the handbook's .yaml files" in message
    message = _plain(run("--check-content", str(tmp_path / "nowhere"), data_dir=data_dir))
    assert "does not exist" in message


def test_an_import_says_where_the_backup_is_or_that_none_was_needed(tmp_path: Path, data_dir: Path) -> None:
    from liverbook.store import Store

    with Store.open(tmp_path / "source") as store:
        store.add_note("to import")
        store.export_to_files(tmp_path / "export.json")
    result = run("--import-data", str(tmp_path / "export.json"), data_dir=data_dir)
    assert (
        result.returncode == 0
        and "There was no earlier data, so there was nothing to back up" in result.stdout
    )
    result = run("--import-data", str(tmp_path / "export.json"), data_dir=data_dir)
    assert result.returncode == 0 and "A backup of the data you had before was kept as" in result.stdout
    assert "backups" in result.stdout


def test_everything_in_the_data_folder_is_private_whatever_the_umask(tmp_path: Path) -> None:
    import stat as stats

    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "desktop")}
    code = "import os, sys; os.umask(0); from liverbook.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data), "--exit-after-paint"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    found = {
        p.relative_to(data).as_posix(): stats.S_IMODE(p.stat().st_mode) for p in [data, *data.rglob("*")]
    }
    assert {"settings.ini", "liverbook.lock", "notes.sqlite3"} <= set(found)
    assert {name: mode for name, mode in found.items() if mode not in (0o600, 0o700)} == {}


def test_a_window_says_the_data_folder_problem_without_command_line_words(tmp_path: Path) -> None:
    from liverbook import paths

    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    try:
        paths.data_dir(a_file)
    except paths.DataDirProblem as problem:
        assert "--data-dir" in problem.message  # on a terminal the option is named
        assert "--" not in problem.window_message and "is a file, not a folder" in problem.window_message
        assert str(a_file) in problem.window_message
    else:
        raise AssertionError("a file was taken as the data folder")
