"""The similarity report for a person at a terminal and as CSV (``marker similarity --format text|csv``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from marker.similarity.model import SimilarityReport
from marker.similarity.script import ScriptText

_EXCERPT = 70


def _excerpt(text: str, start: int, end: int) -> str:
    piece = " ".join(text[start:end].split())
    return piece if len(piece) <= _EXCERPT else piece[: _EXCERPT - 1] + "…"


def render_text(
    report: SimilarityReport, scripts: Mapping[str, ScriptText] | None = None, threshold_pct: float | None = None
) -> str:
    """Every script's highest overlap, then the pairs at or over the threshold with their passages."""
    threshold = report.settings.threshold_pct if threshold_pct is None else threshold_pct
    flagged = report.flagged(threshold)
    lines = [f"Compared {len(report.scripts)} script(s); {len(flagged)} pair(s) share {threshold:g}% or more.", ""]
    width = max([len("Script"), *(len(s.script_id) for s in report.scripts)])
    lines.append(f"{'Script':<{width}}  {'Words':>7}  {'Highest':>7}  With")
    for script in sorted(report.scripts, key=lambda s: (-s.best_pct, s.script_id)):
        best = f"{script.best_pct:.1f}%" if script.best_with else "–"
        lines.append(f"{script.script_id:<{width}}  {script.words:>7,}  {best:>7}  {script.best_with or ''}".rstrip())
    for pair in flagged:
        lines += [
            "",
            f"{pair.a} ({pair.a_pct:.1f}% of its words) and {pair.b} ({pair.b_pct:.1f}%): "
            f"{len(pair.passages)} passage(s)",
        ]
        for passage in pair.passages:
            where = (
                f"  {passage.a_words} words at {passage.a_start}-{passage.a_end} / {passage.b_start}-{passage.b_end}"
            )
            if scripts is not None and pair.a in scripts:
                where += f": “{_excerpt(scripts[pair.a].text, passage.a_start, passage.a_end)}”"
            lines.append(where)
    return "\n".join(lines) + "\n"


def render_csv(report: SimilarityReport, threshold_pct: float | None = None) -> str:
    """The flagged pairs as CSV, one row per pair, header first."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(report.csv_rows(threshold_pct))
    return out.getvalue()
