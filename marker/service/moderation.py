"""Moderation use cases: allocation, comparison rows, agreed marks, the sample and the EQA pack.

Marks reach a moderator only through ``marker.service.access``: a moderator who also marks a script sees it as
its marker, on every page and in every file, audit listing included.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import select

from marker.moderation.agreed import AgreedMarks
from marker.moderation.allocation import Allocation, allocate, check_assignment
from marker.moderation.comparison import ScriptComparison, compare
from marker.moderation.eqa import AuditLine, ScriptFile, eqa_pack
from marker.moderation.errors import AllocationError
from marker.moderation.model import MARKER_ROLES, MarkerMarks, ScriptMarks
from marker.moderation.plots import bland_altman_svg, scatter_svg
from marker.moderation.sample import SampleChoice, propose_sample
from marker.moderation.statistics import AgreementReport, agreement_statistics
from marker.rubric.model import Rubric
from marker.service.access import hidden_scripts, require_sees_all, script_view, visible_markings
from marker.service.assessments import tutors_of
from marker.service.errors import NotFound
from marker.service.results import result_of
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.files import read_upload
from marker.store.models import (
    Assessment,
    AuditEvent,
    Marking,
    PartMark,
    SampleMember,
    Submission,
    User,
    utcnow,
)

WITHHELD = "(withheld: blind marking)"


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


def script_marks(viewer: User, submission: Submission) -> ScriptMarks:
    """A script with the markings the viewer may see."""
    return ScriptMarks(
        script_id=str(submission.id),
        label=submission.candidate_number,
        markings=tuple(marker_marks(marking) for marking in visible_markings(viewer, submission)),
    )


def comparison_of(viewer: User, submission: Submission, rubric: Rubric) -> ScriptComparison:
    """The markers' marks side by side, as far as the viewer may see them."""
    assessment = submission.assessment
    return compare(
        rubric,
        script_marks(viewer, submission),
        tolerance_marks=assessment.tolerance_marks,
        part_tolerance_pct=assessment.part_tolerance_pct,
    )


def agreement_report(viewer: User, assessment: Assessment, rubric: Rubric) -> AgreementReport:
    """Agreement statistics over the scripts whose markings the viewer may see in full."""
    seen = [
        script_marks(viewer, submission)
        for submission in assessment.submissions
        if script_view(viewer, submission).sees_others
    ]
    return agreement_statistics(rubric, seen)


def agreed_marking(viewer: User, submission: Submission) -> Marking | None:
    """The script's agreed marking, when there is one and the viewer may see it."""
    return next((m for m in visible_markings(viewer, submission) if m.role == "agreed"), None)


def agreed_scripts(viewer: User, submissions: Iterable[Submission]) -> set[int]:
    """Ids of the scripts whose agreed marks are recorded (and visible to the person)."""
    return {submission.id for submission in submissions if agreed_marking(viewer, submission) is not None}


def markings_by_role(viewer: User, submission: Submission) -> dict[str, Marking]:
    """Who marks the script in each marker role (allocation is not secret; the marks stay behind ``visible``)."""
    return {m.role: m for m in submission.markings if m.role in MARKER_ROLES}


# --- allocation ----------------------------------------------------------------------------------------------


def _roles_held(submission: Submission) -> dict[str, str]:
    return {
        marking.role: str(marking.marker_id)
        for marking in submission.markings
        if marking.role in MARKER_ROLES and marking.marker_id is not None
    }


def _new_marking(uow: UnitOfWork, submission: Submission, role: str, user: User) -> Marking:
    marking = Marking(
        submission=submission,
        marker_id=user.id,
        role=role,
        status="allocated",
        rubric_hash=submission.assessment.rubric_hash,
    )
    uow.session.add(marking)
    return marking


