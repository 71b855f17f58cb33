"""Reading PDFs: real pages, normalised text, running headers removed, headings from size and weight."""

from __future__ import annotations

import io
import re

import pytest
from fpdf import FPDF
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from marker.checks import count_words
from marker.documents import Block, BlockKind, UnreadableDocument, read_document
from marker.documents.limits import DEFAULT_LIMITS
from marker.documents.pdf import _key, _Line, _line_pitch, _mark_italic_headings, _normalise, read_pdf
from marker.documents.pdf_boxes import _regions
from tests.documents.builders import make_pdf

BODY = "Digital channels reach customers where they already spend their time online."


def test_pages_and_paragraphs_of_a_pdf() -> None:
    data = make_pdf([[("Task 1 (a) Organisation overview", 16, True), (BODY, 11, False)], [(BODY, 11, False)]])
    document = read_document(data, "r.pdf")
    assert (document.format, document.pages, document.pages_source) == ("pdf", 2, "pdf")
    assert [(b.kind, b.text, b.page, b.level) for b in document.blocks] == [
        (BlockKind.HEADING, "Task 1 (a) Organisation overview", 1, 1),
        (BlockKind.PARAGRAPH, BODY, 1, None),
        (BlockKind.PARAGRAPH, BODY, 2, None),
    ]


def test_heading_levels_from_font_size_then_bold() -> None:
    data = make_pdf(
        [
            [
                ("Task 1", 18, False),
                ("Part (a) Overview", 14, False),
                ("Background", 11, True),
                (BODY, 11, False),
                (BODY + " " + BODY, 11, False),
            ]
        ]
    )
    blocks = read_document(data, "r.pdf").blocks
    assert [(b.kind, b.text, b.level, b.bold) for b in blocks[:3]] == [
        (BlockKind.HEADING, "Task 1", 1, False),
        (BlockKind.HEADING, "Part (a) Overview", 2, False),
        (BlockKind.HEADING, "Background", 3, True),
    ]
    assert [b.kind for b in blocks[3:]] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_lines_of_one_paragraph_are_joined_and_paragraphs_kept_apart() -> None:
    long = " ".join(["Customers compare offers on their phones before they visit a store."] * 4)
    data = make_pdf([[(long, 11, False), ("A second short paragraph.", 11, False)]])
    blocks = read_document(data, "r.pdf").blocks
    assert [b.text for b in blocks] == [long, "A second short paragraph."]


def test_running_headers_and_page_numbers_are_removed_from_the_body() -> None:
    pages = [[(f"Section {n} text of the report body.", 11, False)] for n in range(1, 5)]
    data = make_pdf(pages, header="Candidate 12345 - Mastering Digital Channels", footer_numbers=True)
    blocks = read_document(data, "r.pdf").blocks
    body = [b for b in blocks if b.kind != BlockKind.HEADER_FOOTER]
    assert [b.text for b in body] == [f"Section {n} text of the report body." for n in range(1, 5)]
    assert [(b.kind, b.text, b.page) for b in blocks[len(body) :]] == [
        (BlockKind.HEADER_FOOTER, "Candidate 12345 - Mastering Digital Channels", None),
        (BlockKind.HEADER_FOOTER, "Page 1", None),
    ]


