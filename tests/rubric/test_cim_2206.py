"""The 2206 rubric checked against its brief (seed 003) and the CIM Level 6 specification (seed 000)."""

from __future__ import annotations

import re

import pytest

from marker.rubric import RubricLibrary
from marker.rubric.model import Rubric
from tests.rubric.helpers import RUBRICS, VERBS, normal, seed


@pytest.fixture(scope="module")
def library() -> RubricLibrary:
    return RubricLibrary.load(RUBRICS, VERBS)


@pytest.fixture(scope="module")
def rubric(library: RubricLibrary) -> Rubric:
    return library.get("cim-2206")


def test_every_repository_file_loads_without_problems(library: RubricLibrary) -> None:
    assert library.problems == {}
    assert set(library.rubrics) == {"cim-2206", "ncfe-l2-digital-crm"}
    assert set(library.verb_sets) == {"cim-level-6", "ncfe-level-2"}


def test_seven_parts_with_the_briefs_marks_adding_up_to_100(rubric: Rubric) -> None:
    marks = {part.id: part.max_marks for part in rubric.parts}
    assert marks == {"1a": 5, "1b": 15, "1c": 15, "2a": 20, "2b": 15, "3a": 15, "3b": 15}
    assert sum(marks.values()) == rubric.total_marks == 100
    assert [(task.id, task.max_marks) for task in rubric.tasks] == [("1", 35), ("2", 35), ("3", 30)]
    brief = seed("003")
    for task in rubric.tasks:
        assert f"Task {task.id} is worth **{task.max_marks}** marks" in brief


def test_each_part_states_the_briefs_requirement_word_for_word(rubric: Rubric) -> None:
    brief = normal(seed("003"))
    for part in rubric.parts:
        assert part.requirement in brief, part.id
        assert f"({part.max_marks} marks)" in brief


def test_the_four_limits_of_the_brief(rubric: Rubric) -> None:
    limits = {limit.id: (limit.parts, limit.unit, limit.max, limit.tolerance_pct) for limit in rubric.limits}
    assert limits == {
        "task1-overview": (("1a",), "pages", 1, 0),
        "task1-bc": (("1b", "1c"), "words", 1500, 10),
        "task2-ab": (("2a", "2b"), "words", 1750, 10),
        "task3-ab": (("3a", "3b"), "words", 1500, 10),
    }
    brief = seed("003")
    assert "Tasks 1 (b) to 1 (c) maximum word count – 1,500 words" in brief
    assert "Tasks 2 (a) to 2 (b) maximum word count – 1,750 words" in brief
    assert "Tasks 3 (a) to 3 (b) maximum word count – 1,500 words" in brief
    assert "Organisation overview maximum page count – one side of A4 paper" in brief
    assert all(limit.policy for limit in rubric.limits)


def test_assessment_criteria_codes_per_task_as_in_the_brief(rubric: Rubric) -> None:
    brief = seed("003")
    for task in rubric.tasks:
        match = re.search(rf"Assessment criteria covered in Task {task.id}:\s*\n\s*\n?(.+)", brief)
        assert match, task.id
        codes = tuple(code.strip() for code in match.group(1).split(","))
        assert task.criteria == codes
        assert all(part.criteria == codes for part in task.parts)


def test_every_verb_resolves_to_the_cim_level_6_set(library: RubricLibrary, rubric: Rubric) -> None:
    verbs = library.verbs_for(rubric)
    assert verbs.id == "cim-level-6"
    used = {verb for part in rubric.parts for verb in part.verbs}
    assert used == {
        "provide",
        "appraise",
        "reflect",
        "analyse",
        "create",
        "plan",
        "illustrate",
        "recommend",
        "justify",
        "evaluate",
    }
    for part in rubric.parts:
        for verb in part.verbs:
            assert verbs.verbs[verb].interpretation
            # The verb really is the part's instruction in the brief.
            assert verbs.verbs[verb].name.lower()[:5] in part.requirement.lower()


