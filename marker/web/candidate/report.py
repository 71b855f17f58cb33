"""The check report as the candidate's page shows it: the figures the template needs (meters, labels,
sentences) computed from the contract JSON, so the template only loops and branches.

The sentences come from ``marker.checks.export``, so the page and the downloaded copy say the same things.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from marker.checks.export import STATUS_WORDS, limit_row, part_labels, problem_line, readability_line, verb_lines

PAGES_SOURCES = {
    "pdf": "Pages are the PDF's own pages.",
    "docx-rendered": "Pages come from the page breaks Word recorded when it last laid out your document. Open "
    "and save it in Word (or upload a PDF) for the most exact figure.",
    "docx-metadata": "Pages come from the page count Word saved in the file, so the pages of each part are an "
    "estimate. Upload a PDF exported from Word for exact pages.",
    "libreoffice": "Pages were counted by laying your document out with LibreOffice; Word may differ slightly. "
    "Upload a PDF exported from Word for exact pages.",
    "estimate": "Pages are an estimate from the page breaks and amount of text in your document. Upload a PDF "
    "exported from Word for exact pages.",
}


@dataclass(frozen=True)
class LimitView:
    """One limit group as a row of the page: what it counts, the figures, the bar and the result."""

    parts: str
    count: str
    limit: str
    tolerance: str
    status: str
    result: str
    sentence: str
    policy: str
    value: float | None
    low: float
    high: float
    maximum: float


def limit_view(limit: Mapping[str, Any], labels: Mapping[str, str]) -> LimitView:
    """A limit with its bar: green up to the limit, amber inside the tolerance, red beyond (a <meter>)."""
    parts, count, maximum_text, tolerance_text, result = limit_row(limit, labels)
    maximum = float(limit.get("max") or 0)
    tolerance = float(limit.get("tolerance_pct") or 0)
    high = maximum * (1 + tolerance / 100)
    actual = limit.get("actual")
    value = float(actual) if isinstance(actual, int | float) else None
    status = str(limit.get("status"))
    sentence = f"{parts}: {count}; the limit is {maximum_text}"
    sentence += f" (plus {tolerance_text} tolerance). " if tolerance else ". "
    sentence += f"{STATUS_WORDS.get(status, status)}."
    return LimitView(
        parts=parts,
        count=count,
        limit=maximum_text,
        tolerance=tolerance_text,
        status=status,
        result=result,
        sentence=sentence,
        policy=str(limit.get("policy") or ""),
        value=value,
        low=maximum,
        high=round(high, 2),
        # The bar runs a little past the tolerance so "over" is visibly over, and always contains the count.
        maximum=round(max(value or 0.0, high * 1.1, 1.0), 2),
    )


@dataclass(frozen=True)
class ReportPage:
    """Everything the report template shows, computed here rather than in Jinja."""

    report: Mapping[str, Any]
    limits: list[LimitView]
    page_limits: list[LimitView]
    parts_found: int
    parts_total: int
    missing: list[Mapping[str, Any]]
    problems: list[str]
    readability: dict[str, str | None]
    verbs: dict[str, list[str]]
    pages_source: str
    word_count_policy: str
    findings: list[Mapping[str, Any]]


def report_page(report: Mapping[str, Any]) -> ReportPage:
    """The page's view of a report (``CheckReport.to_dict()``)."""
    labels = part_labels(report)
    raw_limits = list(report.get("limits") or [])
    limits = [limit_view(limit, labels) for limit in raw_limits]
    parts = list(report.get("parts") or [])
    references = report.get("references") or {}
    pages_source = str((report.get("file") or {}).get("pages_source") or "")
    return ReportPage(
        report=report,
        limits=limits,
        page_limits=[view for view, limit in zip(limits, raw_limits, strict=True) if limit.get("unit") == "pages"],
        parts_found=sum(1 for part in parts if part.get("found")),
        parts_total=len(parts),
        missing=[part for part in parts if not part.get("found")],
        problems=[problem_line(problem, references) for problem in references.get("problems") or []],
        readability={str(part.get("id")): readability_line(part) for part in parts},
        verbs={str(part.get("id")): verb_lines(part) for part in parts},
        pages_source=PAGES_SOURCES.get(pages_source, ""),
        word_count_policy=str(report.get("word_count_policy") or ""),
        findings=list(report.get("findings") or []),
    )
