"""Who works on an assessment: the owner and administrators add and remove tutors and moderators, audited."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from marker.cli import main
from marker.extensions import db
from marker.service import members
from marker.service.assessments import create_assessment
from marker.service.checking import rubric_library
from marker.service.errors import AccessDenied, NotFound, Refused
from marker.service.uow import UnitOfWork
from marker.store.models import Assessment, AuditEvent, User


@pytest.fixture
def owned(uow: UnitOfWork, make_user: Callable[..., User]) -> Assessment:
    owner = make_user("olive", "tutor")
    rubric = rubric_library(uow.settings).get("cim-2206")
    return create_assessment(
        uow, rubric, title="2206 July", cohort="July", deadline=None, retention_days=365, actor=owner
    )


def _owner(assessment: Assessment) -> User:
    found = db.session.get(User, assessment.created_by_id)
    assert found is not None
    return found


def test_owner_adds_a_second_tutor_and_a_moderator_audited(
    uow: UnitOfWork, owned: Assessment, make_user: Callable[..., User]
) -> None:
    make_user("tom", "tutor")
    make_user("mo", "moderator")
    members.add_member(uow, owned, "tom", "tutor", actor=_owner(owned))
    members.add_member(uow, owned, "mo", "moderator", actor=_owner(owned))
    listed = [(row.user.username, row.role, row.owner) for row in members.members_of(owned)]
    assert listed == [("olive", "tutor", True), ("tom", "tutor", False), ("mo", "moderator", False)]
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "assessment.member_add")).all()
    assert [(e.actor_name, e.details["new"]) for e in events] == [
        ("Olive", {"username": "tom", "role": "tutor"}),
        ("Olive", {"username": "mo", "role": "moderator"}),
    ]
    assert all(e.assessment_id == owned.id for e in events)


def test_another_tutor_of_the_assessment_may_not_manage_its_people(
    uow: UnitOfWork, owned: Assessment, make_user: Callable[..., User]
) -> None:
    tom = make_user("tom", "tutor")
    make_user("tia", "tutor")
    members.add_member(uow, owned, "tom", "tutor", actor=None)
    with pytest.raises(AccessDenied):
        members.add_member(uow, owned, "tia", "tutor", actor=tom)
    admin = make_user("ada", "admin")
    members.add_member(uow, owned, "tia", "tutor", actor=admin)
    assert {row.user.username for row in members.members_of(owned)} == {"olive", "tom", "tia"}


def test_refusals_say_why(uow: UnitOfWork, owned: Assessment, make_user: Callable[..., User]) -> None:
    make_user("mo", "moderator")
    off = make_user("gone", "tutor")
    off.active = False
    db.session.commit()
    with pytest.raises(Refused, match="not a tutor"):
        members.add_member(uow, owned, "mo", "tutor", actor=None)
    with pytest.raises(Refused, match="deactivated"):
        members.add_member(uow, owned, "gone", "tutor", actor=None)
    with pytest.raises(Refused, match="already"):
        members.add_member(uow, owned, "olive", "tutor", actor=None)
    with pytest.raises(NotFound):
        members.add_member(uow, owned, "nobody", "tutor", actor=None)
    with pytest.raises(Refused, match="at least one tutor"):
        members.remove_member(uow, owned, "olive", "tutor", actor=None)
    with pytest.raises(Refused):
        members.add_member(uow, owned, "mo", "admin", actor=None)


def test_removed_tutor_loses_access_but_their_marking_stays(
    uow: UnitOfWork, owned: Assessment, make_user: Callable[..., User]
) -> None:
    from marker.service import access
    from marker.store.models import Marking, Submission

    tom = make_user("tom", "tutor")
    members.add_member(uow, owned, "tom", "tutor", actor=None)
    script = Submission(assessment=owned, candidate_number="C1", original_name="c1.docx", checksum="x")
    db.session.add(script)
    db.session.add(Marking(submission=script, marker_id=tom.id, role="first", rubric_hash=owned.rubric_hash))
    db.session.commit()
    access.require_assessment(tom, owned, "tutor")
    members.remove_member(uow, owned, "tom", "tutor", actor=_owner(owned))
    with pytest.raises(AccessDenied):
        access.require_assessment(tom, owned, "tutor")
    assert [m.marker_id for m in script.markings] == [tom.id]
    removed = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "assessment.member_remove"))
    assert removed is not None and removed.details["old"] == {"username": "tom", "role": "tutor"}


def test_command_line_adds_lists_and_removes_members(
    app: object, owned: Assessment, make_user: Callable[..., User]
) -> None:
    from flask import Flask

    assert isinstance(app, Flask)
    runner = app.test_cli_runner()
    make_user("mo", "moderator")
    added = runner.invoke(main, ["assessments", "add-member", str(owned.id), "mo", "--role", "moderator"])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(main, ["assessments", "list"])
    assert f"{owned.id}\t2206 July\tJuly\ttutors: olive\tmoderators: mo" in listed.output
    again = runner.invoke(main, ["assessments", "add-member", str(owned.id), "mo", "--role", "moderator"])
    assert again.exit_code == 2 and "already a moderator" in again.output
    removed = runner.invoke(main, ["assessments", "remove-member", str(owned.id), "mo", "--role", "moderator"])
    assert removed.exit_code == 0, removed.output
    assert "moderators: -" in runner.invoke(main, ["assessments", "list"]).output
    missing = runner.invoke(main, ["assessments", "add-member", "999", "mo", "--role", "tutor"])
    assert missing.exit_code == 2 and "no assessment 999" in missing.output