def _raw_lines_pdf(lines: list[str]) -> bytes:
    """A PDF with the lines set exactly as given, one under another."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_words_broken_at_line_ends_are_joined() -> None:
    # A hard hyphen (a compound) is kept and the word joined; so is a soft hyphen's word (see below).
    data = _raw_lines_pdf(
        ["The brand's omni-", "channel strategy is well-", "known to every cus\u00ad", "tomer today."]
    )
    blocks = read_document(data, "r.pdf").blocks
    assert count_words(blocks[0].text) == 10
    assert "omni-channel" in blocks[0].text and "well-known" in blocks[0].text


def test_words_broken_at_line_ends_are_joined_by_either_engine() -> None:
    # pdfium reports every hyphen ending a line alike (it cannot tell a soft hyphen from a typed one), so it
    # keeps the hyphen; pypdf sees the soft hyphen and drops it. Either way each broken word counts once.
    data = _raw_lines_pdf(["The brand's omni-", "channel strategy is well-", "known to every cus­", "tomer today."])
    for engine, last in (("pdfium", "cus-tomer"), ("pypdf", "customer")):
        blocks = read_pdf(data, "r.pdf", DEFAULT_LIMITS, engine=engine).blocks
        text = f"The brand's omni-channel strategy is well-known to every {last} today."
        assert [b.text for b in blocks] == [text], engine


@pytest.mark.parametrize("engine", ["pdfium", "pypdf"])
def test_a_word_the_layout_hyphenated_is_joined_whole_when_the_document_writes_it_whole(engine: str) -> None:
    # Word's automatic hyphenation puts a plain hyphen at the break: "mar-" + "keting" is the word written whole
    # elsewhere, "well-" + "known" the compound written with its hyphen elsewhere, "Kot-" + "ler" the name the
    # reference list gives whole; "omni-" + "channel", written nowhere else, keeps its hyphen.
    lines = [
        "Marketing teams plan the mar-",
        "keting budget early; the well-known firm is well-",
        "known. As Kot-",
        "ler (2019) notes, omni-",
        "channel journeys matter.",
    ]
    data = _raw_lines_pdf([*lines, "", "Kotler, P. (2019) Principles. London: Pearson."])
    blocks = read_pdf(data, "r.pdf", DEFAULT_LIMITS, engine=engine).blocks
    assert blocks[0].text == (
        "Marketing teams plan the marketing budget early; the well-known firm is well-known. As Kotler (2019) "
        "notes, omni-channel journeys matter."
    )
    assert count_words(blocks[0].text) == count_words(" ".join(lines)) - 4


def test_a_capital_after_the_break_keeps_the_hyphen() -> None:
    # A double-barrelled name broken at its own hyphen, though "EllisChadwick" is nowhere: never joined whole.
    data = _raw_lines_pdf(["Ellis-", "Chadwick (2019) and Ellis-", "Chadwick (2020) agree."])
    assert read_document(data, "r.pdf").blocks[0].text == "Ellis-Chadwick (2019) and Ellis-Chadwick (2020) agree."


def _hyphen_apart_pdf(spaced: bool) -> bytes:
    """LibreOffice's automatic hyphenation in miniature: the hyphen it adds is drawn as text of its own after the
    broken word's first half (after a gap when ``spaced``, as in justified lines), the typed one with its word."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.c_margin = 0
    pdf.cell(pdf.get_string_width("Journeys are now fragmen"), 6, "Journeys are now fragmen")
    gap = 1.5 if spaced else 0.0  # mm: a justified line's stretch, which pdfium reads as a space
    pdf.cell(pdf.get_string_width("-") + gap, 6, "-", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "ted across many touch-", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "points today.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("spaced", [False, True])
def test_a_hyphen_drawn_apart_from_its_word_is_the_layouts_and_goes(spaced: bool) -> None:
    # Neither "fragmented" nor "touchpoints" is written elsewhere: pdfium tells which hyphen was drawn apart.
    blocks = read_pdf(_hyphen_apart_pdf(spaced), "r.pdf", DEFAULT_LIMITS, engine="pdfium").blocks
    assert [b.text for b in blocks] == ["Journeys are now fragmented across many touch-points today."]


def test_a_web_address_broken_after_a_slash_is_joined_without_a_space() -> None:
    data = _raw_lines_pdf(
        [
            "Leonard, H. (1988) 'Word of mouth', Brand Management, 32(6). Available at: https://doi.org/",
            "10.7360/BOrV.60525.",
        ]
    )
    text = read_document(data, "r.pdf").blocks[0].text
    assert text.endswith("Available at: https://doi.org/10.7360/BOrV.60525.")
    kept = _raw_lines_pdf(["The figures are at https://www.gov.uk/", "for every region."])
    assert read_document(kept, "r.pdf").blocks[0].text == "The figures are at https://www.gov.uk/ for every region."


def test_a_word_hyphenated_at_a_page_break_is_joined_whole() -> None:
    blocks = _pdf_blocks("Marketing plans are short. The mar-", "keting plan follows.")
    assert [(b.text, b.page) for b in blocks] == [("Marketing plans are short. The marketing plan follows.", 2)]


def test_dotted_contents_lines_are_contents() -> None:
    data = _raw_lines_pdf(["Task 1 (a) Overview .......... 3", "Task 1 (b) Channels .......... 4"])
    blocks = read_document(data, "r.pdf").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.CONTENTS, "Task 1 (a) Overview .......... 3"),
        (BlockKind.CONTENTS, "Task 1 (b) Channels .......... 4"),
    ]


