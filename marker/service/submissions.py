"""Scripts arriving: one upload or a Moodle zip, each stored, checked once and recorded with its report."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import select

from marker.errors import MarkerError
from marker.marking import BatchLimits, read_batch
from marker.rubric.model import Rubric
from marker.service.checking import check_upload
from marker.service.errors import UploadRefused
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.files import store_upload
from marker.store.models import Assessment, Submission, User
from marker.store.submissions import flush_new_submission

ACCEPTED_SUFFIXES = (".docx", ".pdf")


def _checked(uow: UnitOfWork, data: bytes, name: str, rubric: Rubric) -> tuple[dict[str, Any] | None, str | None]:
    """The stored form of a script's check report, or the reason it could not be checked."""
    try:
        return check_upload(uow.settings, data, name, rubric).to_dict(), None
    except MarkerError as exc:
        return None, exc.message


def _add(
    uow: UnitOfWork,
    assessment: Assessment,
    rubric: Rubric,
    data: bytes,
    filename: str,
    *,
    candidate_number: str,
    candidate_name: str,
    actor: User,
) -> Submission:
    candidate_number = candidate_number.strip()
    name = PurePosixPath(filename.replace("\\", "/")).name or "script"
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        raise UploadRefused(f"“{name}” is not a DOCX or PDF file.")
    if not candidate_number:
        raise UploadRefused("Give the candidate number for this script.")
    existing = uow.session.scalar(
        select(Submission).where(
            Submission.assessment_id == assessment.id, Submission.candidate_number == candidate_number
        )
    )
    if existing is not None:
        raise UploadRefused(
            f"Candidate {candidate_number} already has a script in this assessment ({existing.original_name})."
        )
    report, error = _checked(uow, data, name, rubric)
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
    uow.session.add(submission)
    flush_new_submission(submission)  # a lost race for the candidate becomes the same clear refusal
    record_event(
        actor=actor,
        action="submission.upload",
        subject=submission,
        assessment=assessment,
        new={"candidate_number": candidate_number, "file": name, "checksum": submission.checksum, "checked": not error},
    )
    return submission


def add_submission(
    uow: UnitOfWork,
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
    with uow.transaction():
        return _add(
            uow,
            assessment,
            rubric,
            data,
            filename,
            candidate_number=candidate_number,
            candidate_name=candidate_name,
            actor=actor,
        )


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


def upload_batch(
    uow: UnitOfWork, assessment: Assessment, rubric: Rubric, zip_bytes: bytes, *, actor: User
) -> list[BatchRow]:
    """Every file of a zip added and checked, or refused with its reason; each file commits on its own."""
    settings = uow.settings
    limits = BatchLimits.for_upload(settings.max_upload_mb, settings.max_batch_mb, settings.max_batch_files)
    rows: list[BatchRow] = []
    for item in read_batch(zip_bytes, limits):
        who = (item.filename, item.candidate_number, item.candidate_name)
        if not item.ok or item.data is None:
            rows.append(BatchRow(*who, "refused", item.error or "It could not be read."))
            continue
        try:
            submission = add_submission(
                uow,
                assessment,
                rubric,
                item.data,
                item.filename,
                candidate_number=item.candidate_number,
                candidate_name=item.candidate_name,
                actor=actor,
            )
        except MarkerError as exc:
            rows.append(BatchRow(*who, "refused", exc.message))
            continue
        if submission.check_error:
            message = f"Uploaded, but it could not be checked: {submission.check_error}"
            rows.append(BatchRow(*who, "not_checked", message, submission.id))
        else:
            rows.append(BatchRow(*who, "checked", "Uploaded and checked.", submission.id))
    with uow.transaction():
        record_event(
            actor=actor,
            action="submission.batch",
            subject=assessment,
            assessment=assessment,
            new={"files": len(rows), "checked": sum(row.outcome == "checked" for row in rows)},
        )
    return rows
