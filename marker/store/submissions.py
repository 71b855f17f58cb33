"""Recording a new submission: one script per candidate per assessment, enforced by the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from marker.errors import MarkerError
from marker.extensions import db
from marker.store.models import Submission


class DuplicateSubmission(MarkerError):
    """The candidate already has a script in this assessment (perhaps uploaded a moment ago by someone else)."""


def flush_new_submission(submission: Submission) -> None:
    """Send a new submission to the database, turning a lost race for its candidate into a clear refusal.

    Two uploads for one candidate can both pass the "already has a script?" question; the unique constraint
    on (assessment, candidate number) lets only one insert, and the other gets the same message the question
    would have given. The transaction is rolled back (its stored file with it).
    """
    assessment_id, number = submission.assessment_id or submission.assessment.id, submission.candidate_number
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        existing = db.session.scalar(
            select(Submission).where(Submission.assessment_id == assessment_id, Submission.candidate_number == number)
        )
        if existing is None:
            raise
        raise DuplicateSubmission(
            f"Candidate {number} already has a script in this assessment ({existing.original_name})."
        ) from None
