"""The moderation sample: which scripts a moderator (and the external quality assurer) should look at, and why.

Proposed in this order: every fail; every script within 2 marks of a grade boundary (by any marking: a script
counts as a fail or borderline when any marker's, or the agreed, mark says so); the top and the bottom
script; then a seeded random draw until the sample reaches its size: the larger of √n and 10 % of the cohort,
at least 5 (or every script when there are fewer). The draw is reproducible from the seed, so the proposal can
be explained afterwards. The compulsory choices may make the sample larger than its size; they are never dropped.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

from marker.moderation.model import ScriptResult
from marker.rubric.model import Rubric

BOUNDARY_MARGIN = 2
MINIMUM_SAMPLE = 5


@dataclass(frozen=True)
class SampleChoice:
    """A script proposed for the sample, with the reason a person can read."""

    script_id: str
    label: str
    reason: str


def sample_size(cohort: int) -> int:
    """How many scripts the sample should hold for a cohort of this size."""
    if cohort <= MINIMUM_SAMPLE:
        return cohort
    return min(cohort, max(MINIMUM_SAMPLE, math.ceil(math.sqrt(cohort)), math.ceil(cohort / 10)))


def grade_boundaries(rubric: Rubric) -> list[tuple[float, str]]:
    """Each grade boundary as a total in marks, with the grade it leads into (the bottom band has none)."""
    lowest = min(band.min_pct for band in rubric.grade_bands) if rubric.grade_bands else 0.0
    return sorted(
        (band.min_pct * rubric.total_marks / 100.0, band.name) for band in rubric.grade_bands if band.min_pct > lowest
    )


def fail_grade(rubric: Rubric) -> str | None:
    """The name of the lowest grade band: the fail."""
    return min(rubric.grade_bands, key=lambda band: band.min_pct).name if rubric.grade_bands else None


def propose_sample(results: Sequence[ScriptResult], rubric: Rubric, *, seed: int) -> list[SampleChoice]:
    """The proposed sample, each script once, with the first reason that put it there."""
    chosen: dict[str, SampleChoice] = {}

    def choose(result: ScriptResult, reason: str) -> None:
        if result.script_id not in chosen:
            chosen[result.script_id] = SampleChoice(result.script_id, result.label, reason)

    failed = fail_grade(rubric)
    for result in results:
        # A fail by any marking counts: the standing mark first, then the others (a marker's fail is a reason).
        fail = next(((total, grade) for total, grade in result.every_mark if grade == failed), None)
        if fail is not None:
            by = "" if fail == (result.total, result.grade) else " by one marking"
            choose(result, f"Fail{by} ({fail[0]} marks): every fail is moderated.")
    boundaries = grade_boundaries(rubric)
    for result in results:
        near = next(
            (
                (total, boundary, grade)
                for total, _ in result.every_mark
                for boundary, grade in boundaries
                if abs(total - boundary) <= BOUNDARY_MARGIN
            ),
            None,
        )
        if near is not None:
            total, boundary, grade = near
            choose(result, f"{total} marks is within {BOUNDARY_MARGIN} of the {grade} boundary ({boundary:g}).")
    if results:
        top = max(results, key=lambda result: (result.total, result.script_id))
        bottom = min(results, key=lambda result: (result.total, result.script_id))
        choose(top, f"Highest total in the cohort ({top.total} marks).")
        choose(bottom, f"Lowest total in the cohort ({bottom.total} marks).")
    target = sample_size(len(results))
    rest = sorted((result for result in results if result.script_id not in chosen), key=lambda r: r.script_id)
    rng = random.Random(seed)
    rng.shuffle(rest)
    for result in rest[: max(0, target - len(chosen))]:
        choose(result, f"Random draw (seed {seed}) to reach a sample of {target}.")
    return list(chosen.values())
