"""Comparison of the markings of a script: every part side by side, the differences, and why it is flagged.

A script is flagged when the markers' totals differ by more than the assessment's tolerance, when their grades
differ, or when any part differs by more than a set share of that part's maximum. Only submitted markings are
compared (a draft is still changing); every marking's comments are kept for the moderator to read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marker.moderation.model import MarkerMarks, ScriptMarks
from marker.rubric.model import Rubric

DEFAULT_TOLERANCE_MARKS = 10
DEFAULT_PART_TOLERANCE_PCT = 30


@dataclass(frozen=True)
class Flag:
    """Why a script needs a moderator's attention: a stable code and a sentence for a person."""

    code: str
    reason: str
    part: str | None = None


@dataclass(frozen=True)
class MarkerComment:
    """What one marker wrote for one part (or overall, when ``part`` is None)."""

    marker: str
    role: str
    text: str


@dataclass(frozen=True)
class PartRow:
    """One part across all markings: each marking's mark, the spread, and whether it breaks the part tolerance."""

    part_id: str
    label: str
    max_marks: int
    marks: tuple[int | None, ...]
    difference: int | None
    flagged: bool
    comments: tuple[MarkerComment, ...]


@dataclass(frozen=True)
class ScriptComparison:
    """A script's markings compared, ready for a page or a report."""

    script_id: str
    label: str
    markings: tuple[MarkerMarks, ...]
    rows: tuple[PartRow, ...]
    totals: tuple[int | None, ...]
    grades: tuple[str | None, ...]
    total_difference: int | None
    flags: tuple[Flag, ...]
    overall_comments: tuple[MarkerComment, ...]
    complete: bool

    @property
    def flagged(self) -> bool:
        """Whether the script needs the moderator's attention."""
        return bool(self.flags)


def _spread(values: Sequence[int | None]) -> int | None:
    present = [value for value in values if value is not None]
    return max(present) - min(present) if len(present) >= 2 else None


def _grade(rubric: Rubric, marking: MarkerMarks) -> str | None:
    if marking.grade:
        return marking.grade
    total = marking.marks_total()
    return rubric.grade_for(total) if total is not None and rubric.grade_bands else None


def compare(
    rubric: Rubric,
    script: ScriptMarks,
    *,
    tolerance_marks: int = DEFAULT_TOLERANCE_MARKS,
    part_tolerance_pct: float = DEFAULT_PART_TOLERANCE_PCT,
) -> ScriptComparison:
    """Compare every marker's marking of a script, part by part, and flag it where the markers disagree."""
    markings = script.marker_markings
    final = [index for index, marking in enumerate(markings) if marking.is_final]
    rows = []
    flags: list[Flag] = []
    for part in rubric.parts:
        marks = tuple(marking.marks.get(part.id) for marking in markings)
        final_spread = _spread([marks[index] for index in final])
        limit = part.max_marks * part_tolerance_pct / 100.0
        part_flagged = final_spread is not None and part.max_marks > 0 and final_spread > limit
        if part_flagged:
            flags.append(
                Flag(
                    "part_difference",
                    f"{part.label}: the marks differ by {final_spread} of {part.max_marks}, more than "
                    f"{part_tolerance_pct:g} % of the part's maximum ({limit:g} marks).",
                    part=part.id,
                )
            )
        comments = tuple(
            MarkerComment(marking.marker, marking.role, marking.comments[part.id])
            for marking in markings
            if marking.comments.get(part.id)
        )
        rows.append(PartRow(part.id, part.label, part.max_marks, marks, _spread(marks), part_flagged, comments))
    totals = tuple(marking.marks_total() for marking in markings)
    grades = tuple(_grade(rubric, marking) for marking in markings)
    total_spread = _spread([totals[index] for index in final])
    if total_spread is not None and total_spread > tolerance_marks:
        flags.insert(
            0,
            Flag(
                "total_difference",
                f"The totals differ by {total_spread} marks, more than the tolerance of {tolerance_marks}.",
            ),
        )
    final_grades = {grade for index in final if (grade := grades[index])}
    if len(final_grades) > 1:
        # In the markers' order (first, second, third), as the page's totals and grades columns give them.
        named = " / ".join(f"{markings[index].role} {grades[index]}" for index in final if grades[index])
        flags.insert(
            1 if flags and flags[0].code == "total_difference" else 0,
            Flag("grade_difference", f"The markers' grades differ: {named}."),
        )
    overall = tuple(
        MarkerComment(marking.marker, marking.role, marking.overall_comment)
        for marking in markings
        if marking.overall_comment
    )
    return ScriptComparison(
        script_id=script.script_id,
        label=script.label,
        markings=markings,
        rows=tuple(rows),
        totals=totals,
        grades=grades,
        total_difference=_spread(totals),
        flags=tuple(flags),
        overall_comments=overall,
        complete=len(final) >= 2,
    )
