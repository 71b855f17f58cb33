"""Similarity for people: each script's highest overlap, the pairs over the threshold (and their CSV), two scripts
side by side with the shared passages, and the threshold itself (issue 17).

The index and the comparison live in ``similarity_index`` and ``similarity_reports``. Tutors and moderators of
the assessment see the results; another assessment's script is named and shown only to people who belong to
that assessment too. Nothing here reads or shows a mark.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from marker.service.access import member_roles, require_assessment, require_script
from marker.service.errors import NotFound, Refused
from marker.service.similarity_index import ScriptLoader, compared_assessments, load_index
from marker.service.similarity_reports import cohort_report
from marker.service.uow import UnitOfWork
from marker.store.audit import record_event
from marker.store.models import (
    Assessment,
    Submission,
    User,
)

if TYPE_CHECKING:
    # The comparison's numpy core is imported when a comparison runs, not when a web worker starts.
    from marker.similarity import PairSimilarity

THRESHOLD_MIN, THRESHOLD_MAX = 1.0, 100.0
READERS = ("tutor", "moderator")


# --- what people see -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScriptLabel:
    """How a compared script is named to one person: fully when they belong to its assessment, else only its
    cohort (another cohort's candidates are not theirs to see)."""

    submission_id: int
    visible: bool
    same_cohort: bool
    candidate_number: str
    candidate_name: str
    assessment_title: str
    cohort: str

    @property
    def text(self) -> str:
        if not self.visible:
            return f"a script of {self.assessment_title} ({self.cohort})"
        name = f"{self.candidate_number} {self.candidate_name}".strip()
        return name if self.same_cohort else f"{name}, {self.assessment_title} ({self.cohort})"


def _label(user: User, submission: Submission, assessment: Assessment) -> ScriptLabel:
    other = submission.assessment
    visible = bool(member_roles(user, other).intersection(READERS)) and other.purged_at is None
    return ScriptLabel(
        submission_id=submission.id,
        visible=visible,
        same_cohort=other.id == assessment.id,
        candidate_number=submission.candidate_number if visible else "",
        candidate_name=submission.candidate_name if visible else "",
        assessment_title=other.title,
        cohort=other.cohort,
    )


@dataclass(frozen=True)
class Overlap:
    """A script's highest overlap: the share of its compared words, with whom, and whether it is flagged."""

    pct: float
    words: int
    other: ScriptLabel | None
    flagged: bool


def overlaps(uow: UnitOfWork, user: User, assessment: Assessment, today: date | None = None) -> dict[int, Overlap]:
    """Each indexed script of the assessment: its highest overlap with another script (tutors, moderators)."""
    require_assessment(user, assessment, *READERS)
    report = cohort_report(uow, assessment, today).report
    loader = ScriptLoader(uow, report.settings)
    found = {}
    for script in report.scripts:
        other = _label(user, loader.submission(script.best_with), assessment) if script.best_with else None
        found[int(script.script_id)] = Overlap(
            pct=script.best_pct,
            words=script.words,
            other=other,
            flagged=other is not None and script.best_pct >= assessment.similarity_threshold_pct,
        )
    return found


@dataclass(frozen=True)
class FlaggedPair:
    """A pair at or over the assessment's threshold, named for one person."""

    a: ScriptLabel
    b: ScriptLabel
    a_pct: float
    b_pct: float
    shared_words: int
    passages: int

    @property
    def pct(self) -> float:
        return max(self.a_pct, self.b_pct)


def flagged_pairs(uow: UnitOfWork, user: User, assessment: Assessment, today: date | None = None) -> list[FlaggedPair]:
    """The pairs sharing at least the assessment's threshold of either script, most similar first; the
    assessment's own script first in each pair."""
    require_assessment(user, assessment, *READERS)
    report = cohort_report(uow, assessment, today).report
    loader = ScriptLoader(uow, report.settings)
    pairs = []
    for pair in report.flagged(assessment.similarity_threshold_pct):
        a, b, a_pct, b_pct = pair.a, pair.b, pair.a_pct, pair.b_pct
        if pair.a_cohort != str(assessment.id):
            a, b, a_pct, b_pct = b, a, b_pct, a_pct
        pairs.append(
            FlaggedPair(
                a=_label(user, loader.submission(a), assessment),
                b=_label(user, loader.submission(b), assessment),
                a_pct=a_pct,
                b_pct=b_pct,
                shared_words=pair.shared_words,
                passages=len(pair.passages),
            )
        )
    return pairs


CSV_HEADER = (
    "candidate_a",
    "name_a",
    "candidate_b",
    "name_b",
    "assessment_b",
    "cohort_b",
    "pct_of_a",
    "pct_of_b",
    "shared_words",
    "passages",
)


def pairs_csv(uow: UnitOfWork, user: User, assessment: Assessment, today: date | None = None) -> str:
    """The pairs at or over the threshold as CSV (no text of the scripts, no marks)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for pair in flagged_pairs(uow, user, assessment, today):
        writer.writerow(
            (
                pair.a.candidate_number,
                pair.a.candidate_name,
                pair.b.candidate_number if pair.b.visible else "[another assessment]",
                pair.b.candidate_name,
                pair.b.assessment_title,
                pair.b.cohort,
                f"{pair.a_pct:.1f}",
                f"{pair.b_pct:.1f}",
                pair.shared_words,
                pair.passages,
            )
        )
    return out.getvalue()


@dataclass(frozen=True)
class Piece:
    """A stretch of a script's text: inside shared passage ``passage`` (numbered from 1) or outside any."""

    text: str
    passage: int | None = None


@dataclass(frozen=True)
class Side:
    """One script of a side-by-side view; ``pieces`` is None when its text is not this person's to see."""

    label: ScriptLabel
    pct: float
    words: int
    pieces: tuple[Piece, ...] | None


@dataclass(frozen=True)
class SideBySide:
    """Two scripts with their shared passages, numbered alike on both sides."""

    a: Side
    b: Side
    passages: tuple[tuple[int, int, int], ...]  # (number, words in a, words in b)
    threshold_pct: float

    @property
    def pct(self) -> float:
        return max(self.a.pct, self.b.pct)


def highlighted(text: str, spans: list[tuple[int, int, int]]) -> tuple[Piece, ...]:
    """A text cut into pieces at the given passages ((start, end, number)); overlapping spans are clipped."""
    pieces: list[Piece] = []
    at = 0
    for start, end, number in sorted(spans):
        start = max(start, at)
        if start >= end:
            continue
        if start > at:
            pieces.append(Piece(text[at:start]))
        pieces.append(Piece(text[start:end], number))
        at = end
    if at < len(text):
        pieces.append(Piece(text[at:]))
    return tuple(pieces)


def side_by_side(
    uow: UnitOfWork, user: User, submission: Submission, other_id: int, today: date | None = None
) -> SideBySide:
    """A script and one it shares passages with, side by side (tutors and moderators of the script's assessment)."""
    require_script(user, submission, *READERS)
    assessment = submission.assessment
    found = cohort_report(uow, assessment, today)
    pair = found.report.pair(str(submission.id), str(other_id))
    loader = ScriptLoader(uow, found.report.settings)
    if not found.current and pair is None:
        pair = _compare_two(uow, assessment, submission.id, other_id, loader, today)
    if pair is None:
        raise NotFound("These two scripts share no passage.")
    mine, theirs = loader(str(submission.id)), loader(str(other_id))
    other = loader.submission(str(other_id))
    flipped = pair.a != str(submission.id)
    numbered = list(enumerate(pair.passages, start=1))
    a_spans = [((p.b_start, p.b_end) if flipped else (p.a_start, p.a_end)) + (n,) for n, p in numbered]
    b_spans = [((p.a_start, p.a_end) if flipped else (p.b_start, p.b_end)) + (n,) for n, p in numbered]
    a_pct, b_pct = (pair.b_pct, pair.a_pct) if flipped else (pair.a_pct, pair.b_pct)
    b_label = _label(user, other, assessment)
    return SideBySide(
        a=Side(_label(user, submission, assessment), a_pct, len(mine.words), highlighted(mine.text, a_spans)),
        b=Side(b_label, b_pct, len(theirs.words), highlighted(theirs.text, b_spans) if b_label.visible else None),
        passages=tuple((n, p.b_words, p.a_words) if flipped else (n, p.a_words, p.b_words) for n, p in numbered),
        threshold_pct=assessment.similarity_threshold_pct,
    )


def _compare_two(
    uow: UnitOfWork, assessment: Assessment, a: int, b: int, loader: ScriptLoader, today: date | None
) -> PairSimilarity | None:
    """Two scripts compared on the spot (the kept report predates one of them), the cohort's boilerplate left out."""
    from marker.similarity import compare_pair

    index = load_index(uow, compared_assessments(uow, assessment, today), loader.settings)
    if str(a) not in index or str(b) not in index:
        return None
    return compare_pair(index, loader(str(a)), loader(str(b)))


def set_threshold(uow: UnitOfWork, assessment: Assessment, value: float | None, *, actor: User) -> None:
    """Change the share of a script's words two scripts must share to be listed (tutors and moderators)."""
    require_assessment(actor, assessment, *READERS)
    if value is None or not THRESHOLD_MIN <= value <= THRESHOLD_MAX:
        raise Refused(f"The threshold is a percentage from {THRESHOLD_MIN:g} to {THRESHOLD_MAX:g}.")
    old = assessment.similarity_threshold_pct
    with uow.transaction():
        assessment.similarity_threshold_pct = float(value)
        record_event(
            actor=actor,
            action="assessment.similarity_threshold",
            subject=assessment,
            assessment=assessment,
            old={"threshold_pct": old},
            new={"threshold_pct": float(value)},
        )
