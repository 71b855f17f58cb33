"""Small builders for the moderation tests: a 100-mark rubric in code and double-marked scripts."""

from __future__ import annotations

import random

from marker.moderation.model import MarkerMarks, ScriptMarks
from marker.rubric.model import GradeBand, MarkBand, Part, Rubric, Task, WordCountPolicy

GRADES = (
    GradeBand("Distinction", 80, 100),
    GradeBand("Merit", 70, 79),
    GradeBand("Pass", 60, 69),
    GradeBand("Fail", 0, 59),
)


def _bands(maximum: int) -> tuple[MarkBand, ...]:
    fail, pas, merit = round(maximum * 0.59), round(maximum * 0.69), round(maximum * 0.79)
    return (
        MarkBand("Fail", 0, fail, "Little relevant content."),
        MarkBand("Pass", fail + 1, pas, "Sound."),
        MarkBand("Merit", pas + 1, merit, "Good."),
        MarkBand("Distinction", merit + 1, maximum, "Excellent."),
    )


def _part(part_id: str, task: str, max_marks: int) -> Part:
    return Part(
        id=part_id,
        task=task,
        label=f"Task {task} ({part_id[-1]})",
        title=f"Part {part_id}",
        requirement="Do it.",
        verbs=("evaluate",),
        max_marks=max_marks,
        criteria=(),
        guidance_markers="",
        guidance_candidates="",
        bands=_bands(max_marks),
        heading_patterns=(),
    )


def rubric() -> Rubric:
    """Parts 1a (20), 1b (40) and 2a (40): 100 marks, with the CIM grade bands."""
    return Rubric(
        id="mod-test",
        title="Moderation test brief",
        qualification="CIM Level 6",
        level="6",
        version="1",
        scheme="points",
        total_marks=100,
        grade_bands=GRADES,
        verb_set="cim-l6",
        tasks=(
            Task("1", "Task 1", (), (_part("1a", "1", 20), _part("1b", "1", 40))),
            Task("2", "Task 2", (), (_part("2a", "2", 40),)),
        ),
        limits=(),
        word_count_policy=WordCountPolicy(),
        content_hash="f" * 64,
    )


def marking(
    marker: str, role: str, marks: tuple[int | None, int | None, int | None], *, status: str = "final", **extra: object
) -> MarkerMarks:
    """A marking of the test rubric's three parts, in order 1a, 1b, 2a."""
    return MarkerMarks(
        marker=marker,
        role=role,  # type: ignore[arg-type]
        status=status,
        marks=dict(zip(("1a", "1b", "2a"), marks, strict=True)),
        **extra,  # type: ignore[arg-type]
    )


def script(script_id: str, *markings: MarkerMarks) -> ScriptMarks:
    return ScriptMarks(script_id=script_id, label=f"C{script_id}", markings=tuple(markings))


def cohort(size: int = 30, *, seed: int = 7, lenient_shift: int = 3) -> list[ScriptMarks]:
    """A double-marked cohort: ``bea`` second-marks everyone about ``lenient_shift`` marks above ``ann``."""
    rng = random.Random(seed)
    scripts = []
    for index in range(size):
        ability = rng.uniform(0.35, 0.95)
        first = tuple(min(m, max(0, round(ability * m + rng.gauss(0, 2)))) for m in (20, 40, 40))
        second = tuple(
            min(m, max(0, value + rng.choice((0, 1, 1, 2)) * lenient_shift // 3 + rng.choice((-1, 0, 1))))
            for value, m in zip(first, (20, 40, 40), strict=True)
        )
        scripts.append(
            script(
                str(1000 + index),
                marking("ann", "first", first),  # type: ignore[arg-type]
                marking("bea", "second", second),  # type: ignore[arg-type]
            )
        )
    return scripts
