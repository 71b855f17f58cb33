"""The feedback sheet: marks, bands, comments and the check's findings phrased for the candidate, as DOCX."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import docx

from marker.marking import Score, build_feedback, feedback_docx
from tests.marking.rubrics_for_tests import achievement_rubric, points_rubric


def check_report() -> dict[str, Any]:
    return {
        "schema": "marker.check-report/1",
        "limits": [
            {
                "id": "task1",
                "parts": ["1a", "1b"],
                "unit": "words",
                "max": 1500,
                "actual": 1534,
                "tolerance_pct": 10,
                "status": "within_tolerance",
            },
            {
                "id": "task2",
                "parts": ["2a"],
                "unit": "words",
                "max": 1000,
                "actual": 1250,
                "tolerance_pct": 10,
                "status": "over",
            },
        ],
        "references": {
            "citations": [],
            "entries": [],
            "problems": [
                {
                    "kind": "cited_not_listed",
                    "author": "Smith",
                    "year": "2018",
                    "part": "2a",
                    "message": "Smith (2018) is cited in Task 2 (a) but is not in the reference list.",
                },
                {
                    "kind": "not_alphabetical",
                    "author": "",
                    "year": "",
                    "part": None,
                    "message": "The reference list is not in alphabetical order.",
                },
            ],
        },
        "findings": [
            {"severity": "error", "code": "word_limit_exceeded", "part": "2a", "message": "Task 2 is over."},
            {"severity": "warning", "code": "part_not_found", "part": "1a", "message": "Task 1 (a) not found."},
            {"severity": "info", "code": "readability", "part": "1b", "message": "Readability is fine."},
        ],
    }


def make_feedback():  # type: ignore[no-untyped-def]
    scores = {
        "1a": Score("1a", mark=15, comment="Clear overview."),
        "1b": Score("1b", mark=30, comment="Good appraisal."),
        "2a": Score("2a", mark=28, comment="Needs more evaluation."),
    }
    return build_feedback(
        points_rubric(),
        scores,
        candidate_number="123456",
        candidate_name="Jane Doe",
        assessment_title="2206 July cohort",
        cohort="July 2026",
        overall_comment="A solid script.",
        report=check_report(),
        marker_name="Tess Tutor",
        marked_on=date(2026, 11, 23),
    )


def test_each_part_has_its_mark_band_descriptor_comment_and_findings() -> None:
    feedback = make_feedback()
    first, second, third = feedback.parts
    assert (first.mark, first.max_marks, first.band) == (15, 20, "Merit")
    assert first.descriptor == "Good application to the organisation."
    assert first.findings == ("Task 1 (a) not found.",)
    assert second.findings == ()  # info findings are not feedback
    assert third.comment == "Needs more evaluation."
    assert third.findings == ("Smith (2018) is cited in Task 2 (a) but is not in the reference list.",)
    assert (feedback.total, feedback.total_marks, feedback.grade) == (73, 100, "Merit")


def test_limits_are_sentences_with_figures_and_the_rubric_policy() -> None:
    limits = make_feedback().limits
    assert limits[0] == (
        "Task 1 (a), Task 1 (b): 1,534 words against a limit of 1,500 words — over the limit but within the "
        "10% tolerance."
    )
    assert limits[1].startswith("Task 2 (a): 1,250 words against a limit of 1,000 words — over the limit.")
    assert "Text beyond" not in limits[1]  # a policy code is not shown to candidates


def test_problems_not_tied_to_a_part_go_under_referencing() -> None:
    assert make_feedback().references == ("The reference list is not in alphabetical order.",)


def test_without_a_check_report_the_sheet_still_builds() -> None:
    feedback = build_feedback(points_rubric(), {"1a": Score("1a", mark=3)}, candidate_number="9")
    assert feedback.limits == () and feedback.parts[0].band == "Fail"


def test_the_docx_holds_the_whole_sheet() -> None:
    document = docx.Document(io.BytesIO(feedback_docx(make_feedback())))
    text = "\n".join(p.text for p in document.paragraphs)
    table = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert ["Candidate", "123456 Jane Doe"] in table
    assert ["Marker", "Tess Tutor"] in table
    assert "Task 1 (a): Title of Task 1 (a)" in text
    assert "Mark: 15 / 20    Band: Merit" in text
    assert "Needs more evaluation." in text
    assert "Smith (2018) is cited in Task 2 (a) but is not in the reference list." in text
    assert "The reference list is not in alphabetical order." in text
    assert "A solid script." in text
    assert "Total: 73 / 100    Grade: Merit" in text


def test_an_achievement_sheet_shows_each_criterion_and_the_outcome() -> None:
    scores = {"u1": Score("u1", criteria={"1.1": True, "1.2": False}), "u2": Score("u2", achieved=True)}
    feedback = build_feedback(achievement_rubric(), scores, candidate_number="A1")
    assert feedback.parts[0].outcome == "Not yet achieved"
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(feedback_docx(feedback))).paragraphs)
    assert "1.2 Describe CRM tools: Not yet achieved" in text
    assert "Outcome: Not yet achieved" in text


def test_the_feedback_sheet_is_a4_not_us_letter() -> None:
    document = docx.Document(io.BytesIO(feedback_docx(make_feedback())))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
