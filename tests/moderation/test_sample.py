"""The moderation sample: fails, near-boundary scripts, top and bottom, then a seeded draw to size."""

from __future__ import annotations

import pytest

from marker.moderation.model import ScriptResult
from marker.moderation.sample import propose_sample, sample_size
from tests.moderation.builders import rubric


def _results(totals: list[int]) -> list[ScriptResult]:
    grade = rubric().grade_for
    return [ScriptResult(f"s{index:03d}", f"C{index:03d}", total, grade(total)) for index, total in enumerate(totals)]


@pytest.mark.parametrize(("cohort", "size"), [(3, 3), (5, 5), (6, 5), (30, 6), (100, 10), (400, 40), (50, 8)])
def test_sample_size_is_the_larger_of_root_n_and_a_tenth_at_least_five(cohort: int, size: int) -> None:
    assert sample_size(cohort) == size


def test_fails_boundaries_top_and_bottom_come_first_with_reasons() -> None:
    # 45 fails, 61 is within 2 of the Pass boundary (60), 95 is top; others sit mid-band.
    totals = [45, 61, 95, 65, 65, 66, 74, 74, 75, 75, 65, 66, 74, 75, 65, 66, 74, 75, 65, 66, 74, 75, 65, 66, 74, 75]
    sample = propose_sample(_results(totals), rubric(), seed=2206)
    reasons = {choice.label: choice.reason for choice in sample}
    assert reasons["C000"].startswith("Fail")
    assert "Pass boundary (60)" in reasons["C001"]
    assert reasons["C002"].startswith("Highest")
    assert len(sample) == sample_size(len(totals)) == 6
    drawn = [choice for choice in sample if choice.reason.startswith("Random draw")]
    assert len(drawn) == 3


def test_every_fail_is_kept_even_beyond_the_sample_size() -> None:
    totals = [10, 20, 30, 40, 50, 55, 58, 35, 66, 67]
    sample = propose_sample(_results(totals), rubric(), seed=1)
    fails = [total for total in totals if total < 60]
    assert len(sample) >= len(fails) > sample_size(len(totals))


def test_the_draw_is_reproducible_from_its_seed() -> None:
    totals = [64 + (index % 3) for index in range(60)]
    first = propose_sample(_results(totals), rubric(), seed=3)
    assert first == propose_sample(_results(totals), rubric(), seed=3)
    assert [c.script_id for c in first] != [c.script_id for c in propose_sample(_results(totals), rubric(), seed=4)]


def test_a_small_cohort_is_sampled_whole() -> None:
    assert len(propose_sample(_results([65, 66, 67]), rubric(), seed=1)) == 3


def test_a_script_one_marker_failed_or_put_on_a_boundary_is_in_the_sample() -> None:
    grade = rubric().grade_for
    mid = [ScriptResult(f"m{i}", f"M{i}", 70 + i % 3, grade(70 + i % 3)) for i in range(20)]
    failed_by_second = ScriptResult("f", "F", 70, grade(70), other_marks=((45, grade(45)),))
    borderline_by_second = ScriptResult("b", "B", 75, grade(75), other_marks=((61, grade(61)),))
    sample = propose_sample([*mid, failed_by_second, borderline_by_second], rubric(), seed=3)
    reasons = {choice.label: choice.reason for choice in sample}
    assert reasons["F"] == "Fail by one marking (45 marks): every fail is moderated."
    assert "61 marks is within 2 of the Pass boundary (60)" in reasons["B"]
