"""A script's life after upload: replaced by a resubmission before the deadline, withdrawn, or a final marking
reopened. Each is audited with the reason given; each refuses when it would silently lose someone's marks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from marker.rubric.model import Rubric
from marker.service.access import may_reopen, require_assessment, require_script
from marker.service.check_jobs import queue_check
from marker.service.errors import AccessDenied, NotFound, Refused
from marker.service.similarity_index import forget_script
from marker.service.submissions import script_file_name
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.files import delete_upload, read_upload, store_upload
from marker.store.models import Marking, Submission, User


def _started(submission: Submission) -> list[Marking]:
    """Markings with marks in them (draft or final): what a replacement or withdrawal would throw away."""
    return [marking for marking in submission.markings if marking.status in ("draft", "final")]


def replace_script(
    uow: UnitOfWork,
    submission: Submission,
    rubric: Rubric,
    data: bytes,
    filename: str,
    *,
    actor: User,
    today: date,
) -> Submission:
    """Put a resubmitted file in place of the script (queued to be checked afresh), before the deadline and before
    marking."""
    require_assessment(actor, submission.assessment, "tutor")
    deadline = submission.assessment.deadline
    if deadline is not None and today > deadline:
        raise Refused(f"The deadline ({deadline:%d %B %Y}) has passed: a late script is a new submission.")
    if _started(submission):
        raise Refused("Marking of this script has begun: reopen or withdraw it rather than replace the file.")
    name, suffix = script_file_name(filename)
    old_file, old_layout = submission.stored_name, submission.layout_pdf_name
    old = {"file": submission.original_name, "checksum": submission.checksum}
    with uow.transaction():
        submission.original_name = name[:255]
        submission.stored_name = store_upload(data)
        submission.checksum = hashlib.sha256(data).hexdigest()
        submission.size_bytes = len(data)
        submission.format = suffix.lstrip(".")
        submission.check_report = None
        submission.check_error = None
        submission.check_segments = None
        submission.layout_pdf_name = None  # the old file's layout; the new check lays the new one out
        forget_script(uow.session, submission.id)  # indexed afresh when the new file's check is stored
        submission.uploaded_by_id = actor.id
        queue_check(uow, submission)  # checked once, as a job, like every script that arrives
        record_event(
            actor=actor,
            action="submission.replace",
            subject=submission,
            assessment=submission.assessment_id,
            old=old,
            new={"file": name, "checksum": submission.checksum, "check_queued": True},
        )
    # Only once the new file's row has committed.
    delete_upload(old_file)
    delete_upload(old_layout)
    return submission


def withdraw_script(uow: UnitOfWork, submission: Submission, reason: str, *, actor: User) -> None:
    """Take a script out of the assessment (the candidate withdrew), with the reason; not once marks are final."""
    require_assessment(actor, submission.assessment, "tutor")
    reason = reason.strip()
    if not reason:
        raise Refused("Say why the script is withdrawn.")
    if any(marking.status == "final" for marking in submission.markings):
        raise Refused("A marking of this script is final: reopen it first, so the withdrawal cannot hide marks.")
    stored_name, layout_name = submission.stored_name, submission.layout_pdf_name
    with uow.transaction():
        record_event(
            actor=actor,
            action="submission.withdraw",
            subject=submission,
            assessment=submission.assessment_id,
            old={
                "candidate_number": submission.candidate_number,
                "file": submission.original_name,
                "markings": [marking.role for marking in submission.markings],
            },
            reason=reason,
        )
        uow.session.delete(submission)
    delete_upload(stored_name)
    delete_upload(layout_name)


def reopen_marking(uow: UnitOfWork, marking: Marking, reason: str, *, actor: User) -> Marking:
    """Make a final marking a draft again, with the reason; its marker (or a moderator) may do this."""
    if not may_reopen(actor, marking):
        raise AccessDenied("Only the marker or a moderator of the assessment can reopen this marking.")
    reason = reason.strip()
    if not reason:
        raise Refused("Say why the marking is reopened.")
    if marking.status != "final":
        raise Refused("This marking is not final: it is open already.")
    with uow.transaction():
        marking.status = "draft"
        marking.submitted_at = None
        record_event(
            actor=actor,
            action="marking.reopen",
            subject=marking,
            assessment=marking.submission.assessment_id,
            old={"status": "final"},
            new={"status": "draft"},
            reason=reason,
        )
    return marking


@dataclass(frozen=True)
class OriginalFile:
    """A script as the candidate submitted it."""

    name: str
    data: bytes
    mimetype: str


MIMETYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def original_of(user: User, submission: Submission | None) -> OriginalFile:
    """The file as submitted, for the assessment's tutors and moderators (it holds no marks)."""
    found = require_script(user, submission, "tutor", "moderator")
    if not found.stored_name:
        raise NotFound("The file of this script is no longer kept.")
    try:
        data = read_upload(found.stored_name)
    except FileNotFoundError as exc:
        raise NotFound("The file of this script is no longer kept.") from exc
    return OriginalFile(found.original_name, data, MIMETYPES.get(found.format, "application/octet-stream"))
