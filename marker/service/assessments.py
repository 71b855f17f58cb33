"""Assessments: creating one, listing those a person marks or moderates, the moderation settings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from marker.rubric.model import Rubric
from marker.service.access import may_switch_blind_off, require_assessment, require_script
from marker.service.errors import AccessDenied
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.models import Assessment, AssessmentMember, Marking, Submission, User
from marker.store.rubrics import snapshot_for


def create_assessment(
    uow: UnitOfWork,
    rubric: Rubric,
    *,
    title: str,
    cohort: str,
    deadline: date | None,
    retention_days: int,
    actor: User,
) -> Assessment:
    """A new assessment of this rubric (snapshotted), with its creator as a tutor member."""
    with uow.transaction():
        snapshot = snapshot_for(rubric)
        assessment = Assessment(
            title=title.strip(),
            cohort=cohort.strip(),
            rubric_id=rubric.id,
            rubric_hash=snapshot.content_hash,
            rubric_snapshot=snapshot,
            deadline=deadline,
            retention_days=retention_days,
            created_by_id=actor.id,
        )
        assessment.members.append(AssessmentMember(user_id=actor.id, role="tutor"))
        uow.session.add(assessment)
        uow.session.flush()
        record_event(
            actor=actor,
            action="assessment.create",
            subject=assessment,
            assessment=assessment,
            new={
                "title": assessment.title,
                "cohort": assessment.cohort,
                "rubric": rubric.id,
                "rubric_hash": rubric.content_hash,
                "deadline": deadline.isoformat() if deadline else None,
                "retention_days": retention_days,
            },
        )
    return assessment


def assessments_of(uow: UnitOfWork, user: User, role: str) -> list[Assessment]:
    """The live assessments a person belongs to in ``role`` (every live one, for an administrator)."""
    query = select(Assessment).where(Assessment.purged_at.is_(None)).order_by(Assessment.created_at.desc())
    if not user.has_role("admin"):
        query = query.join(AssessmentMember).where(AssessmentMember.user_id == user.id, AssessmentMember.role == role)
    return list(uow.session.scalars(query).unique())


def load_assessment(uow: UnitOfWork, user: User, assessment_id: int, *roles: str) -> Assessment:
    """The assessment with its scripts, their markings, part marks and markers loaded in a fixed few queries."""
    assessment = uow.session.scalar(
        select(Assessment)
        .where(Assessment.id == assessment_id)
        .options(
            selectinload(Assessment.members).selectinload(AssessmentMember.user),
            selectinload(Assessment.submissions)
            .selectinload(Submission.markings)
            .options(selectinload(Marking.part_marks), selectinload(Marking.marker)),
        )
    )
    return require_assessment(user, assessment, *roles)


def load_script(uow: UnitOfWork, user: User, submission_id: int, *roles: str) -> Submission:
    """The script, if the person belongs to its assessment in one of ``roles``."""
    return require_script(user, uow.session.get(Submission, submission_id), *roles)


def assessment_by_id(uow: UnitOfWork, assessment_id: int) -> Assessment | None:
    """The assessment with this id, unchecked: for the policy functions that decide who may manage it."""
    return uow.session.get(Assessment, assessment_id)


def tutors_of(assessment: Assessment) -> list[User]:
    """The people who may mark the assessment's scripts: its tutors, by name."""
    people = {member.user.id: member.user for member in assessment.members if member.role == "tutor"}
    return sorted(people.values(), key=lambda user: user.name.lower())


def update_moderation_settings(
    uow: UnitOfWork, assessment: Assessment, *, blind: bool, tolerance_marks: int, part_tolerance_pct: int, actor: User
) -> None:
    """Change blind second marking and the comparison tolerances, recording old and new values.

    A person who is marking a script blind may not switch blind marking off: that would show them the marks
    they are meant not to see.
    """
    if assessment.blind_second_marking and not blind and not may_switch_blind_off(actor, assessment):
        raise AccessDenied(
            "You are marking scripts of this assessment blind: another moderator must switch blind marking off."
        )
    old = {
        "blind_second_marking": assessment.blind_second_marking,
        "tolerance_marks": assessment.tolerance_marks,
        "part_tolerance_pct": assessment.part_tolerance_pct,
    }
    new = {"blind_second_marking": blind, "tolerance_marks": tolerance_marks, "part_tolerance_pct": part_tolerance_pct}
    with uow.transaction():
        assessment.blind_second_marking = blind
        assessment.tolerance_marks = tolerance_marks
        assessment.part_tolerance_pct = part_tolerance_pct
        if new != old:
            record_event(
                actor=actor, action="moderation_settings", subject=assessment, assessment=assessment, old=old, new=new
            )
