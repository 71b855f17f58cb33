"""The tutor's side of checking as a job: uploads return at once, progress shows, the marking page reads only
what the check stored."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

import marker.checks
import marker.service.check_jobs
from marker.extensions import db
from marker.jobs import Jobs
from marker.jobs.queue import EXTENSION
from marker.store.models import Submission, UploadBatch
from tests.web.tutor.conftest import create_assessment, post_form, start_marking
from tests.web.tutor.scripts_for_tests import make_docx, moodle_zip
from tests.web.tutor.test_tutor_pages import upload


@pytest.fixture
def waiting_queue(app: Flask, tmp_path: Path) -> Jobs:
    """A real queue in a SQLite file that no worker consumes: jobs wait until the test runs them."""
    settings = dataclasses.replace(app.config["MARKER_SETTINGS"], queue_url=f"sqlite:///{tmp_path / 'queue.sqlite3'}")
    jobs = Jobs(app, settings)
    app.extensions[EXTENSION] = jobs
    return jobs


def run_waiting_jobs(jobs: Jobs) -> int:
    """Run the jobs waiting now (not those they queue) here, as a worker would; how many ran."""
    waiting = jobs.huey.pending_count()
    for _ in range(waiting):
        task = jobs.huey.dequeue()
        assert task is not None
        jobs.huey.execute(task)
    # The tests' requests share one session (one app context); a real request starts with a fresh one.
    db.session.expire_all()
    return int(waiting)


def test_the_marking_page_never_reads_the_script_file(
    tutor_client: FlaskClient, app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    assessment_id = create_assessment(tutor_client)
    assert "uploaded and checked" in upload(tutor_client, assessment_id, make_docx(), "555001")
    submission = db.session.scalar(select(Submission))
    assert submission is not None and submission.check_state == "checked" and submission.check_segments
    # The file gone from disk and the check unable to run: the page still shows the script by parts.
    assert submission.stored_name is not None
    (app.config["MARKER_SETTINGS"].upload_dir / submission.stored_name).unlink()

    def no_check(*args: object, **kwargs: object) -> None:
        raise AssertionError("the marking page ran the check")

    monkeypatch.setattr(marker.checks, "check_document", no_check)
    monkeypatch.setattr(marker.service.check_jobs, "check_upload", no_check)
    for _ in range(2):  # opening it, and opening it again after starting to mark
        html = start_marking(tutor_client, submission.id)
        assert "Task 1 (a) Organisation overview" in html
        assert '<mark class="citation">' in html
        assert "could not be" not in html


def test_an_upload_returns_before_its_check_and_the_list_shows_it_waiting(
    tutor_client: FlaskClient, waiting_queue: Jobs
) -> None:
    assessment_id = create_assessment(tutor_client)
    html = upload(tutor_client, assessment_id, make_docx(), "555002")
    assert "uploaded; it is being checked" in html
    assert "1 script still being checked" in html and "waiting to be checked" in html
    submission = db.session.scalar(select(Submission))
    assert submission is not None and submission.check_state == "queued" and submission.check_report is None
    marking_page = start_marking(tutor_client, submission.id)
    assert "still being checked" in marking_page

    assert run_waiting_jobs(waiting_queue) == 1
    assert submission.check_state == "checked" and submission.check_report is not None
    listing = tutor_client.get(f"/tutor/assessments/{assessment_id}").get_data(as_text=True)
    assert "still being checked" not in listing and "7 of 7" in listing


def test_a_batch_page_shows_each_files_progress_and_refreshes_until_done(
    tutor_client: FlaskClient, waiting_queue: Jobs
) -> None:
    assessment_id = create_assessment(tutor_client)
    page = f"/tutor/assessments/{assessment_id}"
    archive = moodle_zip({"123456": "Jane Doe", "234567": "John Smith"}, extra={"report.docx": b"PK"})
    response = post_form(
        tutor_client,
        page,
        {"archive": (io.BytesIO(archive), "submissions.zip")},
        action_url=f"{page}/batch",
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    batch_url = response.headers["Location"]

    waiting = tutor_client.get(batch_url).get_data(as_text=True)
    assert "Unpacking the zip: 0 files added so far" in waiting
    assert '<meta http-equiv="refresh" content="3">' in waiting

    assert run_waiting_jobs(waiting_queue) == 1  # the unpacking; it queues one check per script
    checking = tutor_client.get(batch_url).get_data(as_text=True)
    assert "All files added; 2 still being checked." in checking and 'http-equiv="refresh"' in checking
    assert checking.count("Uploaded; waiting to be checked.") == 2
    assert "No candidate number was found" in checking
    assert "2 scripts still being checked" in tutor_client.get(page).get_data(as_text=True)

    assert run_waiting_jobs(waiting_queue) == 2
    done = tutor_client.get(batch_url).get_data(as_text=True)
    assert "Done: every file has been added and checked." in done and 'http-equiv="refresh"' not in done
    assert done.count("Uploaded and checked.") == 2
    batch = db.session.scalar(select(UploadBatch))
    assert batch is not None and batch.state == "checked" and batch.stored_name is None  # the zip is removed


def test_a_zip_that_cannot_be_opened_shows_why_on_its_batch_page(tutor_client: FlaskClient) -> None:
    assessment_id = create_assessment(tutor_client)
    page = f"/tutor/assessments/{assessment_id}"
    response = post_form(
        tutor_client,
        page,
        {"archive": (io.BytesIO(b"not a zip at all"), "submissions.zip")},
        action_url=f"{page}/batch",
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "The zip could not be unpacked: This file is not a zip archive that can be opened." in html
    assert 'http-equiv="refresh"' not in html


def test_another_tutors_batch_page_is_refused(
    tutor_client: FlaskClient, app: Flask, make_user: object, login: object
) -> None:
    assessment_id = create_assessment(tutor_client)
    page = f"/tutor/assessments/{assessment_id}"
    response = post_form(
        tutor_client,
        page,
        {"archive": (io.BytesIO(moodle_zip({"123456": "Jane Doe"})), "s.zip")},
        action_url=f"{page}/batch",
        content_type="multipart/form-data",
    )
    batch_url = response.headers["Location"]
    stranger = app.test_client()
    from flask import g

    g.pop("csrf_token", None)
    login(stranger, make_user("otto", "tutor"))  # type: ignore[operator]
    assert stranger.get(batch_url).status_code == 403
    assert stranger.get("/tutor/batches/999999").status_code == 404


def test_a_script_that_could_not_be_checked_can_be_checked_again(tutor_client: FlaskClient, app: Flask) -> None:
    assessment_id = create_assessment(tutor_client)
    page = f"/tutor/assessments/{assessment_id}"
    listing = upload(tutor_client, assessment_id, make_docx(), "555003")
    assert "Check again" not in listing  # checked, with its text kept
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    # As a script checked before results were kept (or one that failed) looks: no stored text.
    submission.check_segments = None
    db.session.commit()
    listing = tutor_client.get(page).get_data(as_text=True)
    assert "Check again" in listing
    response = post_form(tutor_client, page, {}, action_url=f"/tutor/submissions/{submission.id}/recheck")
    assert response.status_code == 302
    db.session.expire_all()
    assert submission.check_state == "checked" and submission.check_segments and submission.check_attempts == 1
    assert "Check again" not in tutor_client.get(page).get_data(as_text=True)
