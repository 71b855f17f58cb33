"""A marker's own marking of a script: claiming it, its saved scores, saving it whole; the comment bank."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import defer, selectinload
from sqlalchemy.orm.exc import StaleDataError

from marker.errors import MarkerError
from marker.marking import Score, require_valid, tally
from marker.marking.scores import part_achieved
from marker.rubric.model import Rubric
from marker.service.access import may_start_marking
from marker.service.errors import AccessDenied, MarkingClosed, StaleMarking
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.models import CommentBankEntry, Marking, PartMark, Submission, User, utcnow


def marking_of(submission: Submission, user: User) -> Marking | None:
    """The marking this person holds on a script (their first, second or third marking), if any."""
    for marking in submission.markings:
        if marking.marker_id == user.id and marking.role != "agreed":
            return marking
    return None


def first_marker_elsewhere(submission: Submission, user: User) -> str | None:
    """The name of the person who holds the script's first marking, when it is not this person."""
    first = next((m for m in submission.markings if m.role == "first"), None)
    if first is None or first.marker_id == user.id:
        return None
    return first.marker.name if first.marker is not None else "another marker"


def start_marking(uow: UnitOfWork, submission: Submission, user: User) -> Marking:
    """The person's marking of a script, claiming the first marking when nobody holds it (an explicit action)."""
    marking = marking_of(submission, user)
    if marking is not None:
        return marking
    holder = first_marker_elsewhere(submission, user)
    if holder is not None:
        raise MarkingClosed(f"Candidate {submission.candidate_number} is allocated to {holder} for first marking.")
    if not may_start_marking(user, submission):
        raise AccessDenied("Only the assessment's tutors mark its scripts.")
    with uow.transaction():
        marking = Marking(
            submission=submission,
            marker_id=user.id,
            role="first",
            status="allocated",
            rubric_hash=submission.assessment.rubric_hash,
        )
        uow.session.add(marking)
        uow.session.flush()
        record_event(
            actor=user,
            action="marking.start",
            subject=marking,
            assessment=submission.assessment_id,
            new={"role": "first", "submission": submission.id},
        )
    return marking


def reload(uow: UnitOfWork, marking: Marking) -> Marking:
    """The marking as saved now (after a refused save, the page shows what is stored, not the refused attempt)."""
    uow.session.refresh(marking)
    return marking


def criterion_key(part_id: str, code: str) -> str:
    """The PartMark.part_id that holds one criterion's decision of an achievement part."""
    return f"{part_id}:{code}"


def scores_of(marking: Marking, rubric: Rubric) -> dict[str, Score]:
    """The scores stored for a marking, as the core's ``Score`` values."""
    rows = {row.part_id: row for row in marking.part_marks}
    scores: dict[str, Score] = {}
    for part in rubric.parts:
        row = rows.get(part.id)
        criteria = {
            c.code: rows[criterion_key(part.id, c.code)].achieved
            for c in part.achievement_criteria
            if criterion_key(part.id, c.code) in rows
        }
        if row is None and not criteria:
            continue
        scores[part.id] = Score(
            part.id,
            mark=row.mark if row is not None else None,
            comment=row.comment if row is not None else "",
            criteria=criteria,
            achieved=row.achieved if row is not None and not part.achievement_criteria else None,
        )
    return scores


def _state(marking: Marking) -> dict[str, Any]:
    """A marking as the audit trail records it: every part's value and comment, the result."""
    return {
        "status": marking.status,
        "parts": {
            row.part_id: {"mark": row.mark, "achieved": row.achieved, "comment": row.comment}
            for row in marking.part_marks
        },
        "overall_comment": marking.overall_comment,
        "total": marking.total,
        "grade": marking.grade,
    }


def _require_editable(marking: Marking, opened_version: int, actor: User) -> None:
    if marking.marker_id is not None and marking.marker_id != actor.id:
        raise MarkingClosed("This marking belongs to another marker.")
    if marking.version != opened_version:
        raise StaleMarking(
            "These marks were changed (in another tab or by another person) after you opened this page. "
            "Nothing was saved: reload the page to see the current marks, then make your changes again."
        )
    if marking.status == "final":
        raise MarkingClosed("This marking has been submitted as final and can no longer be changed.")


def _write_scores(marking: Marking, rubric: Rubric, scores: dict[str, Score]) -> None:
    rows = {row.part_id: row for row in marking.part_marks}

    def row_for(key: str) -> PartMark:
        if key not in rows:
            rows[key] = PartMark(part_id=key)
            marking.part_marks.append(rows[key])
        return rows[key]

    for part in rubric.parts:
        score = scores.get(part.id, Score(part.id))
        row = row_for(part.id)
        row.comment = score.comment
        if rubric.scheme == "achievement":
            row.mark = None
            row.achieved = part_achieved(part, score)
            for criterion in part.achievement_criteria:
                row_for(criterion_key(part.id, criterion.code)).achieved = score.criteria.get(criterion.code)
        else:
            row.mark = score.mark
            row.achieved = None


