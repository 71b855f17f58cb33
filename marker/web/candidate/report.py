"""The check report as the candidate's page shows it: the figures the template needs (meters, labels,
sentences) computed from the contract JSON, so the template only loops and branches.

The sentences come from ``marker.checks.export``, so the page and the downloaded copy say the same things.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from marker.checks.export import (
    STATUS_WORDS,
    limit_row,
    no_reference_problems_line,
    problem_line,
    readability_line,
    unconfirmed_note,
    verb_lines,
)
from marker.checks.findings import Finding
from marker.checks.stored import LimitSummary, PartSummary, StoredReport

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


def limit_view(limit: LimitSummary, labels: Mapping[str, str]) -> LimitView:
    """A limit with its bar: green up to the limit, amber inside the tolerance, red beyond (a <meter>)."""
    parts, count, maximum_text, tolerance_text, result = limit_row(limit, labels)
    maximum = float(limit.max or 0)
    tolerance = limit.tolerance_pct or 0.0
    high = maximum * (1 + tolerance / 100)
    value = float(limit.actual) if limit.actual is not None else None
    status = limit.status
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
        policy=limit.policy,
        value=value,
        low=maximum,
        high=round(high, 2),
        # The bar runs a little past the tolerance so "over" is visibly over, and always contains the count.
        maximum=round(max(value or 0.0, high * 1.1, 1.0), 2),
    )


@dataclass(frozen=True)
class ReportPage:
    """Everything the report template shows, computed here rather than in Jinja."""

    report: StoredReport
    limits: list[LimitView]
    page_limits: list[LimitView]
    parts_found: int
    parts_total: int
    missing: list[PartSummary]
    problems: list[str]
    unconfirmed_note: str  # brackets that match no entry and that nothing marks as sources, listed once
    no_problems_line: str  # shown where no reference problem was found
    readability: dict[str, str | None]
    verbs: dict[str, list[str]]
    pages_source: str
    word_count_policy: str
    findings: tuple[Finding, ...]


def report_page(data: Mapping[str, Any]) -> ReportPage:
    """The page's view of a report (``CheckReport.to_dict()``)."""
    report = StoredReport.from_dict(data)
    labels = report.part_labels()
    limits = [limit_view(limit, labels) for limit in report.limits]
    note = unconfirmed_note(report)
    return ReportPage(
        report=report,
        limits=limits,
        page_limits=[view for view, limit in zip(limits, report.limits, strict=True) if limit.unit == "pages"],
        parts_found=sum(1 for part in report.parts if part.found),
        parts_total=len(report.parts),
        missing=[part for part in report.parts if not part.found],
        problems=[problem_line(problem, report.references) for problem in report.references.problems],
        unconfirmed_note=note,
        no_problems_line=no_reference_problems_line(note),
        readability={part.id: readability_line(part) for part in report.parts},
        verbs={part.id: verb_lines(part) for part in report.parts},
        pages_source=PAGES_SOURCES.get(report.pages_source or "", ""),
        word_count_policy=report.word_count_policy,
        findings=report.findings,
    )
