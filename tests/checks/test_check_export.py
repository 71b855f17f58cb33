"""The downloadable copy of a check report: DOCX and PDF from the report's JSON form."""

from __future__ import annotations

import io
from typing import Any

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from marker.checks.export import (
    ExportError,
    export_filename,
    export_report,
    limit_row,
    problem_line,
    report_docx,
    report_outline,
    report_pdf,
    verb_lines,
)
from marker.checks.references.model import ReferenceProblem
from marker.checks.stored import LimitSummary, PartSummary, StoredReferences, StoredReport


def make_report(**overrides: Any) -> dict[str, Any]:
    """A small contract report: 1a found within its page, 1b+1c over tolerance, 2a missing, one reference problem."""
    report: dict[str, Any] = {
        "schema": "marker.check-report/1",
        "file": {"name": "My report (final).docx", "format": "docx", "pages": 9, "pages_source": "docx-rendered"},
        "rubric": {"id": "cim-2206", "title": "Mastering Digital Channels (2206)"},
        "word_count_policy": "Headings, tables and the reference list are not counted.",
        "parts": [
            {
                "id": "1a",
                "task": "1",
                "label": "Task 1 (a)",
                "title": "Organisation overview",
                "found": True,
                "words_all_content": 410,
                "heading": "Task 1 (a) Organisation overview",
                "words": 402,
                "pages": 1,
                "readability": {
                    "flesch_reading_ease": 41.2,
                    "grade_level": 12.5,
                    "explanation": "Fairly difficult: typical of professional writing.",
                },
                "verbs": [
                    {
                        "name": "appraise",
                        "definition": "Evaluate, judge or assess.",
                        "interpretation": "Provide a comprehensive and detailed critique.",
                    }
                ],
            },
            {
                "id": "2a",
                "task": "2",
                "label": "Task 2 (a)",
                "found": False,
                "heading": None,
                "words": 0,
                "pages": None,
                "suggested_heading": "Task 2 (a) Digital channels",
            },
        ],
        "limits": [
            {"id": "task1-overview", "parts": ["1a"], "unit": "pages", "max": 1, "actual": 1, "status": "within"},
            {
                "id": "task1-bc",
                "parts": ["1b", "1c"],
                "unit": "words",
                "max": 1500,
                "actual": 1734,
                "tolerance_pct": 10,
                "status": "over",
            },
        ],
        "references": {
            "citations": [
                {"text": "(Smith, 2018)", "authors": ["Smith"], "year": "2018", "narrative": False, "part": "1a"}
            ],
            "entries": [],
            "problems": [
                {
                    "kind": "cited_not_listed",
                    "author": "Smith",
                    "year": "2018",
                    "part": "1a",
                    "message": "Smith (2018) is cited in Task 1 (a) but is not in the reference list.",
                }
            ],
        },
        "findings": [
            {
                "severity": "error",
                "code": "word_limit_exceeded",
                "part": "1b",
                "message": "Task 1 (b) and (c) are 1734 words; the limit is 1500 plus 10%.",
            }
        ],
    }
    report.update(overrides)
    return report


def docx_text(data: bytes) -> str:
    document = open_docx(io.BytesIO(data))
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        texts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(texts)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_limit_row_gives_count_limit_tolerance_and_result() -> None:
    row = limit_row(LimitSummary.from_dict(make_report()["limits"][1]), {"1b": "Task 1 (b)", "1c": "Task 1 (c)"})
    assert row == ("Task 1 (b), Task 1 (c)", "1,734 words", "1,500 words", "10%", "Over the limit")


def test_unknown_figures_are_said_plainly() -> None:
    row = limit_row(
        LimitSummary.from_dict({"parts": ["1a"], "unit": "pages", "max": 1, "actual": None, "status": "unknown"})
    )
    assert row[1] == "not known pages"
    assert row[4] == "Could not be measured"


def test_verb_says_what_it_asks_for() -> None:
    lines = verb_lines(PartSummary.from_dict(make_report()["parts"][0]))
    assert lines == ["Appraise: Provide a comprehensive and detailed critique. In short: Evaluate, judge or assess."]


def test_problem_names_the_citation_it_concerns_and_the_fix() -> None:
    references = StoredReport.from_dict(make_report()).references
    line = problem_line(references.problems[0], references)
    assert line == (
        "Smith (2018) is cited in Task 1 (a) but is not in the reference list. It concerns: (Smith, 2018) "
        "How to fix it: Add the full reference to your reference list, or correct the author or year cited."
    )


