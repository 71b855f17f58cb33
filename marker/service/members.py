"""Who works on an assessment: its owner and administrators add and remove tutors and moderators.

The web's people page and ``marker assessments add-member`` call the same use cases. A person removed from an
assessment keeps the markings they made (they stay on the scripts, with their name); they only stop seeing it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from marker.service.access import require_manages_members
from marker.service.errors import NotFound, Refused
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.models import Assessment, AssessmentMember, User

MEMBER_ROLES = ("tutor", "moderator")


@dataclass(frozen=True)
class Member:
    """One person's place in the assessment, as the people page and the command line list it."""

    user: User
    role: str
    owner: bool


def all_assessments(uow: UnitOfWork) -> list[Assessment]:
    """Every live assessment, oldest first (for the command line)."""
    query = select(Assessment).where(Assessment.purged_at.is_(None)).order_by(Assessment.id)
    return list(uow.session.scalars(query))


def assessment_by_id(uow: UnitOfWork, assessment_id: int) -> Assessment:
    """A live assessment by id, for the command line (which acts for the installation's operator)."""
    found = uow.session.get(Assessment, assessment_id)
    if found is None or found.purged_at is not None:
        raise NotFound(f"There is no assessment {assessment_id}.")
    return found


def members_of(assessment: Assessment) -> list[Member]:
    """The assessment's tutors, then its moderators, each by name."""
    rows = [
        Member(user=member.user, role=member.role, owner=member.user_id == assessment.created_by_id)
        for member in assessment.members
    ]
    return sorted(rows, key=lambda row: (MEMBER_ROLES.index(row.role), row.user.name.lower(), row.user.id))


def candidates_for(uow: UnitOfWork, assessment: Assessment, role: str) -> list[User]:
    """Active people who could be added in ``role`` and are not in it yet (for the page's choice list)."""
    present = {member.user_id for member in assessment.members if member.role == role}
    people = uow.session.scalars(select(User).where(User.active.is_(True)).order_by(User.username))
    return [person for person in people if person.id not in present and person.has_role(role, "admin")]


def _check_role(role: str) -> None:
    if role not in MEMBER_ROLES:
        raise Refused(f"A member is a {' or a '.join(MEMBER_ROLES)}, not {role!r}.")


def _person(uow: UnitOfWork, username: str) -> User:
    found = uow.session.scalar(select(User).where(User.username == username.strip()))
    if found is None:
        raise NotFound(f"No one has the username {username.strip()!r}.")
    return found


def _authorise(actor: User | None, assessment: Assessment) -> None:
    # The command line (actor None) is the operator of the installation: it may manage any assessment.
    if actor is not None:
        require_manages_members(actor, assessment)


def add_member(uow: UnitOfWork, assessment: Assessment, username: str, role: str, *, actor: User | None) -> User:
    """Make a person a tutor or moderator of the assessment; they must be active and hold that role."""
    _authorise(actor, assessment)
    _check_role(role)
    person = _person(uow, username)
    if not person.active:
        raise Refused(f"{person.username} is deactivated: an administrator must reactivate them first.")
    if not person.has_role(role, "admin"):
        raise Refused(f"{person.username} is not a {role}: an administrator must give them that role first.")
    if role in assessment.member_roles(person):
        raise Refused(f"{person.username} is already a {role} of this assessment.")
    with uow.transaction():
        assessment.members.append(AssessmentMember(user_id=person.id, user=person, role=role))
        record_event(
            actor=actor,
            action="assessment.member_add",
            subject=assessment,
            assessment=assessment,
            new={"username": person.username, "role": role},
        )
    return person


def remove_member(uow: UnitOfWork, assessment: Assessment, username: str, role: str, *, actor: User | None) -> User:
    """Take a person out of the assessment's tutors or moderators; the markings they made stay."""
    _authorise(actor, assessment)
    _check_role(role)
    person = _person(uow, username)
    rows = [member for member in assessment.members if member.user_id == person.id and member.role == role]
    if not rows:
        raise Refused(f"{person.username} is not a {role} of this assessment.")
    if role == "tutor" and sum(1 for member in assessment.members if member.role == "tutor") == 1:
        raise Refused("An assessment needs at least one tutor: add another before removing this one.")
    with uow.transaction():
        for row in rows:
            assessment.members.remove(row)
        record_event(
            actor=actor,
            action="assessment.member_remove",
            subject=assessment,
            assessment=assessment,
            old={"username": person.username, "role": role},
        )
    return person
