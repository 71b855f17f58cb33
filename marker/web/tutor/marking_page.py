"""What the assessment list and the marking view show, computed here so the templates hold no logic.

The right-hand panel comes from the rubric, the saved (or just typed) scores and the stored check report; the
left-hand script comes from ``script_view`` (the check run again on the stored file, for its segments).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from marker.checks.findings import Finding
from marker.checks.stored import StoredReport
from marker.marking import InvalidMarks, Score, band_for, tally
from marker.marking.scores import (
    achieved_field,
    comment_field,
    criterion_field,
    mark_field,
    part_achieved,
)
from marker.rubric.model import CommandVerb, MarkBand, Part, Rubric
from marker.service import access, comments, markings, results
from marker.service.checking import verb_set_for
from marker.service.uow import UnitOfWork
from marker.store.models import Assessment, Marking, Submission, User
from marker.web.tutor.script_view import ScriptSection, script_sections
from marker.web.wording import plural


@dataclass(frozen=True)
class LimitCell:
    label: str
    actual: Any
    max: Any
    unit: str
    status: str

    @property
    def max_text(self) -> str:
        """The limit with its unit in the right number: "1 page", "2,000 words"."""
        if not isinstance(self.max, int):
            return f"{self.max} {self.unit}".strip()
        singular = self.unit[:-1] if self.unit.endswith("s") else self.unit
        return plural(self.max, singular, self.unit) if singular else str(self.max)


@dataclass(frozen=True)
class SubmissionRow:
    """One script in the assessment's list."""

    submission: Submission
    limits: list[LimitCell]
    parts_found: str
    missing_parts: list[str]
    reference_problems: int
    state: str
    total: int | None
    grade: str | None
    has_final: bool
    agreed: bool = False


def submission_rows(assessment: Assessment, rubric: Rubric, user: User) -> list[SubmissionRow]:
    """Per script: words per limit group with status, parts found, reference problems, marking state."""
    rows = []
    for submission in assessment.submissions:
        report = StoredReport.from_dict(submission.check_report or {})
        limits = [
            LimitCell(_labels(rubric, list(item.parts)), item.actual, item.max, item.unit, item.status)
            for item in report.limits
        ]
        parts = report.parts
        found = [part for part in parts if part.found]
        missing = [_labels(rubric, [part.id]) for part in parts if not part.found]
        problems = len(report.references.problems)
        standing = results.standing_marking(user, submission)  # what blind marking lets this person see
        mine = markings.marking_of(submission, user)
        shown = mine or standing
        rows.append(
            SubmissionRow(
                submission=submission,
                limits=limits,
                parts_found=f"{len(found)} of {len(rubric.parts)}" if parts else "–",
                missing_parts=missing,
                reference_problems=problems,
                state=shown.status if shown is not None else "not started",
                total=shown.total if shown is not None else None,
                grade=shown.grade if shown is not None else None,
                has_final=standing is not None and standing.status == "final",
                agreed=any(m.role == "agreed" and m.status == "final" for m in submission.markings),
            )
        )
    return rows


@dataclass(frozen=True)
class BandView:
    band: MarkBand
    current: bool


@dataclass(frozen=True)
class CriterionView:
    code: str
    text: str
    field: str
    value: str  # "yes", "no" or ""


@dataclass(frozen=True)
class OtherMark:
    """Another marker's mark and comment for one part, when blind marking lets the viewer see it."""

    who: str
    mark: str
    comment: str


@dataclass(frozen=True)
class OtherMarking:
    who: str
    total: int | None
    grade: str | None


@dataclass
class PartPanel:
    """Everything the right-hand panel shows for one part, with the values to put in its fields."""

    part: Part
    verbs: list[CommandVerb]
    bands: list[BandView]
    mark_field: str
    mark_value: str
    comment_field: str
    comment_value: str
    bank: list[tuple[int, str]]
    findings: list[Finding]
    errors: list[str]
    criteria: list[CriterionView] = field(default_factory=list)
    achieved_field: str = ""
    achieved_value: str = ""
    outcome: str = ""
    bands_json: str = "[]"
    others: list[OtherMark] = field(default_factory=list)


