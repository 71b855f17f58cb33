"""The feedback sheet of a final marking: what a candidate reads, from rubric, marks and check report.

One ``Feedback`` value feeds the printable page and the DOCX, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from marker.checks.stored import StoredReport
from marker.marking.scores import ACHIEVED, NOT_YET_ACHIEVED, Score, band_for, part_achieved, tally
from marker.rubric.model import Part, Rubric

# What a candidate needs to hear about; "info" findings are for the pre-submission check, not the sheet.
_FEEDBACK_SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class CriterionFeedback:
    """One assessment criterion of an achievement part and the decision on it."""

    code: str
    text: str
    achieved: bool | None


@dataclass(frozen=True)
class PartFeedback:
    """One part on the feedback sheet: mark out of maximum, band and descriptor, comment and findings."""

    part_id: str
    label: str
    title: str
    mark: int | None
    max_marks: int
    band: str | None
    descriptor: str
    comment: str
    findings: tuple[str, ...]
    outcome: str | None = None
    criteria: tuple[CriterionFeedback, ...] = ()
    # The marker's comments on passages of this part, each as "On 'the passage …': the comment".
    inline_comments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Feedback:
    """Everything the feedback sheet shows for one candidate's final marking."""

    candidate_number: str
    candidate_name: str
    assessment_title: str
    cohort: str
    rubric_title: str
    qualification: str
    scheme: str
    parts: tuple[PartFeedback, ...]
    limits: tuple[str, ...]
    references: tuple[str, ...]
    overall_comment: str
    total: int | None
    total_marks: int
    grade: str | None
    marker_name: str = ""
    marked_on: date | None = None

    @property
    def filename_stem(self) -> str:
        """A file name for this sheet that sorts by candidate and holds no path characters."""
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in self.candidate_number)
        return f"feedback_{safe or 'candidate'}"


