"""Small rubrics built in code for the marking tests: a points brief and an NCFE-style achievement unit."""

from __future__ import annotations

from marker.rubric.model import (
    Criterion,
    GradeBand,
    Limit,
    MarkBand,
    Part,
    Rubric,
    Task,
    WordCountPolicy,
)

GRADES = (
    GradeBand("Distinction", 80, 100),
    GradeBand("Merit", 70, 79),
    GradeBand("Pass", 60, 69),
    GradeBand("Fail", 0, 59),
)


def bands(maximum: int) -> tuple[MarkBand, ...]:
    """Four bands over 0..maximum, as the CIM marking grids have them."""
    fail_top = round(maximum * 0.59)
    pass_top = round(maximum * 0.69)
    merit_top = round(maximum * 0.79)
    return (
        MarkBand("Fail", 0, fail_top, "Little relevant content."),
        MarkBand("Pass", fail_top + 1, pass_top, "Sound, with some application."),
        MarkBand("Merit", pass_top + 1, merit_top, "Good application to the organisation."),
        MarkBand("Distinction", merit_top + 1, maximum, "Excellent, critical and well applied."),
    )


def make_part(part_id: str, task: str, label: str, max_marks: int, verb: str = "appraise") -> Part:
    return Part(
        id=part_id,
        task=task,
        label=label,
        title=f"Title of {label}",
        requirement=f"Requirement of {label}",
        verbs=(verb,),
        max_marks=max_marks,
        criteria=("2.1",),
        guidance_markers="Look for application.",
        guidance_candidates="Apply it.",
        bands=bands(max_marks),
        heading_patterns=(),
    )


def points_rubric() -> Rubric:
    """Three parts worth 20, 40 and 40 marks: a total of 100 with the CIM grade bands."""
    task1 = Task("1", "Task 1", (), (make_part("1a", "1", "Task 1 (a)", 20), make_part("1b", "1", "Task 1 (b)", 40)))
    task2 = Task("2", "Task 2", (), (make_part("2a", "2", "Task 2 (a)", 40, verb="evaluate"),))
    return Rubric(
        id="test-points",
        title="Test brief",
        qualification="CIM Level 6",
        level="6",
        version="1",
        scheme="points",
        total_marks=100,
        grade_bands=GRADES,
        verb_set="cim-l6",
        tasks=(task1, task2),
        limits=(
            Limit("task1", ("1a", "1b"), "words", 1500, 10, "Text beyond the limit is not marked."),
            Limit("task2", ("2a",), "words", 1000, 10, "not_marked"),
        ),
        word_count_policy=WordCountPolicy(),
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