@dataclass(frozen=True)
class NoteView:
    """An inline comment as the marking view lists it under its part: the passage, the words, whose it is."""

    id: int
    quote: str
    text: str
    who: str
    mine: bool  # the viewer's own, in an open marking: it may be edited or deleted


@dataclass
class MarkingPage:
    rubric: Rubric
    panels: list[PartPanel]
    sections: list[ScriptSection]
    script_problem: str | None
    total: int | None
    total_marks: int
    grade: str | None
    complete: bool
    general_errors: list[str]
    grade_bands_json: str
    read_only: bool
    general_findings: list[Finding]
    # A refused save's problems, each with the id of the field to fix, for the summary at the top.
    problem_summary: list[tuple[str, str]] = field(default_factory=list)
    # The other markings the viewer may see now (blind marking: once the first and second are both final).
    others: list[OtherMarking] = field(default_factory=list)
    # Inline comments on passages, by part: the viewer's own and those of markings blind marking lets them see.
    notes: dict[str, list[NoteView]] = field(default_factory=dict)


def _decision(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _achievement_panel(panel: PartPanel, part: Part, score: Score | None, raw: Mapping[str, str] | None) -> None:
    """Fill in an achievement part's criteria decisions and outcome (NCFE-style rubrics)."""
    decided = score.criteria if score is not None else {}
    panel.criteria = [
        CriterionView(
            c.code,
            c.text,
            criterion_field(part.id, c.code),
            raw.get(criterion_field(part.id, c.code), "") if raw is not None else _decision(decided.get(c.code)),
        )
        for c in part.achievement_criteria
    ]
    panel.achieved_field = achieved_field(part.id)
    panel.achieved_value = (
        raw.get(achieved_field(part.id), "") if raw is not None else _decision(score.achieved if score else None)
    )
    outcome = part_achieved(part, score)
    panel.outcome = "" if outcome is None else ("Achieved" if outcome else "Not yet achieved")


def _panel(
    part: Part,
    score: Score | None,
    *,
    verbs: list[CommandVerb],
    bank: list[tuple[int, str]],
    findings: list[Finding],
    raw: Mapping[str, str] | None,
    problems: InvalidMarks | None,
) -> PartPanel:
    """One part's panel: what the rubric says, and the values to put in its fields (typed, else saved)."""
    mark = score.mark if score is not None else None
    current = band_for(part, mark)
    return PartPanel(
        part=part,
        verbs=verbs,
        bands=[BandView(band, band == current) for band in part.bands],
        mark_field=mark_field(part.id),
        mark_value=raw.get(mark_field(part.id), "") if raw is not None else ("" if mark is None else str(mark)),
        comment_field=comment_field(part.id),
        comment_value=raw.get(comment_field(part.id), "") if raw is not None else (score.comment if score else ""),
        bank=bank,
        findings=findings,
        errors=problems.for_part(part.id) if problems is not None else [],
        bands_json=json.dumps([[b.min_marks, b.max_marks, b.band] for b in part.bands]),
    )


def marking_page(
    uow: UnitOfWork,
    submission: Submission,
    rubric: Rubric,
    marking: Marking,
    scores: Mapping[str, Score],
    user: User,
    *,
    raw: Mapping[str, str] | None = None,
    problems: InvalidMarks | None = None,
) -> MarkingPage:
    """The marking view's content: the script by parts on the left, one panel per part on the right."""
    report = StoredReport.from_dict(submission.check_report or {})
    verb_set = verb_set_for(uow.settings, rubric)
    bank = markings.comment_bank(uow, user, rubric)
    findings = _findings_by_part(report)
    panels = []
    for part in rubric.parts:
        score = scores.get(part.id)
        panel = _panel(
            part,
            score,
            verbs=[verb_set.verbs[v] for v in part.verbs if verb_set is not None and v in verb_set.verbs],
            bank=[(entry.id, entry.text) for entry in bank.get(part.id, [])],
            findings=findings.get(part.id, []),
            raw=raw,
            problems=problems,
        )
        if rubric.scheme == "achievement":
            _achievement_panel(panel, part, score, raw)
        panels.append(panel)
    others = _other_markings(submission, marking, rubric, user, panels)
    result = tally(rubric, scores)
    notes, noted = visible_notes(submission, user, marking)
    sections, script_problem = script_sections(uow.settings, submission, rubric, noted)
    return MarkingPage(
        rubric=rubric,
        panels=panels,
        sections=sections,
        script_problem=script_problem,
        total=result.total,
        total_marks=result.total_marks,
        grade=result.grade,
        complete=result.complete,
        general_errors=problems.for_part(None) if problems is not None else [],
        grade_bands_json=json.dumps([[b.min_pct, b.max_pct, b.name] for b in rubric.grade_bands]),
        read_only=marking.status == "final",
        general_findings=findings.get(None, []),
        problem_summary=_problem_summary(rubric, problems),
        others=others,
        notes=notes,
    )


def visible_notes(
    submission: Submission, user: User, own: Marking | None = None
) -> tuple[dict[str, list[NoteView]], dict[int, list[tuple[int, int, str]]]]:
    """The inline comments the viewer may see, by part, and their passages by block (for the highlights): their
    own marking's, and those of the others' final markings that the access policy shows them."""
    shown = comments.markings_with_visible_comments(user, submission, own)
    notes: dict[str, list[NoteView]] = {}
    noted: dict[int, list[tuple[int, int, str]]] = {}
    for marking in shown:
        mine = own is not None and marking.id == own.id
        who = "You" if mine else f"{marking.role.title()} marker"
        for part_id, items in comments.comments_by_part(marking).items():
            for note in items:
                notes.setdefault(part_id, []).append(
                    NoteView(note.id, note.quote, note.text, who, mine and marking.status != "final")
                )
                noted.setdefault(note.block_index, []).append((note.start, note.end, note.quote))
    return notes, noted


def _other_markings(
    submission: Submission, own: Marking, rubric: Rubric, user: User, panels: list[PartPanel]
) -> list[OtherMarking]:
    """The others' markings the access policy shows this person, put beside each part's panel too."""
    shown = []
    for marking in access.visible_markings(user, submission):
        if marking.id == own.id or marking.status != "final":
            continue
        who = f"{marking.role.title()} marker" + (f" ({marking.marker.name})" if marking.marker is not None else "")
        scores = markings.scores_of(marking, rubric)
        for panel in panels:
            score = scores.get(panel.part.id)
            if score is not None:
                value = "" if score.mark is None else str(score.mark)
                if rubric.scheme == "achievement":
                    outcome = part_achieved(panel.part, score)
                    value = "" if outcome is None else ("Achieved" if outcome else "Not yet achieved")
                panel.others.append(OtherMark(who, value or "–", score.comment))
        shown.append(OtherMarking(who, marking.total, marking.grade))
    return shown


def _problem_summary(rubric: Rubric, problems: InvalidMarks | None) -> list[tuple[str, str]]:
    """Each problem of a refused save as (field id, message): a part's mark box, else its panel, else the form."""
    if problems is None:
        return []
    summary = []
    for problem in problems.problems:
        if problem.part_id is None:
            summary.append(("overall_comment", problem.message))
            continue
        try:
            part = rubric.part(problem.part_id)
        except KeyError:
            summary.append(("marking-form", problem.message))
            continue
        target = mark_field(part.id) if rubric.scheme == "points" else f"panel-{part.id}"
        message = problem.message if part.label in problem.message else f"{part.label}: {problem.message}"
        summary.append((target, message))
    return summary


def _findings_by_part(report: StoredReport) -> dict[str | None, list[Finding]]:
    grouped: dict[str | None, list[Finding]] = {}
    for finding in report.findings:
        grouped.setdefault(finding.part, []).append(finding)
    return grouped


def _labels(rubric: Rubric, part_ids: list[str]) -> str:
    labels = []
    for part_id in part_ids:
        try:
            labels.append(rubric.part(part_id).label)
        except KeyError:
            labels.append(part_id)
    return ", ".join(labels)
