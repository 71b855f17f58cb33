"""Small builders for the moderation tests: a 100-mark rubric in code and double-marked scripts."""

from __future__ import annotations

import random

from marker.moderation.model import MarkerMarks, ScriptMarks
from marker.rubric.model import Rubric
from tests.rubric_builders import CIM_GRADES, make_part, make_rubric

GRADES = CIM_GRADES


def rubric() -> Rubric:
    """Parts 1a (20), 1b (40) and 2a (40): 100 marks, with the CIM grade bands."""
    return make_rubric(
        "mod-test",
        [
            make_part("1a", max_marks=20, verb="evaluate"),
            make_part("1b", max_marks=40, verb="evaluate"),
            make_part("2a", max_marks=40, verb="evaluate"),
        ],
        title="Moderation test brief",
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
