"""Headings, contents pages, footnotes and headers/footers in a DOCX."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE

from marker.documents import Block, BlockKind, read_document
from marker.documents.structure import refine_blocks
from tests.documents.builders import docx_with_body, header_part, notes_part, p, save


def read(data: bytes) -> tuple[Block, ...]:
    return read_document(data, "r.docx", layout="never").blocks


def test_heading_styles_1_to_3_give_levels() -> None:
    document = docx.Document()
    document.add_heading("Task 1", 1)
    document.add_heading("Part (a) Organisation overview", 2)
    document.add_heading("Background", 3)
    document.add_paragraph("Body.")
    blocks = read(save(document))
    assert [(b.kind, b.text, b.level, b.style) for b in blocks] == [
        (BlockKind.HEADING, "Task 1", 1, "Heading 1"),
        (BlockKind.HEADING, "Part (a) Organisation overview", 2, "Heading 2"),
        (BlockKind.HEADING, "Background", 3, "Heading 3"),
        (BlockKind.PARAGRAPH, "Body.", None, "Normal"),
    ]


def test_outline_level_on_the_paragraph_makes_a_heading() -> None:
    body = '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Task 2 (b)</w:t></w:r></w:p>' + p("Text.")
    blocks = read(docx_with_body(body))
    assert [(b.kind, b.level) for b in blocks] == [(BlockKind.HEADING, 2), (BlockKind.PARAGRAPH, None)]


def test_outline_level_9_is_body_text_even_in_a_heading_style() -> None:
    body = p("Task 1", "Heading1") + (
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Not a heading</w:t>'
        "</w:r></w:p>"
    )
    assert [(b.kind, b.level) for b in read(docx_with_body(body))] == [
        (BlockKind.HEADING, 1),
        (BlockKind.PARAGRAPH, None),
    ]


def test_custom_style_based_on_a_heading_is_a_heading() -> None:
    document = docx.Document()
    custom = document.styles.add_style("Task Heading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = document.styles["Heading 2"]
    grand = document.styles.add_style("Part Heading", WD_STYLE_TYPE.PARAGRAPH)
    grand.base_style = custom
    document.add_paragraph("Task 3 (a) Evaluation", style="Part Heading")
    document.add_paragraph("Words.")
    blocks = read(save(document))
    assert (blocks[0].kind, blocks[0].level, blocks[0].style) == (BlockKind.HEADING, 2, "Part Heading")


def test_custom_style_with_an_outline_level_is_a_heading() -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="MyHead"><w:name w:val="My Head"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    )
    blocks = read(docx_with_body(p("Task 1", "MyHead") + p("Body."), styles_xml=styles))
    assert (blocks[0].kind, blocks[0].level, blocks[0].style) == (BlockKind.HEADING, 1, "My Head")


def test_short_bold_lines_are_headings_when_the_document_has_no_heading_styles() -> None:
    document = docx.Document()
    document.add_paragraph().add_run("Task 1 (a) Organisation overview").bold = True
    document.add_paragraph("The organisation sells shoes.")
    paragraph = document.add_paragraph()
    paragraph.add_run("A long bold sentence that ends with a full stop.").bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Half bold").bold = True
    mixed.add_run(" half not")
    blocks = read(save(document))
    assert [(b.kind, b.bold, b.level) for b in blocks] == [
        (BlockKind.HEADING, True, None),
        (BlockKind.PARAGRAPH, False, None),
        (BlockKind.PARAGRAPH, True, None),
        (BlockKind.PARAGRAPH, False, None),
    ]


def test_bold_lines_stay_paragraphs_when_heading_styles_are_used() -> None:
    document = docx.Document()
    document.add_heading("Task 1", 1)
    document.add_paragraph().add_run("Key point").bold = True
    blocks = read(save(document))
    assert [(b.kind, b.bold) for b in blocks] == [(BlockKind.HEADING, True), (BlockKind.PARAGRAPH, True)]


def test_bold_from_a_character_style_counts_as_bold() -> None:
    styles = '<w:style w:type="character" w:styleId="Strong2"><w:name w:val="Strong2"/><w:rPr><w:b/></w:rPr></w:style>'
    body = '<w:p><w:r><w:rPr><w:rStyle w:val="Strong2"/></w:rPr><w:t>Task 2</w:t></w:r></w:p>' + p("Text.")
    blocks = read(docx_with_body(body, styles_xml=styles))
    assert (blocks[0].kind, blocks[0].bold) == (BlockKind.HEADING, True)


TOC_STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{base}"/>{ppr}</w:style>'
    for sid, name, base, ppr in (
        ("TOC1", "toc 1", "Normal", ""),
        ("TOC2", "toc 2", "Normal", ""),
        ("TOCHeading", "TOC Heading", "Heading1", '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'),
    )
)


def test_toc_styles_are_contents_not_headings() -> None:
    body = (
        p("Contents", "TOCHeading")
        + p("Task 1 (a) Overview\t3", "TOC1")
        + p("Task 1 (b) Channels", "TOC2")
        + p("Task 1 (a) Overview", "Heading1")
    )
    blocks = read(docx_with_body(body, styles_xml=TOC_STYLES))
    assert [(b.kind, b.style) for b in blocks] == [
        (BlockKind.CONTENTS, "TOC Heading"),
        (BlockKind.CONTENTS, "TOC 1"),
        (BlockKind.CONTENTS, "TOC 2"),
        (BlockKind.HEADING, "Heading 1"),
    ]
    assert blocks[1].text == "Task 1 (a) Overview\t3"


def test_toc_field_makes_its_paragraphs_contents_even_in_heading_styles() -> None:
    body = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" '
        '\\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Task 1 Overview</w:t>'
        "</w:r></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Task 2 Plan</w:t></w:r></w:p>'
        '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' + p("Task 1 Overview", "Heading1")
    )
    blocks = read(docx_with_body(body))
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.CONTENTS, "Task 1 Overview"),
        (BlockKind.CONTENTS, "Task 2 Plan"),
        (BlockKind.HEADING, "Task 1 Overview"),
    ]


def test_table_of_contents_content_control_is_contents() -> None:
    body = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr>'
        "<w:sdtContent>" + p("Task 1", "Heading1") + p("Task 2") + "</w:sdtContent></w:sdt>" + p("Task 1", "Heading1")
    )
    assert [b.kind for b in read(docx_with_body(body))] == [BlockKind.CONTENTS, BlockKind.CONTENTS, BlockKind.HEADING]


def test_typed_contents_lines_with_dot_leaders_or_tabs_are_contents() -> None:
    document = docx.Document()
    document.add_paragraph("Table of contents").runs[0].bold = True
    document.add_paragraph("Task 1 (a) Organisation overview ........ 3")
    document.add_paragraph("Task 1 (b) Digital channels\t4")
    document.add_paragraph("Task 2 (a) Plan\t7")
    document.add_paragraph().add_run("Task 1 (a) Organisation overview").bold = True
    document.add_paragraph("The market grew by 5")
    blocks = read(save(document))
    assert [b.kind for b in blocks] == [
        BlockKind.CONTENTS,
        BlockKind.CONTENTS,
        BlockKind.CONTENTS,
        BlockKind.CONTENTS,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
    ]


def test_lists_and_captions_have_their_kinds() -> None:
    document = docx.Document()
    document.add_paragraph("First point", style="List Bullet")
    document.add_paragraph("Figure 1: Funnel", style="Caption")
    assert [b.kind for b in read(save(document))] == [BlockKind.LIST_ITEM, BlockKind.CAPTION]


def test_footnotes_endnotes_headers_and_footers_come_after_the_body() -> None:
    body = (
        '<w:p><w:r><w:t>Claim.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
        '<w:p><w:r><w:t>Other.</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
    )
    data = docx_with_body(
        body,
        parts=[
            notes_part("footnote", {1: "Source: ONS (2019)."}),
            notes_part("endnote", {1: "See appendix."}),
            header_part("header1.xml", "header", "Candidate 1234 - Module 2206"),
            header_part("footer1.xml", "footer", "Page"),
        ],
    )
    blocks = read(data)
    assert [(b.kind, b.text, b.style) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Claim.", "Normal"),
        (BlockKind.PARAGRAPH, "Other.", "Normal"),
        (BlockKind.FOOTNOTE, "Source: ONS (2019).", "footnote"),
        (BlockKind.FOOTNOTE, "See appendix.", "endnote"),
        (BlockKind.HEADER_FOOTER, "Candidate 1234 - Module 2206", "header"),
        (BlockKind.HEADER_FOOTER, "Page", "footer"),
    ]
    assert all(b.page is None for b in blocks[4:])


def test_a_contents_entry_wrapped_over_two_lines_is_contents_on_both() -> None:
    blocks = refine_blocks(
        [
            Block(BlockKind.PARAGRAPH, "Task 1: Personalisation report..........3"),
            Block(BlockKind.PARAGRAPH, "1(b) Current and future developments in"),
            Block(BlockKind.PARAGRAPH, "personalisation..........5"),
            Block(BlockKind.HEADING, "Task 1", level=1),
            Block(BlockKind.PARAGRAPH, "1(b) Current and future developments in personalisation"),
        ]
    )
    assert [block.kind for block in blocks] == [BlockKind.CONTENTS] * 3 + [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_a_typed_contents_list_under_its_title_is_contents_up_to_the_reports_own_headings() -> None:
    """A PDF gives a typed list's page numbers apart from their entries, each before the entry under its own
    (layout pool 33); the report may start on the contents' page."""
    blocks = refine_blocks(
        [
            Block(BlockKind.HEADING, "Contents", page=2, bold=True),
            Block(BlockKind.PARAGRAPH, "TASK 1", page=2),
            Block(BlockKind.PARAGRAPH, "1 Task 1 – part a", page=2),
            Block(BlockKind.PARAGRAPH, "1 Task 1 – part b", page=2),
            Block(BlockKind.PARAGRAPH, "4 References 15 Glossary 17", page=2),
            Block(BlockKind.PARAGRAPH, "TASK 1", page=2, bold=True),  # the report's own heading, repeating one
            Block(BlockKind.PARAGRAPH, "Task 1 – part a", page=2, bold=True),
            Block(BlockKind.PARAGRAPH, "The segment visits the site 8 times a month.", page=2),
        ]
    )
    assert [block.kind is BlockKind.CONTENTS for block in blocks] == [True] * 5 + [False] * 3
    on_another_page = refine_blocks(
        [Block(BlockKind.HEADING, "Contents", page=2), Block(BlockKind.HEADING, "Task 1 (a) Overview", page=3)]
    )
    assert [block.kind for block in on_another_page] == [BlockKind.HEADING, BlockKind.HEADING]


def test_a_sentence_opening_with_a_tables_decimal_number_is_no_caption() -> None:
    # A PDF's line "Table 1.1 summarises how each channel would be personalised." was read as the caption
    # "Table 1." (layout pool 37); "Table 1.1 Channel plan" is one.
    blocks = refine_blocks(
        [
            Block(BlockKind.PARAGRAPH, "Table 1.1 summarises how each digital channel would be personalised."),
            Block(BlockKind.PARAGRAPH, "Table 1.1 Channel personalisation plan"),
            Block(BlockKind.PARAGRAPH, "Table 2 shows the budget for each month."),
            Block(BlockKind.PARAGRAPH, "Figure 2.3: Customer journey"),
        ]
    )
    assert [block.kind for block in blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.CAPTION,
        BlockKind.PARAGRAPH,
        BlockKind.CAPTION,
    ]
