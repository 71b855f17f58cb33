"""A marker's decisions on a script: marks per part (or achieved / not yet achieved), checked by rubric.

The web form, the CLI and the database all hand their raw values to these functions, so a mark out of range
is refused in one place. Validators collect every problem rather than stopping at the first, so the tutor sees
everything that needs fixing at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from marker.errors import MarkerError
from marker.rubric.model import MarkBand, Part, Rubric

ACHIEVED = "Achieved"
NOT_YET_ACHIEVED = "Not yet achieved"


@dataclass(frozen=True)
class Score:
    """What a marker decided for one part: its mark (points rubrics) or its criteria (achievement rubrics).

    ``criteria`` maps an assessment-criterion code to True (achieved), False (not yet achieved) or None
    (not decided yet). ``achieved`` is used only by achievement parts that list no criteria of their own.
    """

    part_id: str
    mark: int | None = None
    comment: str = ""
    criteria: Mapping[str, bool | None] = field(default_factory=dict)
    achieved: bool | None = None


@dataclass(frozen=True)
class MarkProblem:
    """One reason a set of marks cannot be saved, tied to the part it concerns (None: the whole marking)."""

    part_id: str | None
    message: str


class InvalidMarks(MarkerError):
    """The marks cannot be saved as they are; ``problems`` lists every reason, each for a person."""

    def __init__(self, problems: list[MarkProblem]) -> None:
        super().__init__(" ".join(problem.message for problem in problems))
        self.problems = problems

    def for_part(self, part_id: str | None) -> list[str]:
        """The messages about one part (None: about the marking as a whole)."""
        return [problem.message for problem in self.problems if problem.part_id == part_id]


@dataclass(frozen=True)
class Tally:
    """The running result of a marking: total so far, the grade it gives, and whether every part is marked."""

    total: int | None
    total_marks: int
    grade: str | None
    complete: bool


def band_for(part: Part, mark: int | None) -> MarkBand | None:
    """The band descriptor a part's mark falls in, or None when unmarked or the part has no bands."""
    if mark is None:
        return None
    for band in part.bands:
        if band.min_marks <= mark <= band.max_marks:
            return band
    return None


def parse_mark(part: Part, raw: str | int | None) -> tuple[int | None, str | None]:
    """A typed mark as an integer (None when left empty), or the reason it is not a mark for this part."""
    if raw is None:
        return None, None
    if isinstance(raw, int):
        value = raw
    else:
        text = raw.strip()
        if not text:
            return None, None
        try:
            value = int(text)
        except ValueError:
            return None, (
                f"{part.label}: “{text}” is not a whole number of marks; "
                f"enter a whole number from 0 to {part.max_marks}."
            )
    if not 0 <= value <= part.max_marks:
        return None, f"{part.label}: {value} is out of range; the mark must be from 0 to {part.max_marks}."
    return value, None


def parse_decision(raw: str | bool | None) -> bool | None:
    """An achieved / not yet achieved choice from a form value ("yes", "no", or empty for undecided)."""
    if raw is None or isinstance(raw, bool):
        return raw
    text = raw.strip().lower()
    if text in {"yes", "achieved", "true", "1", "y"}:
        return True
    if text in {"no", "not_yet", "not yet achieved", "false", "0", "n"}:
        return False
    return None


def part_achieved(part: Part, score: Score | None) -> bool | None:
    """Whether an achievement part is achieved: every criterion achieved. None while any is undecided."""
    if score is None:
        return None
    if not part.achievement_criteria:
        return score.achieved
    decisions = [score.criteria.get(criterion.code) for criterion in part.achievement_criteria]
    if any(decision is False for decision in decisions):
        return False
    if any(decision is None for decision in decisions):
        return None
    return True


def validate_scores(rubric: Rubric, scores: Mapping[str, Score], *, final: bool) -> list[MarkProblem]:
    """Every problem with these scores for this rubric; a final marking must decide every part."""
    problems: list[MarkProblem] = []
    known = {part.id for part in rubric.parts}
    for part_id in scores:
        if part_id not in known:
            problems.append(MarkProblem(part_id, f"There is no part “{part_id}” in {rubric.title}."))
    for part in rubric.parts:
        score = scores.get(part.id)
        if rubric.scheme == "achievement":
            problems.extend(_achievement_problems(part, score, final=final))
            continue
        mark = score.mark if score is not None else None
        if mark is not None and not 0 <= mark <= part.max_marks:
            problems.append(
                MarkProblem(
                    part.id,
                    f"{part.label}: {mark} is out of range; the mark must be from 0 to {part.max_marks}.",
                )
            )
        elif mark is None and final:
            problems.append(MarkProblem(part.id, f"{part.label} has no mark; every part needs a mark to submit."))
    return problems


