"""The Huey queue a set of settings names, its tasks, and the ``JobQueue`` the application layer sends work to.

Each task runs in an application context of the app the queue belongs to, with a unit of work of its own. The
store reaches the database through Flask-SQLAlchemy's session and finds the upload folder through the app's
settings, so a worker builds the Flask app once (``marker worker``) rather than a second, plain SQLAlchemy
set-up that would have to mirror that wiring; the app is cheap to build and serves no requests there.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey

from marker.config import Settings

if TYPE_CHECKING:
    from flask import Flask

    from marker.service.uow import UnitOfWork

log = logging.getLogger(__name__)

EXTENSION = "marker.jobs"
IMMEDIATE = "immediate"


def make_huey(settings: Settings) -> Huey:
    """The Huey instance for ``settings.queue_url``: SQLite in the instance folder, Redis, or immediate."""
    url = settings.queue_url
    if url == IMMEDIATE:
        # Each job runs at once in the process that queues it (tests; a queue with no worker at all).
        return MemoryHuey("marker", results=False, immediate=True)
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey("marker", url=url, results=False)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
    elif url:
        raise ValueError(f"MARKER_QUEUE_URL must be redis://…, sqlite:///… or {IMMEDIATE}, not {url!r}")
    else:
        path = settings.instance_path / "jobs.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey("marker", filename=str(path), results=False)


class Jobs:
    """The queue of one app: the application layer's ``JobQueue``, backed by Huey."""

    def __init__(self, app: Flask, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.huey = make_huey(settings)
        # Registered on this instance (not at import), so each app, and each test's app, has its own queue.
        self._check = self.huey.task(name="check_submission")(self._run_check)
        self._unpack = self.huey.task(name="unpack_batch")(self._run_unpack)
        self._export = self.huey.task(name="build_export")(self._run_export)
        self._compare = self.huey.task(name="compare_cohort")(self._run_compare)

    @property
    def immediate(self) -> bool:
        """Whether jobs run at once in the process that queues them (no worker needed)."""
        return bool(self.huey.immediate)

    # The JobQueue protocol (marker.service.uow). Called after the row commits: if the queue cannot be reached,
    # the upload still stands (state "queued") and a worker's recovery sends the job again later, so the person
    # uploading never sees an error page for it.
    def check_submission(self, submission_id: int) -> None:
        self._send(self._check, submission_id)

    def unpack_batch(self, batch_id: int) -> None:
        self._send(self._unpack, batch_id)

    def build_export(self, export_id: int) -> None:
        self._send(self._export, export_id)

    def compare_cohort(self, assessment_id: int) -> None:
        self._send(self._compare, assessment_id)

    def _send(self, task: Any, row_id: int) -> None:
        try:
            task(row_id)
        except Exception:
            if self.immediate:
                raise  # not the queue: the job itself failed, where it was queued
            log.warning("could not queue %s for %s; a worker will send it again", task.name, row_id, exc_info=True)

    # What the tasks run, in an application context of their own (its own database session).
    def _run_check(self, submission_id: int) -> str:
        from marker.service.check_jobs import run_check

        with self.app.app_context():
            return run_check(self.unit_of_work(), submission_id)

    def _run_unpack(self, batch_id: int) -> str:
        from marker.service.submissions import unpack_batch

        with self.app.app_context():
            return unpack_batch(self.unit_of_work(), batch_id)

    def _run_export(self, export_id: int) -> str:
        from marker.service.export_jobs import run_export

        with self.app.app_context():
            return run_export(self.unit_of_work(), export_id)

    def _run_compare(self, assessment_id: int) -> str:
        from marker.service.similarity_reports import refresh_report

        with self.app.app_context():
            return refresh_report(self.unit_of_work(), assessment_id)

    def unit_of_work(self) -> UnitOfWork:
        """A unit of work on the current app context's session that queues follow-up work here."""
        from marker.extensions import db
        from marker.service.uow import UnitOfWork

        return UnitOfWork(db.session, self.settings, jobs=self)

    def recover(self) -> int:
        """Send again the jobs dead workers left behind (see ``recover_stale``); how many checks and batches were
        sent (export jobs are sent by ``recover_stale`` itself, once its transaction commits)."""
        from marker.service.check_jobs import recover_stale

        with self.app.app_context():
            checks, batches = recover_stale(self.unit_of_work())
        for submission_id in checks:
            self.check_submission(submission_id)
        for batch_id in batches:
            self.unpack_batch(batch_id)
        if checks or batches:
            log.info("re-queued %d checks and %d batches left by stopped workers", len(checks), len(batches))
        return len(checks) + len(batches)


def init_app(app: Flask) -> Jobs:
    """Give an app its job queue (the app factory calls this)."""
    jobs = Jobs(app, app.config["MARKER_SETTINGS"])
    app.extensions[EXTENSION] = jobs
    return jobs


def jobs_of(app: Flask) -> Jobs:
    """The job queue of an app."""
    jobs: Jobs = app.extensions[EXTENSION]
    return jobs
