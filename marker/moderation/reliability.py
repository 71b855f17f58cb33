"""Agreement measures computed from their published definitions, each in one small function.

GPL-licensed packages (``pingouin``, ``krippendorff``) are deliberately not used: ICC is computed from the
two-way ANOVA mean squares (Shrout & Fleiss, 1979), alpha from Krippendorff's coincidence-matrix definition
(Krippendorff, 2011, "Computing Krippendorff's alpha-reliability"), the weighted kappa from Cohen (1968). The
tests reproduce the published values with these functions.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

AlphaLevel = Literal["nominal", "ordinal", "interval", "ratio"]


@dataclass(frozen=True)
class IccResult:
    """The six Shrout & Fleiss intraclass correlations of one targets × judges table.

    ``icc2_1`` is two-way random, absolute agreement, single measures (one marker's reliability);
    ``icc2_k`` the same for the average of the k judges. ``icc3_*`` are consistency forms (judges fixed).
    """

    icc1_1: float
    icc2_1: float
    icc3_1: float
    icc1_k: float
    icc2_k: float
    icc3_k: float
    n: int
    k: int


def icc(matrix: Sequence[Sequence[float]]) -> IccResult:
    """Intraclass correlations of a complete table: one row per target (script), one column per judge (marker).

    From the two-way ANOVA: BMS (between targets), JMS (between judges), EMS (residual) and WMS (within targets,
    for the one-way model). Needs at least two targets and two judges; a table without variance gives NaN.
    """
    data = np.asarray(matrix, dtype=float)
    if data.ndim != 2 or data.shape[0] < 2 or data.shape[1] < 2:
        raise ValueError("ICC needs at least two targets rated by at least two judges")
    if np.isnan(data).any():
        raise ValueError("ICC needs a complete table (every target rated by every judge)")
    n, k = data.shape
    grand = data.mean()
    ss_rows = k * ((data.mean(axis=1) - grand) ** 2).sum()
    ss_cols = n * ((data.mean(axis=0) - grand) ** 2).sum()
    ss_total = ((data - grand) ** 2).sum()
    ss_error = ss_total - ss_rows - ss_cols
    bms = ss_rows / (n - 1)
    jms = ss_cols / (k - 1)
    ems = ss_error / ((n - 1) * (k - 1))
    wms = (ss_cols + ss_error) / (n * (k - 1))

    def ratio(numerator: float, denominator: float) -> float:
        return float(numerator / denominator) if denominator else math.nan

    return IccResult(
        icc1_1=ratio(bms - wms, bms + (k - 1) * wms),
        icc2_1=ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n),
        icc3_1=ratio(bms - ems, bms + (k - 1) * ems),
        icc1_k=ratio(bms - wms, bms),
        icc2_k=ratio(bms - ems, bms + (jms - ems) / n),
        icc3_k=ratio(bms - ems, bms),
        n=n,
        k=k,
    )


def krippendorff_alpha(data: Sequence[Sequence[float | None]], level: AlphaLevel = "interval") -> float:
    """Krippendorff's alpha of reliability data: one row per coder, one column per unit, None where missing.

    alpha = 1 - (n - 1) * Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, over the coincidence matrix o of pairable values
    (units with at least two values), n_c its marginals and n their total. NaN when nothing varies.
    """
    units: list[list[float]] = []
    width = max((len(row) for row in data), default=0)
    for column in range(width):
        present: list[float] = []
        for row in data:
            value = row[column] if column < len(row) else None
            if value is not None and not math.isnan(float(value)):
                present.append(float(value))
        if len(present) >= 2:
            units.append(present)
    coincidences: defaultdict[tuple[float, float], float] = defaultdict(float)
    for values in units:
        weight = 1.0 / (len(values) - 1)
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidences[(c, k)] += weight
    marginals: defaultdict[float, float] = defaultdict(float)
    for (c, _k), count in coincidences.items():
        marginals[c] += count
    total = sum(marginals.values())
    if total <= 1:
        return math.nan
    ordered = sorted(marginals)

    def delta(c: float, k: float) -> float:
        if level == "nominal":
            return 0.0 if c == k else 1.0
        if level == "interval":
            return (c - k) ** 2
        if level == "ratio":
            return ((c - k) / (c + k)) ** 2 if c + k else 0.0
        # Ordinal: the squared count of values from c to k, halving the ends (Krippendorff 2011, eq. for ordinal).
        low, high = sorted((c, k))
        between = sum(marginals[g] for g in ordered if low <= g <= high)
        return float((between - (marginals[low] + marginals[high]) / 2.0) ** 2)

    observed = sum(count * delta(c, k) for (c, k), count in coincidences.items())
    expected = sum(marginals[c] * marginals[k] * delta(c, k) for c in ordered for k in ordered)
    if expected == 0:
        return math.nan
    return 1.0 - (total - 1) * observed / expected


def weighted_kappa(first: Sequence[str], second: Sequence[str], labels: Sequence[str]) -> float:
    """Quadratic-weighted Cohen's kappa of two raters over ordered categories ``labels``.

    The weights are the squared distance in ``labels``' order, so pass every band in order (lowest first), even
    bands nobody used: leaving one out would shrink the distances. NaN when the raters' marginals leave no
    room for disagreement (both always chose one category).
    """
    if len(first) != len(second):
        raise ValueError("weighted kappa needs the same number of ratings from each rater")
    position = {label: index for index, label in enumerate(labels)}
    size = len(labels)
    if size < 2 or not first:
        return math.nan
    observed = np.zeros((size, size))
    for a, b in zip(first, second, strict=True):
        observed[position[a], position[b]] += 1
    expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
    index = np.arange(size)
    weights = (index[:, None] - index[None, :]) ** 2 / (size - 1) ** 2
    denominator = float((weights * expected).sum())
    if denominator == 0:
        return math.nan
    return 1.0 - float((weights * observed).sum()) / denominator


@dataclass(frozen=True)
class BlandAltman:
    """The mean difference (bias) between two raters and the 95 % limits of agreement."""

    mean_difference: float
    sd_difference: float
    lower: float
    upper: float
    n: int


def bland_altman(first: Sequence[float], second: Sequence[float]) -> BlandAltman:
    """Bland & Altman (1986): differences first − second, their mean and mean ± 1.96 SD."""
    a = np.asarray(first, dtype=float)
    b = np.asarray(second, dtype=float)
    if a.shape != b.shape or a.size < 2:
        raise ValueError("Bland-Altman needs at least two pairs of ratings")
    differences = a - b
    mean = float(differences.mean())
    sd = float(differences.std(ddof=1))
    return BlandAltman(mean, sd, mean - 1.96 * sd, mean + 1.96 * sd, int(a.size))