def auto_allocate(uow: UnitOfWork, assessment: Assessment, *, actor: User) -> list[Allocation]:
    """Allocate first and second markers to every script lacking them, balanced and reproducible."""
    tutors = {str(user.id): user for user in tutors_of(assessment)}
    existing = {str(submission.id): _roles_held(submission) for submission in assessment.submissions}
    allocations = allocate(
        [str(submission.id) for submission in assessment.submissions],
        list(tutors),
        seed=assessment.sample_seed,
        existing=existing,
    )
    by_id = {str(submission.id): submission for submission in assessment.submissions}
    with uow.transaction():
        for allocation in allocations:
            _new_marking(uow, by_id[allocation.script_id], allocation.role, tutors[allocation.marker])
        record_event(
            actor=actor,
            action="allocate_markers",
            subject=assessment,
            assessment=assessment,
            new=[
                {"submission": int(a.script_id), "role": a.role, "marker": tutors[a.marker].username}
                for a in allocations
            ],
            seed=assessment.sample_seed,
        )
    return allocations


def assign_marker(uow: UnitOfWork, submission: Submission, role: str, user: User, *, actor: User) -> Marking:
    """Give ``user`` the marker ``role`` on a script by hand (replacing an unstarted allocation)."""
    held = _roles_held(submission)
    check_assignment({r: p for r, p in held.items() if r != role}, role, str(user.id))
    current = next((m for m in submission.markings if m.role == role), None)
    if current is not None and current.status != "allocated" and current.marker_id != user.id:
        raise AllocationError(
            f"The {role} marker has already started marking this script; their marking cannot be reassigned."
        )
    with uow.transaction():
        old = None
        if current is not None:
            old = {"role": role, "marker": current.marker.username if current.marker else None}
            current.marker_id = user.id
            marking = current
        else:
            marking = _new_marking(uow, submission, role, user)
        record_event(
            actor=actor,
            action="assign_marker",
            subject=submission,
            assessment=submission.assessment_id,
            old=old,
            new={"role": role, "marker": user.username},
        )
    return marking


# --- agreed marks --------------------------------------------------------------------------------------------


def save_agreed(
    uow: UnitOfWork,
    submission: Submission,
    rubric: Rubric,
    agreed: AgreedMarks,
    comments: dict[str, str],
    overall_comment: str,
    *,
    actor: User,
) -> Marking:
    """Store the agreed marking (role ``agreed``, final): it becomes the released marking of the script."""
    require_sees_all(actor, submission)
    marking = next((m for m in submission.markings if m.role == "agreed"), None)
    old = marker_marks(marking).marks if marking is not None else None
    with uow.transaction():
        if marking is None:
            marking = Marking(submission=submission, role="agreed", rubric_hash=submission.assessment.rubric_hash)
            uow.session.add(marking)
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
    return marking


# --- the sample ----------------------------------------------------------------------------------------------


def sample_members(uow: UnitOfWork, assessment: Assessment) -> list[SampleMember]:
    return list(
        uow.session.scalars(
            select(SampleMember).where(SampleMember.assessment_id == assessment.id).order_by(SampleMember.id)
        )
    )


