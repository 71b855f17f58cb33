"""Moderation in the database: turn rows into the core's plain data, and write what the moderator decides.

Every change writes its audit entry in the same transaction. The rules themselves live in
``marker.moderation``; this module only gathers and stores.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from sqlalchemy import select

from marker.extensions import db
from marker.moderation.agreed import AgreedMarks
from marker.moderation.allocation import Allocation, allocate, check_assignment
from marker.moderation.eqa import AuditLine, ScriptFile
from marker.moderation.errors import AllocationError
from marker.moderation.model import MarkerMarks, ScriptMarks, ScriptResult
from marker.moderation.sample import SampleChoice, propose_sample
from marker.rubric.model import Rubric
from marker.store.audit import record_event
from marker.store.files import read_upload
from marker.store.models import (
    Assessment,
    AssessmentMember,
    AuditEvent,
    Marking,
    PartMark,
    SampleMember,
    Submission,
    User,
    utcnow,
)

MARKER_ROLES = ("first", "second", "third")


def moderated_assessments(user: User) -> list[Assessment]:
    """The assessments this person moderates (every live one, for an administrator)."""
    query = select(Assessment).where(Assessment.purged_at.is_(None)).order_by(Assessment.created_at.desc())
    if not user.has_role("admin"):
        query = query.join(AssessmentMember).where(
            AssessmentMember.user_id == user.id, AssessmentMember.role == "moderator"
        )
    return list(db.session.scalars(query).unique())


def tutors_of(assessment: Assessment) -> list[User]:
    """The people who may mark the assessment's scripts: its tutors, by name."""
    people = {member.user.id: member.user for member in assessment.members if member.role == "tutor"}
    return sorted(people.values(), key=lambda user: user.name.lower())


def marker_label(marking: Marking) -> str:
    return marking.marker.name if marking.marker is not None else "(former user)"


def marker_marks(marking: Marking) -> MarkerMarks:
    """A marking row as the core sees it."""
    return MarkerMarks(
        marker=marker_label(marking),
        role=marking.role,  # type: ignore[arg-type]
        status=marking.status,
        marks={row.part_id: row.mark for row in marking.part_marks},
        comments={row.part_id: row.comment for row in marking.part_marks if row.comment},
        overall_comment=marking.overall_comment,
        total=marking.total,
        grade=marking.grade,
        rationale={row.part_id: row.rationale for row in marking.part_marks if row.rationale},
    )


def script_marks(submission: Submission, roles: Iterable[str] | None = None) -> ScriptMarks:
    """A script with its markings (only those in ``roles`` when given: what the viewer may see)."""
    wanted = set(roles) if roles is not None else None
    return ScriptMarks(
        script_id=str(submission.id),
        label=submission.candidate_number,
        markings=tuple(
            marker_marks(marking) for marking in submission.markings if wanted is None or marking.role in wanted
        ),
    )


def statuses(submission: Submission) -> dict[str, str]:
    """Each marking role on the script and its status."""
    return {marking.role: marking.status for marking in submission.markings}


def viewer_role(submission: Submission, user: User) -> str:
    """The viewer's role on a script: their marker role if they mark it, else moderator."""
    for marking in submission.markings:
        if marking.marker_id == user.id and marking.role in MARKER_ROLES:
            return marking.role
    return "moderator"


def roles_held(submission: Submission) -> dict[str, str]:
    """Marker roles on a script mapped to the id (as text) of the person holding them."""
    return {
        marking.role: str(marking.marker_id)
        for marking in submission.markings
        if marking.role in MARKER_ROLES and marking.marker_id is not None
    }


def _new_marking(submission: Submission, role: str, user: User) -> Marking:
    marking = Marking(
        submission=submission,
        marker_id=user.id,
        role=role,
        status="allocated",
        rubric_hash=submission.assessment.rubric_hash,
    )
    db.session.add(marking)
    return marking


