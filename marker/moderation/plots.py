"""Plots where a moderator would rather look than read, rendered to SVG text on the server (no JS charting).

Each plot is an explicit Figure on an Agg canvas (no pyplot, no global backend switch), so rendering is safe in
a web worker and deterministic: the SVG hash salt is fixed so the same data gives the same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from marker.moderation.reliability import BlandAltman

if TYPE_CHECKING:
    # matplotlib is imported when a plot is drawn, not when a web worker starts (tens of megabytes).
    from matplotlib.figure import Figure


def _svg(figure: Figure) -> str:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    buffer = io.StringIO()
    # A fixed salt and no date keep the SVG identical for identical data (cacheable, testable).
    with matplotlib.rc_context({"svg.hashsalt": "marker", "svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buffer.getvalue()


def scatter_svg(pairs: Sequence[tuple[float, float]], *, max_marks: int, tolerance: float, title: str = "") -> str:
    """First against second marker's marks, with the line of perfect agreement and the tolerance band around it."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5.0, 5.0))
    axes = figure.subplots()
    top = float(max_marks) if max_marks else max((max(pair) for pair in pairs), default=1.0)
    line = [0.0, top]
    axes.fill_between(
        line,
        [x - tolerance for x in line],
        [x + tolerance for x in line],
        color="#cfe3f5",
        label=f"± {tolerance:g} marks",
    )
    axes.plot(line, line, color="#1d4e89", linewidth=1, label="Same mark")
    if pairs:
        axes.scatter([p[0] for p in pairs], [p[1] for p in pairs], s=18, color="#c2410c", zorder=3, label="Script")
    axes.set_xlim(0, top)
    axes.set_ylim(0, top)
    axes.set_aspect("equal")
    axes.set_xlabel("First marker")
    axes.set_ylabel("Second marker")
    axes.set_title(title or "First against second marker")
    axes.legend(loc="upper left", fontsize="small")
    return _svg(figure)


def bland_altman_svg(pairs: Sequence[tuple[float, float]], agreement: BlandAltman | None, *, title: str = "") -> str:
    """Difference (first − second) against the mean of the two marks, with the bias and limits of agreement."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.0, 4.0))
    axes = figure.subplots()
    means = [(a + b) / 2 for a, b in pairs]
    differences = [a - b for a, b in pairs]
    if pairs:
        axes.scatter(means, differences, s=18, color="#c2410c", zorder=3)
    if agreement is not None:
        axes.axhline(
            agreement.mean_difference, color="#1d4e89", label=f"Mean difference {agreement.mean_difference:.1f}"
        )
        axes.axhline(agreement.lower, color="#1d4e89", linestyle="--", linewidth=1)
        axes.axhline(
            agreement.upper,
            color="#1d4e89",
            linestyle="--",
            linewidth=1,
            label=f"Limits {agreement.lower:.1f} to {agreement.upper:.1f}",
        )
        axes.legend(loc="upper right", fontsize="small")
    axes.axhline(0, color="#777777", linewidth=0.5)
    axes.set_xlabel("Mean of first and second marks")
    axes.set_ylabel("First − second")
    axes.set_title(title or "Bland-Altman plot")
    return _svg(figure)
