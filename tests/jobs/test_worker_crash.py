"""A worker killed with SIGKILL mid-check: another worker finishes the job, and the result is stored once.

Real processes on a real queue: `marker worker` subprocesses sharing the test's database (a SQLite file, or
CI's PostgreSQL) and a queue in a SQLite file or a real Redis.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from marker.extensions import db
from marker.jobs import Jobs
from marker.service import submissions
from marker.service.uow import UnitOfWork
from marker.store.models import Submission
from tests.jobs.conftest import Cohort
from tests.web.tutor.scripts_for_tests import make_docx

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
GIVE_UP_S = 120


@pytest.fixture(params=["sqlite", "redis"])
def queue_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "redis":
        yield request.getfixturevalue("redis_url")
    else:
        yield f"sqlite:///{tmp_path / 'queue.sqlite3'}"


def _worker(app: Flask, queue_url: str, log: Path, *args: str, lease_s: str = "1") -> subprocess.Popen[bytes]:
    settings = app.config["MARKER_SETTINGS"]
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MARKER_DATABASE_URL": settings.database_url,
        "MARKER_UPLOAD_DIR": str(settings.upload_dir),
        "MARKER_SECRET_KEY": "test-secret",
        "MARKER_LIBREOFFICE": "never",
        "MARKER_QUEUE_URL": queue_url,
        "MARKER_JOB_LEASE_S": lease_s,  # a dead worker's job is taken over after this long without heartbeat
    }
    command = [sys.executable, *args] if args else [sys.executable, "-m", "marker.cli", "worker", "--threads", "1"]
    with log.open("wb") as output:  # the child keeps its own copy of the handle
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)


def _wait_for(condition: Callable[[], bool], what: str, process: subprocess.Popen[bytes], log: Path) -> None:
    give_up = time.monotonic() + GIVE_UP_S
    while not condition():
        if process.poll() is not None:
            raise AssertionError(f"the worker exited while waiting for {what}:\n{log.read_text()}")
        if time.monotonic() > give_up:
            raise AssertionError(f"gave up waiting for {what}:\n{log.read_text()}")
        time.sleep(0.1)


def _state(submission_id: int) -> tuple[str, int]:
    db.session.rollback()  # a fresh snapshot each time
    row = db.session.execute(
        select(Submission.check_state, Submission.check_attempts).where(Submission.id == submission_id)
    ).one()
    return row[0], row[1]


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)  # Huey's graceful stop
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def test_a_check_whose_worker_is_killed_is_finished_by_another_and_stored_once(
    app: Flask, cohort: Cohort, queue_url: str, tmp_path: Path
) -> None:
    jobs = Jobs(app, dataclasses.replace(app.config["MARKER_SETTINGS"], queue_url=queue_url))
    submission = submissions.add_submission(
        UnitOfWork(db.session, jobs.settings, jobs=jobs),
        cohort.assessment,
        cohort.rubric,
        make_docx(),
        "script.docx",
        candidate_number="5100",
        actor=cohort.tutor,
    )
    submission_id = submission.id
    assert _state(submission_id) == ("queued", 0)

    started = tmp_path / "check-started"
    doomed_log, rescuer_log = tmp_path / "doomed.log", tmp_path / "rescuer.log"
    doomed = _worker(app, queue_url, doomed_log, str(ROOT / "tests" / "jobs" / "stalling_worker.py"), str(started))
    try:
        _wait_for(started.exists, "the first worker to start the check", doomed, doomed_log)
        assert _state(submission_id) == ("checking", 1)
        doomed.send_signal(signal.SIGKILL)
        assert doomed.wait(30) == -signal.SIGKILL
    finally:
        if doomed.poll() is None:
            doomed.kill()
            doomed.wait(10)
    assert _state(submission_id) == ("checking", 1)  # the dead worker's claim, until its lease runs out

    # A longer lease for the live worker, so that its own heartbeat keeps its claim on a busy machine.
    rescuer = _worker(app, queue_url, rescuer_log, lease_s="5")
    try:
        finished = lambda: _state(submission_id)[0] == "checked"  # noqa: E731
        _wait_for(finished, "the second worker to finish the check", rescuer, rescuer_log)
    finally:
        _stop(rescuer)

    db.session.rollback()
    stored = db.session.get(Submission, submission_id)
    # Taken over at least once; on a busy machine a late heartbeat may let the live worker take it again.
    assert stored is not None and stored.check_state == "checked" and stored.check_attempts >= 2
    assert stored.check_report is not None and stored.check_report["rubric"]["id"] == "cim-2206"
    assert stored.check_segments and stored.check_error is None and stored.check_token is None
    assert db.session.scalar(select(func.count()).select_from(Submission)) == 1


def test_the_embedded_worker_of_marker_serve_checks_scripts_in_the_background(
    app: Flask, cohort: Cohort, tmp_path: Path
) -> None:
    from marker.jobs.worker import start_embedded

    jobs = Jobs(app, dataclasses.replace(app.config["MARKER_SETTINGS"], queue_url=""))  # the default: SQLite
    worker = start_embedded(jobs, threads=1)
    assert worker is not None
    try:
        submission = submissions.add_submission(
            UnitOfWork(db.session, jobs.settings, jobs=jobs),
            cohort.assessment,
            cohort.rubric,
            make_docx(),
            "script.docx",
            candidate_number="5200",
            actor=cohort.tutor,
        )
        give_up = time.monotonic() + GIVE_UP_S
        while _state(submission.id)[0] != "checked":
            assert time.monotonic() < give_up, "the embedded worker did not check the script"
            time.sleep(0.1)
    finally:
        worker.stop()
    assert (jobs.settings.instance_path / "jobs.sqlite3").exists()  # the queue lives in the instance folder
