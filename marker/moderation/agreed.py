"""Agreed marks: the marks the moderator (or the markers together) settle on, part by part, with reasons.

The agreed marking is the one released to the candidate. Where the agreed mark of a part is not the mark every
marker gave, moderation must be able to say why: such a part needs a rationale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from marker.moderation.errors import InvalidAgreedMarks
from marker.moderation.model import ScriptMarks
from marker.rubric.model import Rubric


@dataclass(frozen=True)
class AgreedMarks:
    """Validated agreed marks for a script: a mark and rationale per part, the total and the grade."""

    marks: dict[str, int]
    rationale: dict[str, str]
    total: int
    grade: str
    overall_rationale: str = ""


def agree(
    rubric: Rubric,
    script: ScriptMarks,
    marks: Mapping[str, int | None],
    rationale: Mapping[str, str],
    *,
    overall_rationale: str = "",
) -> AgreedMarks:
    """Validate the agreed marks for a script; raise ``InvalidAgreedMarks`` listing every problem at once."""
    problems: dict[str, str] = {}
    clean_marks: dict[str, int] = {}
    clean_rationale: dict[str, str] = {}
    markings = [marking for marking in script.marker_markings if marking.is_final] or list(script.marker_markings)
    for part in rubric.parts:
        mark = marks.get(part.id)
        reason = (rationale.get(part.id) or "").strip()
        if mark is None:
            problems[part.id] = f"{part.label} needs an agreed mark."
            continue
        if not 0 <= mark <= part.max_marks:
            problems[part.id] = f"{part.label}: the agreed mark must be between 0 and {part.max_marks}."
            continue
        given = {marking.marks.get(part.id) for marking in markings}
        if given != {mark} and not reason:
            shown = ", ".join(str(value) for value in sorted(value for value in given if value is not None)) or "none"
            problems[part.id] = (
                f"{part.label}: the markers gave {shown} and the agreed mark is {mark}; say why in the rationale."
            )
            continue
        clean_marks[part.id] = mark
        clean_rationale[part.id] = reason
    if problems:
        raise InvalidAgreedMarks(problems)
    total = sum(clean_marks.values())
    return AgreedMarks(
        marks=clean_marks,
        rationale=clean_rationale,
        total=total,
        grade=rubric.grade_for(total),
        overall_rationale=overall_rationale.strip(),
    )
