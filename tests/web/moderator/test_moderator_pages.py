"""The moderator's journey through the pages: allocation, blind marking, comparison, agreed marks, sample, EQA."""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Callable

from flask.testing import FlaskClient
from sqlalchemy import select

from marker.extensions import db
from marker.moderation.sample import sample_size
from marker.store.files import store_upload
from marker.store.models import AuditEvent, Marking, SampleMember, User
from tests.helpers import fetch_export
from tests.web.moderator.conftest import Cohort, add_marking, post_form

Login = Callable[[FlaskClient, User], None]


def _actions() -> list[str]:
    return [event.action for event in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_moderator_allocates_markers_automatically(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(6)
    login(client, cohort.moderator)
    page = f"/moderation/assessments/{cohort.assessment.id}/allocation"
    response = post_form(client, page, page + "/auto", {"action": "auto"})
    assert response.status_code == 302
    for submission in cohort.submissions:
        db.session.refresh(submission)
        roles = {m.role: m.marker_id for m in submission.markings}
        assert set(roles) == {"first", "second"}
        assert roles["first"] != roles["second"]
    firsts = [m.marker_id for s in cohort.submissions for m in s.markings if m.role == "first"]
    assert sorted(firsts.count(t.id) for t in cohort.tutors.values()) == [2, 2, 2]
    assert "allocate_markers" in _actions()
    html = client.get(page).get_data(as_text=True)
    assert "Ann" in html and "Bea" in html and "allocated" in html


def test_hand_assignment_never_puts_one_person_twice_on_a_script(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(2)
    script = cohort.submissions[0]
    add_marking(script, cohort.tutors["ann"], "first", (10, 20, 20))
    add_marking(script, cohort.tutors["bea"], "second", (12, 22, 22))
    login(client, cohort.moderator)
    page = f"/moderation/assessments/{cohort.assessment.id}/allocation"
    data = {"submission_id": script.id, "role": "third", "marker_id": cohort.tutors["ann"].id}
    response = post_form(client, page, page + "/assign", data)
    assert response.status_code == 400
    assert "already the first marker" in response.get_data(as_text=True)
    response = post_form(client, page, page + "/assign", {**data, "marker_id": cohort.tutors["cal"].id})
    assert response.status_code == 302
    db.session.refresh(script)
    assert {m.role: m.marker_id for m in script.markings}["third"] == cohort.tutors["cal"].id
    assert _actions()[-1] == "assign_marker"


def test_a_moderator_of_another_assessment_is_refused(
    client: FlaskClient, make_cohort: Callable[..., Cohort], make_user: Callable[..., User], login: Login
) -> None:
    cohort = make_cohort(1)
    login(client, make_user("other", "moderator"))
    assert client.get(f"/moderation/assessments/{cohort.assessment.id}/comparison").status_code == 403
    assert client.get(f"/moderation/scripts/{cohort.submissions[0].id}").status_code == 403
    assert client.get(f"/moderation/assessments/{cohort.assessment.id}/eqa.zip").status_code == 403


def test_blind_second_marker_does_not_see_the_first_marks_until_both_are_in(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(1)
    bea = cohort.tutors["bea"]
    # Bea also moderates the assessment: her moderator pages must still keep the first marking from her.
    cohort.assessment.members.append(type(cohort.assessment.members[0])(user_id=bea.id, role="moderator"))
    bea.set_roles(["tutor", "moderator"])
    db.session.commit()
    script = cohort.submissions[0]
    add_marking(script, cohort.tutors["ann"], "first", (17, 33, 31), comments=("ANN-SECRET-COMMENT", "", ""))
    add_marking(script, bea, "second", (9, None, None), status="draft")
    login(client, bea)
    html = client.get(f"/moderation/scripts/{script.id}").get_data(as_text=True)
    assert "blind-notice" in html
    assert "ANN-SECRET-COMMENT" not in html and ">17<" not in html and ">33<" not in html
    assert client.get(f"/moderation/scripts/{script.id}/agreed").status_code == 403
    listing = client.get(f"/moderation/assessments/{cohort.assessment.id}/comparison").get_data(as_text=True)
    assert "first: 81" not in listing
    add_marking(script, bea, "second", (10, 30, 30))
    html = client.get(f"/moderation/scripts/{script.id}").get_data(as_text=True)
    assert "blind-notice" not in html and "ANN-SECRET-COMMENT" in html


def test_open_marking_shows_the_first_marks_to_the_second_marker(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(1, blind=False)
    bea = cohort.tutors["bea"]
    cohort.assessment.members.append(type(cohort.assessment.members[0])(user_id=bea.id, role="moderator"))
    bea.set_roles(["tutor", "moderator"])
    db.session.commit()
    script = cohort.submissions[0]
    add_marking(script, cohort.tutors["ann"], "first", (17, 33, 31), comments=("ANN-VISIBLE", "", ""))
    add_marking(script, bea, "second", (None, None, None), status="draft")
    login(client, bea)
    assert "ANN-VISIBLE" in client.get(f"/moderation/scripts/{script.id}").get_data(as_text=True)


def _double_mark(cohort: Cohort, seed: int = 11) -> None:
    rng = random.Random(seed)
    for index, submission in enumerate(cohort.submissions):
        first = [rng.randint(6, 20), rng.randint(15, 40), rng.randint(15, 40)]
        second = [
            max(0, min(m, v + rng.choice((-2, -1, 0, 1, 2, 3)))) for v, m in zip(first, (20, 40, 40), strict=True)
        ]
        if index == 0:
            second = [first[0], max(0, first[1] - 14), first[2]]  # one part far apart: a flag
        add_marking(submission, cohort.tutors["ann"], "first", first, comments=(f"ann on {index}", "", ""))
        add_marking(submission, cohort.tutors["bea"], "second", second, comments=(f"bea on {index}", "", ""))


def test_comparison_of_thirty_scripts_shows_flags_statistics_and_both_plots(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(30)
    _double_mark(cohort)
    login(client, cohort.moderator)
    response = client.get(f"/moderation/assessments/{cohort.assessment.id}/comparison")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "30 double-marked" in html
    first_row = html.split(f'id="script-{cohort.submissions[0].id}"')[1].split("</tr>")[0]
    assert "part difference" in first_row and "Task 1 (b)" in first_row
    assert 'id="measure-overall-icc_single"' in html and "Koo" not in html
    assert "How far can one marker" in html and "Krippendorff" in html and "quadratic" in html
    assert html.count('src="data:image/svg+xml;base64,') == 2
    assert 'id="statistics-1a"' in html


def test_agreed_marks_need_a_rationale_then_become_the_released_marking(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(1)
    script = cohort.submissions[0]
    add_marking(
        script, cohort.tutors["ann"], "first", (10, 20, 20), comments=("Ann says thin.", "", ""), overall="Ann overall"
    )
    add_marking(script, cohort.tutors["bea"], "second", (10, 30, 28), comments=("Bea says good.", "", ""))
    login(client, cohort.moderator)
    page = f"/moderation/scripts/{script.id}/agreed"
    form = client.get(page).get_data(as_text=True)
    assert "Ann says thin." in form and "Bea says good." in form
    data = {
        "mark-1a": "10",
        "mark-1b": "26",
        "mark-2a": "24",
        "rationale-2a": "Midway.",
        "comment-1a": "Agreed comment",
    }
    response = post_form(client, page, page, data)
    assert response.status_code == 400
    assert "say why in the rationale" in response.get_data(as_text=True)
    assert not [m for m in script.markings if m.role == "agreed"]
    response = post_form(client, page, page, {**data, "rationale-1b": "Application shown in 1b."})
    assert response.status_code == 302
    db.session.expire_all()
    agreed = db.session.scalars(select(Marking).where(Marking.role == "agreed")).one()
    assert (agreed.status, agreed.total, agreed.grade, agreed.marker_id) == ("final", 60, "Pass", cohort.moderator.id)
    assert {row.part_id: row.rationale for row in agreed.part_marks}["1b"] == "Application shown in 1b."
    assert _actions()[-1] == "agreed_marks"
    html = client.get(f"/moderation/scripts/{script.id}").get_data(as_text=True)
    assert "Ann says thin." in html and "Bea says good." in html and "Application shown in 1b." in html


def test_sample_is_proposed_with_reasons_and_edited_by_hand(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(30)
    _double_mark(cohort)
    login(client, cohort.moderator)
    page = f"/moderation/assessments/{cohort.assessment.id}/sample"
    assert post_form(client, page, page + "/propose", {"action": "propose"}).status_code == 302
    members = db.session.scalars(select(SampleMember)).all()
    assert len(members) >= sample_size(30)
    assert all(member.reason and member.source == "auto" for member in members)
    html = client.get(page).get_data(as_text=True)
    assert all(member.reason in html for member in members)
    assert "Fail (" in html or "Highest total" in html
    outside = next(s for s in cohort.submissions if s.id not in {m.submission_id for m in members})
    response = post_form(client, page, page + "/add", {"submission_id": outside.id, "reason": "Unusual structure"})
    assert response.status_code == 302
    removed = members[0]
    assert post_form(client, page, page + "/remove", {"member_id": removed.id}).status_code == 302
    post_form(client, page, page + "/propose", {"action": "propose"})
    after = {m.submission_id: m for m in db.session.scalars(select(SampleMember))}
    assert after[outside.id].source == "manual" and after[outside.id].reason == "Unusual structure"
    assert {"propose_sample", "sample_add", "sample_remove"} <= set(_actions())


def test_eqa_pack_holds_sampled_scripts_markings_statistics_and_audit(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(8)
    _double_mark(cohort)
    sampled = cohort.submissions[3]
    sampled.stored_name = store_upload(b"the script bytes")
    db.session.commit()
    login(client, cohort.moderator)
    page = f"/moderation/assessments/{cohort.assessment.id}/sample"
    post_form(client, page, page + "/add", {"submission_id": sampled.id, "reason": "EQA asked"})
    response = fetch_export(client, f"/moderation/assessments/{cohort.assessment.id}/eqa.zip")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    scripts = [name for name in archive.namelist() if name.startswith("scripts/")]
    assert scripts == [f"scripts/{sampled.candidate_number}-script-3.docx"]
    assert archive.read(scripts[0]) == b"the script bytes"
    markings = list(csv.reader(io.StringIO(archive.read("markings.csv").decode("utf-8-sig"))))
    assert ["C" for row in markings if row[7] == "bea on 5"] == ["C"]
    audit = archive.read("audit.csv").decode("utf-8-sig")
    assert "sample_add" in audit and "EQA asked" in audit
    assert b"<svg" in archive.read("plots/scatter.svg")
    assert "eqa_pack_download" in _actions()


def test_settings_change_tolerance_and_blind_marking_with_an_audit_entry(
    client: FlaskClient, make_cohort: Callable[..., Cohort], login: Login
) -> None:
    cohort = make_cohort(1)
    login(client, cohort.moderator)
    page = f"/moderation/assessments/{cohort.assessment.id}/allocation"
    response = post_form(
        client,
        page,
        f"/moderation/assessments/{cohort.assessment.id}/settings",
        {"tolerance_marks": "5", "part_tolerance_pct": "25"},
    )
    assert response.status_code == 302
    db.session.refresh(cohort.assessment)
    assert (cohort.assessment.tolerance_marks, cohort.assessment.part_tolerance_pct) == (5, 25)
    assert cohort.assessment.blind_second_marking is False
    event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "moderation_settings")).one()
    assert event.details["old"]["tolerance_marks"] == 10 and event.details["new"]["tolerance_marks"] == 5