def test_ligatures_and_soft_hyphens_are_normalised_as_lines_are_collected() -> None:
    from marker.documents.pdf import _PageVisitor

    visitor = _PageVisitor()
    identity = [1.0, 0.0, 0.0, 1.0, 0.0, 700.0]
    visitor("An eﬃcient ﬁrm's ﬂow of pro\u00adﬁts", identity, identity, {"/BaseFont": "/Arial"}, 11.0)
    for line in visitor.lines:
        line.finish()  # as each line is once its page has been read
    assert [line.text for line in visitor.lines] == ["An efficient firm's flow of profits"]


def test_a_pdf_without_its_cross_reference_table_is_read_as_a_viewer_repairs_it() -> None:
    # Viewers rebuild a missing cross-reference table; pypdf cannot. The candidate is not told it is damaged.
    prose = "Acme sells garden tools online and in forty stores. " * 12
    intact = make_pdf([[("Task 1 (a) Organisation overview", 16, True), (prose, 11, False)]])
    broken = re.sub(rb"startxref\s*\d+\s*", b"", re.sub(rb"\nxref\n.*?(?=trailer)", b"\n", intact, flags=re.S))
    with pytest.raises(PdfReadError):
        _ = PdfReader(io.BytesIO(broken), strict=False).pages[0]
    document = read_document(broken, "report.pdf")
    assert document.pages == 1
    assert [block.text for block in document.blocks] == [block.text for block in read_document(intact, "r.pdf").blocks]


def test_a_pdf_neither_parser_can_open_is_still_damaged() -> None:
    hopeless = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
    with pytest.raises(UnreadableDocument) as refused:
        read_document(hopeless, "r.pdf")
    assert refused.value.code == "corrupt"


def test_paragraphs_set_double_spaced_with_space_after_are_kept_apart() -> None:
    # Double line spacing (28 pt lines) with 6 pt after each paragraph: the paragraphs' gap is only 1.2 lines.
    paragraphs = [
        " ".join([f"Paragraph {n} says that customers compare offers on their phones."] * 3) for n in range(4)
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    for text in paragraphs:
        pdf.multi_cell(0, 28 * 25.4 / 72, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6 * 25.4 / 72)
    blocks = read_document(bytes(pdf.output()), "r.pdf").blocks
    assert [b.text for b in blocks] == paragraphs


def test_paragraph_broken_by_a_page_break_is_one_block_on_the_page_it_reaches() -> None:
    filler = " ".join(["Customers compare offers on their phones before they visit a store."] * 5)
    carried = " ".join(
        ["Loyalty schemes raise the value of each visit (Euromonitor International, 1989; Department for"] * 6
    )
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for _ in range(9):
        pdf.multi_cell(0, 6, filler, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.multi_cell(0, 6, carried + " Data Protection, 2008).", new_x="LMARGIN", new_y="NEXT")
    document = read_document(bytes(pdf.output()), "r.pdf")
    assert document.pages == 2
    last = document.blocks[-1]
    assert (last.text, last.page) == (carried + " Data Protection, 2008).", 2)
    assert [b.text for b in document.blocks[:-1]] == [filler] * 9


def test_a_page_number_wrapped_to_the_start_of_a_line_is_not_a_list_item() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Gen Z consumers expect brands to exploit e-business ROI, as Ofcom (1999,\np. 305) point out.")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Three steps follow:\na. map the journey;\nb. test the offers.")
    blocks = read_document(bytes(pdf.output()), "r.pdf").blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (
            BlockKind.PARAGRAPH,
            "Gen Z consumers expect brands to exploit e-business ROI, as Ofcom (1999, p. 305) point out.",
        ),
        (BlockKind.PARAGRAPH, "Three steps follow:"),
        (BlockKind.LIST_ITEM, "a. map the journey;"),
        (BlockKind.LIST_ITEM, "b. test the offers."),
    ]


