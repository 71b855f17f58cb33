"""Exports as jobs: the feedback zip and the EQA pack are built by a worker, for the person who asked.

A person asks (``request_export``); the request stores a row and returns at once, and a job builds the file with
what THAT person may see (blind marking included), keeps it in the upload folder under a random name, and
records when and from which marks it was built. Only that person may download it (``access.require_export``).
When the marks change after the build, the status page says so and the old file is no longer served: it asks
for a rebuild rather than hand out stale (or, after a new allocation, no longer visible) marks. A built file is
removed ``settings.export_retention_s`` after it was built (``sweep_expired_exports``, run by ``marker
sweep-uploads`` and ``marker purge``), or when the same person asks for the same export again.

The job is claimed like a check (``check_jobs``): one conditional UPDATE takes it, a heartbeat keeps the claim,
the result is written only under the claim's token, and ``check_jobs.recover_stale`` hands the jobs of dead
workers back to the queue through ``recover_exports``.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Query

from marker.errors import MarkerError
from marker.service.access import require_export, require_export_request
from marker.service.check_jobs import claim_row, heartbeat
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.files import delete_upload, read_upload, store_upload
from marker.store.models import (
    EXPORT_DONE,
    EXPORT_FAILED,
    EXPORT_QUEUED,
    EXPORT_RUNNING,
    Assessment,
    ExportJob,
    InlineComment,
    Marking,
    SampleMember,
    Submission,
    User,
    utcnow,
)
from marker.store.rubrics import rubric_of

log = logging.getLogger(__name__)

FEEDBACK_ZIP, EQA_PACK = "feedback_zip", "eqa_pack"
GAVE_UP = "building it stopped before it finished {attempts} times (its worker ended); ask for it again"
UNEXPECTED = "an unexpected error stopped the build"


@dataclass(frozen=True)
class ExportKind:
    """What an export is called on its page and as a downloaded file."""

    title: str
    file_name: str  # formatted with the assessment's id


KINDS = {
    FEEDBACK_ZIP: ExportKind("All feedback (zip of DOCX)", "feedback_{id}.zip"),
    EQA_PACK: ExportKind("EQA pack (zip)", "eqa-pack-assessment-{id}.zip"),
}


class ExportNotReady(MarkerError):
    """The export cannot be downloaded now (still building, failed, changed since, or removed)."""


def request_export(uow: UnitOfWork, assessment: Assessment, kind: str, *, actor: User) -> ExportJob:
    """Queue the build of an export for this person; an identical request still waiting is returned instead."""
    require_export_request(actor, assessment, kind)
    waiting = _mine(uow, actor, assessment, kind).filter(ExportJob.state.in_((EXPORT_QUEUED, EXPORT_RUNNING)))
    pending = waiting.first()
    if pending is not None:
        return pending  # a second click (or a second tab) waits for the same build
    older = list(_mine(uow, actor, assessment, kind).filter(ExportJob.stored_name.is_not(None)))
    replaced = [export.stored_name for export in older if export.stored_name]
    with uow.transaction():
        for export in older:
            export.stored_name = None  # superseded: the newer build replaces the file
        export = ExportJob(
            kind=kind,
            assessment_id=assessment.id,
            requested_by_id=actor.id,
            state=EXPORT_QUEUED,
            heartbeat_at=utcnow(),  # when it was queued: recover_stale re-sends a lost message
        )
        uow.session.add(export)
        uow.session.flush()
        export_id = export.id
        record_event(actor=actor, action="export.request", subject=export, assessment=assessment, new={"kind": kind})
        uow.after_commit(lambda: _remove_files(replaced))
        uow.after_commit(lambda: dispatch_export(uow, export_id))
    return export


def _mine(uow: UnitOfWork, actor: User, assessment: Assessment, kind: str) -> Query[ExportJob]:
    return uow.session.query(ExportJob).filter(
        ExportJob.requested_by_id == actor.id, ExportJob.assessment_id == assessment.id, ExportJob.kind == kind
    )


def latest_export(uow: UnitOfWork, actor: User, assessment: Assessment, kind: str) -> ExportJob | None:
    """The person's most recent request of this export (to show its state rather than build again unasked)."""
    require_export_request(actor, assessment, kind)
    latest: ExportJob | None = _mine(uow, actor, assessment, kind).order_by(ExportJob.id.desc()).first()
    return latest


def dispatch_export(uow: UnitOfWork, export_id: int) -> None:
    """Send an export job to the queue, or build it here when there is no queue."""
    if uow.jobs is not None:
        uow.jobs.build_export(export_id)
    else:
        run_export(uow, export_id)


def claim_export(uow: UnitOfWork, export_id: int) -> str | None:
    """Take the build of an export for this worker: its token, or None when it is not this worker's to run."""
    return claim_row(uow, ExportJob, export_id, running=EXPORT_RUNNING, done_items=0, total_items=0)


