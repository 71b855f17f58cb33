"""The check report: contract keys, part figures, limit statuses, where a limit is reached, findings."""

from __future__ import annotations

import io

import docx as python_docx
from fpdf import FPDF

from marker.checks import SCHEMA, check_parsed, render_text
from marker.documents import read_document
from marker.documents.model import BlockKind
from marker.rubric import default_library
from marker.rubric.model import WordCountPolicy
from tests.checks.builders import (
    SENTENCE,
    VERBS,
    all_parts,
    block,
    document,
    heading,
    para,
    rubric_2206,
    words,
)


def codes(report_dict: dict[str, object]) -> list[str]:
    return [finding["code"] for finding in report_dict["findings"]]  # type: ignore[attr-defined,index]


def test_report_has_the_contract_keys_and_one_entry_per_part_in_rubric_order() -> None:
    data = check_parsed(document(*all_parts()), rubric_2206(), VERBS).to_dict()
    assert data["schema"] == SCHEMA == "marker.check-report/1"
    assert data["file"] == {
        "name": "report.pdf",
        "format": "pdf",
        "pages": 3,
        "pages_source": "pdf",
        "pages_source_detail": "pdf",
    }
    assert data["rubric"]["id"] == "test-2206"
    assert [part["id"] for part in data["parts"]] == ["1a", "1b", "1c", "2a", "2b", "3a", "3b"]
    first = data["parts"][0]
    assert {key: first[key] for key in ("id", "task", "found", "heading", "words", "pages")} == {
        "id": "1a",
        "task": "1",
        "found": True,
        "heading": "Task 1 (a) Organisation overview",
        "words": 20,
        "pages": 1,
    }
    assert set(data["references"]) >= {"citations", "entries", "problems"}
    assert [limit["id"] for limit in data["limits"]] == ["task1-overview", "task1-bc", "task2-ab", "task3-ab"]
    assert data["limits"][1]["tolerance_pct"] == 10
    assert "tolerance_pct" not in data["limits"][0]
    assert data["word_count_policy"] == "Body text and lists count."


def test_candidate_told_which_heading_to_add_for_a_missing_part() -> None:
    blocks = [b for b in all_parts() if "(c)" not in b.text]
    blocks = blocks[:4] + blocks[5:]  # drop 1c's heading and its body
    data = check_parsed(document(*blocks), rubric_2206()).to_dict()
    missing = data["parts"][2]
    assert (missing["id"], missing["found"], missing["words"], missing["heading"]) == ("1c", False, 0, None)
    assert missing["suggested_heading"] == "Task 1 (c) One segment"
    finding = next(f for f in data["findings"] if f["code"] == "part_missing")
    assert finding["part"] == "1c" and "“Task 1 (c) One segment”" in finding["message"]


def test_headings_tables_and_reference_list_are_left_out_but_shown_in_all_content() -> None:
    doc = document(
        heading("Task 1 (b) Developments"),
        para(words(40)),
        block(BlockKind.LIST_ITEM, words(5)),
        block(BlockKind.TABLE, words(30)),
        para("Key trends", bold=True),  # a bold sub-heading
        block(BlockKind.CAPTION, "Figure 1: trends"),
        heading("References"),
        para(words(25)),
    )
    part = check_parsed(doc, rubric_2206()).to_dict()["parts"][1]
    assert part["words"] == 45
    assert part["words_all_content"] == 4 + 45 + 30 + 2 + 3


def test_a_policy_that_counts_headings_and_tables_counts_them() -> None:
    doc = document(heading("Task 1 (b) Developments"), para(words(40)), block(BlockKind.TABLE, words(30)))
    policy = WordCountPolicy(headings=True, tables=True)
    assert check_parsed(doc, rubric_2206(policy)).part("1b").words == 4 + 40 + 30