def build_feedback(
    rubric: Rubric,
    scores: Mapping[str, Score],
    *,
    candidate_number: str,
    candidate_name: str = "",
    assessment_title: str = "",
    cohort: str = "",
    overall_comment: str = "",
    report: Mapping[str, Any] | None = None,
    marker_name: str = "",
    marked_on: date | None = None,
    inline_comments: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> Feedback:
    """The feedback sheet for one script from its rubric, scores and (when it was checked) check report.

    ``inline_comments`` are the marker's comments on passages, by part: (quoted passage, comment) in script order.
    """
    notes = inline_comments or {}
    stored = StoredReport.from_dict(report or {})
    result = tally(rubric, scores)
    findings = _findings_by_part(stored)
    references = _reference_problems(stored)
    parts = tuple(
        _part_feedback(
            rubric,
            part,
            scores.get(part.id),
            findings.get(part.id, []) + references.get(part.id, []),
            tuple(passage_note(quote, text) for quote, text in notes.get(part.id, ())),
        )
        for part in rubric.parts
    )
    general = _unique(findings.get(None, []) + references.get(None, []))
    return Feedback(
        candidate_number=candidate_number,
        candidate_name=candidate_name,
        assessment_title=assessment_title,
        cohort=cohort,
        rubric_title=rubric.title,
        qualification=rubric.qualification,
        scheme=rubric.scheme,
        parts=parts,
        limits=tuple(limit_sentences(rubric, stored)),
        references=tuple(general),
        overall_comment=overall_comment.strip(),
        total=result.total,
        total_marks=result.total_marks,
        grade=result.grade,
        marker_name=marker_name,
        marked_on=marked_on,
    )


def passage_note(quote: str, text: str, *, words: int = 6) -> str:
    """An inline comment as the candidate reads it: "On 'Our segment …': the comment" (the passage's first words)."""
    quoted = quote.split()
    opening = " ".join(quoted[:words]) + (" …" if len(quoted) > words else "")
    return f"On ‘{opening}’: {text.strip()}"


def _part_feedback(
    rubric: Rubric, part: Part, score: Score | None, findings: list[str], notes: tuple[str, ...] = ()
) -> PartFeedback:
    mark = score.mark if score is not None else None
    band = band_for(part, mark)
    outcome: str | None = None
    criteria: tuple[CriterionFeedback, ...] = ()
    if rubric.scheme == "achievement":
        achieved = part_achieved(part, score)
        outcome = None if achieved is None else (ACHIEVED if achieved else NOT_YET_ACHIEVED)
        decided = score.criteria if score is not None else {}
        criteria = tuple(
            CriterionFeedback(criterion.code, criterion.text, decided.get(criterion.code))
            for criterion in part.achievement_criteria
        )
    return PartFeedback(
        part_id=part.id,
        label=part.label,
        title=part.title,
        mark=mark,
        max_marks=part.max_marks,
        band=band.band if band is not None else None,
        descriptor=band.descriptor if band is not None else "",
        comment=score.comment.strip() if score is not None else "",
        findings=tuple(_unique(findings)),
        outcome=outcome,
        criteria=criteria,
        inline_comments=notes,
    )


def _findings_by_part(report: StoredReport) -> dict[str | None, list[str]]:
    """Error and warning messages of the check report, grouped by the part they concern.

    Limit findings are left out here: ``limit_sentences`` says the same thing with the figures.
    """
    grouped: dict[str | None, list[str]] = {}
    for finding in report.findings:
        if finding.severity not in _FEEDBACK_SEVERITIES or "limit" in finding.code:
            continue
        message = finding.message.strip()
        if message:
            grouped.setdefault(finding.part, []).append(message)
    return grouped


def _reference_problems(report: StoredReport) -> dict[str | None, list[str]]:
    grouped: dict[str | None, list[str]] = {}
    for problem in report.references.problems:
        message = problem.message.strip()
        if message:
            grouped.setdefault(problem.part, []).append(message)
    return grouped


def limit_sentences(rubric: Rubric, report: StoredReport | Mapping[str, Any]) -> list[str]:
    """Each word or page limit of the check report as a sentence for the candidate."""
    stored = report if isinstance(report, StoredReport) else StoredReport.from_dict(report)
    sentences: list[str] = []
    for limit in stored.limits:
        labels = _labels(rubric, limit.parts)
        unit, actual = limit.unit, limit.actual
        limit_text = f"a limit of {_figure(limit.max)} {unit}"
        if limit.status == "missing":
            sentences.append(f"{labels}: not found in the script, so its {unit} could not be counted.")
        elif limit.status == "unknown" or actual is None:
            sentences.append(f"{labels}: the {unit} could not be counted reliably (against {limit_text}).")
        elif limit.status == "within":
            sentences.append(f"{labels}: {_figure(actual)} {unit} against {limit_text} — within the limit.")
        elif limit.status == "within_tolerance":
            sentences.append(
                f"{labels}: {_figure(actual)} {unit} against {limit_text} — over the limit but within the "
                f"{_figure(limit.tolerance_pct)}% tolerance."
            )
        else:
            policy = _policy(rubric, limit.id)
            sentences.append(f"{labels}: {_figure(actual)} {unit} against {limit_text} — over the limit.{policy}")
    return sentences


def _policy(rubric: Rubric, limit_id: str) -> str:
    """The rubric's own words on what happens beyond a limit, when it gives a sentence rather than a code."""
    for limit in rubric.limits:
        if limit.id == limit_id and " " in limit.policy.strip():
            return " " + limit.policy.strip()
    return ""


def _labels(rubric: Rubric, part_ids: Sequence[str]) -> str:
    labels = []
    for part_id in part_ids:
        try:
            labels.append(rubric.part(part_id).label)
        except KeyError:
            labels.append(str(part_id))
    return ", ".join(labels) if labels else "The script"


def _figure(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else str(value)


def _unique(messages: list[str]) -> list[str]:
    return list(dict.fromkeys(messages))
