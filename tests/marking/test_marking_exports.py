"""Marks leave marker as a CSV per part and as Moodle's offline grading worksheet."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from marker.marking import MarkedScript, Score, marks_csv, moodle_worksheet_csv
from marker.marking.exports import MOODLE_COLUMNS
from tests.marking.rubrics_for_tests import achievement_rubric, points_rubric


def scripts() -> list[MarkedScript]:
    return [
        MarkedScript(
            "123456",
            "Jane Doe",
            {"1a": Score("1a", mark=15), "1b": Score("1b", mark=30), "2a": Score("2a", mark=28)},
            overall_comment="A solid script, well referenced.",
            email="jane@example.org",
            graded_at=datetime(2026, 11, 23, 14, 5),
        ),
        MarkedScript("654321", '=HYPERLINK("x")', {"1a": Score("1a", mark=5)}, status="draft"),
    ]


def test_marks_csv_has_a_column_per_part_then_total_and_grade() -> None:
    rows = list(csv.DictReader(io.StringIO(marks_csv(points_rubric(), scripts()))))
    assert list(rows[0]) == ["candidate_number", "candidate_name", "1a", "1b", "2a", "total", "grade", "status"]
    assert rows[0] == {
        "candidate_number": "123456",
        "candidate_name": "Jane Doe",
        "1a": "15",
        "1b": "30",
        "2a": "28",
        "total": "73",
        "grade": "Merit",
        "status": "final",
    }
    assert rows[1]["1b"] == "" and rows[1]["total"] == "5" and rows[1]["status"] == "draft"


def test_a_name_that_looks_like_a_formula_is_defused() -> None:
    rows = list(csv.DictReader(io.StringIO(marks_csv(points_rubric(), scripts()))))
    assert rows[1]["candidate_name"].startswith("'=")


def test_moodle_worksheet_has_moodles_columns_and_participant_identifiers() -> None:
    rows = list(csv.reader(io.StringIO(moodle_worksheet_csv(points_rubric(), scripts()[:1]))))
    assert tuple(rows[0]) == MOODLE_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Identifier"] == "Participant 123456"
    assert row["Grade"] == "73.00" and row["Maximum Grade"] == "100.00"
    assert row["Feedback comments"] == "A solid script, well referenced."
    assert row["Last modified (grade)"] == "Monday, 23 November 2026, 02:05 PM"
    assert row["Email address"] == "jane@example.org"


def test_an_achievement_outcome_goes_to_moodle_as_100_or_0() -> None:
    done = MarkedScript(
        "1", "A", {"u1": Score("u1", criteria={"1.1": True, "1.2": True}), "u2": Score("u2", achieved=True)}
    )
    not_yet = MarkedScript(
        "2", "B", {"u1": Score("u1", criteria={"1.1": True, "1.2": True}), "u2": Score("u2", achieved=False)}
    )
    rows = list(csv.DictReader(io.StringIO(moodle_worksheet_csv(achievement_rubric(), [done, not_yet]))))
    assert [row["Grade"] for row in rows] == ["100.00", "0.00"]
    marks = list(csv.DictReader(io.StringIO(marks_csv(achievement_rubric(), [done, not_yet]))))
    assert marks[1]["u2"] == "not yet achieved" and marks[1]["grade"] == "Not yet achieved"