def test_limit_statuses_within_tolerance_over_and_missing() -> None:
    doc = document(
        heading("Task 1 (b)"),
        para(words(60)),
        heading("Task 1 (c)"),
        para(words(45)),  # 105 of 100 (+10 %): within the tolerance
        heading("Task 2 (a)"),
        para(words(111)),  # 111 of 100 (+10 %): over
    )
    report = check_parsed(doc, rubric_2206())
    statuses = {limit["id"]: (limit["actual"], limit["status"]) for limit in report.to_dict()["limits"]}
    assert statuses["task1-bc"] == (105, "within_tolerance")
    assert statuses["task2-ab"] == (111, "over")
    assert statuses["task3-ab"] == (0, "missing")
    found = {f.code: f for f in report.findings}
    assert found["word_limit_within_tolerance"].severity == "warning"
    assert (
        found["word_limit_exceeded"].severity == "error"
        and "111 words, 11 over" in found["word_limit_exceeded"].message
    )


def test_candidate_sees_where_task_1_ran_over_the_limit() -> None:
    doc = document(
        heading("Task 1 (b)"),  # 0
        para(words(70)),  # 1: words 1–70
        para(words(35)),  # 2: words 71–105, the maximum (100) is passed at offset 30
        heading("Task 1 (c)"),  # 3
        para(words(20)),  # 4: words 106–125, the allowed 110 is passed at offset 5
        para(words(20)),  # 5: wholly beyond
    )
    report = check_parsed(doc, rubric_2206())
    limit = report.limit("task1-bc")
    assert limit.status == "over"
    assert limit.reached is not None and (limit.reached.part, limit.reached.block_index, limit.reached.word_offset) == (
        "1b",
        2,
        30,
    )
    assert limit.marking_stops is not None and (limit.marking_stops.block_index, limit.marking_stops.word_offset) == (
        4,
        5,
    )
    assert report.segments["1b"].max_reached == (2, 30)
    assert report.segments["1b"].limit_reached is None
    assert report.segments["1c"].limit_reached == (4, 5)
    assert report.segments["1c"].max_reached == (4, 0)
    assert report.to_dict()["limits"][1]["limit_reached"] == {"part": "1b", "block_index": 2, "word_offset": 30}


def test_segments_give_the_marking_view_each_parts_blocks() -> None:
    doc = document(heading("Task 1 (b)"), para(words(3)), block(BlockKind.TABLE, "a b"), heading("References"))
    segment = check_parsed(doc, rubric_2206()).segments["1b"]
    assert segment.heading == "Task 1 (b)" and segment.heading_index == 0
    assert [(b.index, b.kind, b.counted, b.words) for b in segment.blocks] == [
        (0, "heading", False, 3),
        (1, "paragraph", True, 3),
        (2, "table", False, 2),
    ]


def test_overview_over_one_side_of_a4_is_a_page_limit_finding() -> None:
    doc = document(heading("Task 1 (a)", page=1), para(words(300), page=1), para(words(100), page=2))
    report = check_parsed(doc, rubric_2206())
    assert (report.limit("task1-overview").actual, report.limit("task1-overview").status) == (2, "over")
    finding = next(f for f in report.findings if f.code == "page_limit_exceeded")
    assert finding.part == "1a" and "spans 2 pages" in finding.message


def test_pages_unknown_gives_unknown_status_and_a_warning() -> None:
    doc = document(heading("Task 1 (a)", page=None), para(words(30), page=None), pages=None, source=None)
    report = check_parsed(doc, rubric_2206())
    assert report.part("1a").pages is None
    assert report.limit("task1-overview").status == "unknown"
    assert "limit_unknown" in codes(report.to_dict())


def test_the_readers_page_break_estimate_is_reported_as_an_estimate() -> None:
    doc = document(*all_parts(), source="docx-breaks")
    file = check_parsed(doc, rubric_2206()).to_dict()["file"]
    assert (file["pages_source"], file["pages_source_detail"]) == ("estimate", "docx-breaks")