def _pdf_blocks(*pages: str) -> list[Block]:
    """The blocks read from a PDF in Helvetica 11 pt with each given text on a page of its own."""
    pdf = FPDF()
    pdf.set_font("Helvetica", "", 11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return list(read_document(bytes(pdf.output()), "r.pdf").blocks)


def test_a_page_range_wrapped_after_its_dash_is_not_a_numbered_list_item() -> None:
    blocks = _pdf_blocks("Roma, P. (2011) 'Live streaming', Journal of Marketing, 18(8), pp. 9-\n24. Available online.")
    assert [(b.kind, b.text) for b in blocks] == [
        (
            BlockKind.PARAGRAPH,
            "Roma, P. (2011) 'Live streaming', Journal of Marketing, 18(8), pp. 9-24. Available online.",
        )
    ]


def test_page_numbers_of_a_two_page_report_are_running_lines() -> None:
    data = make_pdf([[(BODY, 11, False), ("Page 1", 11, False)], [(BODY + " More.", 11, False), ("Page 2", 11, False)]])
    blocks = read_document(data, "r.pdf").blocks
    assert [b.text for b in blocks if b.kind != BlockKind.HEADER_FOOTER] == [BODY, BODY + " More."]


def test_sentence_broken_by_a_page_break_before_a_capital_is_one_block() -> None:
    # Justified text: the page's last line runs to the margin without ending its sentence.
    filler = " ".join(["Customers compare offers on their phones before they visit a store."] * 5)
    carried = " ".join(["Komsta Amaya Nielsen Ipsos Mintel Kantar Deloitte"] * 14) + "."
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for _ in range(9):
        pdf.multi_cell(0, 6, filler, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.multi_cell(0, 6, carried, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Short closing paragraph.", new_x="LMARGIN", new_y="NEXT")
    document = read_document(bytes(pdf.output()), "r.pdf")
    assert document.pages == 2
    assert [(b.text, b.page) for b in document.blocks[-2:]] == [(carried, 2), ("Short closing paragraph.", 2)]


def test_a_part_heading_typed_as_a_plain_line_at_a_page_top_starts_its_own_block() -> None:
    filler = " ".join(["Customers compare offers on their phones before they visit a store"] * 5)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for _ in range(10):
        pdf.multi_cell(0, 6, filler + ",", align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.add_page()
    pdf.multi_cell(0, 6, "Task 2 (a) Action plan", new_x="LMARGIN", new_y="NEXT")
    blocks = read_document(bytes(pdf.output()), "r.pdf").blocks
    assert blocks[-1].text == "Task 2 (a) Action plan"
    assert blocks[-2].text.endswith("visit a store,")


def test_a_locator_number_wrapped_inside_brackets_is_not_a_numbered_list_item() -> None:
    blocks = _pdf_blocks("Shoppers moved online. White and MacHolland (2014a, para.\n14) note that loyalty fell.")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "Shoppers moved online. White and MacHolland (2014a, para. 14) note that loyalty fell.")
    ]


def test_a_citation_year_opening_the_next_page_carries_on_the_paragraph() -> None:
    blocks = _pdf_blocks("Brands could learn from Kelly et al.", "(1994), who show that short video works.")
    assert [(b.text, b.page) for b in blocks] == [
        ("Brands could learn from Kelly et al. (1994), who show that short video works.", 2)
    ]


def test_a_locator_number_opening_the_next_page_inside_brackets_carries_on_the_paragraph() -> None:
    blocks = _pdf_blocks("This supports the view of Cabinet Office (2002, para.", "22) that consumers expect more.")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "This supports the view of Cabinet Office (2002, para. 22) that consumers expect more.")
    ]


