"""Small rubrics built in code for the marking tests: a points brief and an NCFE-style achievement unit."""

from __future__ import annotations

from marker.rubric.model import Criterion, Limit, Part, Rubric, Task, WordCountPolicy
from tests.rubric_builders import CIM_GRADES, make_part, make_rubric

GRADES = CIM_GRADES


def points_rubric() -> Rubric:
    """Three parts worth 20, 40 and 40 marks: a total of 100 with the CIM grade bands."""
    return make_rubric(
        "test-points",
        [
            make_part("1a", max_marks=20, criteria=("2.1",)),
            make_part("1b", max_marks=40, criteria=("2.1",)),
            make_part("2a", max_marks=40, criteria=("2.1",), verb="evaluate"),
        ],
        limits=(
            Limit("task1", ("1a", "1b"), "words", 1500, 10, "Text beyond the limit is not marked."),
            Limit("task2", ("2a",), "words", 1000, 10, "not_marked"),
        ),
        content_hash="abc123",
    )


def achievement_rubric() -> Rubric:
    """One NCFE-style unit with two criteria that must both be achieved, and one unit decided whole."""
    unit1 = Part(
        id="u1",
        task="1",
        label="Unit 01",
        title="Digital CRM",
        requirement="",
        verbs=("explain",),
        max_marks=0,
        criteria=(),
        guidance_markers="",
        guidance_candidates="",
        bands=(),
        heading_patterns=(),
        achievement_criteria=(Criterion("1.1", "Explain what CRM is"), Criterion("1.2", "Describe CRM tools")),
    )
    unit2 = Part(
        id="u2",
        task="2",
        label="Unit 02",
        title="Data",
        requirement="",
        verbs=("describe",),
        max_marks=0,
        criteria=(),
        guidance_markers="",
        guidance_candidates="",
        bands=(),
        heading_patterns=(),
    )
    return Rubric(
        id="test-ncfe",
        title="NCFE test unit",
        qualification="NCFE Level 2",
        level="2",
        version="1",
        scheme="achievement",
        total_marks=0,
        grade_bands=(),
        verb_set="ncfe-l2",
        tasks=(Task("1", "Unit 01", (), (unit1,)), Task("2", "Unit 02", (), (unit2,))),
        limits=(),
        word_count_policy=WordCountPolicy(),
    )