def auto_allocate(assessment: Assessment, *, actor: User) -> list[Allocation]:
    """Allocate first and second markers to every script lacking them, balanced and reproducible."""
    tutors = {str(user.id): user for user in tutors_of(assessment)}
    existing = {str(submission.id): roles_held(submission) for submission in assessment.submissions}
    allocations = allocate(
        [str(submission.id) for submission in assessment.submissions],
        list(tutors),
        seed=assessment.sample_seed,
        existing=existing,
    )
    by_id = {str(submission.id): submission for submission in assessment.submissions}
    for allocation in allocations:
        _new_marking(by_id[allocation.script_id], allocation.role, tutors[allocation.marker])
    record_event(
        actor=actor,
        action="allocate_markers",
        subject=assessment,
        assessment=assessment,
        new=[
            {"submission": int(a.script_id), "role": a.role, "marker": tutors[a.marker].username} for a in allocations
        ],
        seed=assessment.sample_seed,
    )
    db.session.commit()
    return allocations


def assign_marker(submission: Submission, role: str, user: User, *, actor: User) -> Marking:
    """Give ``user`` the marker ``role`` on a script by hand (replacing an unstarted allocation)."""
    held = roles_held(submission)
    check_assignment({r: p for r, p in held.items() if r != role}, role, str(user.id))
    current = next((m for m in submission.markings if m.role == role), None)
    old = None
    if current is not None:
        if current.status != "allocated" and current.marker_id != user.id:
            raise AllocationError(
                f"The {role} marker has already started marking this script; their marking cannot be reassigned."
            )
        old = {"role": role, "marker": current.marker.username if current.marker else None}
        current.marker_id = user.id
        marking = current
    else:
        marking = _new_marking(submission, role, user)
    record_event(
        actor=actor,
        action="assign_marker",
        subject=submission,
        assessment=submission.assessment_id,
        old=old,
        new={"role": role, "marker": user.username},
    )
    db.session.commit()
    return marking


def update_settings(
    assessment: Assessment, *, blind: bool, tolerance_marks: int, part_tolerance_pct: int, actor: User
) -> None:
    """Change blind second marking and the comparison tolerances, recording old and new values."""
    old = {
        "blind_second_marking": assessment.blind_second_marking,
        "tolerance_marks": assessment.tolerance_marks,
        "part_tolerance_pct": assessment.part_tolerance_pct,
    }
    assessment.blind_second_marking = blind
    assessment.tolerance_marks = tolerance_marks
    assessment.part_tolerance_pct = part_tolerance_pct
    new = {"blind_second_marking": blind, "tolerance_marks": tolerance_marks, "part_tolerance_pct": part_tolerance_pct}
    if new != old:
        record_event(
            actor=actor, action="moderation_settings", subject=assessment, assessment=assessment, old=old, new=new
        )
    db.session.commit()


def agreed_marking(submission: Submission) -> Marking | None:
    return next((m for m in submission.markings if m.role == "agreed"), None)


def save_agreed(
    submission: Submission,
    rubric: Rubric,
    agreed: AgreedMarks,
    comments: dict[str, str],
    overall_comment: str,
    *,
    actor: User,
) -> Marking:
    """Store the agreed marking (role ``agreed``, final): it becomes the released marking of the script."""
    marking = agreed_marking(submission)
    old = marker_marks(marking).marks if marking is not None else None
    if marking is None:
        marking = Marking(submission=submission, role="agreed", rubric_hash=submission.assessment.rubric_hash)
        db.session.add(marking)
    marking.marker_id = actor.id
    marking.status = "final"
    marking.total = agreed.total
    marking.grade = agreed.grade
    marking.overall_comment = overall_comment
    marking.rationale = agreed.overall_rationale
    marking.submitted_at = utcnow()
    rows = {row.part_id: row for row in marking.part_marks}
    for part in rubric.parts:
        row = rows.get(part.id)
        if row is None:
            row = PartMark(part_id=part.id)
            marking.part_marks.append(row)
        row.mark = agreed.marks[part.id]
        row.comment = comments.get(part.id, "")
        row.rationale = agreed.rationale.get(part.id, "")
    record_event(
        actor=actor,
        action="agreed_marks",
        subject=submission,
        assessment=submission.assessment_id,
        old=old,
        new={"marks": agreed.marks, "total": agreed.total, "grade": agreed.grade, "rationale": agreed.rationale},
    )
    db.session.commit()
    return marking


