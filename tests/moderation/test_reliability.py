"""The agreement measures reproduce published values."""

from __future__ import annotations

import math

import pytest

from marker.moderation.reliability import bland_altman, icc, krippendorff_alpha, weighted_kappa

# Shrout & Fleiss (1979), Table 2: six targets rated by four judges.
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]

# Krippendorff's reliability-data example (three coders, fifteen units), as documented by the `krippendorff`
# package: interval alpha 0.811, nominal 0.691.
N = None
KRIPPENDORFF = [
    [N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3],
    [1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N],
    [N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4],
]


def test_icc_reproduces_shrout_and_fleiss() -> None:
    result = icc(SHROUT_FLEISS)
    assert round(result.icc1_1, 2) == 0.17
    assert round(result.icc2_1, 2) == 0.29
    assert round(result.icc3_1, 2) == 0.71
    assert round(result.icc1_k, 2) == 0.44
    assert round(result.icc2_k, 2) == 0.62
    assert round(result.icc3_k, 2) == 0.91
    assert (result.n, result.k) == (6, 4)


def test_icc_is_one_when_judges_agree_exactly() -> None:
    result = icc([[1, 1], [5, 5], [9, 9]])
    assert result.icc2_1 == pytest.approx(1.0)


def test_icc_refuses_a_table_with_a_missing_rating() -> None:
    with pytest.raises(ValueError):
        icc([[1.0, math.nan], [2.0, 3.0]])


def test_krippendorff_alpha_reproduces_the_published_example() -> None:
    assert round(krippendorff_alpha(KRIPPENDORFF, "interval"), 3) == 0.811
    assert round(krippendorff_alpha(KRIPPENDORFF, "nominal"), 3) == 0.691


def test_krippendorff_alpha_is_nan_without_variation() -> None:
    assert math.isnan(krippendorff_alpha([[2, 2, 2], [2, 2, 2]], "interval"))


BANDS = ["Fail", "Pass", "Merit", "Distinction"]
FIRST = ["Fail", "Pass", "Pass", "Merit", "Distinction", "Merit", "Pass", "Fail", "Merit", "Distinction"]
SECOND = ["Pass", "Pass", "Merit", "Merit", "Merit", "Distinction", "Pass", "Fail", "Pass", "Distinction"]


def test_quadratic_kappa_matches_scikit_learn() -> None:
    # scikit-learn 1.x: cohen_kappa_score(FIRST, SECOND, labels=BANDS, weights="quadratic") == 14/19.
    assert weighted_kappa(FIRST, SECOND, BANDS) == pytest.approx(14 / 19)


def test_quadratic_kappa_depends_on_the_order_of_the_bands() -> None:
    # The weights come from positions in the list: an alphabetical list would give a different (wrong) figure.
    assert weighted_kappa(FIRST, SECOND, sorted(BANDS)) != pytest.approx(weighted_kappa(FIRST, SECOND, BANDS))


def test_bland_altman_gives_bias_and_limits() -> None:
    result = bland_altman([10, 20, 30, 40], [8, 19, 27, 38])
    assert result.mean_difference == pytest.approx(2.0)
    assert result.sd_difference == pytest.approx(0.8164966)
    assert result.lower == pytest.approx(2.0 - 1.96 * 0.8164966)
    assert result.upper == pytest.approx(2.0 + 1.96 * 0.8164966)
