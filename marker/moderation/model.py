"""The plain data moderation works on: each marker's marks for a script, and a script's result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

MarkerRole = Literal["first", "second", "third", "agreed"]
MARKER_ROLES: tuple[MarkerRole, ...] = ("first", "second", "third")


@dataclass(frozen=True)
class MarkerMarks:
    """One marking of one script: who marked it, in which role, their mark and comment per part.

    ``marks`` maps a part id to a mark (``None`` when the part is not marked yet); ``comments`` maps a part id
    to what the marker wrote for it. ``total`` and ``grade`` are the marking's own, when it has them.
    """

    marker: str
    role: MarkerRole
    status: str
    marks: Mapping[str, int | None]
    comments: Mapping[str, str] = field(default_factory=dict)
    overall_comment: str = ""
    total: int | None = None
    grade: str | None = None
    rationale: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_final(self) -> bool:
        """Whether the marker has submitted this marking."""
        return self.status == "final"

    def marks_total(self) -> int | None:
        """The total of the part marks, or the stored total; None when nothing is marked."""
        if self.total is not None:
            return self.total
        present = [mark for mark in self.marks.values() if mark is not None]
        return sum(present) if present else None


@dataclass(frozen=True)
class ScriptMarks:
    """A script with every marking made of it (first, second, third and agreed)."""

    script_id: str
    label: str
    markings: tuple[MarkerMarks, ...]

    def by_role(self, role: str) -> MarkerMarks | None:
        """The marking in this role, if there is one."""
        for marking in self.markings:
            if marking.role == role:
                return marking
        return None

    @property
    def marker_markings(self) -> tuple[MarkerMarks, ...]:
        """The markers' own markings (not the agreed one), in role order."""
        order = {role: index for index, role in enumerate(MARKER_ROLES)}
        own = [marking for marking in self.markings if marking.role in order]
        return tuple(sorted(own, key=lambda marking: order[marking.role]))


@dataclass(frozen=True)
class ScriptResult:
    """A script's result as the sample sees it: its total and grade (agreed if there is one, else first).

    ``other_marks`` holds every other final marking's (total, grade) (second, third, first when agreed marks
    stand), so a script one marker failed or put on a boundary is moderated whatever the standing mark says.
    """

    script_id: str
    label: str
    total: int
    grade: str
    other_marks: tuple[tuple[int, str], ...] = ()

    @property
    def every_mark(self) -> tuple[tuple[int, str], ...]:
        """The standing (total, grade) first, then every other marking's."""
        return ((self.total, self.grade), *self.other_marks)
