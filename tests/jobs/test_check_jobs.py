"""A script's check as a job: claimed once, written once, taken over from a dead worker, failed with a reason."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import update

import marker.service.check_jobs as check_jobs
from marker.extensions import db
from marker.service import submissions
from marker.service.check_jobs import claim_check, recover_stale, run_check
from marker.service.uow import UnitOfWork
from marker.store.models import Submission, utcnow
from tests.jobs.conftest import Cohort, RecordingQueue
from tests.web.tutor.scripts_for_tests import make_docx


def _uow(app: Flask, queue: RecordingQueue | None = None, **settings: object) -> UnitOfWork:
    return UnitOfWork(db.session, dataclasses.replace(app.config["MARKER_SETTINGS"], **settings), jobs=queue)


def _queued(app: Flask, cohort: Cohort, data: bytes | None = None, number: str = "5001") -> Submission:
    """A stored script whose check job was sent to a queue that does not run it."""
    queue = RecordingQueue()
    submission = submissions.add_submission(
        _uow(app, queue),
        cohort.assessment,
        cohort.rubric,
        data or make_docx(),
        "s.docx",
        candidate_number=number,
        actor=cohort.tutor,
    )
    assert queue.checks == [submission.id] and submission.check_state == "queued"
    return submission


def _worker_died(submission: Submission, *, attempts: int | None = None) -> None:
    """Age the claim's heartbeat past any lease, as if its worker had been killed."""
    values: dict[str, object] = {"check_heartbeat_at": utcnow() - timedelta(hours=1)}
    if attempts is not None:
        values["check_attempts"] = attempts
    db.session.execute(update(Submission).where(Submission.id == submission.id).values(**values))
    db.session.commit()


def test_a_script_is_checked_once_and_a_second_delivery_does_nothing(app: Flask, cohort: Cohort) -> None:
    submission = _queued(app, cohort)
    assert run_check(_uow(app), submission.id) == "checked"
    db.session.refresh(submission)
    first = (submission.check_report, submission.check_segments, submission.checked_at, submission.check_attempts)
    assert submission.check_state == "checked" and first[0] is not None and set(first[1] or {}) >= {"1a", "1b"}
    assert run_check(_uow(app), submission.id) == "skipped"
    db.session.refresh(submission)
    assert (submission.check_report, submission.check_segments, submission.checked_at) == first[:3]
    assert submission.check_attempts == 1


def test_a_worker_that_lost_its_claim_writes_nothing(app: Flask, cohort: Cohort) -> None:
    submission = _queued(app, cohort)
    slow = claim_check(_uow(app), submission.id)
    assert slow is not None
    assert claim_check(_uow(app), submission.id) is None  # held, heartbeat fresh: nobody else may take it
    _worker_died(submission)
    taker = claim_check(_uow(app), submission.id)
    assert taker is not None and taker != slow
    # The first worker was only slow: its result is refused, the new claim stands.
    assert not check_jobs._finish(_uow(app), submission.id, slow, check_state="checked", check_report={"x": 1})
    db.session.refresh(submission)
    assert submission.check_state == "checking" and submission.check_report is None
    assert submission.check_token == taker and submission.check_attempts == 2


def test_a_dead_workers_job_is_queued_again_and_then_checked(app: Flask, cohort: Cohort) -> None:
    submission = _queued(app, cohort)
    assert claim_check(_uow(app), submission.id) is not None
    assert recover_stale(_uow(app)) == ([], [])  # alive: left alone
    _worker_died(submission)
    assert recover_stale(_uow(app)) == ([submission.id], [])
    db.session.refresh(submission)
    assert submission.check_state == "queued" and submission.check_token is None
    assert run_check(_uow(app), submission.id) == "checked"
    db.session.refresh(submission)
    assert submission.check_attempts == 2


def test_a_job_whose_worker_keeps_dying_is_given_up_with_a_reason(app: Flask, cohort: Cohort) -> None:
    submission = _queued(app, cohort)
    assert claim_check(_uow(app), submission.id) is not None
    _worker_died(submission, attempts=3)
    assert recover_stale(_uow(app, job_attempts=3)) == ([], [])
    db.session.refresh(submission)
    assert submission.check_state == "failed"
    assert (
        submission.check_error == "the check stopped before it finished 3 times (its worker ended); ask for a re-check"
    )


def test_an_unreadable_script_is_left_could_not_be_checked_with_the_reason(app: Flask, cohort: Cohort) -> None:
    submission = _queued(app, cohort, b"not really a docx")
    assert run_check(_uow(app), submission.id) == "failed"
    db.session.refresh(submission)
    assert submission.check_state == "failed" and submission.check_report is None
    assert submission.check_error and "not a Word document" in submission.check_error