def result_of(submission: Submission, rubric: Rubric) -> ScriptResult | None:
    """The script's result for the sample: the agreed marking, else the first marker's submitted one."""
    for role in ("agreed", "first"):
        marking = next((m for m in submission.markings if m.role == role and m.status == "final"), None)
        if marking is not None:
            total = marking.total
            if total is None:
                total = sum(row.mark for row in marking.part_marks if row.mark is not None)
            grade = marking.grade or rubric.grade_for(total)
            return ScriptResult(str(submission.id), submission.candidate_number, total, grade)
    return None


def sample_members(assessment: Assessment) -> list[SampleMember]:
    return list(
        db.session.scalars(
            select(SampleMember).where(SampleMember.assessment_id == assessment.id).order_by(SampleMember.id)
        )
    )


def propose(assessment: Assessment, rubric: Rubric, *, actor: User) -> list[SampleChoice]:
    """Replace the automatic part of the sample with a fresh proposal; scripts added by hand stay."""
    results = [r for s in assessment.submissions if (r := result_of(s, rubric)) is not None]
    choices = propose_sample(results, rubric, seed=assessment.sample_seed)
    members = sample_members(assessment)
    manual = {member.submission_id for member in members if member.source == "manual"}
    for member in members:
        if member.source == "auto":
            db.session.delete(member)
    db.session.flush()
    for choice in choices:
        if int(choice.script_id) not in manual:
            db.session.add(
                SampleMember(
                    assessment_id=assessment.id,
                    submission_id=int(choice.script_id),
                    reason=choice.reason,
                    source="auto",
                )
            )
    record_event(
        actor=actor,
        action="propose_sample",
        subject=assessment,
        assessment=assessment,
        new=[{"submission": int(c.script_id), "reason": c.reason} for c in choices],
        seed=assessment.sample_seed,
    )
    db.session.commit()
    return choices


def add_to_sample(assessment: Assessment, submission: Submission, reason: str, *, actor: User) -> None:
    """Add a script to the sample by hand, with the moderator's reason."""
    if any(member.submission_id == submission.id for member in sample_members(assessment)):
        return
    db.session.add(
        SampleMember(assessment_id=assessment.id, submission_id=submission.id, reason=reason, source="manual")
    )
    record_event(actor=actor, action="sample_add", subject=submission, assessment=assessment, new={"reason": reason})
    db.session.commit()


def remove_from_sample(assessment: Assessment, member: SampleMember, *, actor: User) -> None:
    """Take a script out of the sample, keeping what its reason was in the audit trail."""
    record_event(
        actor=actor,
        action="sample_remove",
        subject=("submission", member.submission_id),
        assessment=assessment,
        old={"reason": member.reason, "source": member.source},
    )
    db.session.delete(member)
    db.session.commit()


def sample_choices(assessment: Assessment) -> list[SampleChoice]:
    """The current sample as the core's choices."""
    by_id = {submission.id: submission for submission in assessment.submissions}
    return [
        SampleChoice(str(member.submission_id), by_id[member.submission_id].candidate_number, member.reason)
        for member in sample_members(assessment)
        if member.submission_id in by_id
    ]


def sample_files(assessment: Assessment, choices: Sequence[SampleChoice]) -> dict[str, ScriptFile]:
    """The stored files of the sampled scripts (a script whose file was purged is left out)."""
    wanted = {choice.script_id for choice in choices}
    files = {}
    for submission in assessment.submissions:
        if str(submission.id) in wanted and submission.stored_name:
            try:
                data = read_upload(submission.stored_name)
            except (OSError, ValueError):
                continue
            files[str(submission.id)] = ScriptFile(submission.original_name, data)
    return files


def audit_lines(assessment: Assessment) -> list[AuditLine]:
    """The assessment's audit trail, oldest first."""
    events = db.session.scalars(
        select(AuditEvent).where(AuditEvent.assessment_id == assessment.id).order_by(AuditEvent.at, AuditEvent.id)
    )
    return [
        AuditLine(
            at=event.at.isoformat(sep=" ", timespec="seconds"),
            actor=event.actor_name,
            action=event.action,
            subject=f"{event.subject_type} {event.subject_id}",
            details=json.dumps(event.details, sort_keys=True, default=str),
        )
        for event in events
    ]


def record_download(assessment: Assessment, *, actor: User) -> None:
    """Note in the audit trail that someone downloaded the EQA pack (it holds candidates' scripts)."""
    record_event(actor=actor, action="eqa_pack_download", subject=assessment, assessment=assessment)
    db.session.commit()
