"""Blind second marking: who sees whose marks, and when."""

from __future__ import annotations

from marker.moderation.visibility import may_see_other_marks, visible_roles


def test_blind_second_marker_cannot_see_first_marks_until_both_submitted() -> None:
    assert not may_see_other_marks(True, "second", {"first": "final", "second": "draft"})
    assert not may_see_other_marks(True, "second", {"first": "draft", "second": "final"})
    assert may_see_other_marks(True, "second", {"first": "final", "second": "final"})


def test_blind_first_marker_cannot_see_second_marks_early() -> None:
    assert not may_see_other_marks(True, "first", {"first": "final", "second": "draft"})
    assert visible_roles(True, "first", {"first": "final", "second": "draft"}) == {"first"}


def test_third_marker_sees_others_only_after_submitting() -> None:
    statuses = {"first": "final", "second": "final", "third": "draft"}
    assert not may_see_other_marks(True, "third", statuses)
    assert may_see_other_marks(True, "third", {**statuses, "third": "final"})
    # The first and second, both in, may see each other but not the third marker's draft.
    assert visible_roles(True, "first", statuses) == {"first", "second"}


def test_open_marking_and_moderators_see_everything() -> None:
    statuses = {"first": "draft", "second": "allocated"}
    assert may_see_other_marks(False, "second", statuses)
    assert may_see_other_marks(True, "moderator", statuses)
    assert visible_roles(True, "moderator", statuses) == {"first", "second"}


def test_a_tutor_not_marking_the_script_sees_nothing_when_blind() -> None:
    assert not may_see_other_marks(True, "tutor", {"first": "final", "second": "final"})