def test_problem_names_the_entry_it_concerns_and_keeps_its_own_fix() -> None:
    entry = {"text": "Jones, A. (2020) Title. Leeds: Press.", "authors": ["Jones"], "year": "2020", "kind": "book"}
    problem = {
        "kind": "listed_not_cited",
        "author": "Jones",
        "year": "2020",
        "part": None,
        "message": "Jones (2020) is in the reference list but is not cited in the text: cite it or remove it.",
    }
    references = StoredReferences.from_dict({"citations": [], "entries": [entry]})
    line = problem_line(ReferenceProblem.from_dict(problem), references)
    assert line.endswith("It concerns: Jones, A. (2020) Title. Leeds: Press.")
    assert "How to fix it" not in line


def test_missing_part_suggests_the_heading_to_add() -> None:
    parts = next(section for section in report_outline(make_report()) if section.heading == "Parts found")
    assert parts.bullets == (
        "Task 2 (a) was not found. Add a heading such as “Task 2 (a) Digital channels” before it.",
    )


def test_docx_carries_the_figures_and_messages() -> None:
    text = docx_text(report_docx(make_report()))
    assert "1,734 words" in text
    assert "Over the limit" in text
    assert "Smith (2018) is cited in Task 1 (a)" in text
    assert "Flesch reading ease 41.2, grade level 12.5." in text
    assert "What was counted: Headings, tables and the reference list are not counted." in text
    assert "Appraise: Provide a comprehensive and detailed critique" in text


def test_pdf_carries_the_figures_and_messages() -> None:
    data = report_pdf(make_report())
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "1,734 words" in text
    assert "Smith (2018) is cited in Task 1 (a)" in text
    # Typographic quotes survive as plain ones in the built-in font rather than as "?".
    assert '"Task 2 (a) Digital channels"' in text


def test_a_report_with_no_problems_says_so() -> None:
    report = make_report(references={"citations": [], "entries": [], "problems": []})
    assert "No problems were found with your references." in docx_text(report_docx(report))


def test_something_that_is_not_a_report_is_refused() -> None:
    with pytest.raises(ExportError, match="not a check report"):
        report_docx({"schema": "something-else"})


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ExportError, match="DOCX or PDF"):
        export_report(make_report(), "odt")


def test_download_name_comes_from_the_file_name() -> None:
    assert export_filename(make_report(), "pdf") == "My-report--final-check.pdf"


def test_a_stored_report_reads_back_into_typed_objects_as_written() -> None:
    from marker.checks import check_document
    from tests.checks.builders import VERBS, rubric_2206
    from tests.web.tutor.scripts_for_tests import make_docx

    report = check_document(make_docx(), "r.docx", rubric_2206(), VERBS, isolated=False, layout="never")
    data = report.to_dict()
    stored = StoredReport.from_dict(data)
    assert stored.is_check_report and stored.file_name == "r.docx" and stored.rubric_id == "test-2206"
    assert [part.id for part in stored.parts] == [part["id"] for part in data["parts"]]
    assert [(part.found, part.words, part.heading) for part in stored.parts] == [
        (part["found"], part["words"], part["heading"]) for part in data["parts"]
    ]
    assert [(limit.id, limit.actual, limit.status) for limit in stored.limits] == [
        (limit["id"], limit["actual"], limit["status"]) for limit in data["limits"]
    ]
    assert [problem.to_dict() for problem in stored.references.problems] == data["references"]["problems"]
    assert [finding.to_dict() for finding in stored.findings] == data["findings"]
    assert [entry.text for entry in stored.references.entries] == [e["text"] for e in data["references"]["entries"]]


def test_a_report_stored_before_keys_were_added_still_reads() -> None:
    stored = StoredReport.from_dict({"schema": "marker.check-report/1", "parts": [{"id": "1a"}], "limits": [{}]})
    assert stored.parts[0].found is False and stored.parts[0].name == "1a"
    assert stored.limits[0].status == "unknown" and stored.references.problems == ()


def test_brackets_to_check_come_after_the_problems_in_one_note() -> None:
    note = (
        "Check this: a bracket names something with a year but matches no entry in the reference list: "
        "(Saniderm, 2015) in Task 1 (a)."
    )
    report = make_report(findings=[{"severity": "info", "code": "reference_unconfirmed", "message": note}])
    text = docx_text(report_docx(report))
    assert text.index("Smith (2018) is cited in Task 1 (a)") < text.index("To check") < text.index(note)
    clean = make_report(
        references={"citations": [], "entries": [], "problems": []},
        findings=[{"severity": "info", "code": "reference_unconfirmed", "message": note}],
    )
    text = docx_text(report_docx(clean))
    assert "No problems were found with your references." not in text
    assert "No definite problems were found with your references, but some citations match no entry" in text
    assert note in text
