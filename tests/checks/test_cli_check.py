"""`marker check` end to end: real DOCX and PDF files through the command, against the 2206 rubric."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from marker.cli import main
from tests.checks.builders import SENTENCE, make_docx, make_pdf

PARTS_2206 = [
    ("Task 1 (a) Organisation overview", 12),
    ("Task 1 (b) Current and future developments", 60),
    ("Task 1 (c) Personalising digital channels", 50),
    ("Task 2 (a) Action plan", 58),
    ("Task 2 (b) Personalised content", 50),
    ("Task 3 (a) Managing personalisation", 40),
    ("Task 3 (b) Risks", 40),
]


def sentences(count: int) -> str:
    return " ".join([SENTENCE.replace("moment.", "moment (Chaffey and Ellis-Chadwick, 2019).")] * count)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_candidate_checks_a_docx_and_gets_the_contract_json(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx([(title, sentences(n)) for title, n in PARTS_2206]))
    code, out, err = run(str(path))
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["schema"] == "marker.check-report/1"
    assert data["rubric"]["id"] == "cim-2206"
    assert [p["id"] for p in data["parts"] if p["found"]] == ["1a", "1b", "1c", "2a", "2b", "3a", "3b"]
    # A sentence with its citation is 17 words: 1b + 1c = 110 sentences = 1,870 words, over 1,500 + 10 %;
    # 2a + 2b = 108 sentences = 1,836, within 1,750 + 10 %; 3a + 3b = 80 sentences = 1,360.
    limits = {limit["id"]: limit for limit in data["limits"]}
    assert (limits["task1-bc"]["actual"], limits["task1-bc"]["status"]) == (1870, "over")
    assert (limits["task2-ab"]["actual"], limits["task2-ab"]["status"]) == (1836, "within_tolerance")
    assert (limits["task3-ab"]["actual"], limits["task3-ab"]["status"]) == (1360, "within")
    assert limits["task1-bc"]["limit_reached"]["part"] == "1c"
    (over,) = [f for f in data["findings"] if f["code"] == "word_limit_exceeded"]
    assert "1,870 words" in over["message"] and "The limit is passed in Task 1 (c)." in over["message"]
    assert over["part"] == "1c"  # shown beside the part where the maximum was passed
    assert data["references"]["entries"][0]["authors"] == ["Chaffey", "Ellis-Chadwick"]


def test_bold_paragraph_headings_work_and_a_missing_part_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bold.docx"
    parts = [(title, sentences(5)) for title, _ in PARTS_2206 if not title.startswith("Task 3 (b)")]
    path.write_bytes(make_docx(parts, bold_headings=True))
    code, out, _ = run(str(path))
    data = json.loads(out)
    assert code == 0
    assert [p["id"] for p in data["parts"] if not p["found"]] == ["3b"]
    missing = next(f for f in data["findings"] if f["code"] == "part_missing")
    assert missing["part"] == "3b" and "Task 3 (b)" in missing["message"]


def test_text_format_is_a_table_for_a_person(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx([(title, sentences(3)) for title, _ in PARTS_2206]))
    code, out, _ = run(str(path), "--format", "text")
    assert code == 0
    assert out.startswith("report.docx (docx")
    assert "task1-bc" in out and "Findings" in out
    assert not out.lstrip().startswith("{")


def test_pdf_overview_on_two_pages_breaks_the_one_side_limit(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    pages = [
        ["Task 1 (a) Organisation overview", sentences(20)],
        [sentences(3), "Task 1 (b) Developments", sentences(10)],
        ["References", "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. Harlow: Pearson."],
    ]
    path.write_bytes(make_pdf(pages))
    code, out, _ = run(str(path))
    data = json.loads(out)
    assert code == 0
    assert data["file"]["pages"] == 3 and data["file"]["pages_source"] == "pdf"
    assert data["parts"][0]["pages"] == 2
    overview = data["limits"][0]
    assert (overview["id"], overview["actual"], overview["status"]) == ("task1-overview", 2, "over")
    assert "page_limit_exceeded" in [f["code"] for f in data["findings"]]


def test_a_file_that_is_not_a_report_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.docx"
    path.write_text("just some text, not a Word file")
    code, out, err = run(str(path))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("marker: notes.docx:")


def test_an_unknown_rubric_or_a_missing_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx([("Task 1 (a)", sentences(2))]))
    code, out, err = run(str(path), "--rubric", "no-such-rubric")
    assert (code, out) == (2, "") and "no-such-rubric" in err and err.count("\n") == 1
    code, out, err = run(str(tmp_path / "absent.docx"))
    assert (code, out) == (2, "") and "absent.docx" in err and err.count("\n") == 1


def test_check_honours_marker_libreoffice_never(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MARKER_LIBREOFFICE=never keeps `marker check` to the DOCX's own pages, as it does the web."""
    called = tmp_path / "called"
    program = tmp_path / "soffice"
    program.write_text(f"#!/bin/sh\necho yes > {called}\nexit 1\n")
    program.chmod(0o755)
    monkeypatch.setattr("marker.documents.layout.soffice_path", lambda: str(program))
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx([(title, sentences(n)) for title, n in PARTS_2206]))
    monkeypatch.setenv("MARKER_LIBREOFFICE", "never")
    code, out, _ = run(str(path))
    assert code == 0 and not called.exists()
    monkeypatch.setenv("MARKER_LIBREOFFICE", "auto")
    code, out, _ = run(str(path))
    assert code == 0 and called.exists()
    assert json.loads(out)["document"]["pages_note"] is not None


def test_check_honours_marker_max_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([(title, sentences(n)) for title, n in PARTS_2206]))
    monkeypatch.setenv("MARKER_MAX_PAGES", "1")
    code, out, err = run(str(path))
    assert (code, out) == (2, "")
    assert "over 1 pages" in err
