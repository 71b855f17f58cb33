"""Marking a cohort: previous / next on the marker's desk, on to the next script after "Submit as final",
Enter saves a draft, a refused submit lists its problems at the top, and the background save (autosave)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flask.testing import FlaskClient
from sqlalchemy import inspect, select

from marker.extensions import db
from marker.service import markings
from marker.store.models import Marking, Submission, User
from tests.helpers import app_uow, extract_csrf
from tests.web.tutor.conftest import create_assessment, start_marking
from tests.web.tutor.scripts_for_tests import make_docx
from tests.web.tutor.test_tutor_pages import upload

FULL_MARKS = {"mark-1a": "4", "mark-1b": "11", "mark-1c": "11", "mark-2a": "14", "mark-2b": "11", "mark-3a": "11"}
FULL_MARKS |= {"mark-3b": "11"}


def _cohort(client: FlaskClient, numbers: tuple[str, ...]) -> tuple[int, list[Submission]]:
    assessment_id = create_assessment(client)
    for number in numbers:
        upload(client, assessment_id, make_docx(), number)
    scripts = list(db.session.scalars(select(Submission).order_by(Submission.candidate_number)))
    return assessment_id, scripts


def _marking(submission: Submission) -> Marking:
    found = db.session.scalar(select(Marking).where(Marking.submission_id == submission.id))
    assert found is not None
    return found


def test_next_and_previous_skip_scripts_another_tutor_marks(
    tutor_client: FlaskClient, make_user: Callable[..., User], tutor: User
) -> None:
    _, (one, two, three) = _cohort(tutor_client, ("100001", "100002", "100003"))
    other = make_user("otto", "tutor")
    db.session.add(
        Marking(submission_id=two.id, marker_id=other.id, role="first", rubric_hash=one.assessment.rubric_hash)
    )
    db.session.commit()
    page = tutor_client.get(f"/tutor/submissions/{one.id}/mark").get_data(as_text=True)
    assert f'id="next-script" rel="next" href="/tutor/submissions/{three.id}/mark"' in page
    assert "previous-script" not in page and "Script 1 of 2 on your desk" in page
    page = tutor_client.get(f"/tutor/submissions/{three.id}/mark").get_data(as_text=True)
    assert f'href="/tutor/submissions/{one.id}/mark">← Previous: 100001' in page
    nav = markings.neighbours(app_uow(), tutor, two)
    assert (nav.previous, nav.next, nav.position, nav.count) == (one, three, 0, 2)


def test_moving_through_a_cohort_does_not_load_the_other_scripts_stored_results(
    tutor_client: FlaskClient, tutor: User
) -> None:
    # A marking page of a cohort of 100 spent most of its time decoding every script's stored report and text.
    _, (one, two, three) = _cohort(tutor_client, ("100001", "100002", "100003"))
    assert two.check_report is not None  # the uploads were checked: there is a stored result to leave unread
    ids = (one.id, two.id, three.id)
    db.session.expunge_all()
    current = db.session.get(Submission, ids[1])
    assert current is not None and current.check_report is not None
    nav = markings.neighbours(app_uow(), tutor, current)
    assert nav.previous is not None and nav.next is not None
    assert (nav.previous.id, nav.next.id) == (ids[0], ids[2])
    for other in (nav.previous, nav.next):
        assert {"check_report", "check_segments"} <= inspect(other).unloaded
    assert current.check_report is not None  # the script itself keeps what its page shows
    assert nav.next.check_report is not None  # and the others' load when asked for


def test_submit_as_final_goes_on_to_the_next_unmarked_script_then_back_to_the_list(tutor_client: FlaskClient) -> None:
    assessment_id, (one, two) = _cohort(tutor_client, ("100001", "100002"))
    token = extract_csrf(start_marking(tutor_client, one.id))
    done = tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "submit", **FULL_MARKS},
    )
    assert done.headers["Location"] == f"/tutor/submissions/{two.id}/mark"
    token = extract_csrf(start_marking(tutor_client, two.id))
    done = tutor_client.post(
        f"/tutor/submissions/{two.id}/mark",
        data={"csrf_token": token, "version": str(_marking(two).version), "action": "submit", **FULL_MARKS},
    )
    assert done.headers["Location"] == f"/tutor/assessments/{assessment_id}"


def test_enter_in_a_mark_box_saves_a_draft_not_a_bank_comment(tutor_client: FlaskClient) -> None:
    _, (one,) = _cohort(tutor_client, ("100001",))
    page = start_marking(tutor_client, one.id)
    form = page[page.index('id="marking-form"') :]
    # Implicit submission presses the form's first submit button.
    first_button = re.search(r"<button type=\"submit\"[^>]*>", form)
    assert first_button is not None and 'value="save"' in first_button.group(0)


def test_a_refused_submit_lists_every_problem_at_the_top_with_links(tutor_client: FlaskClient) -> None:
    _, (one,) = _cohort(tutor_client, ("100001",))
    token = extract_csrf(start_marking(tutor_client, one.id))
    response = tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "submit", "mark-1a": "3"},
    )
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    summary = html[html.index('id="error-summary"') : html.index("</div>", html.index('id="error-summary"'))]
    links = re.findall(r'<a href="#([^"]+)">', summary)
    assert links == ["mark-1b", "mark-1c", "mark-2a", "mark-2b", "mark-3a", "mark-3b"]
    assert "Not saved: 6 problems to fix" in summary and "has no mark" in summary
    for target in links:
        assert f'id="{target}"' in html  # each link leads to its field


def test_autosave_saves_a_draft_and_refuses_a_stale_copy(tutor_client: FlaskClient) -> None:
    _, (one,) = _cohort(tutor_client, ("100001",))
    token = extract_csrf(start_marking(tutor_client, one.id))
    url = f"/tutor/submissions/{one.id}/autosave"
    opened = _marking(one).version
    saved = tutor_client.post(url, data={"csrf_token": token, "version": str(opened), "mark-1a": "3"})
    assert saved.status_code == 200 and saved.json is not None and saved.json["saved"] is True
    assert saved.json["version"] == opened + 1
    db.session.expire_all()
    marking = _marking(one)
    assert marking.status == "draft" and {pm.part_id: pm.mark for pm in marking.part_marks}["1a"] == 3
    stale = tutor_client.post(url, data={"csrf_token": token, "version": str(opened), "mark-1a": "4"})
    assert stale.status_code == 409 and stale.json is not None and stale.json["stale"] is True
    bad = tutor_client.post(url, data={"csrf_token": token, "version": str(opened + 1), "mark-1a": "x"})
    assert bad.status_code == 422
    no_token = tutor_client.post(url, data={"version": str(opened + 1), "mark-1a": "4"})
    assert no_token.status_code == 400
    db.session.expire_all()
    assert {pm.part_id: pm.mark for pm in _marking(one).part_marks}["1a"] == 3


def test_markers_see_each_others_marks_once_both_are_final(
    tutor_client: FlaskClient, make_user: Callable[..., User], login: Callable[..., None], app: object
) -> None:
    from flask import Flask, g

    from marker.store.models import AssessmentMember

    assert isinstance(app, Flask)
    assessment_id, (one,) = _cohort(tutor_client, ("100001",))
    token = extract_csrf(start_marking(tutor_client, one.id))
    tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "submit", **FULL_MARKS},
    )
    sam = make_user("sam", "tutor")
    db.session.add(AssessmentMember(assessment_id=assessment_id, user_id=sam.id, role="tutor"))
    second = Marking(submission_id=one.id, marker_id=sam.id, role="second", rubric_hash=_marking(one).rubric_hash)
    db.session.add(second)
    db.session.commit()
    g.pop("csrf_token", None)
    sam_client = app.test_client()
    login(sam_client, sam)
    url = f"/tutor/submissions/{one.id}/mark"
    page = sam_client.get(url).get_data(as_text=True)
    assert "other-markings" not in page and "First marker" not in page  # blind until both are in
    low = {key: "3" for key in FULL_MARKS}
    sam_client.post(
        url, data={"csrf_token": extract_csrf(page), "version": str(second.version), "action": "submit", **low}
    )
    page = sam_client.get(url).get_data(as_text=True)
    assert 'id="other-markings"' in page and "First marker (Tess): <strong>73</strong>" in page
    assert "First marker (Tess): <strong>11</strong>" in page  # beside part 1b
    mine = tutor_client.get(url).get_data(as_text=True)
    assert "Second marker (Sam): <strong>21</strong>" in mine


def test_exports_hold_back_a_flagged_script_until_marks_are_agreed(
    tutor_client: FlaskClient, make_user: Callable[..., User]
) -> None:
    import csv
    import io

    from marker.store.models import AssessmentMember, PartMark

    assessment_id, (one,) = _cohort(tutor_client, ("100001",))
    token = extract_csrf(start_marking(tutor_client, one.id))
    tutor_client.post(
        f"/tutor/submissions/{one.id}/mark",
        data={"csrf_token": token, "version": str(_marking(one).version), "action": "submit", **FULL_MARKS},
    )
    sam = make_user("sam", "tutor")
    db.session.add(AssessmentMember(assessment_id=assessment_id, user_id=sam.id, role="tutor"))
    second = Marking(
        submission_id=one.id,
        marker_id=sam.id,
        role="second",
        status="final",
        total=21,
        grade="Fail",
        rubric_hash=_marking(one).rubric_hash,
    )
    second.part_marks = [PartMark(part_id=key.removeprefix("mark-"), mark=3) for key in FULL_MARKS]
    db.session.add(second)
    db.session.commit()
    page = tutor_client.get(f"/tutor/assessments/{assessment_id}").get_data(as_text=True)
    assert "1 flagged script awaits agreed marks" in page
    sheet = tutor_client.get(f"/tutor/assessments/{assessment_id}/moodle.csv").data.decode("utf-8-sig")
    assert [row["Grade"] for row in csv.DictReader(io.StringIO(sheet))] == [""]
    marks = tutor_client.get(f"/tutor/assessments/{assessment_id}/marks.csv").data.decode("utf-8-sig")
    row = next(csv.DictReader(io.StringIO(marks)))
    assert row["status"] == "awaiting agreement" and "73" not in marks
    agreed = Marking(
        submission_id=one.id, role="agreed", status="final", total=60, grade="Pass", rubric_hash=second.rubric_hash
    )
    db.session.add(agreed)
    db.session.commit()
    page = tutor_client.get(f"/tutor/assessments/{assessment_id}").get_data(as_text=True)
    assert "awaits agreed marks" not in page
