"""A tutor's marks are checked against the rubric: range, whole numbers, every part on submit, achievement."""

from __future__ import annotations

import pytest

from marker.marking import (
    ACHIEVED,
    NOT_YET_ACHIEVED,
    InvalidMarks,
    Score,
    band_for,
    read_scores,
    require_valid,
    tally,
    validate_scores,
)
from tests.marking.rubrics_for_tests import achievement_rubric, points_rubric


def full_marks(a: int = 15, b: int = 30, c: int = 28) -> dict[str, Score]:
    return {"1a": Score("1a", mark=a), "1b": Score("1b", mark=b), "2a": Score("2a", mark=c)}


def test_a_complete_marking_is_valid_and_totals_to_its_grade() -> None:
    rubric = points_rubric()
    scores = full_marks(15, 30, 28)
    assert validate_scores(rubric, scores, final=True) == []
    result = tally(rubric, scores)
    assert (result.total, result.total_marks, result.grade, result.complete) == (73, 100, "Merit", True)


@pytest.mark.parametrize(
    ("total_marks", "grade"), [((20, 40, 20), "Distinction"), ((10, 30, 25), "Pass"), ((19, 40, 0), "Fail")]
)
def test_grade_follows_the_cim_bands(total_marks: tuple[int, int, int], grade: str) -> None:
    assert tally(points_rubric(), full_marks(*total_marks)).grade == grade


def test_a_mark_above_the_parts_maximum_is_refused_with_the_range() -> None:
    problems = validate_scores(points_rubric(), full_marks(21, 30, 28), final=False)
    assert [p.part_id for p in problems] == ["1a"]
    assert "from 0 to 20" in problems[0].message


def test_a_negative_mark_is_refused() -> None:
    with pytest.raises(InvalidMarks) as caught:
        require_valid(points_rubric(), full_marks(15, -1, 28), final=False)
    assert caught.value.for_part("1b") and "out of range" in caught.value.for_part("1b")[0]


def test_submitting_with_missing_marks_lists_every_unmarked_part() -> None:
    scores = {"1a": Score("1a", mark=10)}
    with pytest.raises(InvalidMarks) as caught:
        require_valid(points_rubric(), scores, final=True)
    assert [p.part_id for p in caught.value.problems] == ["1b", "2a"]
    assert "Task 1 (b) has no mark" in str(caught.value)


def test_a_draft_may_leave_parts_unmarked_and_shows_a_running_total() -> None:
    scores = {"1a": Score("1a", mark=10), "2a": Score("2a", mark=5)}
    require_valid(points_rubric(), scores, final=False)
    result = tally(points_rubric(), scores)
    assert (result.total, result.complete) == (15, False)


def test_an_unknown_part_is_refused() -> None:
    problems = validate_scores(points_rubric(), {**full_marks(), "9z": Score("9z", mark=1)}, final=False)
    assert [p.part_id for p in problems] == ["9z"]


def test_band_for_a_mark() -> None:
    part = points_rubric().part("1b")
    assert band_for(part, 40) is not None and band_for(part, 40).band == "Distinction"  # type: ignore[union-attr]
    assert band_for(part, 0).band == "Fail"  # type: ignore[union-attr]
    assert band_for(part, None) is None


def test_reading_the_form_collects_every_bad_mark() -> None:
    values = {"mark-1a": "12.5", "mark-1b": "abc", "mark-2a": "41", "comment-1a": " Good "}
    with pytest.raises(InvalidMarks) as caught:
        read_scores(points_rubric(), values)
    assert [p.part_id for p in caught.value.problems] == ["1a", "1b", "2a"]
    assert "not a whole number" in caught.value.for_part("1a")[0]
    assert "from 0 to 40" in caught.value.for_part("2a")[0]


def test_reading_the_form_keeps_blank_marks_as_unmarked_and_trims_comments() -> None:
    scores = read_scores(points_rubric(), {"mark-1a": " 12 ", "mark-1b": "", "comment-1a": " Good "})
    assert scores["1a"] == Score("1a", mark=12, comment="Good")
    assert scores["1b"].mark is None and scores["2a"].mark is None


def test_achievement_unit_is_achieved_only_when_every_criterion_is() -> None:
    rubric = achievement_rubric()
    scores = {
        "u1": Score("u1", criteria={"1.1": True, "1.2": True}),
        "u2": Score("u2", achieved=True),
    }
    assert validate_scores(rubric, scores, final=True) == []
    assert tally(rubric, scores).grade == ACHIEVED
    scores["u1"] = Score("u1", criteria={"1.1": True, "1.2": False})
    assert tally(rubric, scores).grade == NOT_YET_ACHIEVED


def test_achievement_submit_needs_every_criterion_decided_and_refuses_marks() -> None:
    rubric = achievement_rubric()
    scores = {"u1": Score("u1", mark=3, criteria={"1.1": True}), "u2": Score("u2")}
    messages = [p.message for p in validate_scores(rubric, scores, final=True)]
    assert any("not given a mark" in m for m in messages)
    assert any("criterion 1.2 is not decided" in m for m in messages)
    assert any("Unit 02 is not decided" in m for m in messages)
    assert tally(rubric, scores).grade is None


def test_achievement_form_reads_yes_no_and_blank() -> None:
    rubric = achievement_rubric()
    values = {"criterion-u1-1.1": "yes", "criterion-u1-1.2": "no", "achieved-u2": ""}
    scores = read_scores(rubric, values)
    assert scores["u1"].criteria == {"1.1": True, "1.2": False}
    assert scores["u2"].achieved is None