def marks_stamp(uow: UnitOfWork, assessment: Assessment) -> str:
    """A fingerprint of everything an export of the assessment is built from: it changes when any of it does.

    Markings (each save bumps its version; a new allocation adds a row), inline comments, scripts and their
    checks, the sample and the moderation settings. A new allocation matters for access too: a pack built
    before a moderator became a script's blind second marker holds marks they may no longer see.
    """
    session = uow.session
    scripts = select(Submission.id).where(Submission.assessment_id == assessment.id).scalar_subquery()
    markings = session.execute(
        select(func.count(Marking.id), func.coalesce(func.sum(Marking.version), 0), func.max(Marking.updated_at)).where(
            Marking.submission_id.in_(scripts)
        )
    ).one()
    comments = session.execute(
        select(func.count(InlineComment.id), func.max(InlineComment.updated_at))
        .join(Marking, InlineComment.marking_id == Marking.id)
        .where(Marking.submission_id.in_(scripts))
    ).one()
    submitted = session.execute(
        select(
            func.count(Submission.id), func.coalesce(func.sum(Submission.id), 0), func.max(Submission.checked_at)
        ).where(Submission.assessment_id == assessment.id)
    ).one()
    sample = session.execute(
        select(func.count(SampleMember.id), func.coalesce(func.sum(SampleMember.id), 0)).where(
            SampleMember.assessment_id == assessment.id
        )
    ).one()
    settings = (assessment.blind_second_marking, assessment.tolerance_marks, assessment.part_tolerance_pct)
    text = repr((tuple(markings), tuple(comments), tuple(submitted), tuple(sample), settings))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class _ClaimLost(Exception):
    """Another worker took the export over: this one's file must not be kept."""


def _finish(uow: UnitOfWork, export_id: int, token: str, **values: object) -> bool:
    """Write a build's outcome if this worker still holds the claim."""
    with uow.transaction():
        written = uow.session.execute(
            update(ExportJob)
            .where(ExportJob.id == export_id, ExportJob.token == token)
            .values({"token": None, "finished_at": utcnow(), **values})
            .execution_options(synchronize_session=False)
        )
    return bool(written.rowcount == 1)  # type: ignore[attr-defined]


def _store(uow: UnitOfWork, export_id: int, token: str, data: bytes, stamp: str) -> bool:
    """Keep the built file and mark the export done, together: a lost claim keeps neither."""
    try:
        with uow.transaction():
            stored_name = store_upload(data)  # appears on disk only if this transaction commits
            written = uow.session.execute(
                update(ExportJob)
                .where(ExportJob.id == export_id, ExportJob.token == token)
                .values(
                    state=EXPORT_DONE,
                    token=None,
                    error=None,
                    stored_name=stored_name,
                    size_bytes=len(data),
                    marks_stamp=stamp,
                    finished_at=utcnow(),
                )
                .execution_options(synchronize_session=False)
            )
            if written.rowcount != 1:  # type: ignore[attr-defined]
                raise _ClaimLost
    except _ClaimLost:
        return False
    return True