def test_a_small_file_is_read_by_pdfium_without_weighing_its_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """No page's stored content can outweigh the whole file, so a file under the limit is not opened page by page
    to weigh its content streams; one over it still is."""
    import marker.documents.pdf as pdf_module

    weighed: list[bool] = []

    def weigh(reader: object) -> bool:
        weighed.append(True)
        return False

    monkeypatch.setattr(pdf_module, "_oversized_pages", weigh)
    data = make_pdf([[("Task 1 (a) Organisation overview", 16, True), (BODY, 11, False)]])
    assert read_pdf(data, "r.pdf", DEFAULT_LIMITS).pages == 1
    assert weighed == []
    monkeypatch.setattr(pdf_module, "_MAX_CONTENT_BYTES", len(data) - 1)
    assert read_pdf(data, "r.pdf", DEFAULT_LIMITS).pages == 1
    assert weighed == [True]


def test_the_line_pitch_is_the_smallest_gap_that_recurs_not_a_few_closer_lines() -> None:
    # A report at 1.5 spacing (22.5 pt between lines), paragraphs 28.5 apart, and a sidebar's dozen lines set
    # single-spaced at the body's size (15 pt): the body's pitch is 22.5.
    gaps = [22.5] * 540 + [28.5] * 80 + [15.1] * 12
    assert _line_pitch(gaps) == 22.5
    assert _line_pitch([22.4, 22.6] * 20 + [15.0]) == 22.4
    assert _line_pitch([13.0, 20.0]) == 13.0  # too few lines to judge: the smallest
    assert _line_pitch([]) == 0.0


def test_a_line_whose_bold_label_heads_a_plain_title_heads_a_part_even_without_space_around_it() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    body = "Customers compare offers on their phones before they visit a store and expect the same prices."
    lines = [
        ("Task 1 (a)", "  Organisation overview"),
        ("", body),
        ("", body),
        ("Task 1 (b)", "  Current and future developments"),
        ("", body),
    ]
    for label, rest in lines:  # every line the same distance apart: no paragraph spacing to go by
        if label:
            pdf.set_font("Helvetica", "B", 12)
            pdf.write(7, label)
        pdf.set_font("Helvetica", "", 12)
        pdf.write(7, rest)
        pdf.ln(7)
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    headings = [block.text for block in blocks if block.kind is BlockKind.HEADING]
    assert headings == ["Task 1 (a) Organisation overview", "Task 1 (b) Current and future developments"]
    # A body line that opens with a word in bold is no heading.
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.write(7, "Important:")
    pdf.set_font("Helvetica", "", 12)
    pdf.write(7, " customers compare offers")
    pdf.ln(7)
    pdf.write(7, body)
    assert not any(b.kind is BlockKind.HEADING for b in read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks)


def _pdf_of_lines(lines: list[tuple[str, str, float]]) -> bytes:
    """One page of lines (text, fpdf2 style "", "B" or "I", space before the line in mm), 12 pt Helvetica."""
    pdf = FPDF()
    pdf.add_page()
    for text, style, space in lines:
        pdf.ln(space)
        pdf.set_font("Helvetica", style, 12)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_an_italic_line_standing_apart_is_a_sub_heading_and_one_inside_a_paragraph_is_text() -> None:
    body = "Customers compare offers on their phones before they visit a store and"
    data = _pdf_of_lines(
        [
            ("Task 1 (a) Organisation overview", "B", 0),
            ("Customer base", "I", 4),
            (body, "", 4),
            (body, "", 0),
            ("Digital marketing strategy and practice", "I", 0),  # a title wrapped onto a line of its own
            (body, "", 0),
            (body, "", 4),
            ("Key findings:", "I", 4),  # a label for what follows, as the same line in bold is
            (body, "", 4),
        ]
    )
    blocks = read_pdf(data, "r.pdf", DEFAULT_LIMITS).blocks
    assert [(block.kind, block.text.split()[0]) for block in blocks] == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.HEADING, "Customer"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.HEADING, "Key"),
        (BlockKind.PARAGRAPH, "Customers"),
    ]
    assert "Digital marketing strategy and practice" in blocks[2].text


