"""Checking a stored script as a job: claim it, check it, keep the result once; take over the jobs of dead workers.

A job may be delivered twice (a re-queue after a crash, a duplicate message) and a worker may die at any point
(kill -9). So the database, not the queue, says who runs a check: a worker claims a submission with one
conditional UPDATE (``queued``, or ``checking`` with a heartbeat older than the lease) that sets a fresh token,
renews the heartbeat while it checks, and writes the result with an UPDATE that only matches its own token. A
second delivery finds nothing to claim; a worker that lost its claim writes nothing. ``recover_stale`` (run
periodically by every worker) hands the jobs of dead workers back to the queue, and gives up on a job, leaving
"could not be checked: reason", after ``settings.job_attempts`` tries.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.engine import Engine

from marker.documents.errors import UnreadableDocument
from marker.errors import MarkerError
from marker.service import similarity_index, similarity_reports
from marker.service.checking import check_upload, stored_segments
from marker.service.similarity_index import IndexEntry
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.files import delete_upload, read_upload, store_upload
from marker.store.models import (
    CHECK_DONE,
    CHECK_FAILED,
    CHECK_QUEUED,
    CHECK_RUNNING,
    SimilarityScript,
    Submission,
    UploadBatch,
    User,
    utcnow,
)
from marker.store.rubrics import rubric_of

if TYPE_CHECKING:
    from marker.checks import CheckReport

log = logging.getLogger(__name__)

GAVE_UP = "the check stopped before it finished {attempts} times (its worker ended); ask for a re-check"
UNEXPECTED = "an unexpected error stopped the check"


def queue_check(uow: UnitOfWork, submission: Submission) -> None:
    """Mark a submission to be checked (again) and send its job once the transaction commits."""
    submission.check_state = CHECK_QUEUED
    submission.check_token = None
    submission.check_heartbeat_at = utcnow()  # when it was queued: recover_stale re-sends a lost message
    submission.check_attempts = 0
    submission_id = submission.id
    uow.after_commit(lambda: dispatch_check(uow, submission_id))


def recheck(uow: UnitOfWork, submission: Submission, *, actor: User) -> bool:
    """Check a script again because a person asked (False when its check is already waiting or running)."""
    if submission.check_state in (CHECK_QUEUED, CHECK_RUNNING):
        return False
    with uow.transaction():
        queue_check(uow, submission)
        record_event(actor=actor, action="submission.recheck", subject=submission, assessment=submission.assessment)
    return True


def recheck_without_text(uow: UnitOfWork, *, actor: User | None = None) -> int:
    """Queue a check of every script checked before results were kept (no stored text) or before the similarity
    index was (no fingerprints: they are taken from the read document, so the check runs again); how many."""
    indexed = select(SimilarityScript.submission_id).where(SimilarityScript.submission_id == Submission.id)
    with uow.transaction():
        waiting = list(
            uow.session.query(Submission).filter(
                Submission.check_state == CHECK_DONE,
                or_(Submission.check_segments.is_(None), ~indexed.exists()),
            )
        )
        for submission in waiting:
            queue_check(uow, submission)
            record_event(actor=actor, action="submission.recheck", subject=submission, assessment=submission.assessment)
    return len(waiting)


def dispatch_check(uow: UnitOfWork, submission_id: int) -> None:
    """Send a check job to the queue, or run it here when there is no queue."""
    if uow.jobs is not None:
        uow.jobs.check_submission(submission_id)
    else:
        run_check(uow, submission_id)


def claim_row(
    uow: UnitOfWork,
    model: Any,
    row_id: int,
    *,
    prefix: str = "",
    running: str = CHECK_RUNNING,
    **values: Any,
) -> str | None:
    """Take a job's row for this worker: its token, or None when it is not this worker's to run.

    The row is claimable when queued, or running under a worker whose heartbeat stopped longer ago than the
    lease; the conditional UPDATE lets exactly one worker take it. ``prefix`` names the row's job columns
    (``check_`` for a submission's ``check_state``, ``check_token``...); ``values`` are set with the claim.
    """
    state, heartbeat_at = getattr(model, f"{prefix}state"), getattr(model, f"{prefix}heartbeat_at")
    stale = utcnow() - timedelta(seconds=uow.settings.job_lease_s)
    token = secrets.token_hex(16)
    with uow.transaction():
        claimed = uow.session.execute(
            update(model)
            .where(model.id == row_id, or_(state == CHECK_QUEUED, and_(state == running, heartbeat_at < stale)))
            .values(
                {
                    f"{prefix}state": running,
                    f"{prefix}token": token,
                    f"{prefix}heartbeat_at": utcnow(),
                    f"{prefix}attempts": getattr(model, f"{prefix}attempts") + 1,
                    **values,
                }
            )
            .execution_options(synchronize_session=False)
        )
    return token if claimed.rowcount == 1 else None  # type: ignore[attr-defined]


def claim_check(uow: UnitOfWork, submission_id: int) -> str | None:
    """Take the check of a submission for this worker: its token, or None when it is not this worker's to run."""
    return claim_row(uow, Submission, submission_id, prefix="check_")


def claim_batch(uow: UnitOfWork, batch_id: int) -> str | None:
    """Take the unpacking of a batch for this worker: its token, or None when it is not this worker's to run."""
    return claim_row(uow, UploadBatch, batch_id)


@contextmanager
def heartbeat(engine: Engine, model: Any, row_id: int, token: str, lease_s: float) -> Iterator[None]:
    """Renew a claim's heartbeat every third of the lease while the block runs (from a thread of its own)."""
    stop = threading.Event()
    token_col = model.check_token if model is Submission else model.token
    beat_col = "check_heartbeat_at" if model is Submission else "heartbeat_at"

    def beat() -> None:
        while not stop.wait(max(lease_s / 3, 0.05)):
            try:
                with engine.begin() as connection:
                    connection.execute(
                        update(model).where(model.id == row_id, token_col == token).values({beat_col: utcnow()})
                    )
            except Exception:  # a missed beat only shortens the claim; the next one may get through
                log.warning("heartbeat of %s %s failed", model.__tablename__, row_id, exc_info=True)

    thread = threading.Thread(target=beat, name=f"heartbeat-{row_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def _finish(
    uow: UnitOfWork,
    submission_id: int,
    token: str,
    *,
    layout_pdf: bytes | None = None,
    index: IndexEntry | None = None,
    **values: Any,
) -> bool:
    """Write a check's outcome if this worker still holds the claim (a result is written once), and with it, in
    the same transaction, LibreOffice's PDF (``layout_pdf``, kept as a stored file named on the row; no name when
    this check made none) and the script's similarity index entry, so the stored text and the spans fingerprinted
    in it always agree. A lost claim stores nothing."""
    with uow.transaction():
        written = uow.session.execute(
            update(Submission)
            .where(Submission.id == submission_id, Submission.check_token == token)
            .values({"check_token": None, "checked_at": utcnow(), **values})
            .execution_options(synchronize_session=False)
        )
        if written.rowcount == 1 and values.get("check_state") == CHECK_DONE:  # type: ignore[attr-defined]
            uow.session.execute(
                update(Submission)
                .where(Submission.id == submission_id)
                .values(layout_pdf_name=store_upload(layout_pdf) if layout_pdf else None)
                .execution_options(synchronize_session=False)
            )
        if written.rowcount == 1:  # type: ignore[attr-defined]
            submission = uow.session.get(Submission, submission_id)
            if submission is not None:
                similarity_index.forget_script(uow.session, submission_id)
                if index is not None:
                    similarity_index.store_entry(uow.session, submission, index)
    return bool(written.rowcount == 1)  # type: ignore[attr-defined]


def _index_entry(report: CheckReport, submission: Submission) -> IndexEntry | None:
    """The script's similarity fingerprints, or None (logged) when they cannot be made: the check still stands."""
    try:
        return similarity_index.fingerprint_report(report, report.rubric, submission.assessment.rubric_hash)
    except Exception:
        log.exception("similarity fingerprints of submission %s could not be made", submission.id)
        return None


def run_check(uow: UnitOfWork, submission_id: int) -> str:
    """Check a stored script once and keep its report and segments (or why it could not be checked).

    Returns what happened: ``checked``, ``failed``, ``retried`` (out of time: queued again until the attempts
    run out) or ``skipped`` (not this worker's to run, or lost meanwhile).
    """
    token = claim_check(uow, submission_id)
    if token is None:
        return "skipped"
    submission = uow.session.get(Submission, submission_id)
    if submission is None:  # deleted between claim and read
        return "skipped"
    uow.session.refresh(submission)
    settings = uow.settings
    try:
        with heartbeat(uow.session.get_bind(), Submission, submission_id, token, settings.job_lease_s):  # type: ignore[arg-type]
            if not submission.stored_name:
                raise MarkerError("the script's file is no longer stored")
            report = check_upload(
                settings,
                read_upload(submission.stored_name),
                submission.original_name,
                rubric_of(submission.assessment),
            )
    except UnreadableDocument as exc:
        if exc.code == "timeout" and submission.check_attempts < settings.job_attempts:
            # Out of time is often the machine's load, not the file (LibreOffice under a full queue): try again.
            if _finish(
                uow, submission_id, token, check_state=CHECK_QUEUED, check_heartbeat_at=utcnow(), checked_at=None
            ):
                dispatch_check(uow, submission_id)
                return "retried"
            return "skipped"
        written = _finish(uow, submission_id, token, check_state=CHECK_FAILED, check_error=exc.message)
        return "failed" if written else "skipped"
    except MarkerError as exc:
        written = _finish(uow, submission_id, token, check_state=CHECK_FAILED, check_error=exc.message)
        return "failed" if written else "skipped"
    except Exception:
        # A bug, not the file: retrying would fail alike. The reason is kept; the traceback goes to the log.
        log.exception("check of submission %s failed", submission_id)
        written = _finish(uow, submission_id, token, check_state=CHECK_FAILED, check_error=UNEXPECTED)
        return "failed" if written else "skipped"
    earlier_layout = submission.layout_pdf_name
    written = _finish(
        uow,
        submission_id,
        token,
        layout_pdf=report.document.layout_pdf,
        index=_index_entry(report, submission),
        check_state=CHECK_DONE,
        check_report=report.to_dict(),
        check_segments=stored_segments(report),
        check_error=None,
    )
    if written:
        delete_upload(earlier_layout)  # the previous check's PDF, once this one's row has committed
        # Its assessment's similarity report is out of date now: compared again as a job of its own (which
        # waits for the last script of a batch), so the check is not held up by the comparison.
        similarity_reports.dispatch_compare(uow, submission.assessment_id)
    return "checked" if written else "skipped"


def recover_stale(uow: UnitOfWork) -> tuple[list[int], list[int]]:
    """Hand the jobs of dead workers back to the queue (or give them up): the submission and batch ids to send.

    A claim whose heartbeat is older than the lease belonged to a worker that died. It goes back to ``queued``
    unless it has used up its attempts, in which case the submission is left "could not be checked". A job
    queued long ago and never claimed (its message was lost) is sent again; a duplicate is harmless. Export jobs
    are recovered alike (``export_jobs.recover_exports``) and sent once this transaction commits.
    """
    from marker.service.export_jobs import recover_exports  # that module builds on this one's claims

    settings = uow.settings
    now = utcnow()
    stale = now - timedelta(seconds=settings.job_lease_s)
    forgotten = now - timedelta(seconds=settings.job_lease_s * 10)
    checks: list[int] = []
    batches: list[int] = []
    with uow.transaction():
        for submission in uow.session.query(Submission).filter(
            or_(
                and_(Submission.check_state == CHECK_RUNNING, Submission.check_heartbeat_at < stale),
                and_(Submission.check_state == CHECK_QUEUED, Submission.check_heartbeat_at < forgotten),
            )
        ):
            if submission.check_state == CHECK_RUNNING and submission.check_attempts >= settings.job_attempts:
                submission.check_state = CHECK_FAILED
                submission.check_error = GAVE_UP.format(attempts=submission.check_attempts)
                submission.check_token = None
                continue
            submission.check_state = CHECK_QUEUED
            submission.check_token = None
            submission.check_heartbeat_at = now
            checks.append(submission.id)
        for batch in uow.session.query(UploadBatch).filter(
            or_(
                and_(UploadBatch.state == CHECK_RUNNING, UploadBatch.heartbeat_at < stale),
                and_(UploadBatch.state == CHECK_QUEUED, UploadBatch.heartbeat_at < forgotten),
            )
        ):
            if batch.state == CHECK_RUNNING and batch.attempts >= settings.job_attempts:
                batch.state = CHECK_FAILED
                batch.error = "unpacking stopped before it finished several times; upload the rest again"
                batch.token = None
                continue
            batch.state = CHECK_QUEUED
            batch.token = None
            batch.heartbeat_at = now
            batches.append(batch.id)
        recover_exports(uow, stale=stale, forgotten=forgotten)
    return checks, batches
