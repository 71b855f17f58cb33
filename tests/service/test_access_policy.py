"""The access policy as a table: who sees which markings of a script, and who may switch blind marking off."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from marker.extensions import db
from marker.service import access
from marker.service.errors import AccessDenied, NotFound
from marker.store.models import Assessment, AssessmentMember, Marking, RubricSnapshot, Submission, User

HASH = "1" * 64

# (blind, viewer, first status, second status, agreed?, roles the viewer sees)
# viewer: "first" / "second" (the script's markers), "dual" (moderator and second marker), "moderator",
# "admin", "tutor" (a tutor of the assessment who does not mark this script)
CASES = [
    (True, "first", "final", "draft", False, {"first"}),
    (True, "second", "final", "draft", False, {"second"}),
    (True, "dual", "final", "allocated", True, {"second"}),
    (True, "dual", "final", "final", True, {"first", "second", "agreed"}),
    (True, "first", "final", "final", False, {"first", "second"}),
    (True, "moderator", "final", "draft", True, {"first", "second", "agreed"}),
    (True, "admin", "draft", "draft", False, {"first", "second"}),
    (True, "tutor", "final", "final", True, set()),
    (False, "tutor", "final", "draft", True, {"first", "second", "agreed"}),
    (False, "second", "final", "draft", False, {"first", "second"}),
]


def _script(make_user: Callable[..., User], blind: bool, first: str, second: str, agreed: bool) -> dict[str, object]:
    people = {
        "first": make_user("first", "tutor"),
        "second": make_user("second", "tutor"),
        "dual": make_user("dual", "tutor", "moderator"),
        "moderator": make_user("moderator", "moderator"),
        "admin": make_user("admin", "admin"),
        "tutor": make_user("tutor", "tutor"),
    }
    snapshot = RubricSnapshot(content_hash=HASH, rubric_id="t", version="1", data={})
    assessment = Assessment(title="A", cohort="C", rubric_id="t", rubric_hash=snapshot.content_hash)
    assessment.blind_second_marking = blind
    for name, role in [("first", "tutor"), ("second", "tutor"), ("dual", "tutor"), ("dual", "moderator")]:
        assessment.members.append(AssessmentMember(user_id=people[name].id, role=role))
    assessment.members.append(AssessmentMember(user_id=people["moderator"].id, role="moderator"))
    assessment.members.append(AssessmentMember(user_id=people["tutor"].id, role="tutor"))
    submission = Submission(assessment=assessment, candidate_number="1", original_name="s.docx", checksum="0" * 64)
    db.session.add_all([snapshot, assessment, submission])
    db.session.flush()
    return {"people": people, "assessment": assessment, "submission": submission}


@pytest.mark.parametrize(("blind", "viewer", "first", "second", "agreed", "expected"), CASES)
def test_who_sees_which_markings(
    app: object,
    make_user: Callable[..., User],
    blind: bool,
    viewer: str,
    first: str,
    second: str,
    agreed: bool,
    expected: set[str],
) -> None:
    scene = _script(make_user, blind, first, second, agreed)
    people, submission = scene["people"], scene["submission"]
    assert isinstance(people, dict) and isinstance(submission, Submission)
    second_marker = people["dual"] if viewer == "dual" else people["second"]
    markings = [
        Marking(submission=submission, marker_id=people["first"].id, role="first", status=first, rubric_hash=HASH),
        Marking(submission=submission, marker_id=second_marker.id, role="second", status=second, rubric_hash=HASH),
    ]
    if agreed:
        markings.append(
            Marking(
                submission=submission,
                marker_id=people["moderator"].id,
                role="agreed",
                status="final",
                rubric_hash=HASH,
            )
        )
    db.session.add_all(markings)
    db.session.commit()
    seen = {marking.role for marking in access.visible_markings(people[viewer], submission)}
    assert seen == expected


def test_a_blind_marker_may_not_switch_blind_marking_off_until_their_scripts_are_in(
    app: object, make_user: Callable[..., User]
) -> None:
    scene = _script(make_user, True, "final", "draft", False)
    people, submission, assessment = scene["people"], scene["submission"], scene["assessment"]
    assert isinstance(people, dict) and isinstance(submission, Submission) and isinstance(assessment, Assessment)
    second = Marking(
        submission=submission, marker_id=people["dual"].id, role="second", status="draft", rubric_hash=HASH
    )
    db.session.add_all(
        [
            Marking(
                submission=submission, marker_id=people["first"].id, role="first", status="final", rubric_hash=HASH
            ),
            second,
        ]
    )
    db.session.commit()
    assert not access.may_switch_blind_off(people["dual"], assessment)
    assert access.may_switch_blind_off(people["moderator"], assessment)
    assert not access.may_switch_blind_off(people["tutor"], assessment)  # not a moderator
    second.status = "final"
    db.session.commit()
    assert access.may_switch_blind_off(people["dual"], assessment)


def test_membership_answers(app: object, make_user: Callable[..., User]) -> None:
    scene = _script(make_user, True, "final", "draft", False)
    people, assessment = scene["people"], scene["assessment"]
    assert isinstance(people, dict) and isinstance(assessment, Assessment)
    outsider = make_user("outsider", "tutor", "moderator")
    assert access.require_assessment(people["admin"], assessment, "moderator") is assessment
    assert access.require_assessment(people["first"], assessment, "tutor") is assessment
    with pytest.raises(AccessDenied):
        access.require_assessment(people["first"], assessment, "moderator")
    with pytest.raises(AccessDenied):
        access.require_assessment(outsider, assessment, "tutor", "moderator")
    with pytest.raises(NotFound):
        access.require_assessment(people["admin"], None, "tutor")
