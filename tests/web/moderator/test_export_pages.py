"""The export pages: a button's POST queues the build and leads to a status page that refreshes itself until the
file is ready; only the person who asked may open it; a failure, stale marks and a removed file are said so."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from click.testing import CliRunner
from flask.testing import FlaskClient

from marker.cli import main
from marker.extensions import db
from marker.store.models import ExportJob, User, utcnow
from tests.helpers import extract_csrf, fetch_export
from tests.web.moderator.conftest import Cohort, add_marking

Login = Callable[..., None]


def _ask(client: FlaskClient, url: str, page: str) -> str:
    """Press the export's button on ``page``: the status page's URL it leads to."""
    token = extract_csrf(client.get(page).get_data(as_text=True))
    response = client.post(url, data={"csrf_token": token})
    assert response.status_code == 302
    location = response.headers["Location"]
    assert re.fullmatch(r"/exports/\d+", location)
    return location


def _marked(make_cohort: Callable[..., Cohort]) -> Cohort:
    cohort = make_cohort(2)
    for submission in cohort.submissions:
        add_marking(submission, cohort.tutors["ann"], "first", (10, 20, 20))
    return cohort


def test_the_feedback_button_queues_a_build_and_its_page_offers_the_download_to_who_asked(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = _marked(make_cohort)
    assessment_page = f"/tutor/assessments/{cohort.assessment.id}"
    login(client, cohort.tutors["ann"])
    html = client.get(assessment_page).get_data(as_text=True)
    assert f'action="{assessment_page}/feedback.zip"' in html  # a form (POST), no longer a link
    status_url = _ask(client, f"{assessment_page}/feedback.zip", assessment_page)
    page = client.get(status_url).get_data(as_text=True)
    assert "Ready: built at" in page and 'http-equiv="refresh"' not in page
    download = client.get(f"{status_url}/download")
    assert download.status_code == 200 and download.mimetype == "application/zip"
    assert download.get_data()[:2] == b"PK"
    # The old link now leads to the latest export's page rather than building one on a GET.
    again = client.get(f"{assessment_page}/feedback.zip")
    assert again.status_code == 302 and again.headers["Location"] == status_url

    other = client.application.test_client()
    login(other, cohort.tutors["bea"])
    assert other.get(status_url).status_code == 403
    assert other.get(f"{status_url}/download").status_code == 403
    token = extract_csrf(other.get(assessment_page).get_data(as_text=True))
    assert other.post(f"{status_url}/rebuild", data={"csrf_token": token}).status_code == 403


def test_asking_needs_the_forms_token_and_a_get_only_offers_the_button(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = _marked(make_cohort)
    url = f"/moderation/assessments/{cohort.assessment.id}/eqa.zip"
    login(client, cohort.moderator)
    offer = client.get(url)
    assert offer.status_code == 200 and "Build the file" in offer.get_data(as_text=True)
    assert client.post(url, data={}).status_code == 400
    assert db.session.query(ExportJob).count() == 0


def test_a_waiting_export_refreshes_its_page_and_a_failed_one_says_why(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(2)  # nothing marked: the feedback zip cannot be built
    ann = cohort.tutors["ann"]
    waiting = ExportJob(kind="feedback_zip", assessment_id=cohort.assessment.id, requested_by_id=ann.id)
    db.session.add(waiting)
    db.session.commit()
    login(client, ann)
    page = client.get(f"/exports/{waiting.id}").get_data(as_text=True)
    assert 'http-equiv="refresh"' in page and "Waiting to be built" in page
    assert client.get(f"/exports/{waiting.id}/download").status_code == 302  # back to its page, nothing served

    assessment_page = f"/tutor/assessments/{cohort.assessment.id}"
    assert _ask(client, f"{assessment_page}/feedback.zip", assessment_page) == f"/exports/{waiting.id}"  # the same
    db.session.delete(waiting)
    db.session.commit()
    status_url = _ask(client, f"{assessment_page}/feedback.zip", assessment_page)
    page = client.get(status_url).get_data(as_text=True)
    assert "could not be built: No script of this assessment has a final marking yet." in page
    assert 'http-equiv="refresh"' not in page and "Try again" in page


def test_changed_marks_are_said_on_the_page_and_the_old_file_is_not_served(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = _marked(make_cohort)
    login(client, cohort.moderator)
    base = f"/moderation/assessments/{cohort.assessment.id}"
    status_url = _ask(client, f"{base}/eqa.zip", f"{base}/sample")
    add_marking(cohort.submissions[0], cohort.tutors["ann"], "first", (12, 20, 20))
    page = client.get(status_url).get_data(as_text=True)
    assert "the marks have changed since" in page and "Rebuild" in page and "export-download" not in page
    refused = client.get(f"{status_url}/download", follow_redirects=True)
    assert "build it again" in refused.get_data(as_text=True)
    token = extract_csrf(page)
    rebuilt = client.post(f"{status_url}/rebuild", data={"csrf_token": token})
    assert rebuilt.status_code == 302 and rebuilt.headers["Location"] != status_url
    assert client.get(f"{rebuilt.headers['Location']}/download").status_code == 200


def test_the_sweep_command_removes_an_expired_file(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = _marked(make_cohort)
    login(client, cohort.tutors["ann"])
    url = f"/tutor/assessments/{cohort.assessment.id}/feedback.zip"
    assert fetch_export(client, url).status_code == 200
    export = db.session.query(ExportJob).one()
    export.finished_at = utcnow() - timedelta(days=2)
    db.session.commit()
    result = CliRunner().invoke(main, ["sweep-uploads"])
    assert result.exit_code == 0, result.output
    assert "Removed 1 built export(s)" in result.output
    db.session.refresh(export)
    assert export.stored_name is None
    page = client.get(f"/exports/{export.id}").get_data(as_text=True)
    assert "has since been removed" in page and "export-download" not in page


def test_another_persons_export_is_not_found_by_guessing(
    client: FlaskClient, make_cohort: Callable[..., Cohort], make_user: Callable[..., User], login: Login
) -> None:
    cohort = _marked(make_cohort)
    outsider = make_user("olly", "tutor")
    login(client, outsider)
    assert client.get("/exports/4242").status_code == 404
    assert client.get(f"/tutor/assessments/{cohort.assessment.id}/feedback.zip").status_code == 403
