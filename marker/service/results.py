"""What a script's marking amounts to, as a given person may see it: the standing result, feedback and exports.

Every function here takes the viewer and goes through ``marker.service.access``: blind marking decides what
each page, sheet and file may contain.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable

from marker.marking import MarkedScript, build_feedback, feedback_docx
from marker.marking.exports import zip_member_names
from marker.marking.feedback import Feedback
from marker.moderation.model import ScriptResult
from marker.rubric.model import Rubric
from marker.service.access import visible_markings
from marker.service.comments import comments_by_part
from marker.service.errors import AccessDenied, NotFound
from marker.service.markings import scores_of
from marker.store.models import Assessment, Marking, Submission, User


def standing_marking(viewer: User, submission: Submission) -> Marking | None:
    """The marking that stands for a script, among those the viewer may see: agreed when final, else the first."""
    seen = visible_markings(viewer, submission)
    agreed = next((m for m in seen if m.role == "agreed" and m.status == "final"), None)
    return agreed or next((m for m in seen if m.role == "first"), None)


def final_marking(viewer: User, submission: Submission) -> Marking:
    """The script's final standing marking, when there is one and the viewer may see it."""
    marking = standing_marking(viewer, submission)
    if marking is None or marking.status != "final":
        if any(m.status == "final" and m.role in ("first", "agreed") for m in submission.markings):
            raise AccessDenied("Blind marking: this script's marks are hidden from you until every marking is in.")
        raise NotFound("There is no final marking for this script yet.")
    return marking


def result_of(viewer: User, submission: Submission, rubric: Rubric) -> ScriptResult | None:
    """The script's final result as the viewer may see it (for the sample and lists), or None."""
    marking = standing_marking(viewer, submission)
    if marking is None or marking.status != "final":
        return None
    total = marking.total
    if total is None:
        total = sum(row.mark for row in marking.part_marks if row.mark is not None)
    grade = marking.grade or rubric.grade_for(total)
    others = tuple(
        _total_and_grade(other, rubric)
        for other in visible_markings(viewer, submission)
        if other is not marking and other.status == "final"
    )
    return ScriptResult(str(submission.id), submission.candidate_number, total, grade, others)


def _total_and_grade(marking: Marking, rubric: Rubric) -> tuple[int, str]:
    total = marking.total
    if total is None:
        total = sum(row.mark for row in marking.part_marks if row.mark is not None)
    return total, marking.grade or rubric.grade_for(total)


AWAITING = "awaiting agreement"


def awaiting_agreement(submission: Submission, rubric: Rubric) -> bool:
    """Whether the script's markings are flagged (beyond the assessment's tolerances) and not yet agreed."""
    from marker.moderation.comparison import compare
    from marker.moderation.model import ScriptMarks
    from marker.service.moderation import marker_marks  # that module uses this one's results

    if any(m.role == "agreed" and m.status == "final" for m in submission.markings):
        return False
    own = tuple(marker_marks(m) for m in submission.markings if m.role != "agreed")
    if sum(1 for m in own if m.status == "final") < 2:
        return False
    assessment = submission.assessment
    script = ScriptMarks(script_id=str(submission.id), label=submission.candidate_number, markings=own)
    compared = compare(
        rubric, script, tolerance_marks=assessment.tolerance_marks, part_tolerance_pct=assessment.part_tolerance_pct
    )
    return compared.flagged


def awaiting_count(submissions: Iterable[Submission], rubric: Rubric) -> int:
    """How many scripts the exports leave ungraded until their marks are agreed."""
    return sum(1 for submission in submissions if awaiting_agreement(submission, rubric))


def marked_scripts(
    viewer: User, submissions: Iterable[Submission], rubric: Rubric, *, final_only: bool
) -> list[MarkedScript]:
    """Every script as an export row: its standing marking's scores when the viewer may see them, else empty."""
    rows = []
    for submission in submissions:
        marking = standing_marking(viewer, submission)
        if marking is not None and final_only and marking.status != "final":
            marking = None
        waiting = awaiting_agreement(submission, rubric)
        if waiting:
            marking = None  # a flagged script's first mark is not released until marks are agreed
        rows.append(
            MarkedScript(
                candidate_number=submission.candidate_number,
                candidate_name=submission.candidate_name,
                scores=scores_of(marking, rubric) if marking is not None else {},
                status=AWAITING if waiting else (marking.status if marking is not None else "not marked"),
                overall_comment=marking.overall_comment if marking is not None else "",
                submitted_at=submission.uploaded_at,
                graded_at=(marking.submitted_at or marking.updated_at) if marking is not None else None,
            )
        )
    return rows


def feedback_for(viewer: User, submission: Submission, rubric: Rubric) -> Feedback:
    """The feedback sheet of a script's final standing marking."""
    marking = final_marking(viewer, submission)
    return build_feedback(
        rubric,
        scores_of(marking, rubric),
        candidate_number=submission.candidate_number,
        candidate_name=submission.candidate_name,
        assessment_title=submission.assessment.title,
        cohort=submission.assessment.cohort,
        overall_comment=marking.overall_comment,
        report=submission.check_report,
        marker_name=marking.marker.name if marking.marker is not None else "",
        marked_on=(marking.submitted_at or marking.updated_at).date(),
        inline_comments={
            part_id: [(note.quote, note.text) for note in notes] for part_id, notes in comments_by_part(marking).items()
        },
    )


def feedback_zip(
    viewer: User, assessment: Assessment, rubric: Rubric, *, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """Every final feedback sheet the viewer may see, one DOCX per script under a unique, traceable name.

    ``progress(done, total)`` is told after each sheet is written (a job shows it on its status page).
    """
    sheets: list[tuple[int, Feedback]] = []
    for submission in assessment.submissions:
        marking = standing_marking(viewer, submission)
        if marking is not None and marking.status == "final":
            sheets.append((submission.id, feedback_for(viewer, submission, rubric)))
    if not sheets:
        raise NotFound("No script of this assessment has a final marking yet.")
    names = zip_member_names([(sheet.filename_stem, ident) for ident, sheet in sheets], ".docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for done, (name, (_, sheet)) in enumerate(zip(names, sheets, strict=True), start=1):
            archive.writestr(name, feedback_docx(sheet))
            if progress is not None:
                progress(done, len(sheets))
    return buffer.getvalue()
