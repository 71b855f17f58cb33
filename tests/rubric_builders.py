"""One set of builders for rubrics made in code, shared by the checks, marking, moderation and web tests.

Each test package asks for the rubric shape its story needs (``rubric_2206`` in the checks tests, a 100-mark
points brief in marking and moderation), all built from these few functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from marker.rubric.model import Criterion, GradeBand, Limit, MarkBand, Part, Rubric, Task, WordCountPolicy

CIM_GRADES = (
    GradeBand("Distinction", 80, 100),
    GradeBand("Merit", 70, 79),
    GradeBand("Pass", 60, 69),
    GradeBand("Fail", 0, 59),
)


def bands(maximum: int) -> tuple[MarkBand, ...]:
    """Four bands over 0..maximum, as the CIM marking grids have them."""
    fail_top, pass_top, merit_top = round(maximum * 0.59), round(maximum * 0.69), round(maximum * 0.79)
    return (
        MarkBand("Fail", 0, fail_top, "Little relevant content."),
        MarkBand("Pass", fail_top + 1, pass_top, "Sound, with some application."),
        MarkBand("Merit", pass_top + 1, merit_top, "Good application to the organisation."),
        MarkBand("Distinction", merit_top + 1, maximum, "Excellent, critical and well applied."),
    )


def make_part(
    part_id: str,
    *,
    max_marks: int = 10,
    title: str | None = None,
    label: str | None = None,
    verb: str = "appraise",
    criteria: tuple[str, ...] = (),
    part_bands: tuple[MarkBand, ...] | None = None,
    achievement_criteria: tuple[Criterion, ...] = (),
) -> Part:
    """A part whose id says its task and letter ("1b": Task 1 (b))."""
    task, letter = part_id[0], part_id[1:]
    label = label or f"Task {task} ({letter})"
    return Part(
        id=part_id,
        task=task,
        label=label,
        title=title or f"Title of {label}",
        requirement=f"Requirement of {label}",
        verbs=(verb,),
        max_marks=max_marks,
        criteria=criteria,
        guidance_markers="Look for application.",
        guidance_candidates="Apply it.",
        bands=part_bands if part_bands is not None else bands(max_marks),
        heading_patterns=(),
        achievement_criteria=achievement_criteria,
    )


def make_rubric(
    rubric_id: str,
    parts: Sequence[Part],
    *,
    title: str = "Test brief",
    limits: Sequence[Limit] = (),
    grade_bands: tuple[GradeBand, ...] = CIM_GRADES,
    scheme: str = "points",
    total_marks: int | None = None,
    policy: WordCountPolicy | None = None,
    qualification: str = "CIM Level 6",
    verb_set: str = "cim-l6",
    content_hash: str = "",
) -> Rubric:
    """A rubric of these parts, grouped into tasks by their ids, in the order given."""
    task_ids = list(dict.fromkeys(part.task for part in parts))
    tasks = tuple(
        Task(task, f"Task {task}", (), tuple(part for part in parts if part.task == task)) for task in task_ids
    )
    return Rubric(
        id=rubric_id,
        title=title,
        qualification=qualification,
        level=qualification.split()[-1],
        version="1",
        scheme=scheme,  # type: ignore[arg-type]
        total_marks=sum(part.max_marks for part in parts) if total_marks is None else total_marks,
        grade_bands=grade_bands,
        verb_set=verb_set,
        tasks=tasks,
        limits=tuple(limits),
        word_count_policy=policy or WordCountPolicy(),
        content_hash=content_hash,
    )
