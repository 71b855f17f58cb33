"""Fixtures for the moderator pages: an assessment with tutors and a moderator, and markings made in the database.

The markers' own marking view belongs to the tutor pages; here markings are written directly, as that view
would leave them, so these tests drive only the moderator's pages.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from flask.testing import FlaskClient

from marker.extensions import db
from marker.store.models import Assessment, AssessmentMember, Marking, PartMark, Submission, User
from marker.store.rubrics import snapshot_for
from tests.helpers import extract_csrf
from tests.moderation.builders import rubric

PARTS = ("1a", "1b", "2a")


@dataclass
class Cohort:
    """An assessment, its moderator and tutors, and its scripts."""

    assessment: Assessment
    moderator: User
    tutors: dict[str, User]
    submissions: list[Submission]


@pytest.fixture
def make_cohort(make_user: Callable[..., User]) -> Callable[..., Cohort]:
    """Build an assessment of ``size`` scripts with tutors ann, bea and cal and the moderator mo."""

    def make(size: int = 6, *, blind: bool = True, people: tuple[User, dict[str, User]] | None = None) -> Cohort:
        if people is None:
            moderator = make_user("mo", "moderator")
            tutors = {name: make_user(name, "tutor") for name in ("ann", "bea", "cal")}
        else:
            moderator, tutors = people
        snapshot = snapshot_for(rubric())
        assessment = Assessment(
            title="Digital channels",
            cohort="July 2026",
            rubric_id="mod-test",
            rubric_hash=snapshot.content_hash,
            blind_second_marking=blind,
        )
        assessment.members.append(AssessmentMember(user_id=moderator.id, role="moderator"))
        for tutor in tutors.values():
            assessment.members.append(AssessmentMember(user_id=tutor.id, role="tutor"))
        submissions = [
            Submission(
                assessment=assessment,
                candidate_number=f"{100000 + index}",
                original_name=f"script-{index}.docx",
                checksum="0" * 64,
            )
            for index in range(size)
        ]
        db.session.add_all([assessment, *submissions])
        db.session.commit()
        return Cohort(assessment, moderator, tutors, submissions)

    return make


def add_marking(
    submission: Submission,
    marker: User,
    role: str,
    marks: Sequence[int | None],
    *,
    status: str = "final",
    comments: Sequence[str] = ("", "", ""),
    overall: str = "",
) -> Marking:
    """A marking as the tutor's marking view would store it."""
    marking = next((m for m in submission.markings if m.role == role), None)
    if marking is None:
        marking = Marking(submission=submission, role=role, rubric_hash=submission.assessment.rubric_hash)
        db.session.add(marking)
    marking.marker_id = marker.id
    marking.status = status
    marking.overall_comment = overall
    # Replace the part marks (flushing the removal first: a part may have one mark per marking).
    marking.part_marks.clear()
    db.session.flush()
    marking.part_marks = [
        PartMark(part_id=part, mark=mark, comment=comment)
        for part, mark, comment in zip(PARTS, marks, comments, strict=True)
    ]
    present = [mark for mark in marks if mark is not None]
    marking.total = sum(present) if status == "final" else None
    marking.grade = rubric().grade_for(marking.total) if marking.total is not None else None
    db.session.commit()
    return marking


def post_form(client: FlaskClient, page_url: str, action_url: str, data: dict[str, Any]) -> Any:
    """Open a page, take its CSRF token, and post a form to ``action_url``."""
    token = extract_csrf(client.get(page_url).get_data(as_text=True))
    return client.post(action_url, data={"csrf_token": token, **data})
