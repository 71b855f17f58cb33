"""What the tutor pages do to the database: assessments, uploads and checks, markings saved whole, exports.

Each function that changes state takes the acting person and writes its audit entry in the same transaction,
so a change and its record commit (or roll back) together. The marking rules themselves are the pure core's
(``marker.marking``); this module only loads, applies and stores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from marker.errors import MarkerError
from marker.extensions import db
from marker.marking import (
    BatchLimits,
    MarkedScript,
    Score,
    read_batch,
    require_valid,
    tally,
)
from marker.marking.scores import part_achieved
from marker.moderation.visibility import visible_roles
from marker.rubric.model import CommandVerbSet, Rubric
from marker.store.audit import record_event
from marker.store.files import store_upload
from marker.store.models import (
    Assessment,
    AssessmentMember,
    CommentBankEntry,
    Marking,
    PartMark,
    Submission,
    User,
    utcnow,
)
from marker.store.rubrics import snapshot_for
from marker.store.submissions import flush_new_submission
from marker.web.checking import check_upload, rubric_library


class StaleMarking(MarkerError):
    """The marking changed (another tab, another person) since this copy of the page was opened."""


class MarkingClosed(MarkerError):
    """The marking is final; it can no longer be edited here."""


class UploadRefused(MarkerError):
    """An upload that cannot be added to the assessment (duplicate candidate, wrong type)."""


# --- rubrics and checks: the other packages' entry points, in one place ---------------------------------------


def verb_set_for(rubric: Rubric) -> CommandVerbSet | None:
    """The command verbs a rubric names, or None when its set is not loaded (the page then shows ids only)."""
    try:
        return rubric_library().verbs_for(rubric)
    except MarkerError:
        return None


def check_script(data: bytes, name: str, rubric: Rubric) -> Any:
    """The check report object of a script (raises a MarkerError when the file cannot be checked)."""
    return check_upload(data, name, rubric, verb_set_for(rubric))


# --- assessments and submissions ------------------------------------------------------------------------------


def create_assessment(
    rubric: Rubric, *, title: str, cohort: str, deadline: date | None, retention_days: int, actor: User
) -> Assessment:
    """A new assessment of this rubric (snapshotted), with its creator as a tutor member."""
    snapshot = snapshot_for(rubric)
    assessment = Assessment(
        title=title.strip(),
        cohort=cohort.strip(),
        rubric_id=rubric.id,
        rubric_hash=snapshot.content_hash,
        rubric_snapshot=snapshot,
        deadline=deadline,
        retention_days=retention_days,
        created_by_id=actor.id,
    )
    assessment.members.append(AssessmentMember(user_id=actor.id, role="tutor"))
    db.session.add(assessment)
    db.session.flush()
    record_event(
        actor=actor,
        action="assessment.create",
        subject=assessment,
        assessment=assessment,
        new={
            "title": assessment.title,
            "cohort": assessment.cohort,
            "rubric": rubric.id,
            "rubric_hash": rubric.content_hash,
            "deadline": deadline.isoformat() if deadline else None,
            "retention_days": retention_days,
        },
    )
    db.session.commit()
    return assessment


def assessments_for(user: User) -> list[Assessment]:
    """The assessments a person marks (all of them, for an administrator)."""
    query = select(Assessment).where(Assessment.purged_at.is_(None)).order_by(Assessment.created_at.desc())
    if not user.has_role("admin"):
        query = query.join(AssessmentMember).where(
            AssessmentMember.user_id == user.id, AssessmentMember.role == "tutor"
        )
    return list(db.session.scalars(query).unique())


def add_submission(
    assessment: Assessment,
    rubric: Rubric,
    data: bytes,
    filename: str,
    *,
    candidate_number: str,
    candidate_name: str = "",
    actor: User,
) -> Submission:
    """Store a script, check it once, and keep the report (or the reason it could not be checked) with it."""
    candidate_number = candidate_number.strip()
    name = PurePosixPath(filename.replace("\\", "/")).name or "script"
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise UploadRefused(f"“{name}” is not a DOCX or PDF file.")
    if not candidate_number:
        raise UploadRefused("Give the candidate number for this script.")
    existing = db.session.scalar(
        select(Submission).where(
            Submission.assessment_id == assessment.id, Submission.candidate_number == candidate_number
        )
    )
    if existing is not None:
        raise UploadRefused(
            f"Candidate {candidate_number} already has a script in this assessment ({existing.original_name})."
        )
    report: dict[str, Any] | None = None
    error: str | None = None
    try:
        report = check_script(data, name, rubric).to_dict()
    except MarkerError as exc:
        error = exc.message
    submission = Submission(
        assessment=assessment,
        candidate_number=candidate_number,
        candidate_name=candidate_name.strip(),
        original_name=name[:255],
        stored_name=store_upload(data),
        checksum=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        format=suffix.lstrip("."),
        check_report=report,
        check_error=error,
        uploaded_by_id=actor.id,
    )
    db.session.add(submission)
    flush_new_submission(submission)
    record_event(
        actor=actor,
        action="submission.upload",
        subject=submission,
        assessment=assessment,
        new={
            "candidate_number": candidate_number,
            "file": name,
            "checksum": submission.checksum,
            "checked": error is None,
        },
    )
    db.session.commit()
    return submission


@dataclass(frozen=True)
class BatchRow:
    """One line of the batch result table."""

    filename: str
    candidate_number: str
    candidate_name: str
    outcome: str  # checked | not_checked | refused
    message: str
    submission_id: int | None = None

    @property
    def badge(self) -> str:
        """The badge style of the outcome (the stylesheet's colours for final, draft and error)."""
        return {"checked": "final", "not_checked": "draft"}.get(self.outcome, "error")


def upload_batch(assessment: Assessment, rubric: Rubric, zip_bytes: bytes, *, actor: User) -> list[BatchRow]:
    """Every file of a zip added and checked, or refused with its reason; each file commits on its own."""
    settings = current_app.config["MARKER_SETTINGS"]
    limits = BatchLimits.for_upload(settings.max_upload_mb, settings.max_batch_mb, settings.max_batch_files)
    rows: list[BatchRow] = []
    for item in read_batch(zip_bytes, limits):
        if not item.ok or item.data is None:
            rows.append(
                BatchRow(
                    item.filename,
                    item.candidate_number,
                    item.candidate_name,
                    "refused",
                    item.error or "It could not be read.",
                )
            )
            continue
        try:
            submission = add_submission(
                assessment,
                rubric,
                item.data,
                item.filename,
                candidate_number=item.candidate_number,
                candidate_name=item.candidate_name,
                actor=actor,
            )
        except MarkerError as exc:
            db.session.rollback()
            rows.append(BatchRow(item.filename, item.candidate_number, item.candidate_name, "refused", exc.message))
            continue
        if submission.check_error:
            rows.append(
                BatchRow(
                    item.filename,
                    item.candidate_number,
                    item.candidate_name,
                    "not_checked",
                    f"Uploaded, but it could not be checked: {submission.check_error}",
                    submission.id,
                )
            )
        else:
            rows.append(
                BatchRow(
                    item.filename,
                    item.candidate_number,
                    item.candidate_name,
                    "checked",
                    "Uploaded and checked.",
                    submission.id,
                )
            )
    record_event(
        actor=actor,
        action="submission.batch",
        subject=assessment,
        assessment=assessment,
        new={"files": len(rows), "checked": sum(row.outcome == "checked" for row in rows)},
    )
    db.session.commit()
    return rows


# --- markings -----------------------------------------------------------------------------------------------


def marking_of(submission: Submission, user: User) -> Marking | None:
    """The marking this person holds on a script (their first, second or agreed marking), if any."""
    for marking in submission.markings:
        if marking.marker_id == user.id and marking.role != "agreed":
            return marking
    return None


def open_marking(submission: Submission, user: User) -> Marking:
    """The person's marking of a script, started as the first marking when nobody has begun one."""
    marking = marking_of(submission, user)
    if marking is not None:
        return marking
    first = next((m for m in submission.markings if m.role == "first"), None)
    if first is not None:
        who = first.marker.name if first.marker is not None else "another marker"
        raise MarkingClosed(f"Candidate {submission.candidate_number} is allocated to {who} for first marking.")
    marking = Marking(
        submission=submission,
        marker_id=user.id,
        role="first",
        status="allocated",
        rubric_hash=submission.assessment.rubric_hash,
    )
    db.session.add(marking)
    db.session.flush()
    record_event(
        actor=user,
        action="marking.start",
        subject=marking,
        assessment=submission.assessment_id,
        new={"role": "first", "submission": submission.id},
    )
    db.session.commit()
    return marking


def criterion_key(part_id: str, code: str) -> str:
    """The PartMark.part_id that holds one criterion's decision of an achievement part."""
    return f"{part_id}:{code}"


def scores_of(marking: Marking, rubric: Rubric) -> dict[str, Score]:
    """The scores stored for a marking, as the core's ``Score`` values."""
    rows = {row.part_id: row for row in marking.part_marks}
    scores: dict[str, Score] = {}
    for part in rubric.parts:
        row = rows.get(part.id)
        criteria = {
            c.code: rows[criterion_key(part.id, c.code)].achieved
            for c in part.achievement_criteria
            if criterion_key(part.id, c.code) in rows
        }
        if row is None and not criteria:
            continue
        scores[part.id] = Score(
            part.id,
            mark=row.mark if row is not None else None,
            comment=row.comment if row is not None else "",
            criteria=criteria,
            achieved=row.achieved if row is not None and not part.achievement_criteria else None,
        )
    return scores


def _state(marking: Marking) -> dict[str, Any]:
    """A marking as the audit trail records it: every part's value and comment, the result."""
    return {
        "status": marking.status,
        "parts": {
            row.part_id: {"mark": row.mark, "achieved": row.achieved, "comment": row.comment}
            for row in marking.part_marks
        },
        "overall_comment": marking.overall_comment,
        "total": marking.total,
        "grade": marking.grade,
    }


def save_marking(
    marking: Marking,
    rubric: Rubric,
    scores: dict[str, Score],
    *,
    overall_comment: str,
    opened_version: int,
    final: bool,
    actor: User,
) -> Marking:
    """Save every part's mark and comment at once, as a draft or as final; refuse stale or invalid edits.

    ``opened_version`` is the version the page was opened at: a save from an older copy is refused rather
    than overwriting what was saved since. The database's version check catches the race between two saves.
    """
    if marking.version != opened_version:
        raise StaleMarking(
            "These marks were changed (in another tab or by another person) after you opened this page. "
            "Nothing was saved: reload the page to see the current marks, then make your changes again."
        )
    if marking.status == "final":
        raise MarkingClosed("This marking has been submitted as final and can no longer be changed.")
    require_valid(rubric, scores, final=final)
    old = _state(marking)
    rows = {row.part_id: row for row in marking.part_marks}

    def row_for(key: str) -> PartMark:
        if key not in rows:
            rows[key] = PartMark(part_id=key)
            marking.part_marks.append(rows[key])
        return rows[key]

    for part in rubric.parts:
        score = scores.get(part.id, Score(part.id))
        row = row_for(part.id)
        row.comment = score.comment
        if rubric.scheme == "achievement":
            row.mark = None
            row.achieved = part_achieved(part, score)
            for criterion in part.achievement_criteria:
                row_for(criterion_key(part.id, criterion.code)).achieved = score.criteria.get(criterion.code)
        else:
            row.mark = score.mark
            row.achieved = None
    result = tally(rubric, scores)
    marking.overall_comment = overall_comment.strip()
    marking.total = result.total
    marking.grade = result.grade if final or result.complete else None
    marking.status = "final" if final else "draft"
    marking.marker_id = marking.marker_id or actor.id
    # Always touch the row: the version counter only moves when the marking row itself is updated.
    marking.updated_at = utcnow()
    if final:
        marking.submitted_at = utcnow()
    record_event(
        actor=actor,
        action="marking.submit" if final else "marking.save",
        subject=marking,
        assessment=marking.submission.assessment_id,
        old=old,
        new=_state(marking),
    )
    try:
        db.session.commit()
    except StaleDataError as exc:
        db.session.rollback()
        raise StaleMarking(
            "Someone saved these marks at the same moment. Nothing of yours was saved: reload and try again."
        ) from exc
    return marking


# --- comment bank ----------------------------------------------------------------------------------------------


def comment_bank(user: User, rubric: Rubric) -> dict[str, list[CommentBankEntry]]:
    """A person's reusable comments for a rubric, by part (a comment for a verb shows on parts using it)."""
    entries = db.session.scalars(
        select(CommentBankEntry)
        .where(CommentBankEntry.owner_id == user.id, CommentBankEntry.rubric_id == rubric.id)
        .order_by(CommentBankEntry.id)
    ).all()
    bank: dict[str, list[CommentBankEntry]] = {part.id: [] for part in rubric.parts}
    for part in rubric.parts:
        for entry in entries:
            if entry.part_id == part.id or (entry.part_id is None and entry.verb in part.verbs):
                bank[part.id].append(entry)
    return bank


def add_to_bank(user: User, rubric: Rubric, part_id: str, text: str, *, for_verb: bool) -> CommentBankEntry:
    """Keep a comment for reuse on this part (or, ``for_verb``, on every part asking for the same verb)."""
    part = rubric.part(part_id)
    text = text.strip()
    if not text:
        raise UploadRefused("Write the comment first, then add it to your bank.")
    verb = part.verbs[0] if part.verbs else None
    entry = CommentBankEntry(
        owner_id=user.id,
        rubric_id=rubric.id,
        part_id=None if for_verb and verb else part.id,
        verb=verb,
        text=text[:5000],
    )
    db.session.add(entry)
    db.session.flush()
    record_event(
        actor=user, action="comment_bank.add", subject=entry, new={"part": part.id, "verb": verb, "text": entry.text}
    )
    db.session.commit()
    return entry


# --- results and exports -------------------------------------------------------------------------------------


def viewer_role(submission: Submission, user: User) -> str:
    """The person's role on a script for blind marking: their marking role, else moderator/admin, else tutor."""
    own = marking_of(submission, user)
    if own is not None:
        return own.role
    if user.has_role("admin"):
        return "admin"
    if "moderator" in submission.assessment.member_roles(user):
        return "moderator"
    return "tutor"


def may_see(submission: Submission, marking: Marking, user: User) -> bool:
    """Whether blind second marking lets this person see a marking's marks (their own, always)."""
    if marking.marker_id == user.id:
        return True
    statuses = {m.role: m.status for m in submission.markings}
    roles = visible_roles(submission.assessment.blind_second_marking, viewer_role(submission, user), statuses)
    return marking.role in roles


def result_marking(submission: Submission) -> Marking | None:
    """The marking that stands for a script: the agreed one when final, else the first marking."""
    agreed = next((m for m in submission.markings if m.role == "agreed" and m.status == "final"), None)
    if agreed is not None:
        return agreed
    return next((m for m in submission.markings if m.role == "first"), None)


def marked_scripts(
    submissions: Iterable[Submission], rubric: Rubric, *, final_only: bool, viewer: User
) -> list[MarkedScript]:
    """The scripts' standing markings as the core's export rows (those blind marking lets the viewer see)."""
    rows = []
    for submission in submissions:
        marking = result_marking(submission)
        if marking is None or (final_only and marking.status != "final") or not may_see(submission, marking, viewer):
            continue
        rows.append(
            MarkedScript(
                candidate_number=submission.candidate_number,
                candidate_name=submission.candidate_name,
                scores=scores_of(marking, rubric),
                status=marking.status,
                overall_comment=marking.overall_comment,
                submitted_at=submission.uploaded_at,
                graded_at=marking.submitted_at or marking.updated_at,
            )
        )
    return rows
