"""Scripts arriving: one upload or a Moodle zip, each stored and recorded at once, then checked once by a job.

The request that brings a script only stores it and queues its check (``check_jobs``); a zip is stored whole and
unpacked by a job of its own, which records each file's outcome on the ``UploadBatch`` as it goes, so the batch
page can show progress and no request waits for a check.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath

from sqlalchemy import select

from marker.errors import MarkerError
from marker.marking import BatchItem, BatchLimits, read_batch
from marker.rubric.model import Rubric
from marker.service.access import require_assessment
from marker.service.check_jobs import claim_batch, heartbeat, queue_check
from marker.service.errors import NotFound, UploadRefused
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.files import delete_upload, read_upload, store_upload
from marker.store.models import (
    CHECK_DONE,
    CHECK_FAILED,
    CHECK_QUEUED,
    CHECK_RUNNING,
    Assessment,
    Submission,
    UploadBatch,
    User,
    utcnow,
)
from marker.store.rubrics import rubric_of
from marker.store.submissions import flush_new_submission

ACCEPTED_SUFFIXES = (".docx", ".pdf")


def script_file_name(filename: str) -> tuple[str, str]:
    """An uploaded script's own name (no folders) and its suffix; UploadRefused unless it is DOCX or PDF."""
    name = PurePosixPath(filename.replace("\\", "/")).name or "script"
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        raise UploadRefused(f"“{name}” is not a DOCX or PDF file.")
    return name, suffix


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
    name, suffix = script_file_name(filename)
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
    submission = Submission(
        assessment=assessment,
        candidate_number=candidate_number,
        candidate_name=candidate_name.strip(),
        original_name=name[:255],
        stored_name=store_upload(data),
        checksum=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        format=suffix.lstrip("."),
        uploaded_by_id=actor.id,
    )
    uow.session.add(submission)
    flush_new_submission(submission)  # a lost race for the candidate becomes the same clear refusal
    queue_check(uow, submission)
    record_event(
        actor=actor,
        action="submission.upload",
        subject=submission,
        assessment=assessment,
        new={"candidate_number": candidate_number, "file": name, "checksum": submission.checksum, "check_queued": True},
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
    """Store a script and queue its check (run in place when the unit of work has no queue)."""
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
    """One line of the batch table: a file and what became of it (its check's progress, once added)."""

    filename: str
    candidate_number: str
    candidate_name: str
    outcome: str  # queued | checking | checked | not_checked | refused
    message: str
    submission_id: int | None = None

    @property
    def badge(self) -> str:
        """The badge style of the outcome (the stylesheet's colours for final, draft and error)."""
        return {"checked": "final", "not_checked": "error", "refused": "error"}.get(self.outcome, "draft")

    @property
    def waiting(self) -> bool:
        """Whether the file's check has still to finish."""
        return self.outcome in ("queued", "checking")


def _row_for(who: tuple[str, str, str], submission: Submission) -> BatchRow:
    state = submission.check_state
    if state == CHECK_DONE:
        return BatchRow(*who, "checked", "Uploaded and checked.", submission.id)
    if state == CHECK_FAILED:
        message = f"Uploaded, but it could not be checked: {submission.check_error}"
        return BatchRow(*who, "not_checked", message, submission.id)
    if state == CHECK_RUNNING:
        return BatchRow(*who, "checking", "Uploaded; being checked now.", submission.id)
    return BatchRow(*who, "queued", "Uploaded; waiting to be checked.", submission.id)


def _batch_limits(uow: UnitOfWork) -> BatchLimits:
    settings = uow.settings
    return BatchLimits.for_upload(settings.max_upload_mb, settings.max_batch_mb, settings.max_batch_files)


def _add_item(uow: UnitOfWork, assessment: Assessment, rubric: Rubric, item: BatchItem, actor: User) -> BatchRow:
    """One file of a zip added (its check queued) or refused with its reason; it commits on its own."""
    who = (item.filename, item.candidate_number, item.candidate_name)
    if not item.ok or item.data is None:
        return BatchRow(*who, "refused", item.error or "It could not be read.")
    try:
        with uow.transaction():
            submission = _add_from_zip(uow, assessment, rubric, item, actor)
    except MarkerError as exc:
        return BatchRow(*who, "refused", exc.message)
    return _row_for(who, submission)


def _add_from_zip(uow: UnitOfWork, assessment: Assessment, rubric: Rubric, item: BatchItem, actor: User) -> Submission:
    assert item.data is not None  # callers pass readable items only
    return _add(
        uow,
        assessment,
        rubric,
        item.data,
        item.filename,
        candidate_number=item.candidate_number,
        candidate_name=item.candidate_name,
        actor=actor,
    )


def _add_recorded(
    uow: UnitOfWork, batch: UploadBatch, assessment: Assessment, rubric: Rubric, item: BatchItem, actor: User
) -> None:
    """One file of a zip added and its outcome recorded on the batch in the same transaction: a worker that dies
    between the two can leave neither or both, so a re-run never meets its own script as "already uploaded"."""
    who = (item.filename, item.candidate_number, item.candidate_name)
    if item.ok and item.data is not None:
        try:
            with uow.transaction():
                submission = _add_from_zip(uow, assessment, rubric, item, actor)
                batch.rows = [*batch.rows, asdict(_row_for(who, submission))]
            return
        except MarkerError as exc:
            row = BatchRow(*who, "refused", exc.message)
    else:
        row = BatchRow(*who, "refused", item.error or "It could not be read.")
    with uow.transaction():
        batch.rows = [*batch.rows, asdict(row)]


def _record_batch(uow: UnitOfWork, assessment: Assessment, rows: list[BatchRow], actor: User | None) -> None:
    record_event(
        actor=actor,
        action="submission.batch",
        subject=assessment,
        assessment=assessment,
        new={"files": len(rows), "added": sum(row.outcome != "refused" for row in rows)},
    )


def upload_batch(
    uow: UnitOfWork, assessment: Assessment, rubric: Rubric, zip_bytes: bytes, *, actor: User
) -> list[BatchRow]:
    """Every file of a zip added (its check queued) or refused with its reason, in this process and at once."""
    rows = [_add_item(uow, assessment, rubric, item, actor) for item in read_batch(zip_bytes, _batch_limits(uow))]
    with uow.transaction():
        _record_batch(uow, assessment, rows, actor)
    return rows


def start_batch(uow: UnitOfWork, assessment: Assessment, zip_bytes: bytes, *, actor: User) -> UploadBatch:
    """Store a zip of scripts and queue the job that adds its files: the request returns at once."""
    with uow.transaction():
        batch = UploadBatch(
            assessment_id=assessment.id,
            created_by_id=actor.id,
            stored_name=store_upload(zip_bytes),
            state=CHECK_QUEUED,
            heartbeat_at=utcnow(),  # when it was queued: recover_stale re-sends a lost message
            rows=[],
        )
        uow.session.add(batch)
        uow.session.flush()
        batch_id = batch.id
        uow.after_commit(lambda: dispatch_batch(uow, batch_id))
    return batch


def dispatch_batch(uow: UnitOfWork, batch_id: int) -> None:
    """Send an unpacking job to the queue, or run it here when there is no queue."""
    if uow.jobs is not None:
        uow.jobs.unpack_batch(batch_id)
    else:
        unpack_batch(uow, batch_id)


def _still_mine(uow: UnitOfWork, batch: UploadBatch, token: str) -> bool:
    uow.session.refresh(batch)
    return batch.token == token


def unpack_batch(uow: UnitOfWork, batch_id: int) -> str:
    """Add every file of a stored zip, recording each file's outcome on the batch as it is added.

    Safe to run again after a crash: files already recorded are skipped, so none is added twice. Returns
    ``unpacked``, ``failed`` or ``skipped`` (not this worker's to run).
    """
    token = claim_batch(uow, batch_id)
    if token is None:
        return "skipped"
    batch = uow.session.get(UploadBatch, batch_id)
    assessment = uow.session.get(Assessment, batch.assessment_id) if batch is not None else None
    if batch is None or assessment is None:
        return "skipped"
    uow.session.refresh(batch)
    actor = uow.session.get(User, batch.created_by_id) if batch.created_by_id else None
    engine = uow.session.get_bind()
    with heartbeat(engine, UploadBatch, batch_id, token, uow.settings.job_lease_s):  # type: ignore[arg-type]
        try:
            if actor is None or not batch.stored_name:
                raise MarkerError("the person who uploaded the zip, or the zip itself, is no longer there")
            items = read_batch(read_upload(batch.stored_name), _batch_limits(uow))
        except MarkerError as exc:
            with uow.transaction():
                batch.state, batch.error, batch.token = CHECK_FAILED, exc.message, None
            return "failed"
        rubric = rubric_of(assessment)
        done = {row["filename"] for row in batch.rows}
        for item in items:
            if item.filename in done:
                continue
            if not _still_mine(uow, batch, token):
                return "skipped"  # another worker took the batch over: it carries on from the files recorded
            _add_recorded(uow, batch, assessment, rubric, item, actor)
    rows = [BatchRow(**row) for row in batch.rows]
    zip_name = batch.stored_name
    with uow.transaction():
        batch.state, batch.token, batch.stored_name = CHECK_DONE, None, None
        _record_batch(uow, assessment, rows, actor)
    delete_upload(zip_name)
    return "unpacked"


@dataclass(frozen=True)
class BatchProgress:
    """What the batch page shows: each file's outcome and, for files added, how far their check has come."""

    batch: UploadBatch
    rows: list[BatchRow]
    counts: dict[str, int]

    @property
    def finished(self) -> bool:
        """Whether there is nothing left to wait for (the page stops refreshing)."""
        return self.batch.state in (CHECK_DONE, CHECK_FAILED) and not any(row.waiting for row in self.rows)


def load_batch(uow: UnitOfWork, user: User, batch_id: int) -> UploadBatch:
    """A batch upload, if the person is a tutor of its assessment."""
    batch = uow.session.get(UploadBatch, batch_id)
    if batch is None:
        raise NotFound("There is no such upload.")
    require_assessment(user, uow.session.get(Assessment, batch.assessment_id), "tutor")
    return batch


def batch_progress(uow: UnitOfWork, batch: UploadBatch) -> BatchProgress:
    """Each file of a batch with its check's current state, read in one query."""
    ids = [row["submission_id"] for row in batch.rows if row.get("submission_id")]
    found = {s.id: s for s in uow.session.scalars(select(Submission).where(Submission.id.in_(ids)))} if ids else {}
    rows = []
    for row in batch.rows:
        submission = found.get(row.get("submission_id") or 0)
        who = (row["filename"], row["candidate_number"], row["candidate_name"])
        rows.append(_row_for(who, submission) if submission is not None else BatchRow(**row))
    outcomes = ("queued", "checking", "checked", "not_checked", "refused")
    counts = {outcome: sum(row.outcome == outcome for row in rows) for outcome in outcomes}
    return BatchProgress(batch=batch, rows=rows, counts=counts)
