"""What can be wrong with a rubric or command-verb file, located to a line, and the error that carries it.

Validators collect every problem rather than stopping at the first, so an author fixes a file in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from marker.errors import MarkerError


@dataclass(frozen=True)
class RubricProblem:
    """One thing wrong in a rubric or verb file: where it is, what is wrong, and how to fix it."""

    file: str
    line: int | None
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message} ({self.hint})" if self.hint else f"{where}: {self.message}"


class RubricError(MarkerError):
    """A rubric or verb set cannot be used; ``problems`` lists every reason, each located in its file."""

    def __init__(self, problems: list[RubricProblem], message: str | None = None) -> None:
        if message is None:
            first = str(problems[0]) if problems else "the rubric is not valid"
            more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
            message = first + more
        super().__init__(message)
        self.problems = problems
