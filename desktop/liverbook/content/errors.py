"""Content errors: every problem in a content file becomes one ContentError with file, line and key."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ContentError:
    """One problem in one content file, said in plain words."""

    file: str
    line: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"


class ContentErrors(Exception):
    """Raised when content does not pass its checks; holds every error found."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.file, e.line or 0))
        super().__init__("\n".join(str(e) for e in self.errors))


class FileProblem(Exception):
    """Raised inside the YAML reader for a problem that stops reading one file."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