def test_a_title_in_capitals_under_a_bold_label_joins_its_heading() -> None:
    body = "Customers compare offers on their phones before they visit a store."
    data = _pdf_of_lines([("2A", "B", 0), ("ACTION PLAN TO MAXIMISE CONVERSION RATES", "", 0), (body, "", 4)])
    blocks = read_pdf(data, "r.pdf", DEFAULT_LIMITS).blocks
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.HEADING, "2A ACTION PLAN TO MAXIMISE CONVERSION RATES"),
        (BlockKind.PARAGRAPH, body),
    ]


def test_a_shape_drawn_as_fill_and_outline_paths_of_the_same_bounds_is_one_text_box() -> None:
    page = 595.0 * 842.0
    fill, outline = (349.0, 282.1, 519.1, 428.8), (348.0, 280.8, 520.1, 429.8)
    assert [(r.kind, round(r.left), round(r.top)) for r in _regions([fill, outline], page)] == [
        (BlockKind.TEXT_BOX, 348, 430)
    ]
    assert [r.kind for r in _regions([fill], page)] == [BlockKind.TEXT_BOX]
    # Shapes of other sizes touching each other (a drawing) are no box.
    assert _regions([fill, (300.0, 200.0, 360.0, 300.0)], page) == []


def test_italic_sub_headings_without_space_around_them_and_a_word_count_line_stand_apart() -> None:
    body = "Customers compare offers on their phones before they visit a store and expect the same"
    data = _pdf_of_lines(
        [
            ("Task 1 (b) Developments", "B", 0),
            (body, "", 0),
            ("the prices everywhere.", "", 0),  # a paragraph's last line, short of the margin
            ("Future developments", "I", 0),  # double spacing throughout: no space sets it apart
            (body, "", 0),
            ("the prices everywhere.", "", 0),
            ('"A quotation set', "I", 0),  # italic over several lines: a quotation, not a heading
            ('in italics"', "I", 0),
            ("(Word count: 1,482)", "", 0),
        ]
    )
    blocks = read_pdf(data, "r.pdf", DEFAULT_LIMITS).blocks
    assert [block.text for block in blocks if block.kind is BlockKind.HEADING] == [
        "Task 1 (b) Developments",
        "Future developments",
    ]
    assert blocks[-1].text == "(Word count: 1,482)"


def test_a_long_running_footer_ending_in_the_page_number_is_a_running_line() -> None:
    assert _key("Ronald Mann | CIM 2206 | Page 10") == _key("Ronald Mann | CIM 2206 | Page 11")
    assert _key("Candidate 1234567 – Mastering Digital Channels – 3 of 12") == _key(
        "Candidate 1234567 – Mastering Digital Channels – 4 of 12"
    )
    assert _key("Miller Atkinson and Murphy | 4") == _key("Miller Atkinson and Murphy | 5")
    # A body line with a number stays itself.
    assert _key("Sales rose by 12% in the year to March 2023 across all") != _key(
        "Sales rose by 13% in the year to March 2023 across all"
    )