def test_each_part_has_readability_and_its_command_verbs() -> None:
    doc = document(heading("Task 1 (b)"), para(" ".join([SENTENCE] * 10)), heading("Task 1 (c)"), para("Short."))
    parts = check_parsed(doc, rubric_2206(), VERBS).to_dict()["parts"]
    readability = parts[1]["readability"]
    assert 0 < readability["flesch_reading_ease"] < 100 and readability["grade_level"] > 5
    assert readability["explanation"].split(":")[0] in {"Fairly difficult", "Difficult", "Plain English"}
    assert parts[2]["readability"] is None  # too short to judge
    assert parts[1]["verbs"] == [
        {"id": "appraise", "name": "Appraise", "definition": "Evaluate, judge.", "interpretation": "Critique."}
    ]


def test_text_rendering_shows_parts_limits_and_findings() -> None:
    doc = document(heading("Task 1 (b)"), para(words(150)))
    text = render_text(check_parsed(doc, rubric_2206()))
    assert "task1-bc" in text and "OVER" in text
    assert "1c    NO" in text and "(add “Task 1 (c) One segment”)" in text
    assert "ERROR   [1c]" in text


def test_italic_or_underlined_sub_headings_typed_captions_and_plain_task_lines_are_not_counted() -> None:
    document = python_docx.Document()
    body = "Customers compare offers on their phones before they visit a store."  # 11 words
    counted = {}

    def para(text: str, *, italic: bool = False, underline: bool = False) -> None:
        run = document.add_paragraph().add_run(text)
        run.italic, run.underline = italic, underline

    for task, parts in (("1", "abc"), ("2", "ab"), ("3", "ab")):
        para(f"Task {task}. The task's title")  # a plain line heading the task
        for letter in parts:
            document.add_paragraph().add_run(f"{task}({letter}) The part's title").bold = True
            para("Customer base", italic=True)
            para(body)
            para("Channels", underline=True)
            para(body)
            para("Key findings:", italic=True)  # a label for what follows, as in bold
            para(f"Table 1: Figures for part {letter}")
            para("“A quotation set in italics ends like one.”", italic=True)
            counted[task + letter] = 2 * 11 + 8
    out = io.BytesIO()
    document.save(out)
    library = default_library()
    rubric = library.get("cim-2206")
    report = check_parsed(read_document(out.getvalue(), "r.docx", layout="never"), rubric, library.verbs_for(rubric))
    assert {part.part.id: part.words for part in report.parts} == counted


def test_parts_headed_in_the_run_of_their_first_paragraph_are_found_and_their_labels_not_counted() -> None:
    """ "**Part b - Current developments.** The answer ...": the label in bold opens the part's first paragraph."""
    body = " ".join(["Customers compare offers on their phones before they visit a store."] * 3)  # 33 words
    parts = (("1", "abc"), ("2", "ab"), ("3", "ab"))
    document = python_docx.Document()
    pdf = FPDF()
    pdf.add_page()
    pdf.set_auto_page_break(True, margin=20)
    for task, letters in parts:
        document.add_heading(f"Task {task}", level=1)
        pdf.set_font("Helvetica", "B", 16)
        pdf.multi_cell(0, 10, f"Task {task}", new_x="LMARGIN", new_y="NEXT")
        for letter in letters:
            label = f"Part {letter} - The part's title."
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run(f" {body}")
            document.add_paragraph("Personalisation: " + body)  # a term in plain type: the answer's
            pdf.set_font("Helvetica", "B", 11)
            pdf.write(6, label)
            pdf.set_font("Helvetica", "", 11)
            pdf.write(6, f" {body}")
            pdf.ln(12)
            pdf.write(6, "Personalisation: " + body)
            pdf.ln(12)
    out = io.BytesIO()
    document.save(out)
    library = default_library()
    rubric = library.get("cim-2206")
    for data, name in ((out.getvalue(), "r.docx"), (bytes(pdf.output()), "r.pdf")):
        read = read_document(data, name, layout="never") if name.endswith("docx") else read_document(data, name)
        report = check_parsed(read, rubric, library.verbs_for(rubric))
        assert {part.part.id: (part.found, part.words) for part in report.parts} == {
            task + letter: (True, 33 + 34) for task, letters in parts for letter in letters
        }, name
        assert [part.heading for part in report.parts][:2] == [
            "Part a - The part's title.",
            "Part b - The part's title.",
        ]
