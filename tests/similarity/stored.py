"""A small cohort uploaded as DOCX through the real upload and check job: two scripts share a copied passage,
one is independent. For the web and browser tests of the similarity pages."""

from __future__ import annotations

from dataclasses import dataclass

from marker.service import assessments, submissions
from marker.service.checking import rubric_library
from marker.service.uow import UnitOfWork
from marker.store.models import User
from tests.similarity.builders import prose
from tests.web.tutor.scripts_for_tests import CIM_PARTS, make_docx

COPIED = prose(500, 120).rstrip(".")


def script_docx(seed: int, copied: str = "") -> bytes:
    """A 2206 report of seeded prose (about 150 words a part), with ``copied`` in Task 1 (c) when given."""
    parts = []
    for index, (heading, _text) in enumerate(CIM_PARTS):
        text = prose(seed * 100 + index, 150)
        if copied and index == 2:
            text = f"{text} {copied}. {prose(seed * 100 + 50, 40)}"
        parts.append((heading, text))
    return make_docx(tuple(parts))


@dataclass(frozen=True)
class CopiedCohort:
    assessment_id: int
    ann: int  # holds the copied passage
    bob: int  # holds it too
    cat: int  # independent


def copied_cohort(uow: UnitOfWork, tutor: User, title: str = "2206 July") -> CopiedCohort:
    """An assessment of ``tutor``'s with three uploaded, checked scripts (candidates 101, 102, 103)."""
    rubric = rubric_library(uow.settings).get("cim-2206")
    assessment = assessments.create_assessment(
        uow, rubric, title=title, cohort="July 2026", deadline=None, retention_days=365, actor=tutor
    )
    ids = [
        submissions.add_submission(
            uow, assessment, rubric, script_docx(seed, copied), f"{number}.docx", candidate_number=number, actor=tutor
        ).id
        for number, seed, copied in (("101", 1, COPIED), ("102", 2, COPIED), ("103", 3, ""))
    ]
    return CopiedCohort(assessment.id, *ids)