def test_a_grid_filling_the_page_is_a_table_and_a_frame_around_the_page_is_not() -> None:
    page = 595.0 * 842.0
    rows = [(56.0, y, 528.0, y + 1.0) for y in (60.0, 300.0, 540.0, 780.0)]
    columns = [(x, 60.0, x + 1.0, 781.0) for x in (56.0, 250.0, 527.0)]
    assert [r.kind for r in _regions(rows + columns, page)] == [BlockKind.TABLE]
    frame = [
        (40.0, 40.0, 555.0, 41.0),
        (40.0, 800.0, 555.0, 801.0),
        (40.0, 40.0, 41.0, 801.0),
        (554.0, 40.0, 555.0, 801.0),
    ]
    assert _regions(frame, page) == []


def test_a_source_line_under_a_figure_caption_is_part_of_the_caption() -> None:
    body = "Customers compare offers on their phones before they visit a store."
    data = _pdf_of_lines(
        [
            ("1b. Developments", "B", 0),
            (body, "", 4),
            ("Figure 3: Mobile and desktop sessions", "", 4),
            ("Source: Google Analytics (2021)", "I", 0),
            (body, "", 4),
            ("Source: the candidate's own view is no caption here.", "", 4),
        ]
    )
    blocks = read_pdf(data, "r.pdf", DEFAULT_LIMITS).blocks
    assert [(block.kind, block.text.split()[0]) for block in blocks] == [
        (BlockKind.HEADING, "1b."),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.CAPTION, "Figure"),
        (BlockKind.CAPTION, "Source:"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.PARAGRAPH, "Source:"),
    ]


def test_an_italic_line_without_a_position_is_judged_by_where_lines_end() -> None:
    def line(text: str, italic: bool, y: float | None, end_x: float) -> _Line:
        made = _Line([text], 0, len(text), {12.0: len(text)}, y, 72.0, end_x)
        made.italic_chars = len(text) if italic else 0
        made.finish()
        return made

    # No position for the italic line: the space around it is unknown (it used to fail an assertion), so the
    # lines' ends decide. After a line running to the margin it carries on a paragraph.
    page = [line("Customers compare offers", False, 700.0, 540.0), line("a title", True, None, 300.0)]
    page.append(line("Body.", False, 650.0, 200.0))
    _mark_italic_headings(page, 12.0, 14.0, 0.0, 500.0)
    assert not page[1].heading
    page[0] = line("Customers compare offers.", False, 700.0, 200.0)  # a paragraph's last line, short
    _mark_italic_headings(page, 12.0, 14.0, 0.0, 500.0)
    assert page[1].heading


def _body_paragraph(pdf: FPDF, y: float, text: str) -> None:
    pdf.set_xy(20, y)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(170, 6, text)


def test_a_sections_own_first_page_header_wrapped_over_two_lines_is_a_running_line() -> None:
    # Word's "different first page": each section's first page (pages 1 and 4 here) carries a header of its
    # own, set where the running header of the other pages stands and wrapped onto a second line.
    sentences = [f"Customers in segment {n} compare offers on their phones." for n in range(1, 7)]
    pdf = FPDF()
    for number in range(1, 7):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        if number in (1, 4):
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, "CIM Level 6 Diploma in Professional Marketing - July")
            pdf.set_xy(20, 15)
            pdf.cell(0, 5, "2020")
        else:
            pdf.set_xy(20, 10)
            pdf.cell(0, 5, "Candidate 4724835 | CIM 2206 Mastering Digital Channels")
        _body_paragraph(pdf, 30, sentences[number - 1])
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    body_text = " ".join(b.text for b in blocks if b.kind is not BlockKind.HEADER_FOOTER)
    assert count_words(body_text) == count_words(" ".join(sentences))
    running = {b.text for b in blocks if b.kind is BlockKind.HEADER_FOOTER}
    assert "CIM Level 6 Diploma in Professional Marketing - July" in running


def test_a_line_opening_the_body_of_two_pages_is_not_a_running_line() -> None:
    # The same words opening the body of two pages stand below the header's margin: they are the body's.
    pdf = FPDF()
    for number in range(4):
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(20, 10)
        pdf.cell(0, 5, "Candidate 4724835 | CIM 2206 Mastering Digital Channels")
        opening = "Key points from the customer survey of the year." if number % 2 else f"Page {number} opens."
        _body_paragraph(pdf, 30, f"{opening}")
        _body_paragraph(pdf, 40, f"Customers in segment {number} compare offers on their phones.")
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    body = " ".join(b.text for b in blocks if b.kind is not BlockKind.HEADER_FOOTER)
    assert body.count("Key points from the customer survey of the year.") == 2


