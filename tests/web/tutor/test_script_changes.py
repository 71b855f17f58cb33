"""A script after upload: replaced by a resubmission before the deadline, withdrawn, a final marking reopened;
each audited with its reason, each refused where it would lose marks."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select

from marker.extensions import db
from marker.service import scripts
from marker.service.errors import AccessDenied, Refused
from marker.store.models import AuditEvent, Marking, Submission, User
from marker.store.rubrics import rubric_of
from tests.helpers import app_uow, extract_csrf
from tests.web.tutor.conftest import start_marking
from tests.web.tutor.scripts_for_tests import CIM_PARTS, make_docx
from tests.web.tutor.test_marking_desk import FULL_MARKS, _cohort, _marking


def _event(action: str) -> AuditEvent:
    found = db.session.scalar(select(AuditEvent).where(AuditEvent.action == action))
    assert found is not None, action
    return found


def test_a_resubmission_replaces_the_file_before_the_deadline_only(tutor_client: FlaskClient, tutor: User) -> None:
    _, (one,) = _cohort(tutor_client, ("100001",))
    old_checksum = one.checksum
    shorter = make_docx(CIM_PARTS[:3])
    rubric = rubric_of(one.assessment)
    with pytest.raises(Refused, match="deadline"):
        scripts.replace_script(app_uow(), one, rubric, shorter, "late.docx", actor=tutor, today=date(2027, 1, 1))
    one.assessment.deadline = date.today()  # the page uses today's date: still on time
    db.session.commit()
    page = tutor_client.get(f"/tutor/submissions/{one.id}/script").get_data(as_text=True)
    response = tutor_client.post(
        f"/tutor/submissions/{one.id}/replace",
        data={"csrf_token": extract_csrf(page), "script": (io.BytesIO(shorter), "resubmitted.docx")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert one.original_name == "resubmitted.docx" and one.checksum != old_checksum
    assert sum(1 for part in one.check_report["parts"] if part["found"]) == 3  # checked afresh
    assert _event("submission.replace").details["old"]["checksum"] == old_checksum


def test_no_replacement_once_marks_are_saved(tutor_client: FlaskClient, tutor: User) -> None:
    _, (one,) = _cohort(tutor_client, ("100001",))
    token = extract_csrf(start_marking(tutor_client, one.id))
    tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "save", "mark-1a": "3"},
    )
    with pytest.raises(Refused, match="begun"):
        scripts.replace_script(
            app_uow(), one, rubric_of(one.assessment), make_docx(), "r.docx", actor=tutor, today=date(2026, 1, 1)
        )


def test_withdraw_needs_a_reason_and_no_final_marking_then_is_audited(tutor_client: FlaskClient) -> None:
    assessment_id, (one, two) = _cohort(tutor_client, ("100001", "100002"))
    token = extract_csrf(start_marking(tutor_client, one.id))
    tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "submit", **FULL_MARKS},
    )
    page = tutor_client.get(f"/tutor/submissions/{one.id}/script").get_data(as_text=True)
    refused = tutor_client.post(
        f"/tutor/submissions/{one.id}/withdraw",
        data={"csrf_token": extract_csrf(page), "reason": "Withdrew from the course"},
        follow_redirects=True,
    )
    assert "reopen it first" in refused.get_data(as_text=True)
    done = tutor_client.post(
        f"/tutor/submissions/{two.id}/withdraw",
        data={"csrf_token": extract_csrf(page), "reason": "Withdrew from the course"},
    )
    assert done.headers["Location"] == f"/tutor/assessments/{assessment_id}"
    assert [s.candidate_number for s in db.session.scalars(select(Submission))] == ["100001"]
    event = _event("submission.withdraw")
    assert event.details["reason"] == "Withdrew from the course"
    assert event.details["old"]["candidate_number"] == "100002"


def test_the_marker_reopens_a_final_marking_with_a_reason(
    tutor_client: FlaskClient, make_user: Callable[..., User]
) -> None:
    _, (one,) = _cohort(tutor_client, ("100001",))
    token = extract_csrf(start_marking(tutor_client, one.id))
    tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "submit", **FULL_MARKS},
    )
    page = tutor_client.get(f"/tutor/submissions/{one.id}/mark").get_data(as_text=True)
    assert "Reopen as a draft" in page
    outsider = make_user("otto", "tutor")
    with pytest.raises(AccessDenied):
        scripts.reopen_marking(app_uow(), _marking(one), "mine now", actor=outsider)
    empty = tutor_client.post(f"/tutor/submissions/{one.id}/reopen", data={"csrf_token": token, "reason": ""})
    assert empty.status_code == 302 and _marking(one).status == "final"
    tutor_client.post(f"/tutor/submissions/{one.id}/reopen", data={"csrf_token": token, "reason": "Misread 2a."})
    db.session.expire_all()
    marking: Marking = _marking(one)
    assert marking.status == "draft" and marking.submitted_at is None
    assert _event("marking.reopen").details == {
        "old": {"status": "final"},
        "new": {"status": "draft"},
        "reason": "Misread 2a.",
    }
    assert 'name="mark-1a"' in tutor_client.get(f"/tutor/submissions/{one.id}/mark").get_data(as_text=True)


def test_tutors_and_moderators_open_the_script_as_submitted(
    tutor_client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None], app: object
) -> None:
    from flask import Flask, g

    from marker.store.models import AssessmentMember

    assert isinstance(app, Flask)
    assessment_id, (one,) = _cohort(tutor_client, ("100001",))
    response = tutor_client.get(f"/tutor/submissions/{one.id}/original")
    assert response.status_code == 200 and response.data[:2] == b"PK"
    assert (
        "attachment" in response.headers["Content-Disposition"]
        and "script.docx" in response.headers["Content-Disposition"]
    )
    mona = make_user("mona", "moderator")
    otto = make_user("otto", "tutor")
    db.session.add(AssessmentMember(assessment_id=assessment_id, user_id=mona.id, role="moderator"))
    db.session.commit()
    for person, status in ((mona, 200), (otto, 403)):
        g.pop("csrf_token", None)
        client = app.test_client()
        login(client, person)
        assert client.get(f"/tutor/submissions/{one.id}/original").status_code == status
    g.pop("csrf_token", None)
    moderator = app.test_client()
    login(moderator, mona)
    page = moderator.get(f"/moderation/scripts/{one.id}").get_data(as_text=True)
    assert f"/tutor/submissions/{one.id}/original" in page and "Acme Ltd sells outdoor gear" in page
