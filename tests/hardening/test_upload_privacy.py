"""Uploaded scripts are personal data: never under a static path, streamed only after an authorisation check.

The walk below covers every route that names an assessment, a script or a marking (the script download
included, whatever its URL), so a route added later is checked without editing this file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask, current_app
from flask.testing import FlaskClient

from marker.extensions import db, limiter
from marker.service import assessments, markings, submissions
from marker.service.checking import rubric_library
from marker.service.uow import UnitOfWork
from marker.store.files import read_upload
from marker.store.models import AssessmentMember, Submission, User
from tests.web.route_samples import ROUTE_SAMPLES
from tests.web.tutor.scripts_for_tests import make_docx

OBJECT_ARGUMENTS = {"assessment_id", "submission_id", "marking_id"}


def _seed(make_user: Callable[..., User]) -> dict[str, Any]:
    owner = make_user("owner", "tutor", "moderator")
    uow = UnitOfWork(db.session, current_app.config["MARKER_SETTINGS"])
    rubric = rubric_library(uow.settings).get("cim-2206")
    assessment = assessments.create_assessment(
        uow, rubric, title="Private", cohort="Nov 2026", deadline=None, retention_days=365, actor=owner
    )
    db.session.add(AssessmentMember(assessment_id=assessment.id, user_id=owner.id, role="moderator"))
    script = make_docx()
    submission = submissions.add_submission(
        uow,
        assessment,
        rubric,
        script,
        "script.docx",
        candidate_number="800001",
        candidate_name="Pat Private",
        actor=owner,
    )
    marking = markings.start_marking(uow, submission, owner)
    db.session.commit()
    return {
        "assessment_id": assessment.id,
        "submission_id": submission.id,
        "marking_id": marking.id,
        "user_id": owner.id,
        "stored_name": submission.stored_name,
        "script": script,
    }


def test_the_upload_folder_is_not_under_the_static_folder(app: Flask) -> None:
    upload_dir = app.config["MARKER_SETTINGS"].upload_dir.resolve()
    static_dir = Path(app.static_folder or "").resolve()
    assert not upload_dir.is_relative_to(static_dir)
    assert not static_dir.is_relative_to(upload_dir)


def test_a_stored_script_is_not_served_by_its_stored_name(
    app: Flask, client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None]
) -> None:
    seeded = _seed(make_user)
    stored_name = seeded["stored_name"]
    assert stored_name and read_upload(stored_name) == seeded["script"]
    owner = db.session.get(User, seeded["user_id"])
    login(client, owner)  # even for the person who uploaded it
    for path in (f"/static/{stored_name}", f"/static/../uploads/{stored_name}", f"/uploads/{stored_name}"):
        assert client.get(path).status_code == 404, path


def test_stored_names_cannot_walk_out_of_the_upload_folder(app: Flask) -> None:
    for name in ("../instance/secret_key", "/etc/passwd", "..", "", "ABC"):
        with pytest.raises(ValueError):
            read_upload(name)


def _object_routes(app: Flask, seeded: dict[str, Any]) -> list[tuple[str, str]]:
    routes = []
    for rule in app.url_map.iter_rules():
        if not OBJECT_ARGUMENTS & set(rule.arguments):
            continue
        values = {arg: seeded[arg] if arg in seeded else ROUTE_SAMPLES[arg](seeded) for arg in rule.arguments}
        url = rule.build(values, append_unknown=False)[1]
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            routes.append((method, url))
    return routes


@pytest.mark.parametrize("outsider_roles", [("tutor",), ("moderator",), ("tutor", "moderator")])
def test_people_outside_the_assessment_get_403_on_every_script_route(
    app: Flask,
    make_user: Callable[..., User],
    login: Callable[..., None],
    outsider_roles: tuple[str, ...],
) -> None:
    app.config["WTF_CSRF_ENABLED"] = False  # the gate is tested, not the forms
    limiter.enabled = False
    seeded = _seed(make_user)
    routes = _object_routes(app, seeded)
    assert any("submission" in url for _method, url in routes)
    outsider = make_user("outsider", *outsider_roles)
    client = app.test_client()
    login(client, outsider)
    script = seeded["script"]
    for method, url in routes:
        response = client.open(url, method=method)
        assert response.status_code == 403, f"{method} {url} answered {response.status_code} to an outsider"
        assert script not in response.data
        assert b"Pat Private" not in response.data
        response.close()
    # Nothing an outsider did changed the script or its marking.
    db.session.expire_all()
    submission = db.session.get(Submission, seeded["submission_id"])
    assert submission is not None and read_upload(submission.stored_name or "") == script
    assert [marking.status for marking in submission.markings] == ["allocated"]
    limiter.enabled = True