def save_marking(
    uow: UnitOfWork,
    marking: Marking,
    rubric: Rubric,
    scores: dict[str, Score],
    *,
    overall_comment: str,
    opened_version: int,
    final: bool,
    actor: User,
) -> Marking:
    """Save every part's mark and comment at once, as a draft or as final; refuse stale or invalid edits.

    ``opened_version`` is the version the page was opened at: a save from an older copy is refused rather
    than overwriting what was saved since. The database's version check catches the race between two saves.
    """
    _require_editable(marking, opened_version, actor)
    require_valid(rubric, scores, final=final)
    try:
        with uow.transaction():
            old = _state(marking)
            _write_scores(marking, rubric, scores)
            result = tally(rubric, scores)
            marking.overall_comment = overall_comment.strip()
            marking.total = result.total
            marking.grade = result.grade if final or result.complete else None
            marking.status = "final" if final else "draft"
            marking.marker_id = marking.marker_id or actor.id
            # Always touch the row: the version counter only moves when the marking row itself is updated.
            marking.updated_at = utcnow()
            if final:
                marking.submitted_at = utcnow()
            record_event(
                actor=actor,
                action="marking.submit" if final else "marking.save",
                subject=marking,
                assessment=marking.submission.assessment_id,
                old=old,
                new=_state(marking),
            )
    except StaleDataError as exc:
        raise StaleMarking(
            "Someone saved these marks at the same moment. Nothing of yours was saved: reload and try again."
        ) from exc
    return marking


# --- comment bank ----------------------------------------------------------------------------------------------


def comment_bank(uow: UnitOfWork, user: User, rubric: Rubric) -> dict[str, list[CommentBankEntry]]:
    """A person's reusable comments for a rubric, by part (a comment for a verb shows on parts using it)."""
    entries = uow.session.scalars(
        select(CommentBankEntry)
        .where(CommentBankEntry.owner_id == user.id, CommentBankEntry.rubric_id == rubric.id)
        .order_by(CommentBankEntry.id)
    ).all()
    bank: dict[str, list[CommentBankEntry]] = {part.id: [] for part in rubric.parts}
    for part in rubric.parts:
        for entry in entries:
            if entry.part_id == part.id or (entry.part_id is None and entry.verb in part.verbs):
                bank[part.id].append(entry)
    return bank


def add_to_bank(
    uow: UnitOfWork, user: User, rubric: Rubric, part_id: str, text: str, *, for_verb: bool
) -> CommentBankEntry:
    """Keep a comment for reuse on this part (or, ``for_verb``, on every part asking for the same verb)."""
    part = rubric.part(part_id)
    text = text.strip()
    if not text:
        raise MarkerError("Write the comment first, then add it to your bank.")
    verb = part.verbs[0] if part.verbs else None
    with uow.transaction():
        entry = CommentBankEntry(
            owner_id=user.id,
            rubric_id=rubric.id,
            part_id=None if for_verb and verb else part.id,
            verb=verb,
            text=text[:5000],
        )
        uow.session.add(entry)
        uow.session.flush()
        record_event(
            actor=user,
            action="comment_bank.add",
            subject=entry,
            new={"part": part.id, "verb": verb, "text": entry.text},
        )
    return entry


# --- moving through a cohort ------------------------------------------------------------------------------------


def is_mine(user: User, submission: Submission) -> bool:
    """Whether the script is on the person's desk: they mark it, or nobody holds its first marking and they may."""
    if marking_of(submission, user) is not None:
        return True
    first = next((m for m in submission.markings if m.role == "first"), None)
    return first is None and may_start_marking(user, submission)


def _to_do(user: User, submission: Submission) -> bool:
    mine = marking_of(submission, user)
    return mine.status != "final" if mine is not None else is_mine(user, submission)


@dataclass(frozen=True)
class Neighbours:
    """Where a script stands among the person's scripts, in the assessment list's order."""

    previous: Submission | None
    next: Submission | None
    next_to_mark: Submission | None  # the next (wrapping round) that is not final yet, for after "Submit as final"
    position: int  # 1-based among the person's scripts; 0 when this one is not theirs
    count: int


def cohort_scripts(uow: UnitOfWork, assessment_id: int) -> list[Submission]:
    """The assessment's scripts in its list's order, with their markings, in two queries. Their stored check
    results are not loaded: moving through a cohort needs who marks what, and decoding every script's report and
    text took most of a marking page's time in a cohort of 100."""
    query = (
        select(Submission)
        .where(Submission.assessment_id == assessment_id)
        .order_by(Submission.candidate_number, Submission.id)
        .options(selectinload(Submission.markings), defer(Submission.check_report), defer(Submission.check_segments))
    )
    return list(uow.session.scalars(query))


def neighbours(uow: UnitOfWork, user: User, submission: Submission) -> Neighbours:
    """The previous and next scripts on the person's desk, skipping those others mark, and the next to mark."""
    scripts = cohort_scripts(uow, submission.assessment_id)
    index = next(i for i, script in enumerate(scripts) if script.id == submission.id)
    mine = [(i, script) for i, script in enumerate(scripts) if i != index and is_mine(user, script)]
    before = [script for i, script in mine if i < index]
    after = [script for i, script in mine if i > index]
    to_mark = next((script for script in after + before if _to_do(user, script)), None)
    own = is_mine(user, submission)
    return Neighbours(
        previous=before[-1] if before else None,
        next=after[0] if after else None,
        next_to_mark=to_mark,
        position=len(before) + 1 if own else 0,
        count=len(mine) + (1 if own else 0),
    )
