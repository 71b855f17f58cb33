"""Marks out of marker: a CSV per part and total, and Moodle's offline grading worksheet.

Moodle's "Upload grading worksheet" (assignfeedback_offline) finds its columns by their English headings:
it needs "Identifier" (``Participant <id>``, the id Moodle put in the "Download all submissions" folder
names), "Grade" and "Last modified (grade)"; a "Feedback comments" column fills the feedback comments. It
skips a row whose grade was changed in Moodle after the "Last modified (grade)" time: no later edit is lost.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from marker.marking.scores import Score, part_achieved, tally
from marker.rubric.model import Rubric

MOODLE_COLUMNS = (
    "Identifier",
    "Full name",
    "Email address",
    "Status",
    "Grade",
    "Maximum Grade",
    "Grade can be changed",
    "Last modified (submission)",
    "Last modified (grade)",
    "Feedback comments",
)
# Moodle's own participant label in the worksheet; its importer strips it to find the participant id.
MOODLE_PARTICIPANT = "Participant "


@dataclass(frozen=True)
class MarkedScript:
    """One candidate's marking as the exports need it."""

    candidate_number: str
    candidate_name: str
    scores: Mapping[str, Score] = field(default_factory=dict)
    status: str = "final"
    overall_comment: str = ""
    email: str = ""
    submitted_at: datetime | None = None
    graded_at: datetime | None = None


def marks_csv(rubric: Rubric, scripts: Sequence[MarkedScript]) -> str:
    """A CSV with one row per candidate: a column per part, then total, grade and marking state."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(
        [
            "candidate_number",
            "candidate_name",
            *[part.id for part in rubric.parts],
            "total",
            "grade",
            "status",
        ]
    )
    for script in scripts:
        result = tally(rubric, script.scores)
        cells: list[str] = []
        for part in rubric.parts:
            score = script.scores.get(part.id)
            if rubric.scheme == "achievement":
                achieved = part_achieved(part, score)
                cells.append("" if achieved is None else ("achieved" if achieved else "not yet achieved"))
            else:
                cells.append("" if score is None or score.mark is None else str(score.mark))
        total = "" if result.total is None else str(result.total)
        writer.writerow(
            [
                _safe(script.candidate_number),
                _safe(script.candidate_name),
                *cells,
                total,
                result.grade or "",
                script.status,
            ]
        )
    return buffer.getvalue()


def moodle_worksheet_csv(rubric: Rubric, scripts: Sequence[MarkedScript]) -> str:
    """Moodle's offline grading worksheet with each final marking's total and overall comment.

    Only points rubrics go to Moodle as a grade; an achievement outcome is written as 100 (achieved) or 0.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(MOODLE_COLUMNS)
    maximum = rubric.total_marks if rubric.scheme == "points" else 100
    for script in scripts:
        result = tally(rubric, script.scores)
        if rubric.scheme == "achievement":
            grade = "" if result.grade is None else ("100.00" if result.grade == "Achieved" else "0.00")
        else:
            grade = "" if result.total is None else f"{result.total:.2f}"
        writer.writerow(
            [
                MOODLE_PARTICIPANT + moodle_participant_id(script.candidate_number),
                _safe(script.candidate_name),
                _safe(script.email),
                "Submitted for grading",
                grade,
                f"{maximum:.2f}",
                "Yes",
                _moodle_date(script.submitted_at),
                _moodle_date(script.graded_at),
                _safe(script.overall_comment),
            ]
        )
    return buffer.getvalue()


def moodle_participant_id(candidate_number: str) -> str:
    """The participant id Moodle knows a candidate by: the number without any "Participant " prefix."""
    text = candidate_number.strip()
    return text[len(MOODLE_PARTICIPANT) :] if text.startswith(MOODLE_PARTICIPANT) else text


def _moodle_date(moment: datetime | None) -> str:
    # Moodle's own format ("Monday, 23 November 2026, 10:05 AM"), which its importer's strtotime reads.
    return moment.strftime("%A, %d %B %Y, %I:%M %p") if moment is not None else "-"


def _safe(text: str) -> str:
    """Text a spreadsheet will not run as a formula (CSV injection): a leading = + - @ gets a quote."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def zip_member_names(stems: Sequence[tuple[str, int]], suffix: str) -> list[str]:
    """A file name per (stem, submission id), in order, unique within one zip and traceable to its script.

    A stem is used alone when no other file shares it; otherwise every file sharing it gets its submission id
    (``feedback_5000_1_s12.docx``), so candidate numbers that read alike once made safe for a file name
    ("5000.1", "5000_1", "5000 1") neither overwrite each other nor leave a reader guessing which is which.
    Names are compared without case, as Windows and macOS compare them when the zip is unpacked.
    """
    counts: dict[str, int] = {}
    for stem, _ in stems:
        counts[stem.casefold()] = counts.get(stem.casefold(), 0) + 1
    names = [f"{stem}_s{ident}{suffix}" if counts[stem.casefold()] > 1 else f"{stem}{suffix}" for stem, ident in stems]
    assert len({name.casefold() for name in names}) == len(names), "submission ids are unique"
    return names
