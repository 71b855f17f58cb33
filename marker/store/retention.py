"""Retention and data-subject requests: delete what is past its retention period, export or erase on request.

Every deletion writes an audit entry (without the deleted personal data) in the same transaction, and files are
removed from disk only after the database change has committed, so a crash leaves no row pointing at nothing.

The audit trail outlives the scripts but must not keep what they held: erasing a candidate (or purging an
assessment) scrubs the audit entries about their scripts and markings. Each entry keeps its fact (who did
what, when, to which record, marks as numbers); the personal text in it (candidate number and name, file
name, comments, rationales, reasons) is replaced by ``[erased]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select

from marker.extensions import db
from marker.store.audit import record_event
from marker.store.models import Assessment, AuditEvent, ExportJob, Marking, Submission, User, utcnow

ERASED = "[erased]"
# String values that describe the event rather than the candidate: kept when an entry is scrubbed.
_FACT_KEYS = frozenset({"role", "status", "grade", "source", "marker", "verb", "part", "retention_ended"})
# Entries about a whole assessment that list scripts one by one: only the erased scripts' items are scrubbed.
_LISTING_ACTIONS = ("allocate_markers", "propose_sample")


@dataclass
class PurgeResult:
    """What a purge removed."""

    assessments: list[int] = field(default_factory=list)
    submissions: int = 0
    files: int = 0


def retention_ends(assessment: Assessment) -> date:
    """The day after which an assessment's scripts and marks are deleted: deadline (or creation) + retention."""
    start = assessment.deadline or assessment.created_at.date()
    return start + timedelta(days=assessment.retention_days)


def expired_assessments(today: date) -> list[Assessment]:
    """Assessments whose retention has ended and that still hold personal data."""
    candidates = db.session.scalars(select(Assessment).where(Assessment.purged_at.is_(None))).all()
    return [assessment for assessment in candidates if retention_ends(assessment) < today]


def _scrubbed(value: Any, key: str = "") -> Any:
    """The value with its personal text replaced: strings go (but for facts), numbers and flags stay."""
    if isinstance(value, str):
        return value if key in _FACT_KEYS or not value else ERASED
    if isinstance(value, list):
        return [_scrubbed(item, key) for item in value]
    if isinstance(value, dict):
        return {name: _scrubbed(item, str(name)) for name, item in value.items()}
    return value


def scrub_audit(submissions: list[Submission]) -> int:
    """Replace the personal text in every audit entry about these scripts and their markings; returns how many.

    Call before the scripts are deleted (their markings' ids are read from them); the caller commits.
    """
    if not submissions:
        return 0
    script_ids = {submission.id for submission in submissions}
    marking_ids = {marking.id for submission in submissions for marking in submission.markings}
    marking_ids |= set(db.session.scalars(select(Marking.id).where(Marking.submission_id.in_(script_ids))))
    about = or_(
        (AuditEvent.subject_type == "submission") & AuditEvent.subject_id.in_([str(i) for i in script_ids]),
        (AuditEvent.subject_type == "marking") & AuditEvent.subject_id.in_([str(i) for i in marking_ids]),
    )
    scrubbed = 0
    for event in db.session.scalars(select(AuditEvent).where(about)):
        event.details = {**_scrubbed(event.details), "erased": True}
        scrubbed += 1
    assessments = {submission.assessment_id for submission in submissions}
    listings = select(AuditEvent).where(
        AuditEvent.assessment_id.in_(assessments), AuditEvent.action.in_(_LISTING_ACTIONS)
    )
    for event in db.session.scalars(listings):
        items = event.details.get("new")
        if not isinstance(items, list) or not any(_lists(item, script_ids) for item in items):
            continue
        new = [
            _scrubbed(item) | {"submission": item["submission"]} if _lists(item, script_ids) else item for item in items
        ]
        event.details = {**event.details, "new": new}
        scrubbed += 1
    return scrubbed


def _lists(item: Any, script_ids: set[int]) -> bool:
    return isinstance(item, dict) and item.get("submission") in script_ids


