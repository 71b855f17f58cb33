"""Marking: scores against a rubric, totals and bands, feedback sheets, exports and batch uploads (pure)."""

from marker.marking.batch import BatchItem, BatchLimits, UnsafeArchive, candidate_from_path, read_batch
from marker.marking.exports import MarkedScript, marks_csv, moodle_worksheet_csv
from marker.marking.feedback import CriterionFeedback, Feedback, PartFeedback, build_feedback
from marker.marking.feedback_docx import feedback_docx
from marker.marking.scores import (
    ACHIEVED,
    NOT_YET_ACHIEVED,
    InvalidMarks,
    MarkProblem,
    Score,
    Tally,
    band_for,
    read_scores,
    require_valid,
    tally,
    validate_scores,
)

__all__ = [
    "ACHIEVED",
    "NOT_YET_ACHIEVED",
    "BatchItem",
    "BatchLimits",
    "CriterionFeedback",
    "Feedback",
    "InvalidMarks",
    "MarkProblem",
    "MarkedScript",
    "PartFeedback",
    "Score",
    "Tally",
    "UnsafeArchive",
    "band_for",
    "build_feedback",
    "candidate_from_path",
    "feedback_docx",
    "marks_csv",
    "moodle_worksheet_csv",
    "read_batch",
    "read_scores",
    "require_valid",
    "tally",
    "validate_scores",
]
