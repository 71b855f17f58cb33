"""Agreed marks: complete, in range, and explained where they depart from the markers."""

from __future__ import annotations

import pytest

from marker.moderation.agreed import agree
from marker.moderation.errors import InvalidAgreedMarks
from tests.moderation.builders import marking, rubric, script

PAIR = script("1", marking("ann", "first", (10, 20, 20)), marking("bea", "second", (10, 26, 30)))


def test_agreed_marks_give_total_and_grade() -> None:
    agreed = agree(
        rubric(), PAIR, {"1a": 10, "1b": 24, "2a": 28}, {"1b": "Evidence of application.", "2a": "Second is right."}
    )
    assert agreed.total == 62
    assert agreed.grade == "Pass"
    assert agreed.rationale["1a"] == ""


def test_a_part_departing_from_the_markers_needs_a_rationale() -> None:
    with pytest.raises(InvalidAgreedMarks) as caught:
        agree(rubric(), PAIR, {"1a": 10, "1b": 24, "2a": 28}, {"2a": "Second is right."})
    assert set(caught.value.problems) == {"1b"}
    assert "20, 26" in caught.value.problems["1b"]


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(InvalidAgreedMarks) as caught:
        agree(rubric(), PAIR, {"1a": 25, "1b": None}, {})
    assert set(caught.value.problems) == {"1a", "1b", "2a"}
    assert "between 0 and 20" in caught.value.problems["1a"]