def _delete_submissions(submissions: list[Submission]) -> list[str]:
    # The script and the PDF its check laid out: both are the candidate's work, both go.
    stored_names = [
        name for submission in submissions for name in (submission.stored_name, submission.layout_pdf_name) if name
    ]
    scrub_audit(submissions)
    for submission in submissions:
        db.session.delete(submission)
    return stored_names


def _delete_exports(assessment_ids: set[int]) -> list[str]:
    """Delete the exports built from these assessments (their zips hold the scripts' data): the files to remove."""
    if not assessment_ids:
        return []
    exports = list(db.session.scalars(select(ExportJob).where(ExportJob.assessment_id.in_(assessment_ids))))
    for export in exports:
        db.session.delete(export)
    return [export.stored_name for export in exports if export.stored_name]


def delete_expired(today: date, *, actor: User | None = None, dry_run: bool = False) -> tuple[PurgeResult, list[str]]:
    """Delete the scripts, markings and candidate details of every assessment past its retention period, in the
    current transaction; the stored files to remove once it commits (the caller commits, then removes them)."""
    result = PurgeResult()
    to_remove: list[str] = []
    for assessment in expired_assessments(today):
        submissions = list(assessment.submissions)
        result.assessments.append(assessment.id)
        result.submissions += len(submissions)
        if dry_run:
            continue
        to_remove += _delete_submissions(submissions)
        to_remove += _delete_exports({assessment.id})
        assessment.purged_at = utcnow()
        record_event(
            actor=actor,
            action="retention.purge",
            subject=assessment,
            assessment=assessment,
            scripts=len(submissions),
            retention_ended=retention_ends(assessment).isoformat(),
        )
    result.files = len(to_remove)
    return result, to_remove


def _submissions_of(candidate_number: str) -> list[Submission]:
    return list(
        db.session.scalars(select(Submission).where(Submission.candidate_number == candidate_number.strip())).all()
    )


def _isoformat(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def export_candidate(candidate_number: str) -> dict[str, Any]:
    """Everything marker holds about a candidate, as JSON-ready data (a subject access request)."""
    records = []
    for submission in _submissions_of(candidate_number):
        records.append(
            {
                "assessment": {"id": submission.assessment_id, "title": submission.assessment.title},
                "candidate_number": submission.candidate_number,
                "candidate_name": submission.candidate_name,
                "file": {
                    "name": submission.original_name,
                    "sha256": submission.checksum,
                    "bytes": submission.size_bytes,
                },
                "uploaded_at": _isoformat(submission.uploaded_at),
                "check_report": submission.check_report,
                "markings": [
                    {
                        "role": marking.role,
                        "status": marking.status,
                        "total": marking.total,
                        "grade": marking.grade,
                        "overall_comment": marking.overall_comment,
                        "submitted_at": _isoformat(marking.submitted_at),
                        "parts": [
                            {"part": pm.part_id, "mark": pm.mark, "achieved": pm.achieved, "comment": pm.comment}
                            for pm in marking.part_marks
                        ],
                        "inline_comments": [
                            {
                                "part": note.part_id,
                                "quote": note.quote,
                                "comment": note.text,
                                "created_at": _isoformat(note.created_at),
                            }
                            for note in marking.inline_comments
                        ],
                    }
                    for marking in submission.markings
                ],
            }
        )
    return {"candidate_number": candidate_number.strip(), "submissions": records}


def delete_candidate(candidate_number: str, *, actor: User | None) -> tuple[int, list[str]]:
    """Delete every script and marking of a candidate (an erasure request) in the current transaction: how many
    scripts, and the stored files to remove once it commits."""
    submissions = _submissions_of(candidate_number)
    assessments = {submission.assessment_id for submission in submissions}
    stored_names = _delete_submissions(submissions) + _delete_exports(assessments)
    for assessment_id in sorted(assessments):
        record_event(
            actor=actor,
            action="candidate.erase",
            subject=("candidate", "erased"),
            assessment=assessment_id,
            scripts=sum(1 for submission in submissions if submission.assessment_id == assessment_id),
        )
    return len(submissions), stored_names
