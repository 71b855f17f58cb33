"""Finding the parts: the heading forms candidates use, and where counted text ends."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marker.checks import segment
from marker.checks.regions import APPENDIX, FRONT_MATTER, REFERENCE_LIST
from marker.documents.model import Block, BlockKind
from marker.rubric import default_library
from tests.checks.builders import block, document, heading, para, rubric_2206, words


@pytest.mark.parametrize(
    "text",
    [
        "Task 1 (a)",
        "Task 1 (a) Organisation overview",
        "Task 1a",
        "Task 1a: Organisation overview",
        "1(a)",
        "1a.",
        "1a. Organisation overview",
        "Task 1 – part (a)",
        "Task 1 - Part A",
        "TASK 1 (A) ORGANISATION OVERVIEW",
        "Q1a",
        "Task 1 a) Overview",
        "Part 1a – Organisation overview",
        "Part 1 (a) – Organisation overview",
        "Task 1 | Part A: Organisation overview",
        "TASK 1 / PART A",
        "Section 1.1 Organisation overview",
        "SECTION 1.1",
        "Task One (a)",
        "Ques. 1(a) Organisation overview",
        "T1a: Organisation overview",
        "Part a of Task 1",
        "Part (a) of Question 1 – Organisation overview",
        "Activity 1a Organisation overview",
        "Task 1 – Section A",
        "Task 1 • Part a",  # a bullet between the task and its part
        "Task-1 Part-a",
        "1-a Organisation overview",
        "Task 1 (i)",  # the part's place in roman numerals
        "1(i) Organisation overview",
        "Q1 part (i)",
    ],
)
def test_part_heading_forms_are_recognised(text: str) -> None:
    found = segment(document(heading(text), para(words(5))), rubric_2206())
    assert found.headings == {"1a": 0}
    assert found.block_regions == ("1a", "1a")


@pytest.mark.parametrize(
    "text",
    [
        "Task 1 Assessment",
        "Task 12 (a)",
        "1 A new approach to data",
        "Task 4 (a)",
        "Section 1.1.2 Organisation data",
        "Section 1.9",
        "Part 1: Awareness",
        "Task in one",
        "T12a",
        "Part a of Task 4",
        "Task 1 – Sections of the market",
        "1-2 weeks",
        "1. A consistent experience across channels",  # a numbered point opening with the article
        "(i) Email",
        "Task 1 (xi)",
    ],
)
def test_lookalike_headings_start_no_part(text: str) -> None:
    assert segment(document(heading(text), para(words(5))), rubric_2206()).headings == {}


@pytest.mark.parametrize("task_heading", ["TASK 1 – REPORT", "Activity 1", "Task-1"])
def test_task_heading_followed_by_lettered_sub_headings(task_heading: str) -> None:
    doc = document(
        heading(task_heading),
        para("This report covers personalisation."),
        heading("(a) Organisation overview", level=2),
        para(words(10)),
        heading("Part (b)", level=2),
        para(words(10)),
        heading("TASK 2 – REPORT"),
        para(words(3)),
        heading("a) Action plan", level=2),
        para(words(4)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 2, "1b": 4, "2a": 8}
    # A task's introduction belongs to no part, so it is not counted in 1b or 2a.
    assert found.block_regions[6:8] == (None, None)


def test_bold_paragraphs_act_as_headings_and_plain_lines_in_the_numbered_forms_too() -> None:
    doc = document(
        para("Task 1 (a) Organisation overview", bold=True),
        para(words(10)),
        para("1b. Developments"),  # typed as plain text
        para(words(10)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 0, "1b": 2}
    assert {0, 2} <= found.heading_blocks


def test_a_long_body_paragraph_that_mentions_a_part_is_not_a_heading() -> None:
    doc = document(
        heading("Task 1 (b)"),
        para("Task 1 (c) showed that " + words(30)),
        para(words(30) + " as task 1 (c) will show."),
    )
    assert segment(doc, rubric_2206()).headings == {"1b": 0}


def test_a_heading_that_is_only_the_part_title_is_found() -> None:
    found = segment(document(heading("Organisation overview"), para(words(10))), rubric_2206())
    assert found.headings == {"1a": 0}


def test_reference_list_and_appendix_end_the_part_and_a_later_part_heading_resumes() -> None:
    doc = document(
        para("Cover page"),
        heading("Task 1 (b)"),
        para(words(10)),
        heading("References"),
        para("Chaffey, D. (2019) Digital marketing. Harlow: Pearson."),
        heading("Task 1 (c)"),
        para(words(10)),
        para("Reference list"),  # typed without a style
        para("Smith, J. (2020) Data. London: Kogan Page."),
        heading("Appendix 1: Survey"),
        para(words(50)),
    )
    regions = segment(doc, rubric_2206()).block_regions
    assert regions == (
        FRONT_MATTER,
        "1b",
        "1b",
        REFERENCE_LIST,
        REFERENCE_LIST,
        "1c",
        "1c",
        REFERENCE_LIST,
        REFERENCE_LIST,
        APPENDIX,
        APPENDIX,
    )


def test_a_typed_contents_list_does_not_take_the_parts_headings() -> None:
    doc = document(
        para("Contents", bold=True),
        para("Task 1 (a) Organisation overview", bold=True),
        para("Task 1 (b) Developments", bold=True),
        heading("Task 1 (a) Organisation overview", page=2),
        para(words(10), page=2),
        heading("Task 1 (b) Developments", page=3),
        para(words(10), page=3),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 3, "1b": 5}
    assert found.blocks_of("1a") == [3, 4]


def test_a_continued_heading_keeps_counting_into_the_same_part() -> None:
    doc = document(heading("Task 1 (c)"), para(words(10)), heading("Task 1 continued"), para(words(10)))
    found = segment(doc, rubric_2206())
    assert found.block_regions == ("1c", "1c", "1c", "1c")


def test_headers_footers_and_contents_blocks_are_never_headings() -> None:
    doc = document(
        block(BlockKind.CONTENTS, "Task 1 (a) Organisation overview ..... 3"),
        block(BlockKind.HEADER_FOOTER, "Task 1 (b) candidate 123"),
        heading("Task 1 (a)"),
        para(words(5)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 2}
    assert found.block_regions[1] is None


def test_rubric_heading_patterns_are_used() -> None:
    from dataclasses import replace

    rubric = rubric_2206()
    part = replace(rubric.parts[0], heading_patterns=(r"^background to the organi[sz]ation",))
    task = replace(rubric.tasks[0], parts=(part, *rubric.tasks[0].parts[1:]))
    rubric = replace(rubric, tasks=(task, *rubric.tasks[1:]))
    found = segment(document(heading("Background to the organization"), para(words(5))), rubric)
    assert found.headings == {"1a": 0}


_TEXTS = st.sampled_from(
    ["Task 1 (a)", "Task 1 (b)", "1c.", "TASK 2 – REPORT", "(a) Plan", "Part (b)", "References", "Appendix A",
     "Task 3 continued", "Organisation overview", "Key findings", "Some body text here.", "word " * 30]
)  # fmt: skip
_KINDS = st.sampled_from([BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.HEADER_FOOTER])


@given(st.lists(st.tuples(_KINDS, _TEXTS, st.booleans()), max_size=25))
def test_every_block_gets_one_label_and_each_found_heading_lies_in_its_part(
    specs: list[tuple[BlockKind, str, bool]],
) -> None:
    doc = document(*(Block(kind, text, 1, bold=bold) for kind, text, bold in specs))
    found = segment(doc, rubric_2206())
    assert len(found.block_regions) == len(doc.blocks)
    labels = {part.id for part in rubric_2206().parts} | {FRONT_MATTER, REFERENCE_LIST, APPENDIX, None}
    assert set(found.block_regions) <= labels
    for part_id, index in found.headings.items():
        assert found.block_regions[index] == part_id
        assert index in found.heading_blocks


def test_a_task_numbered_in_words_sets_the_task_of_the_lettered_parts_under_it() -> None:
    found = segment(
        document(
            heading("TASK ONE"),
            heading("Part A: Organisation overview", level=2),
            para(words(5)),
            heading("Part B: Developments", level=2),
            para(words(5)),
            heading("Task Two – Conversion plan"),
            heading("PART A\nACTION PLAN", level=2),
            para(words(5)),
        ),
        rubric_2206(),
    )
    assert found.headings == {"1a": 1, "1b": 3, "2a": 6}


def test_a_heading_that_says_a_parts_title_in_its_own_words_starts_that_part() -> None:
    rubric = default_library().get("cim-2206")
    found = segment(
        document(
            heading("Personalisation report"),
            heading("Organisational overview", level=2),
            para(words(5)),
            heading("Current and future developments of personalisation in digital channels", level=2),
            para(words(5)),
            heading("Data privacy risks", level=3),  # a sub-heading sharing one word with a title
            para(words(5)),
            heading("Evaluation of three risks of implementing personalisation", level=2),
            para(words(5)),
        ),
        rubric,
    )
    assert found.headings == {"1a": 1, "1b": 3, "3b": 7}
    assert found.block_regions[5:7] == ("1b", "1b")


def test_a_title_shared_by_one_word_is_chance_not_a_part_heading() -> None:
    # The test rubric's part 2b is titled "Content": a contents page's title shares its one word.
    found = segment(document(para("Contents", bold=True), heading("Task 1 (a)"), para(words(5))), rubric_2206())
    assert found.headings == {"1a": 1}


def test_a_heading_giving_a_tasks_title_is_that_task_and_not_the_part_whose_title_it_repeats() -> None:
    rubric = default_library().get("cim-2206")
    found = segment(
        document(
            heading("3 Managing, implementing and the risks of personalisation"),
            heading("3.1 Managing and implementing personalisation", level=2),
            para(words(5)),
            heading("3.2 Three risks of implementing personalisation", level=2),
            para(words(5)),
            heading("4 References"),
            para("Chaffey, D. (2019) Digital marketing. Harlow: Pearson."),
        ),
        rubric,
    )
    assert found.headings == {"3a": 1, "3b": 3}
    assert found.block_regions[0] is None and found.block_regions[5:] == (REFERENCE_LIST, REFERENCE_LIST)


def test_a_lettered_part_heading_after_a_contents_entry_that_took_its_part_starts_the_part() -> None:
    found = segment(
        document(
            para("1(b) Current and future developments in"),  # a contents entry's first line, not marked
            block(BlockKind.CONTENTS, "personalisation..........5"),
            heading("TASK ONE"),
            heading("PART A\nOVERVIEW", level=2),
            para(words(5)),
            heading("PART B\nDEVELOPMENTS", level=2),
            para(words(7)),
        ),
        rubric_2206(),
    )
    assert found.headings == {"1a": 3, "1b": 5}
    assert found.blocks_of("1b") == [5, 6]


def test_a_numbered_point_typed_as_a_sentence_is_no_part_heading() -> None:
    found = segment(
        document(
            heading("Task 1 (c) One segment"),
            para("2. A single customer view would join loyalty."),
            para(words(5)),
            heading("2A  ACTION PLAN"),
            para(words(5)),
        ),
        rubric_2206(),
    )
    assert found.headings == {"1c": 0, "2a": 3}


def _run_in(lead: str, rest: str) -> Block:
    return Block(BlockKind.PARAGRAPH, f"{lead} {rest}", 1, lead=lead)


def test_a_part_headed_in_the_run_of_its_first_paragraph_starts_there_and_its_label_is_a_headings() -> None:
    doc = document(
        heading("Task 1"),
        _run_in("Part a", words(12)),
        para(words(10)),
        _run_in("Part b – Current and future developments.", words(20)),
        _run_in("Task 1 (c)", words(7) + "."),
        para("Task 1 (c) Organisation overview"),  # a heading's label in bold and its title in plain: a heading
        heading("Task 2"),
        _run_in("2a.", words(9) + "."),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 1, "1b": 3, "1c": 4, "2a": 7}
    assert found.block_regions == (None, "1a", "1a", "1b", "1c", "1c", None, "2a")
    assert found.run_in_words == {1: 2, 3: 7, 4: 3, 7: 1}  # Word counts a spaced dash as a word
    assert not found.heading_blocks & {1, 3, 4, 7}


def test_a_bold_term_or_a_lettered_point_opening_a_paragraph_is_no_part_heading() -> None:
    doc = document(
        heading("Task 1 (a) Organisation overview"),
        _run_in("Personalisation:", words(12)),
        _run_in("(b) Email:", words(12)),  # a point lettered in a list, not part b
        _run_in("Organisation overview", words(12)),  # a title in bold: a sub-heading's, not a second 1a
        _run_in("Part a", words(12)),  # 1a has its heading and text already
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 0}
    assert found.block_regions == ("1a",) * 5
    assert found.run_in_words == {}


def test_roman_numeral_parts_follow_one_another_and_sub_points_inside_them_are_not_parts() -> None:
    doc = document(
        heading("Task 1"),
        heading("Task 1 (i)", level=2),
        para(words(5)),
        heading("Task 1 (ii) Developments", level=2),
        para("(i) Email: " + words(5), bold=False),
        para(words(5)),
        heading("Task 1 (iii)", level=2),
        para(words(5)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 1, "1b": 3, "1c": 6}
    assert found.block_regions[4:6] == ("1b", "1b")


def test_a_short_typed_point_opening_with_an_article_stays_in_its_part() -> None:
    # "3. A consistent experience …" under Task 1 (c) once opened Task 3's part (a).
    doc = document(
        heading("Task 1 (c) One segment"),
        para(words(20)),
        para("3. A consistent experience across email, website and social media"),
        para(words(20)),
        heading("Task 3 (a) Resourcing"),
        para(words(5)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1c": 0, "3a": 4}
    assert found.block_regions[:4] == ("1c", "1c", "1c", "1c")


def test_a_one_row_table_holding_a_part_label_and_its_title_is_the_parts_heading() -> None:
    doc = document(
        block(BlockKind.TABLE, "Q1(a)\tOrganisation overview"),
        para(words(10)),
        block(BlockKind.TABLE, "Measure\tValue\nStores\t137"),  # a table of data stays in the part
        block(BlockKind.TABLE, "Question 1 part (b)\tDevelopments"),
        para(words(10)),
        block(BlockKind.TABLE, "Founded\t1971"),  # one row, no label: a table of data
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 0, "1b": 3}
    assert found.block_regions == ("1a", "1a", "1a", "1b", "1b", "1b")
    assert found.heading_blocks == {0, 3}


def test_a_one_cell_table_holding_only_a_parts_heading_is_the_parts_heading() -> None:
    doc = document(
        block(BlockKind.TABLE, "Task 1 (a) Organisation overview"),
        para(words(10)),
        block(BlockKind.TABLE, "Founded in 1971 with 137 stores."),  # a sentence in a box stays in the part
        block(BlockKind.TABLE, "Task 1 (b) Current and future developments"),
        para(words(10)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 0, "1b": 3}
    assert found.block_regions == ("1a", "1a", "1a", "1b", "1b")


def test_a_heading_drawn_in_a_shape_heads_its_part_and_a_shapes_sentence_does_not() -> None:
    doc = document(
        heading("Task 1"),
        block(BlockKind.TEXT_BOX, "Task 1 (a)\nOrganisation overview"),  # a rounded box over the part
        para(words(10)),
        block(BlockKind.TEXT_BOX, "1b"),  # a label in a circle beside the title
        para("Current and future developments", bold=True),
        para(words(10)),
        block(BlockKind.TEXT_BOX, "Task 1 (c) is answered for the over-60s in the next section."),
        block(BlockKind.TEXT_BOX, "Appendix 2"),  # a shape points at an appendix; the answer goes on
        para(words(10)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 1, "1b": 3}
    assert found.block_regions == (None, "1a", "1a", "1b", "1b", "1b", "1b", "1b", "1b")


def test_a_parts_place_alone_heads_it_only_as_a_heading() -> None:
    doc = document(
        block(BlockKind.TEXT_BOX, "1. Task 1"),
        block(BlockKind.TEXT_BOX, "1.1"),  # a shape holding the part's place in its task
        para(words(10)),
        para("1.2"),  # a chart's axis label read as a line: no heading
        para(words(10)),
        heading("1.2"),
        para(words(10)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 1, "1b": 5}
    assert found.block_regions == (None, "1a", "1a", "1a", "1a", "1b", "1b")


def test_a_charts_labels_head_nothing() -> None:
    # A PDF's chart: "1.2" is a tick on its axis, read as a figure's label, not a shape's heading.
    doc = document(
        heading("Task 1 (a) Organisation overview"),
        para(words(10)),
        Block(BlockKind.TEXT_BOX, "1.2\n1.0\n0.8", page=1, style="figure"),
        Block(BlockKind.TEXT_BOX, "1.2", page=1, style="figure"),
        para(words(10)),
    )
    found = segment(doc, rubric_2206())
    assert found.headings == {"1a": 0}
    assert found.block_regions == ("1a",) * 5


def test_a_heading_numbered_by_the_place_of_a_part_its_siblings_number_so_is_that_part() -> None:
    """Layout pool 2: "1.1 Overview of Reeves and Sons" names part 1a neither by label nor by title, but its
    siblings "1.2 Current and future …" and "1.3 …" are numbered by their places in Task 1, and so is it; in a
    report numbered flat ("1. Overview of Brooks Inc", "2. Current and future …") the places are the report's.
    A sub-heading numbered inside a part ("1.2.1") or a part that is not there ("1.1" missing) takes nothing."""
    rubric = default_library().get("cim-2206")
    found = segment(
        document(
            heading("1 Developments in personalisation and one target segment"),
            heading("1.1 Overview of Reeves and Sons", level=2),
            para(words(5)),
            heading("1.2 Current and future developments in personalisation", level=2),
            para(words(5)),
            heading("1.2.1 Rule-based approaches", level=3),
            para(words(5)),
            heading("1.3 Personalising digital channels for one target segment", level=2),
            para(words(5)),
        ),
        rubric,
    )
    assert found.headings == {"1a": 1, "1b": 3, "1c": 7}
    assert found.blocks_of("1a") == [1, 2]
    flat = segment(
        document(
            para("Personalisation in digital channels: Brooks Inc"),
            heading("1. Overview of Brooks Inc"),
            para(words(5)),
            heading("2. Current and future developments in personalisation"),
            para(words(5)),
            heading("3. Personalising digital channels for one target segment"),
            para(words(5)),
        ),
        rubric,
    )
    assert flat.headings == {"1a": 1, "1b": 3, "1c": 5}
    missing = segment(
        document(
            heading("1 Developments in personalisation and one target segment"),
            para(words(5)),
            heading("1.2 Current and future developments in personalisation", level=2),
            para(words(5)),
            heading("1.2.1 Rule-based approaches", level=3),
            para(words(5)),
        ),
        rubric,
    )
    assert missing.headings == {"1b": 2}