def test_an_unexpected_error_fails_the_check_for_good_rather_than_the_request(
    app: Flask, cohort: Cohort, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(check_jobs, "check_upload", broken)
    submission = submissions.add_submission(  # no queue: the check runs in place, as in a command
        _uow(app),
        cohort.assessment,
        cohort.rubric,
        make_docx(),
        "s.docx",
        candidate_number="5002",
        actor=cohort.tutor,
    )
    db.session.refresh(submission)
    assert submission.check_state == "failed" and submission.check_error == check_jobs.UNEXPECTED


def test_a_message_lost_before_any_worker_saw_it_is_sent_again(app: Flask, cohort: Cohort) -> None:
    submission = _queued(app, cohort)
    assert recover_stale(_uow(app)) == ([], [])
    _worker_died(submission)  # queued an hour ago and never claimed
    assert recover_stale(_uow(app)) == ([submission.id], [])


def test_an_upload_stands_when_the_queue_cannot_be_reached(app: Flask, cohort: Cohort) -> None:
    from marker.jobs import Jobs

    # Nothing listens on port 1: sending the job fails after the row committed.
    settings = dataclasses.replace(app.config["MARKER_SETTINGS"], queue_url="redis://127.0.0.1:1/0")
    jobs = Jobs(app, settings)
    submission = submissions.add_submission(
        UnitOfWork(db.session, settings, jobs=jobs),
        cohort.assessment,
        cohort.rubric,
        make_docx(),
        "s.docx",
        candidate_number="5003",
        actor=cohort.tutor,
    )
    db.session.refresh(submission)
    assert submission.check_state == "queued" and submission.stored_name
    _worker_died(submission)  # long enough ago: a worker's recovery sends it again
    assert recover_stale(_uow(app)) == ([submission.id], [])


def test_a_batch_whose_worker_died_mid_zip_is_finished_without_adding_a_script_twice(
    app: Flask, cohort: Cohort, monkeypatch: pytest.MonkeyPatch
) -> None:
    from marker.service.check_jobs import claim_batch
    from marker.store.models import UploadBatch
    from tests.web.tutor.scripts_for_tests import moodle_zip

    queue = RecordingQueue()
    people = {"100001": "Ann", "100002": "Ben", "100003": "Cai"}
    batch = submissions.start_batch(_uow(app, queue), cohort.assessment, moodle_zip(people), actor=cohort.tutor)
    assert queue.batches == [batch.id] and batch.state == "queued"

    real_add = submissions._add
    added: list[str] = []

    def dies_on_the_second_file(*args: object, **kwargs: object) -> Submission:
        if len(added) == 1:
            raise KeyboardInterrupt  # the worker stops mid-transaction (nothing of the second file stays)
        added.append(str(kwargs["candidate_number"]))
        return real_add(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(submissions, "_add", dies_on_the_second_file)
    with pytest.raises(KeyboardInterrupt):
        submissions.unpack_batch(_uow(app, queue), batch.id)
    monkeypatch.setattr(submissions, "_add", real_add)
    db.session.rollback()
    db.session.refresh(batch)
    assert batch.state == "checking" and [row["candidate_number"] for row in batch.rows] == added
    assert claim_batch(_uow(app, queue), batch.id) is None  # its lease has not run out yet

    db.session.execute(
        update(UploadBatch).where(UploadBatch.id == batch.id).values(heartbeat_at=utcnow() - timedelta(hours=1))
    )
    db.session.commit()
    assert recover_stale(_uow(app, queue)) == ([], [batch.id])
    assert submissions.unpack_batch(_uow(app, queue), batch.id) == "unpacked"
    db.session.refresh(batch)
    assert sorted(row["candidate_number"] for row in batch.rows) == sorted(people)
    assert all(row["outcome"] != "refused" for row in batch.rows)
    assert batch.state == "checked" and batch.stored_name is None and batch.attempts == 2
    assert len(queue.checks) == 3  # one check job per script, none twice


def test_after_an_upgrade_marker_recheck_queues_the_scripts_checked_before_results_were_kept(
    app: Flask, cohort: Cohort
) -> None:
    import sqlalchemy as sa
    from click.testing import CliRunner

    from marker.cli import main

    kept = _queued(app, cohort, number="5004")
    assert run_check(_uow(app), kept.id) == "checked"
    older = _queued(app, cohort, number="5005")
    assert run_check(_uow(app), older.id) == "checked"
    # As migration 0003 leaves a script checked by an older version: a report, no stored text.
    db.session.execute(update(Submission).where(Submission.id == older.id).values(check_segments=sa.null()))
    db.session.commit()

    result = CliRunner().invoke(main, ["recheck"])  # inside the test's app context; the queue runs jobs at once
    assert result.exit_code == 0, result.output
    assert "1 script(s) queued to be checked again." in result.output
    db.session.expire_all()
    assert older.check_segments and older.check_attempts == 1 and older.check_state == "checked"
    assert kept.check_attempts == 1  # left alone


def test_a_check_that_ran_out_of_time_is_tried_again_before_it_is_given_up(
    app: Flask, cohort: Cohort, monkeypatch: pytest.MonkeyPatch
) -> None:
    from marker.documents.errors import UnreadableDocument

    def out_of_time(*args: object) -> None:
        raise UnreadableDocument("timeout")

    monkeypatch.setattr(check_jobs, "check_upload", out_of_time)
    queue = RecordingQueue()
    submission = _queued(app, cohort, number="5006")
    assert run_check(_uow(app, queue, job_attempts=3), submission.id) == "retried"
    assert run_check(_uow(app, queue, job_attempts=3), submission.id) == "retried"
    db.session.refresh(submission)
    assert submission.check_state == "queued" and queue.checks == [submission.id, submission.id]
    assert run_check(_uow(app, queue, job_attempts=3), submission.id) == "failed"
    db.session.refresh(submission)
    assert submission.check_state == "failed" and submission.check_attempts == 3
    assert submission.check_error and "took too long" in submission.check_error