def test_grade_bands_are_cims(rubric: Rubric) -> None:
    spec = seed("000")
    assert re.search(r"Distinction\s+\(D\)\s+80%\+", spec)
    assert re.search(r"Merit\s+\(M\)\s+70-79%", spec)
    assert re.search(r"Pass\s+\(P\)\s+60-69%", spec)
    assert re.search(r"Fail\s+\(F\)\s+0-59%", spec)
    bands = [(band.name, band.min_pct, band.max_pct) for band in rubric.grade_bands]
    assert bands == [("Distinction", 80, 100), ("Merit", 70, 79), ("Pass", 60, 69), ("Fail", 0, 59)]
    assert rubric.grade_for(80) == "Distinction"
    assert rubric.grade_for(79) == "Merit"
    assert rubric.grade_for(69) == "Pass"
    assert rubric.grade_for(59) == "Fail"


@pytest.mark.parametrize("part_id", ["1a", "1b", "1c", "2a", "2b", "3a", "3b"])
def test_part_bands_follow_the_grade_percentages(rubric: Rubric, part_id: str) -> None:
    part = rubric.part(part_id)
    for mark in range(part.max_marks + 1):
        bands = [band for band in part.bands if band.min_marks <= mark <= band.max_marks]
        assert len(bands) == 1, (part_id, mark)
        # A mark's band is the grade that percentage of the part would earn.
        assert bands[0].band == rubric.grade_for(mark * rubric.total_marks / part.max_marks)
        assert len(bands[0].descriptor) > 80


def test_a_fifteen_mark_part_has_cims_boundaries(rubric: Rubric) -> None:
    spans = {band.band: (band.min_marks, band.max_marks) for band in rubric.part("1b").bands}
    assert spans == {"Distinction": (12, 15), "Merit": (11, 11), "Pass": (9, 10), "Fail": (0, 8)}
    assert {band.band: (band.min_marks, band.max_marks) for band in rubric.part("2a").bands} == {
        "Distinction": (16, 20),
        "Merit": (14, 15),
        "Pass": (12, 13),
        "Fail": (0, 11),
    }


@pytest.mark.parametrize(
    "heading",
    [
        "Task 1 (a)",
        "Task 1a",
        "1(a)",
        "1a.",
        "Task 1 – part (a)",
        "(a) Organisation overview",
        "TASK 1 (A) ORGANISATION OVERVIEW",
        "Organisational overview",
    ],
)
def test_headings_a_candidate_writes_find_part_1a(rubric: Rubric, heading: str) -> None:
    found = [part.id for part in rubric.parts if any(re.search(p, heading, re.I) for p in part.heading_patterns)]
    assert found == ["1a"]


@pytest.mark.parametrize(
    ("heading", "part_id"),
    [
        ("Task 1 (b)", "1b"),
        ("1c) Personalisation for millennials", "1c"),
        ("Task 2a: action plan", "2a"),
        ("TASK 2 - PART (B)", "2b"),
        ("3(a) Managing personalisation", "3a"),
        ("Task 3b", "3b"),
    ],
)
def test_each_part_is_found_by_its_own_heading_only(rubric: Rubric, heading: str, part_id: str) -> None:
    found = [part.id for part in rubric.parts if any(re.search(p, heading, re.I) for p in part.heading_patterns)]
    assert found == [part_id]


def test_headings_that_are_not_parts_match_nothing(rubric: Rubric) -> None:
    for heading in ["Task 10a", "Task 1 approach", "Introduction", "References", "Task 11 (a)"]:
        assert not any(re.search(p, heading, re.I) for part in rubric.parts for p in part.heading_patterns)


def test_word_count_policy_counts_the_body_only(rubric: Rubric) -> None:
    policy = rubric.word_count_policy
    assert policy.body and policy.list_items and policy.citations and policy.quotations
    excluded = [
        policy.headings,
        policy.tables,
        policy.captions,
        policy.contents,
        policy.cover_page,
        policy.headers_footers,
        policy.footnotes,
        policy.text_boxes,
        policy.reference_list,
        policy.appendices,
    ]
    assert not any(excluded)
    assert "Microsoft Word" in policy.statement


def test_every_part_has_guidance_for_markers_and_candidates(rubric: Rubric) -> None:
    brief = normal(seed("003"))
    assert rubric.public
    for part in rubric.parts:
        assert part.title and part.guidance_markers and part.guidance_candidates
    # Candidates read the brief's own guidance notes (the first sentence of 1b's, for instance).
    assert "it is important to provide an in-depth understanding" in rubric.part("1b").guidance_candidates.lower()
    assert "Candidates should create an action plan for senior management" in brief
    assert rubric.part("2a").guidance_candidates.startswith("Candidates should create an action plan")
