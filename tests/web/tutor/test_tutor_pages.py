"""The tutor pages' wiring: who may see an assessment, single uploads, the comment bank, achievement marking,
and the marking view's script (limit greying, citations) and running total without JavaScript."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from flask import g
from flask.testing import FlaskClient
from sqlalchemy import select

from marker.extensions import db
from marker.store.models import AssessmentMember, CommentBankEntry, Marking, Submission, User
from tests.helpers import extract_csrf, shows_number
from tests.web.tutor.conftest import create_assessment, post_form, start_marking
from tests.web.tutor.scripts_for_tests import CIM_PARTS, make_docx


def upload(client: FlaskClient, assessment_id: int, data: bytes, number: str, name: str = "script.docx") -> str:
    page = f"/tutor/assessments/{assessment_id}"
    response = post_form(
        client,
        page,
        {"script": (io.BytesIO(data), name), "candidate_number": number, "candidate_name": "Ann Lee"},
        action_url=f"{page}/upload",
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_a_tutor_sees_only_assessments_they_belong_to(
    tutor_client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None], app: object
) -> None:
    assessment_id = create_assessment(tutor_client)
    other = make_user("otto", "tutor")
    stranger = app.test_client()  # type: ignore[attr-defined]
    # The tests share one application context, where Flask-WTF caches the first client's CSRF token in ``g``.
    g.pop("csrf_token", None)
    login(stranger, other)
    assert stranger.get(f"/tutor/assessments/{assessment_id}").status_code == 403
    assert stranger.get(f"/tutor/assessments/{assessment_id}/marks.csv").status_code == 403
    assert "2206 July" not in stranger.get("/tutor/").get_data(as_text=True)
    assert "2206 July" in tutor_client.get("/tutor/").get_data(as_text=True)


def test_a_single_upload_is_checked_and_a_second_for_the_same_candidate_refused(tutor_client: FlaskClient) -> None:
    assessment_id = create_assessment(tutor_client)
    assert "uploaded and checked" in upload(tutor_client, assessment_id, make_docx(), "555001")
    assert "already has a script" in upload(tutor_client, assessment_id, make_docx(), "555001")
    assert "is not a DOCX or PDF file" in upload(tutor_client, assessment_id, b"hello", "555002", "notes.txt")
    unreadable = upload(tutor_client, assessment_id, b"not really a docx", "555003", "broken.docx")
    assert "could not be checked" in unreadable
    rows = db.session.scalars(select(Submission).order_by(Submission.candidate_number)).all()
    assert [(s.candidate_number, s.check_error is None) for s in rows] == [("555001", True), ("555003", False)]


def test_text_beyond_the_word_limit_is_greyed_and_the_spot_marked(tutor_client: FlaskClient) -> None:
    assessment_id = create_assessment(tutor_client)
    # Task 1 (b) and (c) share 1,500 words (+10%): 2 x 900 words goes over, inside Task 1 (c).
    long_parts = tuple(
        (h, t + " word" * 900) if h.startswith(("Task 1 (b)", "Task 1 (c)")) else (h, t) for h, t in CIM_PARTS
    )
    upload(tutor_client, assessment_id, make_docx(long_parts), "555010")
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    html = start_marking(tutor_client, submission.id)
    task_1c = html.split('id="script-1c"')[1].split('id="script-2a"')[0]
    assert "Word limit reached" in task_1c
    assert '<span class="beyond" title="beyond the limit">' in task_1c
    assert "beyond" not in html.split('id="script-1b"')[1].split('id="script-1c"')[0]
    assert "badge-over" in tutor_client.get(f"/tutor/assessments/{assessment_id}").get_data(as_text=True)


def test_the_comment_bank_keeps_a_comment_and_adds_it_on_save_without_javascript(
    tutor_client: FlaskClient, tutor: User
) -> None:
    assessment_id = create_assessment(tutor_client)
    upload(tutor_client, assessment_id, make_docx(), "555020")
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    url = f"/tutor/submissions/{submission.id}/mark"
    html = start_marking(tutor_client, submission.id)
    token = extract_csrf(html)
    marking = db.session.scalar(select(Marking))
    assert marking is not None
    kept = tutor_client.post(
        url,
        data={
            "csrf_token": token,
            "version": str(marking.version),
            "action": "bank:1b",
            "comment-1b": "Appraise both sides, not one.",
        },
    )
    assert kept.status_code == 200 and "Comment added to your bank" in kept.get_data(as_text=True)
    entry = db.session.scalar(select(CommentBankEntry))
    assert entry is not None and (entry.owner_id, entry.part_id, entry.text) == (
        tutor.id,
        "1b",
        "Appraise both sides, not one.",
    )
    assert 'data-text="Appraise both sides, not one."' in kept.get_data(as_text=True)
    # Choosing it from the bank on another save appends it to the part's comment.
    saved = tutor_client.post(
        url,
        data={
            "csrf_token": token,
            "version": str(marking.version),
            "action": "save",
            "mark-1b": "9",
            "comment-1b": "Sound.",
            "bank-1b": str(entry.id),
        },
    )
    assert saved.status_code == 302
    db.session.refresh(marking)
    comment = {pm.part_id: pm.comment for pm in marking.part_marks}["1b"]
    assert comment == "Sound.\nAppraise both sides, not one."


def test_the_page_shows_the_saved_total_and_grade_without_javascript(tutor_client: FlaskClient) -> None:
    assessment_id = create_assessment(tutor_client)
    upload(tutor_client, assessment_id, make_docx(), "555030")
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    url = f"/tutor/submissions/{submission.id}/mark"
    token = extract_csrf(start_marking(tutor_client, submission.id))
    marking = db.session.scalar(select(Marking))
    assert marking is not None
    marks = {"mark-1a": "5", "mark-1b": "15", "mark-1c": "15", "mark-2a": "20"}
    tutor_client.post(url, data={"csrf_token": token, "version": str(marking.version), "action": "save", **marks})
    html = tutor_client.get(url).get_data(as_text=True)
    assert '<strong id="total">55</strong> / 100' in html
    assert '<strong id="grade">Fail</strong>' in html


def test_an_ncfe_unit_is_marked_achieved_per_criterion(tutor_client: FlaskClient) -> None:
    assessment_id = create_assessment(tutor_client, rubric_id="ncfe-l2-digital-crm", title="CRM portfolio")
    upload(tutor_client, assessment_id, make_docx(), "777001")
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    url = f"/tutor/submissions/{submission.id}/mark"
    html = start_marking(tutor_client, submission.id)
    assert 'name="criterion-u01-1.1"' in html and 'name="mark-u01"' not in html
    from marker.rubric import default_library

    rubric = default_library().get("ncfe-l2-digital-crm")
    marking = db.session.scalar(select(Marking))
    assert marking is not None
    decisions = {f"criterion-{p.id}-{c.code}": "yes" for p in rubric.parts for c in p.achievement_criteria}
    decisions["criterion-u02-1.1"] = "no"
    token = extract_csrf(html)
    response = tutor_client.post(
        url, data={"csrf_token": token, "version": str(marking.version), "action": "submit", **decisions}
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    db.session.refresh(marking)
    assert (marking.status, marking.grade) == ("final", "Not yet achieved")
    stored = {pm.part_id: pm.achieved for pm in marking.part_marks}
    assert stored["u01"] is True and stored["u02"] is False and stored["u02:1.1"] is False
    sheet = tutor_client.get(f"/tutor/submissions/{submission.id}/feedback").get_data(as_text=True)
    assert "Outcome: Not yet achieved" in sheet


def test_a_second_marker_marks_blind_and_cannot_see_the_first_marking(
    tutor_client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None], app: object
) -> None:
    assessment_id = create_assessment(tutor_client)
    upload(tutor_client, assessment_id, make_docx(), "555040")
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    url = f"/tutor/submissions/{submission.id}/mark"
    token = extract_csrf(start_marking(tutor_client, submission.id))
    first = db.session.scalar(select(Marking))
    assert first is not None
    marks = {f"mark-{p}": "9" for p in ("1a",)} | {f"mark-{p}": "11" for p in ("1b", "1c", "2b", "3a", "3b")}
    response = tutor_client.post(
        url,
        data={"csrf_token": token, "version": str(first.version), "action": "submit", "mark-2a": "14", **marks}
        | {"mark-1a": "4"},
    )
    assert response.status_code == 302
    # The moderator allocates a second marker (as the moderation pages do: a "second" marking for them).
    second_tutor = make_user("sam", "tutor")
    db.session.add(AssessmentMember(assessment_id=assessment_id, user_id=second_tutor.id, role="tutor"))
    db.session.add(
        Marking(submission_id=submission.id, marker_id=second_tutor.id, role="second", rubric_hash=first.rubric_hash)
    )
    db.session.commit()
    g.pop("csrf_token", None)
    sam = app.test_client()  # type: ignore[attr-defined]
    login(sam, second_tutor)
    listing = sam.get(f"/tutor/assessments/{assessment_id}").get_data(as_text=True)
    assert "Merit" not in listing and not shows_number(listing, "73") and "allocated" in listing
    assert sam.get(f"/tutor/submissions/{submission.id}/feedback.docx").status_code == 403
    worksheet = list(
        csv.DictReader(io.StringIO(sam.get(f"/tutor/assessments/{assessment_id}/moodle.csv").data.decode("utf-8-sig")))
    )
    assert [row["Grade"] for row in worksheet] == [""]  # the script is listed, its hidden grade is not
    page = sam.get(url).get_data(as_text=True)
    assert "second marking" in page and 'value="11"' not in page


def test_opening_a_script_claims_nothing_and_starting_is_a_post(tutor_client: FlaskClient) -> None:
    assessment_id = create_assessment(tutor_client)
    upload(tutor_client, assessment_id, make_docx(), "555090")
    submission = db.session.scalar(select(Submission))
    assert submission is not None
    url = f"/tutor/submissions/{submission.id}/mark"
    for _ in range(2):  # a link opened in a new tab, twice
        html = tutor_client.get(url).get_data(as_text=True)
        assert "Start marking" in html
    assert db.session.scalar(select(Marking)) is None
    assert tutor_client.get(f"/tutor/submissions/{submission.id}/start").status_code == 405
    assert tutor_client.post(f"/tutor/submissions/{submission.id}/start").status_code == 400  # no CSRF token
    assert db.session.scalar(select(Marking)) is None
    html = start_marking(tutor_client, submission.id)
    marking = db.session.scalar(select(Marking))
    assert marking is not None and marking.role == "first" and 'name="mark-1a"' in html
