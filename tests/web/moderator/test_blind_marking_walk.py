"""Blind marking holds on every path: a moderator who is also the second marker sees the first marks nowhere.

The person here moderates the assessment and second-marks a script whose first marking is final and whose
agreed marks were (wrongly early) recorded. Until their own second marking is in, every page, download, zip and
audit listing they can reach must keep the first marker's marks, comments and the agreed marks from them.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from marker.extensions import db
from marker.store.audit import record_event
from marker.store.files import store_upload
from marker.store.models import AssessmentMember, Marking, SampleMember, User
from tests.helpers import extract_csrf
from tests.web.moderator.conftest import Cohort, add_marking, post_form

SECRET = "SECRETFIRST"
FIRST_MARKS = (17, 31, 29)  # total 77, a total that appears nowhere else in the cohort


def _texts(body: bytes, content_type: str) -> list[str]:
    """Everything a download holds, as text: a zip's members (and the XML inside any DOCX among them)."""
    if body[:2] == b"PK":
        texts: list[str] = []
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            for name in archive.namelist():
                texts.append(name)
                texts.extend(_texts(archive.read(name), ""))
        return texts
    return [body.decode("utf-8", errors="replace")]


def _ask_for_export(client: FlaskClient, url: str) -> int:
    """Ask for an export as its button does; the id of the export (built at once: the queue is immediate)."""
    token = extract_csrf(client.get(url).get_data(as_text=True))
    queued = client.post(url, data={"csrf_token": token})
    assert queued.status_code == 302
    return int(queued.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def _dual_role_case(make_cohort: Callable[..., Cohort], make_user: Callable[..., User]) -> tuple[Cohort, User]:
    cohort = make_cohort(3, blind=True)
    dual = make_user("dual", "tutor", "moderator")
    for role in ("tutor", "moderator"):
        db.session.add(AssessmentMember(assessment_id=cohort.assessment.id, user_id=dual.id, role=role))
    script = cohort.submissions[0]
    script.stored_name = store_upload(b"%PDF-1.4 not a real script")
    first = add_marking(
        script,
        cohort.tutors["ann"],
        "first",
        FIRST_MARKS,
        comments=(f"{SECRET} part one", f"{SECRET} part two", f"{SECRET} part three"),
        overall=f"{SECRET} overall",
    )
    record_event(
        actor=cohort.tutors["ann"],
        action="marking.submit",
        subject=first,
        assessment=cohort.assessment,
        new={"parts": {"1a": {"mark": 17, "comment": f"{SECRET} part one"}}, "total": 77},
    )
    # Agreed too early (before the second marking), from the first marker's figures.
    add_marking(script, cohort.moderator, "agreed", FIRST_MARKS, comments=(f"{SECRET} agreed", "", ""))
    db.session.add(
        Marking(submission=script, marker_id=dual.id, role="second", rubric_hash=script.assessment.rubric_hash)
    )
    db.session.add(
        SampleMember(assessment_id=cohort.assessment.id, submission_id=script.id, reason="hand", source="manual")
    )
    # The other scripts: single-marked by bea, visible to everyone.
    for other in cohort.submissions[1:]:
        add_marking(other, cohort.tutors["bea"], "first", (10, 20, 20))
    db.session.commit()
    return cohort, dual


def test_dual_role_second_marker_sees_the_first_marks_on_no_route(
    app: Flask,
    client: FlaskClient,
    make_cohort: Callable[..., Cohort],
    make_user: Callable[..., User],
    login: Callable[..., None],
) -> None:
    cohort, dual = _dual_role_case(make_cohort, make_user)
    script = cohort.submissions[0]
    values = {
        "assessment_id": cohort.assessment.id,
        "submission_id": script.id,
        "user_id": dual.id,
        "marking_id": next(m.id for m in script.markings if m.role == "first"),
    }
    login(client, dual)
    # The files they take away are built by a job, for them: the walk visits each one's page and download.
    base = f"/assessments/{cohort.assessment.id}"
    exports = [
        _ask_for_export(client, f"/tutor{base}/feedback.zip"),
        _ask_for_export(client, f"/moderation{base}/eqa.zip"),
    ]
    walked = 0
    for export_id in exports:
        for rule in app.url_map.iter_rules():
            if "GET" not in (rule.methods or set()) or rule.endpoint in ("static", "auth.logout"):
                continue
            if any(arg not in {**values, "export_id": export_id} for arg in rule.arguments):
                continue
            if export_id != exports[0] and "export_id" not in rule.arguments:
                continue  # the other routes were walked with the first export
            url = rule.build({**values, "export_id": export_id}, append_unknown=False)[1]
            response = client.get(url)
            for text in _texts(response.get_data(), response.content_type or ""):
                assert SECRET not in text, f"{url} shows the first marker's comments"
                if "<svg" not in text[:400]:  # plot coordinates are numbers of their own
                    assert not re.search(r"\b77\b", text), f"{url} shows the first marker's total"
            walked += 1
    assert walked >= 19
    # The downloads a moderator takes away were among them, and answered.
    eqa = client.get(f"/exports/{exports[1]}/download")
    assert eqa.status_code == 200
    assert "markings.csv" in zipfile.ZipFile(io.BytesIO(eqa.get_data())).namelist()
    feedback = client.get(f"/exports/{exports[0]}/download")
    assert feedback.status_code == 200 and feedback.get_data()[:2] == b"PK"


def _switch_blind_off(client: FlaskClient, cohort: Cohort) -> Any:
    """Post the moderation settings with the blind-marking box unticked."""
    base = f"/moderation/assessments/{cohort.assessment.id}"
    return post_form(
        client, f"{base}/allocation", f"{base}/settings", {"tolerance_marks": 10, "part_tolerance_pct": 20}
    )


def test_a_blind_marker_cannot_switch_blind_marking_off_while_marking(
    client: FlaskClient,
    make_cohort: Callable[..., Cohort],
    make_user: Callable[..., User],
    login: Callable[..., None],
) -> None:
    cohort, dual = _dual_role_case(make_cohort, make_user)
    login(client, dual)
    assert _switch_blind_off(client, cohort).status_code == 403
    db.session.refresh(cohort.assessment)
    assert cohort.assessment.blind_second_marking is True
    # The moderator who marks nothing may switch it off.
    other = cohort.moderator
    second_client = client.application.test_client()
    login(second_client, other)
    assert _switch_blind_off(second_client, cohort).status_code == 302
    db.session.refresh(cohort.assessment)
    assert cohort.assessment.blind_second_marking is False