def _achievement_problems(part: Part, score: Score | None, *, final: bool) -> list[MarkProblem]:
    problems: list[MarkProblem] = []
    if score is not None and score.mark is not None:
        problems.append(MarkProblem(part.id, f"{part.label} is judged achieved / not yet achieved, not given a mark."))
    if not final:
        return problems
    if part.achievement_criteria:
        decided = score.criteria if score is not None else {}
        for criterion in part.achievement_criteria:
            if decided.get(criterion.code) is None:
                problems.append(
                    MarkProblem(
                        part.id,
                        f"{part.label}: criterion {criterion.code} is not decided; choose achieved or "
                        "not yet achieved to submit.",
                    )
                )
    elif score is None or score.achieved is None:
        problems.append(
            MarkProblem(part.id, f"{part.label} is not decided; choose achieved or not yet achieved to submit.")
        )
    return problems


def require_valid(rubric: Rubric, scores: Mapping[str, Score], *, final: bool) -> None:
    """Raise InvalidMarks with every problem when these scores cannot be saved (as a draft, or as final)."""
    problems = validate_scores(rubric, scores, final=final)
    if problems:
        raise InvalidMarks(problems)


def tally(rubric: Rubric, scores: Mapping[str, Score]) -> Tally:
    """The total and grade of a marking so far; for achievement rubrics, the overall outcome.

    A draft shows the grade its running total would give, so a tutor sees where the script is heading.
    """
    if rubric.scheme == "achievement":
        outcomes = [part_achieved(part, scores.get(part.id)) for part in rubric.parts]
        complete = all(outcome is not None for outcome in outcomes)
        if any(outcome is False for outcome in outcomes) and complete:
            grade: str | None = NOT_YET_ACHIEVED
        elif complete and outcomes:
            grade = ACHIEVED
        else:
            grade = None
        return Tally(total=None, total_marks=0, grade=grade, complete=complete)
    marks = [scores[part.id].mark if part.id in scores else None for part in rubric.parts]
    given = [mark for mark in marks if mark is not None]
    total = sum(given) if given else None
    return Tally(
        total=total,
        total_marks=rubric.total_marks,
        grade=rubric.grade_for(total) if total is not None and rubric.grade_bands else None,
        complete=all(mark is not None for mark in marks),
    )


def read_scores(rubric: Rubric, values: Mapping[str, str]) -> dict[str, Score]:
    """Scores from a marking form's fields (see ``mark_field`` and friends); raises InvalidMarks on bad input.

    Only the shape of the input is judged here (a whole number in range); whether every part is marked is
    ``require_valid(..., final=True)``'s job.
    """
    scores: dict[str, Score] = {}
    problems: list[MarkProblem] = []
    for part in rubric.parts:
        comment = values.get(comment_field(part.id), "").strip()
        if rubric.scheme == "achievement":
            criteria = {
                criterion.code: parse_decision(values.get(criterion_field(part.id, criterion.code)))
                for criterion in part.achievement_criteria
            }
            achieved = parse_decision(values.get(achieved_field(part.id)))
            scores[part.id] = Score(part.id, comment=comment, criteria=criteria, achieved=achieved)
            continue
        mark, problem = parse_mark(part, values.get(mark_field(part.id)))
        if problem is not None:
            problems.append(MarkProblem(part.id, problem))
        scores[part.id] = Score(part.id, mark=mark, comment=comment)
    if problems:
        raise InvalidMarks(problems)
    return scores


def mark_field(part_id: str) -> str:
    """The form field holding a part's mark."""
    return f"mark-{part_id}"


def comment_field(part_id: str) -> str:
    """The form field holding a part's comment."""
    return f"comment-{part_id}"


def achieved_field(part_id: str) -> str:
    """The form field holding an achievement part's decision (parts without criteria of their own)."""
    return f"achieved-{part_id}"


def criterion_field(part_id: str, code: str) -> str:
    """The form field holding one criterion's decision."""
    return f"criterion-{part_id}-{code}"
