"""Comparing markings: side by side, differences, flags and reasons, every comment kept."""

from __future__ import annotations

from marker.moderation.comparison import compare
from tests.moderation.builders import marking, rubric, script


def _codes(comparison: object) -> list[str]:
    return [flag.code for flag in comparison.flags]  # type: ignore[attr-defined]


def test_close_markings_are_not_flagged() -> None:
    result = compare(
        rubric(), script("1", marking("ann", "first", (14, 28, 28)), marking("bea", "second", (15, 27, 30)))
    )
    assert not result.flagged
    assert result.totals == (70, 72)
    assert [row.difference for row in result.rows] == [1, 1, 2]


def test_totals_beyond_tolerance_are_flagged_with_the_difference() -> None:
    result = compare(
        rubric(), script("1", marking("ann", "first", (10, 20, 20)), marking("bea", "second", (14, 24, 26)))
    )
    assert _codes(result)[0] == "total_difference"
    assert "14 marks" in result.flags[0].reason


def test_a_tolerance_set_per_assessment_is_used() -> None:
    pair = script("1", marking("ann", "first", (12, 25, 25)), marking("bea", "second", (13, 26, 26)))
    assert not compare(rubric(), pair, tolerance_marks=10).flagged
    assert "total_difference" in _codes(compare(rubric(), pair, tolerance_marks=2))


def test_different_grades_are_flagged_even_within_tolerance() -> None:
    # 69 (Pass) against 71 (Merit): two marks apart, across a boundary.
    result = compare(
        rubric(), script("1", marking("ann", "first", (14, 27, 28)), marking("bea", "second", (14, 28, 29)))
    )
    assert _codes(result) == ["grade_difference"]
    # In the markers' order, as the totals and grades columns give them (not alphabetical).
    assert result.flags[0].reason == "The markers' grades differ: first Pass / second Merit."


def test_a_part_differing_by_more_than_its_share_is_flagged() -> None:
    # 1a is worth 20: 30 % is 6 marks; 7 apart is flagged although the totals are close.
    result = compare(
        rubric(), script("1", marking("ann", "first", (6, 30, 30)), marking("bea", "second", (13, 26, 28)))
    )
    assert _codes(result) == ["part_difference"]
    assert result.flags[0].part == "1a"
    assert [row.flagged for row in result.rows] == [True, False, False]


def test_drafts_are_shown_but_not_flagged() -> None:
    result = compare(
        rubric(),
        script("1", marking("ann", "first", (2, 5, 5)), marking("bea", "second", (20, 40, 40), status="draft")),
    )
    assert not result.flagged
    assert not result.complete
    assert result.totals == (12, 100)


def test_every_comment_stays_visible() -> None:
    result = compare(
        rubric(),
        script(
            "1",
            marking("ann", "first", (10, 20, 20), comments={"1a": "Thin on theory."}, overall_comment="Fair."),
            marking("bea", "second", (11, 21, 21), comments={"1a": "Good examples.", "2a": "Weak."}),
            marking("cal", "third", (10, 21, 20), comments={"1a": "Agree with first."}),
        ),
    )
    texts = [comment.text for comment in result.rows[0].comments]
    assert texts == ["Thin on theory.", "Good examples.", "Agree with first."]
    assert [comment.text for comment in result.rows[2].comments] == ["Weak."]
    assert [comment.text for comment in result.overall_comments] == ["Fair."]
    assert [m.role for m in result.markings] == ["first", "second", "third"]
