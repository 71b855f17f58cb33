"""Agreement statistics over a cohort: figures, readings, marker tendencies, per part; and the plots."""

from __future__ import annotations

import pytest

from marker.moderation.plots import bland_altman_svg, scatter_svg
from marker.moderation.reliability import icc, krippendorff_alpha
from marker.moderation.statistics import agreement_statistics, read_alpha, read_icc, read_kappa
from tests.moderation.builders import cohort, marking, rubric, script


def test_report_uses_the_same_functions_as_the_published_checks() -> None:
    scripts = cohort(30)
    report = agreement_statistics(rubric(), scripts)
    pairs = report.overall.pairs
    assert report.scripts == report.double_marked == 30
    assert report.overall.measure("icc_single").value == pytest.approx(icc([list(p) for p in pairs]).icc2_1)
    alpha = krippendorff_alpha([[a for a, _ in pairs], [b for _, b in pairs]], "interval")
    assert report.overall.measure("alpha").value == pytest.approx(alpha)


def test_every_figure_says_what_it_answers_and_how_to_read_it() -> None:
    report = agreement_statistics(rubric(), cohort(30))
    keys = [measure.key for measure in report.overall.measures]
    assert keys == ["icc_single", "icc_average", "alpha", "kappa", "exact_agreement", "adjacent_agreement", "bias"]
    for measure in report.overall.measures:
        assert measure.question.endswith("?")
        assert measure.reading
    assert [scope.scope for scope in report.parts] == ["1a", "1b", "2a"]


def test_a_lenient_second_marker_shows_as_lenient_and_as_negative_bias() -> None:
    report = agreement_statistics(rubric(), cohort(30, lenient_shift=6))
    by_marker = {summary.marker: summary for summary in report.overall.markers}
    assert by_marker["bea"].mean_difference is not None and by_marker["bea"].mean_difference > 2
    assert by_marker["bea"].tendency.startswith("More lenient")
    assert by_marker["ann"].tendency.startswith("More severe")
    assert report.overall.measure("bias").value == pytest.approx(-by_marker["bea"].mean_difference)


def test_identical_markings_agree_perfectly() -> None:
    scripts = [
        script(str(i), marking("ann", "first", (i, 2 * i, 2 * i)), marking("bea", "second", (i, 2 * i, 2 * i)))
        for i in range(5, 20)
    ]
    overall = agreement_statistics(rubric(), scripts).overall
    assert overall.measure("icc_single").value == pytest.approx(1.0)
    assert overall.measure("kappa").value == pytest.approx(1.0)
    assert overall.measure("exact_agreement").value == 1.0


def test_too_little_data_gives_no_figure_and_says_so() -> None:
    report = agreement_statistics(rubric(), [script("1", marking("ann", "first", (10, 20, 20)))])
    assert report.overall.measure("icc_single").value is None
    assert report.overall.measure("icc_single").shown == "—"
    assert "Not enough" in report.overall.measure("icc_single").reading


def test_drafts_are_left_out_of_the_statistics() -> None:
    scripts = cohort(10)
    scripts.append(
        script("x", marking("ann", "first", (0, 0, 0)), marking("bea", "second", (20, 40, 40), status="draft"))
    )
    assert agreement_statistics(rubric(), scripts).double_marked == 10


@pytest.mark.parametrize(
    ("reader", "value", "words"),
    [
        (read_icc, 0.4, "Poor"),
        (read_icc, 0.6, "Moderate"),
        (read_icc, 0.8, "Good"),
        (read_icc, 0.95, "Excellent"),
        (read_alpha, 0.811, "Reliable"),
        (read_alpha, 0.7, "tentative"),
        (read_alpha, 0.5, "Unreliable"),
        (read_kappa, 0.15, "Slight"),
        (read_kappa, 0.7, "Substantial"),
    ],
)
def test_readings_follow_the_usual_scales(reader: object, value: float, words: str) -> None:
    assert words in reader(value)  # type: ignore[operator]


def test_plots_are_svg_with_the_data_and_are_deterministic() -> None:
    report = agreement_statistics(rubric(), cohort(30))
    svg = scatter_svg(report.overall.pairs, max_marks=100, tolerance=10)
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "<script" not in svg
    assert "Second marker" in svg and "± 10 marks" in svg
    assert svg == scatter_svg(report.overall.pairs, max_marks=100, tolerance=10)
    plot = bland_altman_svg(report.overall.pairs, report.overall.bland_altman)
    assert "Mean difference" in plot and "First − second" in plot
