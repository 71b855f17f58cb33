"""The check report as the candidate's page shows it: the contract JSON, completed from the rubric, and the
figures the template needs (meters, labels, sentences), so the template only loops and branches."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from marker.checks.export import STATUS_WORDS, limit_row, problem_line, readability_line, verb_lines
from marker.rubric.model import CommandVerbSet, Part, Rubric

PAGES_SOURCES = {
    "pdf": "Pages are the PDF's own pages.",
    "docx-rendered": "Pages come from the page breaks Word recorded when it last laid out your document. Open "
    "and save it in Word (or upload a PDF) for the most exact figure.",
    "docx-metadata": "Pages come from the page count Word saved in the file, so the pages of each part are an "
    "estimate. Upload a PDF exported from Word for exact pages.",
    "libreoffice": "Pages were counted by laying your document out with LibreOffice; Word may differ slightly. "
    "Upload a PDF exported from Word for exact pages.",
    "estimate": "Pages are an estimate from the amount of text. Upload a PDF exported from Word for exact pages.",
}


def _part_or_none(rubric: Rubric, part_id: str) -> Part | None:
    return next((part for part in rubric.parts if part.id == part_id), None)


def complete_report(report: Mapping[str, Any], rubric: Rubric, verbs: CommandVerbSet | None) -> dict[str, Any]:
    """The report with what a candidate needs from the rubric that the contract keys leave out.

    Adds (never replaces): the word-count policy statement, each part's label, title and the heading to add
    when it is missing, and the command verbs' meaning. The download is rendered from this same dictionary.
    """
    completed = copy.deepcopy(dict(report))
    completed_rubric = completed.setdefault("rubric", {})
    completed_rubric.setdefault("word_count_policy", rubric.word_count_policy.statement)
    for entry in completed.get("parts", []):
        part = _part_or_none(rubric, str(entry.get("id")))
        if part is None:
            continue
        entry.setdefault("label", part.label)
        entry.setdefault("title", part.title)
        entry.setdefault("suggested_heading", f"{part.label} {part.title}".strip())
        if not entry.get("verbs") and verbs is not None:
            entry["verbs"] = [
                {"name": verb.name, "definition": verb.definition, "interpretation": verb.interpretation}
                for verb_id in part.verbs
                if (verb := verbs.verbs.get(verb_id)) is not None
            ]
    return completed


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
    value: float | None
    low: float
    high: float
    maximum: float


def _part_labels(report: Mapping[str, Any]) -> dict[str, str]:
    return {str(part.get("id")): str(part.get("label") or part.get("id")) for part in report.get("parts", [])}


def limit_view(limit: Mapping[str, Any], labels: Mapping[str, str]) -> LimitView:
    """A limit with its bar: green up to the limit, amber inside the tolerance, red beyond (a <meter>)."""
    _, count, maximum_text, tolerance_text, result = limit_row(limit)
    parts = ", ".join(labels.get(str(part), str(part)) for part in limit.get("parts", ()))
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
        value=value,
        low=maximum,
        high=high,
        # The bar runs a little past the tolerance so "over" is visibly over, and always contains the count.
        maximum=max(value or 0.0, high * 1.1, 1.0),
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
    """The page's view of a completed report."""
    labels = _part_labels(report)
    limits = [limit_view(limit, labels) for limit in report.get("limits", [])]
    parts = list(report.get("parts", []))
    references = report.get("references") or {}
    pages_source = str((report.get("file") or {}).get("pages_source") or "")
    return ReportPage(
        report=report,
        limits=limits,
        page_limits=[
            view for view, limit in zip(limits, report.get("limits", []), strict=True) if limit.get("unit") == "pages"
        ],
        parts_found=sum(1 for part in parts if part.get("found")),
        parts_total=len(parts),
        missing=[part for part in parts if not part.get("found")],
        problems=[problem_line(problem) for problem in references.get("problems", [])],
        readability={str(part.get("id")): readability_line(part) for part in parts},
        verbs={str(part.get("id")): verb_lines(part) for part in parts},
        pages_source=PAGES_SOURCES.get(pages_source, ""),
        word_count_policy=str((report.get("rubric") or {}).get("word_count_policy") or ""),
        findings=list(report.get("findings", [])),
    )
