"""Agreement statistics for an assessment, overall and per part, each figure with the question it answers.

Only submitted markings count. Pairwise measures (ICC, kappa, Bland-Altman) compare the first and the second
marking of each script; Krippendorff's alpha takes every marker as a coder, so third markings count too; each
marker's mean, spread and mean difference from the others show who marks severely or leniently.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from marker.moderation.model import MarkerMarks, ScriptMarks
from marker.moderation.reliability import BlandAltman, bland_altman, icc, krippendorff_alpha, weighted_kappa
from marker.rubric.model import Part, Rubric


@dataclass(frozen=True)
class Measure:
    """One figure with what it answers and how it is usually read; ``value`` None when it cannot be computed."""

    key: str
    name: str
    value: float | None
    question: str
    reading: str

    @property
    def shown(self) -> str:
        """The figure as a page shows it."""
        if self.value is None:
            return "—"
        if self.key in ("exact_agreement", "adjacent_agreement"):
            return f"{self.value:.0%}"
        return f"{self.value:.2f}"


@dataclass(frozen=True)
class MarkerSummary:
    """How one marker marked: how many scripts, their mean and spread, and their mean difference from others."""

    marker: str
    scripts: int
    mean: float
    sd: float | None
    mean_difference: float | None
    tendency: str


@dataclass(frozen=True)
class ScopeStatistics:
    """The statistics of one scope: the whole script's total, or one part."""

    scope: str
    label: str
    max_marks: int
    pairs: tuple[tuple[float, float], ...]
    markers: tuple[MarkerSummary, ...]
    measures: tuple[Measure, ...]
    bland_altman: BlandAltman | None

    def measure(self, key: str) -> Measure:
        """The measure with this key; KeyError when there is none."""
        for measure in self.measures:
            if measure.key == key:
                return measure
        raise KeyError(key)


@dataclass(frozen=True)
class AgreementReport:
    """Every statistic of an assessment: overall (totals and grades) and for each part (marks and bands)."""

    overall: ScopeStatistics
    parts: tuple[ScopeStatistics, ...]
    scripts: int
    double_marked: int


def _finite(value: float) -> float | None:
    return None if math.isnan(value) else value


def read_icc(value: float | None) -> str:
    """The usual reading of an ICC (Koo & Li, 2016)."""
    if value is None:
        return "Not enough double-marked scripts (or no variation) to compute."
    if value < 0.5:
        return "Poor (below 0.5)."
    if value < 0.75:
        return "Moderate (0.5–0.75)."
    if value <= 0.9:
        return "Good (0.75–0.9)."
    return "Excellent (above 0.9)."


def read_alpha(value: float | None) -> str:
    """Krippendorff's own reading of alpha."""
    if value is None:
        return "Not enough data (or no variation) to compute."
    if value >= 0.8:
        return "Reliable (0.8 or above)."
    if value >= 0.667:
        return "Good enough only for tentative conclusions (0.667–0.8)."
    return "Unreliable (below 0.667)."


def read_kappa(value: float | None) -> str:
    """Landis & Koch's (1977) reading of kappa."""
    if value is None:
        return "Not enough data (or every script in one band) to compute."
    if value < 0:
        return "Poor (below 0)."
    if value <= 0.2:
        return "Slight (0–0.2)."
    if value <= 0.4:
        return "Fair (0.21–0.4)."
    if value <= 0.6:
        return "Moderate (0.41–0.6)."
    if value <= 0.8:
        return "Substantial (0.61–0.8)."
    return "Almost perfect (above 0.8)."


def _tendency(mean_difference: float | None) -> str:
    if mean_difference is None:
        return "No script shared with another marker yet."
    if abs(mean_difference) < 0.5:
        return "In line with the other markers."
    if mean_difference > 0:
        return f"More lenient: {mean_difference:.1f} marks above the other markers on average."
    return f"More severe: {-mean_difference:.1f} marks below the other markers on average."


def _marker_summaries(values: Sequence[dict[str, float]]) -> tuple[MarkerSummary, ...]:
    own: dict[str, list[float]] = defaultdict(list)
    differences: dict[str, list[float]] = defaultdict(list)
    for script in values:
        for marker, value in script.items():
            own[marker].append(value)
            others = [other for name, other in script.items() if name != marker]
            if others:
                differences[marker].append(value - statistics.fmean(others))
    summaries = []
    for marker in sorted(own):
        marks = own[marker]
        mean_difference = statistics.fmean(differences[marker]) if differences[marker] else None
        summaries.append(
            MarkerSummary(
                marker=marker,
                scripts=len(marks),
                mean=statistics.fmean(marks),
                sd=statistics.stdev(marks) if len(marks) >= 2 else None,
                mean_difference=mean_difference,
                tendency=_tendency(mean_difference),
            )
        )
    return tuple(summaries)


def _band_of_part(part: Part) -> Callable[[float], str]:
    def band(mark: float) -> str:
        for candidate in part.bands:
            if candidate.min_marks <= mark <= candidate.max_marks:
                return candidate.band
        return part.bands[-1].band

    return band


def _icc_measures(pairs: Sequence[tuple[float, float]]) -> list[Measure]:
    icc_single: float | None = None
    icc_average: float | None = None
    if len(pairs) >= 2:
        result = icc([list(pair) for pair in pairs])
        icc_single, icc_average = _finite(result.icc2_1), _finite(result.icc2_k)
    return [
        Measure(
            "icc_single",
            "ICC(2,1) absolute agreement, single measures",
            icc_single,
            "How far can one marker's mark be trusted to be the mark another marker would give?",
            read_icc(icc_single),
        ),
        Measure(
            "icc_average",
            "ICC(2,k) absolute agreement, average measures",
            icc_average,
            "How reliable is the average of the two markers' marks?",
            read_icc(icc_average),
        ),
    ]