def _progress_writer(engine: Engine, export_id: int, token: str) -> Callable[[int, int], None]:
    """Record ``done`` of ``total`` items on the export at most once a second, beside the job's own session."""
    last = [0.0]

    def tell(done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - last[0] < 1.0:
            return
        last[0] = now
        try:
            with engine.begin() as connection:
                connection.execute(
                    update(ExportJob)
                    .where(ExportJob.id == export_id, ExportJob.token == token)
                    .values(done_items=done, total_items=total)
                )
        except Exception:  # progress is only shown; the build goes on
            log.warning("progress of export %s not recorded", export_id, exc_info=True)

    return tell


def _build(uow: UnitOfWork, export: ExportJob, progress: Callable[[int, int], None]) -> bytes:
    """The export's file, built with what the person who asked may see (through the access policy)."""
    from marker.service.moderation import eqa_pack_for
    from marker.service.results import feedback_zip

    viewer, assessment = export.requested_by, export.assessment
    if export.kind == FEEDBACK_ZIP:
        return feedback_zip(viewer, assessment, rubric_of(assessment), progress=progress)
    return eqa_pack_for(uow, viewer, assessment, rubric_of(assessment))


def run_export(uow: UnitOfWork, export_id: int) -> str:
    """Build a requested export once and keep its file (or why it could not be built).

    Returns ``built``, ``failed`` or ``skipped`` (not this worker's to run, or taken over meanwhile).
    """
    token = claim_export(uow, export_id)
    if token is None:
        return "skipped"
    export = uow.session.get(ExportJob, export_id)
    if export is None:
        return "skipped"
    uow.session.refresh(export)
    engine = uow.session.get_bind()
    try:
        with heartbeat(engine, ExportJob, export_id, token, uow.settings.job_lease_s):  # type: ignore[arg-type]
            # Asked again at build time: a person removed from the assessment meanwhile gets nothing.
            require_export_request(export.requested_by, export.assessment, export.kind)
            # Taken before reading: marks saved while the file is built make it stale, never silently current.
            stamp = marks_stamp(uow, export.assessment)
            data = _build(uow, export, _progress_writer(engine, export_id, token))  # type: ignore[arg-type]
    except MarkerError as exc:
        return "failed" if _finish(uow, export_id, token, state=EXPORT_FAILED, error=exc.message) else "skipped"
    except Exception:
        # A bug, not the data: retrying would fail alike. The reason is kept; the traceback goes to the log.
        log.exception("export %s failed", export_id)
        return "failed" if _finish(uow, export_id, token, state=EXPORT_FAILED, error=UNEXPECTED) else "skipped"
    return "built" if _store(uow, export_id, token, data, stamp) else "skipped"


def recover_exports(uow: UnitOfWork, *, stale: datetime, forgotten: datetime) -> list[int]:
    """Within ``recover_stale``'s transaction: hand dead workers' exports back (or give them up); the ids sent.

    Each is sent once the transaction commits.
    """
    sent: list[int] = []
    for export in uow.session.query(ExportJob).filter(
        or_(
            and_(ExportJob.state == EXPORT_RUNNING, ExportJob.heartbeat_at < stale),
            and_(ExportJob.state == EXPORT_QUEUED, ExportJob.heartbeat_at < forgotten),
        )
    ):
        if export.state == EXPORT_RUNNING and export.attempts >= uow.settings.job_attempts:
            export.state, export.token, export.finished_at = EXPORT_FAILED, None, utcnow()
            export.error = GAVE_UP.format(attempts=export.attempts)
            continue
        export.state, export.token, export.heartbeat_at = EXPORT_QUEUED, None, utcnow()
        sent.append(export.id)
        uow.after_commit(partial(dispatch_export, uow, export.id))
    if sent:
        log.info("re-queued %d exports left by stopped workers", len(sent))
    return sent


@dataclass(frozen=True)
class ExportStatus:
    """What the export's page shows: its state, whether its file may be downloaded, and why not."""

    export: ExportJob
    kind: ExportKind
    download_name: str
    stale: bool  # built, but the marks it was built from have changed since
    expires_at: datetime | None

    @property
    def waiting(self) -> bool:
        """Still queued or being built (the page refreshes itself)."""
        return self.export.state in (EXPORT_QUEUED, EXPORT_RUNNING)

    @property
    def removed(self) -> bool:
        """Built, and its file since removed (expired, or replaced by a newer request)."""
        return self.export.state == EXPORT_DONE and self.export.stored_name is None

    @property
    def downloadable(self) -> bool:
        return self.export.state == EXPORT_DONE and self.export.stored_name is not None and not self.stale


def load_export(uow: UnitOfWork, user: User, export_id: int) -> ExportJob:
    """A requested export, if this person asked for it (and may still have it)."""
    return require_export(user, uow.session.get(ExportJob, export_id))


def export_status(uow: UnitOfWork, user: User, export_id: int) -> ExportStatus:
    """The export's state as its page shows it, for the person who asked for it."""
    export = load_export(uow, user, export_id)
    kind = KINDS[export.kind]
    built = export.state == EXPORT_DONE and export.stored_name is not None
    stale = built and export.marks_stamp != marks_stamp(uow, export.assessment)
    expires_at = (
        export.finished_at + timedelta(seconds=uow.settings.export_retention_s)
        if built and export.finished_at is not None
        else None
    )
    return ExportStatus(export, kind, kind.file_name.format(id=export.assessment_id), stale, expires_at)


def export_file(uow: UnitOfWork, user: User, export_id: int) -> tuple[bytes, str]:
    """The built file and its download name, for the person who asked, while its marks are still current."""
    status = export_status(uow, user, export_id)
    export = status.export
    if status.waiting:
        raise ExportNotReady("The file is still being built.")
    if export.state == EXPORT_FAILED:
        raise ExportNotReady(f"The file could not be built: {export.error}")
    if status.stale:
        raise ExportNotReady("The marks have changed since this file was built: build it again to download it.")
    try:
        data = read_upload(export.stored_name or "")
    except (FileNotFoundError, ValueError):
        raise ExportNotReady("This file has been removed: build it again to download it.") from None
    with uow.transaction():
        record_event(actor=user, action="export.download", subject=export, assessment=export.assessment_id)
    return data, status.download_name


def _remove_files(stored_names: list[str]) -> None:
    for stored_name in stored_names:
        delete_upload(stored_name)


def sweep_expired_exports(uow: UnitOfWork, *, now: datetime | None = None) -> int:
    """Remove the files of exports built longer ago than the retention period; how many were removed."""
    cutoff = (now or utcnow()) - timedelta(seconds=uow.settings.export_retention_s)
    with uow.transaction():
        expired = list(
            uow.session.query(ExportJob).filter(ExportJob.stored_name.is_not(None), ExportJob.finished_at < cutoff)
        )
        stored_names = [export.stored_name for export in expired if export.stored_name]
        for export in expired:
            export.stored_name = None
    _remove_files(stored_names)  # after the commit: a crash in between leaves orphans the upload sweep removes
    return len(stored_names)