def propose(uow: UnitOfWork, assessment: Assessment, rubric: Rubric, *, actor: User) -> list[SampleChoice]:
    """Replace the automatic part of the sample with a fresh proposal; scripts added by hand stay.

    The proposal is made from the results the proposer may see, so it never reveals hidden marks by its choice.
    """
    results = [r for s in assessment.submissions if (r := result_of(actor, s, rubric)) is not None]
    choices = propose_sample(results, rubric, seed=assessment.sample_seed)
    with uow.transaction():
        members = sample_members(uow, assessment)
        manual = {member.submission_id for member in members if member.source == "manual"}
        for member in members:
            if member.source == "auto":
                uow.session.delete(member)
        uow.session.flush()
        for choice in choices:
            if int(choice.script_id) not in manual:
                uow.session.add(
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
    return choices


def add_to_sample(uow: UnitOfWork, assessment: Assessment, submission: Submission, reason: str, *, actor: User) -> None:
    """Add a script to the sample by hand, with the moderator's reason."""
    if any(member.submission_id == submission.id for member in sample_members(uow, assessment)):
        return
    with uow.transaction():
        uow.session.add(
            SampleMember(assessment_id=assessment.id, submission_id=submission.id, reason=reason, source="manual")
        )
        record_event(
            actor=actor, action="sample_add", subject=submission, assessment=assessment, new={"reason": reason}
        )


def remove_from_sample(uow: UnitOfWork, assessment: Assessment, member_id: int, *, actor: User) -> None:
    """Take a script out of the sample, keeping what its reason was in the audit trail."""
    member = uow.session.get(SampleMember, member_id)
    if member is None or member.assessment_id != assessment.id:
        raise NotFound("That script is not in this assessment's sample.")
    with uow.transaction():
        record_event(
            actor=actor,
            action="sample_remove",
            subject=("submission", member.submission_id),
            assessment=assessment,
            old={"reason": member.reason, "source": member.source},
        )
        uow.session.delete(member)


def sample_choices(uow: UnitOfWork, assessment: Assessment) -> list[SampleChoice]:
    """The current sample as the core's choices."""
    by_id = {submission.id: submission for submission in assessment.submissions}
    return [
        SampleChoice(str(member.submission_id), by_id[member.submission_id].candidate_number, member.reason)
        for member in sample_members(uow, assessment)
        if member.submission_id in by_id
    ]


# --- the EQA pack --------------------------------------------------------------------------------------------


def _sample_files(assessment: Assessment, choices: Sequence[SampleChoice]) -> dict[str, ScriptFile]:
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


def _event_script(event: AuditEvent, marking_scripts: dict[str, int]) -> int | None:
    if event.subject_type == "submission" and event.subject_id.isdigit():
        return int(event.subject_id)
    if event.subject_type == "marking":
        return marking_scripts.get(event.subject_id)
    return None


def audit_lines(uow: UnitOfWork, viewer: User, assessment: Assessment) -> list[AuditLine]:
    """The assessment's audit trail, oldest first; details about scripts whose marks are hidden from the viewer
    are withheld (the event itself, who and when, stays listed)."""
    hidden = hidden_scripts(viewer, assessment.submissions)
    marking_scripts = {str(m.id): s.id for s in assessment.submissions for m in s.markings}
    events = uow.session.scalars(
        select(AuditEvent).where(AuditEvent.assessment_id == assessment.id).order_by(AuditEvent.at, AuditEvent.id)
    )
    lines = []
    for event in events:
        script = _event_script(event, marking_scripts)
        withheld = script in hidden and event.actor_id != viewer.id
        details = WITHHELD if withheld else json.dumps(event.details, sort_keys=True, default=str)
        lines.append(
            AuditLine(
                at=event.at.isoformat(sep=" ", timespec="seconds"),
                actor=event.actor_name,
                action=event.action,
                subject=f"{event.subject_type} {event.subject_id}",
                details=details,
            )
        )
    return lines


def agreement_plots(report: AgreementReport, assessment: Assessment) -> dict[str, str]:
    """The scatter and Bland-Altman plots (SVG text) of a report, by file stem."""
    overall = report.overall
    return {
        "scatter": scatter_svg(overall.pairs, max_marks=overall.max_marks, tolerance=assessment.tolerance_marks),
        "bland-altman": bland_altman_svg(overall.pairs, overall.bland_altman),
    }


def eqa_pack_for(uow: UnitOfWork, viewer: User, assessment: Assessment, rubric: Rubric) -> bytes:
    """The EQA pack as this person may take it away, recorded in the audit trail."""
    scripts = [script_marks(viewer, submission) for submission in assessment.submissions]
    report = agreement_report(viewer, assessment, rubric)
    sampled = sample_choices(uow, assessment)
    lines = audit_lines(uow, viewer, assessment)
    with uow.transaction():
        record_event(actor=viewer, action="eqa_pack_download", subject=assessment, assessment=assessment)
    return eqa_pack(
        title=f"{assessment.title} ({assessment.cohort})",
        rubric=rubric,
        sample=sampled,
        scripts=scripts,
        files=_sample_files(assessment, sampled),
        report=report,
        plots=agreement_plots(report, assessment),
        audit=lines,
        made_at=datetime.now(),  # local time, as zip tools show entry times
    )


def unmarked_count(viewer: User, submissions: Iterable[Submission], rubric: Rubric) -> int:
    """Scripts with no final result the viewer may see."""
    return sum(1 for s in submissions if result_of(viewer, s, rubric) is None)