def _list_item(
    pdf: FPDF, y: float, number: str, lines: list[str], *, text_x: float, wrap_x: float, size: int = 12
) -> float:
    """A list item: its number at x = 20 mm, its first line's text at ``text_x`` and the next lines at
    ``wrap_x``; returns the y under it."""
    pdf.set_font("Helvetica", "", size)
    pdf.set_xy(20, y)
    pdf.cell(0, 6, number)
    for index, line in enumerate(lines):
        pdf.set_xy(text_x if index == 0 else wrap_x, y)
        pdf.cell(0, 6, line)
        y += 6
    return y + 2


def test_an_automatic_list_number_is_no_word_and_a_typed_one_is_one() -> None:
    # Word counts the number of an automatic list as no word (a DOCX's number is no text); a number typed
    # into the paragraph is a word. Word sets the automatic one, then a tab to the hanging indent, a quarter
    # of an inch (6.35 mm) on whatever the number's width, and wraps the item under its text; a typed number
    # is followed by a space, and a typed "11. " wraps under the number.
    indent = 20 + 6.35
    pdf = FPDF()
    pdf.add_page()
    y = _list_item(pdf, 20, "1.", ["Progress will be reviewed monthly."], text_x=indent, wrap_x=indent)
    y = _list_item(
        pdf, y, "2.", ["A dashboard shows the conversion rate by channel", "every week."], text_x=indent, wrap_x=indent
    )
    y = _list_item(
        pdf, y, "10.", ["Budgets are set per quarter by the marketing", "manager."], text_x=28.5, wrap_x=28.5
    )
    y = _list_item(pdf, y, "3.", ["Typed numbers stay words of the item."], text_x=25.5, wrap_x=25.5)
    y = _list_item(pdf, y, "11.", ["A typed number wraps back under the number", "itself."], text_x=29.0, wrap_x=20)
    y = _list_item(
        pdf, y, "12.", ["Automatic numbers of two figures are set the same way."], text_x=indent, wrap_x=indent, size=10
    )
    y = _list_item(pdf, y, "b.", ["Second-level letters too."], text_x=indent, wrap_x=indent)
    y = _list_item(pdf, y, "o", ["And Word's second-level bullet."], text_x=indent, wrap_x=indent)
    y = _list_item(pdf, y, "4)", ["A typed number in a wide font."], text_x=25.0, wrap_x=25.0)
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.LIST_ITEM, "Progress will be reviewed monthly."),
        (BlockKind.LIST_ITEM, "A dashboard shows the conversion rate by channel every week."),
        (BlockKind.LIST_ITEM, "Budgets are set per quarter by the marketing manager."),
        (BlockKind.LIST_ITEM, "3. Typed numbers stay words of the item."),
        (BlockKind.LIST_ITEM, "11. A typed number wraps back under the number itself."),
        (BlockKind.LIST_ITEM, "Automatic numbers of two figures are set the same way."),
        (BlockKind.LIST_ITEM, "Second-level letters too."),
        (BlockKind.LIST_ITEM, "And Word's second-level bullet."),
        (BlockKind.LIST_ITEM, "4) A typed number in a wide font."),
    ]


def test_a_line_drawn_twice_over_itself_is_read_once() -> None:
    # A shape's text with a shadow, as LibreOffice drew a grouped heading shape (layout pool 30).
    assert _normalise("TTaasskk 33 ((aa)) –– MMaannaaggiinngg") == "Task 3 (a) – Managing"
    for text in ("Aa bb", "aaaa bbbb", "Committee approval", "ooh 11 22"):
        assert _normalise(text) == text  # a word's own double letters are no doubled line
