"""Every route, every method, every role: the role gate answers as each view declares."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from marker.extensions import db, limiter
from marker.store.models import Assessment, AssessmentMember, Marking, RubricSnapshot, Submission, User
from marker.web.access import PUBLIC, SIGNED_IN
from tests.web.route_samples import ROUTE_SAMPLES

ROLES = ("admin", "tutor", "moderator")


def _seed(make_user: Callable[..., User]) -> dict[str, Any]:
    owner = make_user("owner", "admin", "tutor", "moderator")
    snapshot = RubricSnapshot(content_hash="0" * 64, rubric_id="cim-2206", version="1", data={})
    assessment = Assessment(title="Seeded", cohort="C1", rubric_id="cim-2206", rubric_hash=snapshot.content_hash)
    submission = Submission(assessment=assessment, candidate_number="100001", original_name="s.docx", checksum="0" * 64)
    marking = Marking(submission=submission, marker_id=owner.id, rubric_hash=snapshot.content_hash)
    db.session.add_all([snapshot, assessment, submission, marking])
    db.session.commit()
    return {
        "assessment_id": assessment.id,
        "submission_id": submission.id,
        "marking_id": marking.id,
        "user_id": owner.id,
    }


def _routes(app: Flask, seeded: dict[str, Any]) -> list[tuple[str, str, str, tuple[str, ...]]]:
    routes = []
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        access = getattr(view, "access", None) if rule.endpoint != "static" else (PUBLIC,)
        assert access, f"{rule.endpoint} does not declare who may use it"
        missing = [arg for arg in rule.arguments if arg not in ROUTE_SAMPLES]
        assert not missing, f"add {missing} to tests/web/route_samples.py for {rule.rule}"
        url = rule.build({arg: ROUTE_SAMPLES[arg](seeded) for arg in rule.arguments}, append_unknown=False)[1]
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            routes.append((rule.endpoint, method, url, access))
    return routes


def _call(client: FlaskClient, method: str, url: str) -> int:
    response = client.open(url, method=method)
    response.close()
    return response.status_code


def test_every_route_answers_each_role_as_declared(
    app: Flask, make_user: Callable[..., User], login: Callable[..., None]
) -> None:
    app.config["WTF_CSRF_ENABLED"] = False  # the walk tests the role gate, not the forms
    limiter.enabled = False
    seeded = _seed(make_user)
    routes = _routes(app, seeded)
    assert len(routes) > 5
    people = {role: make_user(f"only-{role}", role) for role in ROLES}
    for role in ("tutor", "moderator"):
        db.session.add(AssessmentMember(assessment_id=seeded["assessment_id"], user_id=people[role].id, role=role))
    # The tutor owns the assessment, so the owner-only pages (its people) answer them too.
    owned = db.session.get(Assessment, seeded["assessment_id"])
    assert owned is not None
    owned.created_by_id = people["tutor"].id
    db.session.commit()
    clients = {}
    for role, person in people.items():
        clients[role] = app.test_client()
        login(clients[role], person)
    checked = 0
    for endpoint, method, url, access in routes:
        anonymous = app.test_client()
        status = _call(anonymous, method, url)
        if PUBLIC in access:
            assert status not in (401, 403), f"{method} {url} should be public, got {status}"
        else:
            assert status in (302, 401), f"{method} {url} let an anonymous visitor through ({status})"
        for role, person in people.items():
            status = _call(clients[role], method, url)
            if endpoint == "auth.logout":
                login(clients[role], person)
            allowed = PUBLIC in access or SIGNED_IN in access or role in access
            if allowed:
                assert status not in (401, 403), f"{method} {url} refused {role} ({status})"
            else:
                assert status == 403, f"{method} {url} let {role} through ({status}), endpoint {endpoint}"
            checked += 1
    assert checked == len(routes) * len(ROLES)
    limiter.enabled = True


@pytest.mark.parametrize("header", ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"])
def test_pages_carry_security_headers(client: FlaskClient, header: str) -> None:
    response = client.get("/")
    assert header in response.headers
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