def _alpha_measure(values: Sequence[dict[str, float]]) -> Measure:
    markers = sorted({marker for script in values for marker in script})
    coders = [[script.get(marker) for script in values] for marker in markers]
    alpha = _finite(krippendorff_alpha(coders, "interval")) if len(markers) >= 2 else None
    return Measure(
        "alpha",
        "Krippendorff's alpha (interval)",
        alpha,
        "Do all the markers, third markers included, agree beyond chance, allowing for scripts not all marked?",
        read_alpha(alpha),
    )


def _band_measures(
    pairs: Sequence[tuple[float, float]], bands: Sequence[str], band_of: Callable[[float], str] | None
) -> list[Measure]:
    kappa: float | None = None
    exact: float | None = None
    adjacent: float | None = None
    if band_of is not None and pairs:
        first_bands = [band_of(pair[0]) for pair in pairs]
        second_bands = [band_of(pair[1]) for pair in pairs]
        kappa = _finite(weighted_kappa(first_bands, second_bands, bands)) if len(pairs) >= 2 else None
        position = {band: index for index, band in enumerate(bands)}
        steps = [abs(position[a] - position[b]) for a, b in zip(first_bands, second_bands, strict=True)]
        exact = sum(step == 0 for step in steps) / len(steps)
        adjacent = sum(step <= 1 for step in steps) / len(steps)
    share = "Share of double-marked scripts."
    none_yet = "No double-marked scripts yet."
    return [
        Measure(
            "kappa",
            "Cohen's kappa, quadratic weights, on bands",
            kappa,
            "Do the two markers put scripts in the same band, beyond chance, counting a two-band miss as worse?",
            read_kappa(kappa),
        ),
        Measure(
            "exact_agreement",
            "Exact band agreement",
            exact,
            "What share of scripts did both markers put in the same band?",
            share if exact is not None else none_yet,
        ),
        Measure(
            "adjacent_agreement",
            "Adjacent band agreement",
            adjacent,
            "What share of scripts were within one band of each other?",
            share if adjacent is not None else none_yet,
        ),
    ]


def _bias_measure(agreement: BlandAltman) -> Measure:
    return Measure(
        "bias",
        "Bland-Altman mean difference (first − second)",
        agreement.mean_difference,
        "Does the first marker mark higher or lower than the second, on average?",
        f"0 means no bias; 95 % of first − second differences lie between {agreement.lower:.1f} and "
        f"{agreement.upper:.1f} marks (the limits of agreement).",
    )


def _scope(
    scope: str,
    label: str,
    max_marks: int,
    values: Sequence[dict[str, float]],
    pairs: Sequence[tuple[float, float]],
    bands: Sequence[str],
    band_of: Callable[[float], str] | None,
) -> ScopeStatistics:
    """Every measure of one scope (the whole mark or one part), in the order the pages show them."""
    measures = [*_icc_measures(pairs), _alpha_measure(values), *_band_measures(pairs, bands, band_of)]
    agreement = bland_altman([p[0] for p in pairs], [p[1] for p in pairs]) if len(pairs) >= 2 else None
    if agreement is not None:
        measures.append(_bias_measure(agreement))
    return ScopeStatistics(
        scope=scope,
        label=label,
        max_marks=max_marks,
        pairs=tuple(pairs),
        markers=_marker_summaries(values),
        measures=tuple(measures),
        bland_altman=agreement,
    )


def _final(script: ScriptMarks) -> list[MarkerMarks]:
    return [marking for marking in script.marker_markings if marking.is_final]


def agreement_statistics(rubric: Rubric, scripts: Sequence[ScriptMarks]) -> AgreementReport:
    """Every agreement statistic of an assessment, from its scripts' submitted markings."""
    grade_order = [band.name for band in sorted(rubric.grade_bands, key=lambda band: band.min_pct)]
    totals: list[dict[str, float]] = []
    total_pairs: list[tuple[float, float]] = []
    for script in scripts:
        final = _final(script)
        marked = {m.marker: float(t) for m in final if (t := m.marks_total()) is not None}
        if marked:
            totals.append(marked)
        first, second = script.by_role("first"), script.by_role("second")
        if first and second and first.is_final and second.is_final:
            a, b = first.marks_total(), second.marks_total()
            if a is not None and b is not None:
                total_pairs.append((float(a), float(b)))
    overall = _scope(
        "overall",
        "Overall (totals and grades)",
        rubric.total_marks,
        totals,
        total_pairs,
        grade_order,
        rubric.grade_for if grade_order else None,
    )
    parts = []
    for part in rubric.parts:
        values: list[dict[str, float]] = []
        pairs: list[tuple[float, float]] = []
        for script in scripts:
            final = _final(script)
            marked = {m.marker: float(v) for m in final if (v := m.marks.get(part.id)) is not None}
            if marked:
                values.append(marked)
            first, second = script.by_role("first"), script.by_role("second")
            if first and second and first.is_final and second.is_final:
                a, b = first.marks.get(part.id), second.marks.get(part.id)
                if a is not None and b is not None:
                    pairs.append((float(a), float(b)))
        band_names = [band.band for band in sorted(part.bands, key=lambda band: band.min_marks)]
        parts.append(
            _scope(
                part.id,
                part.label,
                part.max_marks,
                values,
                pairs,
                band_names,
                _band_of_part(part) if band_names else None,
            )
        )
    return AgreementReport(
        overall=overall,
        parts=tuple(parts),
        scripts=len(scripts),
        double_marked=len(total_pairs),
    )
