"""What Word draws around or behind ordinary text in a PDF is not a table or a text box: shading behind a
paragraph, a bordered heading, a double page border; and small or large type that is still the body's text,
and headers that differ on odd and even pages (layout pools 11 and 12)."""

from __future__ import annotations

from fpdf import FPDF

from marker.documents import BlockKind
from marker.documents.limits import DEFAULT_LIMITS
from marker.documents.pdf import read_pdf
from marker.documents.pdf_boxes import _regions

PAGE = 595.0 * 842.0
LINE = "Customers compare offers on their phones before they visit a store and expect"


def _frame(left: float, bottom: float, right: float, top: float) -> list[tuple[float, float, float, float]]:
    return [
        (left, bottom, right, bottom + 1.0),
        (left, top - 1.0, right, top),
        (left, bottom, left + 1.0, top),
        (right - 1.0, bottom, right, top),
    ]


def test_a_box_with_thick_borders_around_its_shading_is_one_cell() -> None:
    # A case study in a shaded one-cell table with 3-point borders (pool 25): LibreOffice draws the shading and
    # four borders 3 points wide, which were too wide to be read as rules.
    shading = (315.4, 275.2, 541.2, 361.6)
    borders = [
        (313.1, 359.3, 543.5, 362.3),
        (313.1, 272.9, 543.5, 275.9),
        (313.9, 272.2, 316.9, 363.1),
        (539.8, 272.2, 542.8, 363.1),
    ]
    (box,) = _regions([shading, shading, *borders], PAGE)
    assert (box.kind, box.one_cell) == (BlockKind.TABLE, True)
    assert (round(box.left), round(box.top)) == (313, 363)


def test_a_table_ruled_only_across_is_a_table_and_rules_under_headings_are_not() -> None:
    # Word's "Plain Table 2": a rule over each row and none down the sides, and no shading (layout pool 38).
    rows = [(70.0, 600.0 - 18.0 * row, 525.0, 600.5 - 18.0 * row) for row in range(5)]
    (table,) = _regions(rows, PAGE)
    assert (table.kind, table.ruled_across, round(table.bottom), round(table.top)) == (BlockKind.TABLE, True, 528, 600)
    # A heading's bottom border every paragraph or so: the same width, further apart than rows.
    headings = [(70.0, 700.0 - 90.0 * heading, 525.0, 700.5 - 90.0 * heading) for heading in range(4)]
    assert _regions(headings, PAGE) == []


def test_a_double_page_border_is_no_table_and_a_frame_without_inner_rules_is_one_cell() -> None:
    double = _frame(40.0, 40.0, 555.0, 801.0) + _frame(44.0, 44.0, 551.0, 797.0)
    assert _regions(double, PAGE) == []
    (banner,) = _regions(_frame(60.0, 600.0, 530.0, 640.0), PAGE)
    assert (banner.kind, banner.one_cell) == (BlockKind.TABLE, True)
    grid = [*_frame(60.0, 400.0, 530.0, 640.0), (60.0, 500.0, 530.0, 501.0), (300.0, 400.0, 301.0, 640.0)]
    (table,) = _regions(grid, PAGE)
    assert (table.kind, table.one_cell) == (BlockKind.TABLE, False)
    # A paragraph shaded line by line right under the table touches it, and is not the table's.
    shading = [(61.0, 385.0 - 16.0 * row, 500.0, 399.0 - 16.0 * row) for row in range(3)]
    (table,) = _regions(grid + shading, PAGE)
    assert (table.kind, round(table.bottom), round(table.top)) == (BlockKind.TABLE, 400, 640)


def _new_pdf() -> FPDF:
    pdf = FPDF()
    pdf.c_margin = 0  # text starts where a cell does, as a paragraph's does at its shading's edge
    return pdf


def _kinds(pdf: FPDF) -> list[tuple[BlockKind, str]]:
    """Each block the reader finds, by its kind and first word."""
    return [
        (block.kind, block.text.split()[0]) for block in read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    ]


def _framed(pdf: FPDF, top: float, bottom: float, left: float = 10, right: float = 200) -> None:
    """Four rules from ``left`` to ``right`` and ``top`` to ``bottom`` (mm): a frame of one cell."""
    pdf.line(left, top, right, top)
    pdf.line(left, bottom, right, bottom)
    pdf.line(left, top, left, bottom)
    pdf.line(right, top, right, bottom)


def _text(pdf: FPDF, x_mm: float, text: str, style: str = "", size: float = 12) -> None:
    pdf.set_x(x_mm)
    pdf.set_font("Helvetica", style, size)
    pdf.cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")


def test_shading_behind_a_paragraph_is_body_text_and_a_box_with_its_margin_is_a_text_box() -> None:
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 1 (a) Organisation overview", "B")
    pdf.ln(4)
    # A shaded paragraph (a web page's grey pasted in): the fill starts where the text starts.
    pdf.set_fill_color(225, 225, 225)
    pdf.rect(10, pdf.get_y(), 190, 13, style="F")
    _text(pdf, 10, LINE)
    _text(pdf, 10, "the same prices everywhere.")
    pdf.ln(6)
    # A text box: outlined, its text a tenth of an inch in from its edges.
    pdf.rect(10, pdf.get_y(), 190, 17, style="FD")
    pdf.ln(2.5)
    _text(pdf, 12.54, "Key point: customers want the same prices in every channel.")
    pdf.ln(10)
    _text(pdf, 10, "After the box the answer carries on in plain text.")
    assert _kinds(pdf) == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.TEXT_BOX, "Key"),
        (BlockKind.PARAGRAPH, "After"),
    ]


def test_a_heading_in_a_bordered_band_is_a_heading_and_a_framed_sentence_is_not() -> None:
    pdf = _new_pdf()
    pdf.add_page()
    top = pdf.get_y()
    _text(pdf, 14, "Task 2: Action plan", "B", 16)
    _framed(pdf, top - 3, top + 11)
    pdf.ln(8)
    _text(pdf, 10, LINE)
    pdf.ln(8)
    top = pdf.get_y()
    _text(pdf, 14, "A framed sentence in plain type is the table's, as the brief's wording in a box is.")
    _framed(pdf, top - 3, top + 9)
    assert _kinds(pdf) == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.TABLE, "A"),
    ]


def test_a_table_ruled_only_across_with_rows_shaded_in_bands_is_a_table() -> None:
    """Word's "Light Shading" style: rules above, under the header and below, every other row shaded cell by
    cell, and no vertical rule (layout pool 15)."""
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 3 (a) Implementation", "B")
    pdf.ln(4)
    _text(pdf, 10, LINE)
    pdf.ln(4)
    top = pdf.get_y()
    pdf.line(10, top, 200, top)
    pdf.set_font("Helvetica", "", 11)
    pdf.set_fill_color(240, 215, 215)
    pdf.c_margin = 1.9  # a cell's text is inset from its edges, as Word's 0.08 inch (shading's is not)
    rows = [("Phase", "Months", "Owner"), ("Audit", "1-3", "Analyst"), ("Pilot", "4-6", "Agency"),
            ("Scale", "7-12", "Team"), ("Review", "12", "Board")]  # fmt: skip
    for number, row in enumerate(rows):
        for cell in row:
            pdf.cell(190 / 3, 6, cell, fill=number % 2 == 1)
        pdf.ln(6)
        if number == 0:
            pdf.line(10, pdf.get_y(), 200, pdf.get_y())
    pdf.line(10, pdf.get_y(), 200, pdf.get_y())
    pdf.ln(6)
    _text(pdf, 10, "After the table the answer carries on in plain text.")
    kinds = _kinds(pdf)
    assert kinds[:2] == [(BlockKind.HEADING, "Task"), (BlockKind.PARAGRAPH, "Customers")]
    assert kinds[-1] == (BlockKind.PARAGRAPH, "After")
    assert {kind for kind, _word in kinds[2:-1]} == {BlockKind.TABLE}
    assert kinds[2] == (BlockKind.TABLE, "Phase")


def test_shaded_lines_and_a_band_beside_its_label_are_no_banded_table() -> None:
    # A paragraph shaded line by line between a rule above and a rule below: fills stacked, never side by side.
    shaded = [(60.0, 600.0, 530.0, 601.0), (60.0, 650.0, 530.0, 651.0)]
    shaded += [(60.0, 602.0 + 16.0 * row, 530.0, 616.0 + 16.0 * row) for row in range(3)]
    assert all(region.kind is not BlockKind.TABLE or region.one_cell for region in _regions(shaded, PAGE))
    # A heading's band with its label in a shaded box beside it: one row of two fills, no rules.
    band = [(60.0, 700.0, 100.0, 720.0), (100.5, 700.0, 530.0, 720.0)]
    assert [region.kind for region in _regions(band, PAGE)] != [BlockKind.TABLE]
    # The same cells in three rows between rules make a table.
    rows = [(60.0, 500.0 - 30.0 * row, 300.0, 514.0 - 30.0 * row) for row in range(3)]
    rows += [(300.5, 500.0 - 30.0 * row, 530.0, 514.0 - 30.0 * row) for row in range(3)]
    rules = [(59.0, 528.0, 531.0, 529.0), (59.0, 438.0, 531.0, 439.0)]
    (table,) = _regions(rows + rules, PAGE)
    assert (table.kind, round(table.bottom), round(table.top)) == (BlockKind.TABLE, 438, 529)


def test_a_box_on_a_coloured_page_and_drawn_after_the_notes_leaves_the_notes_notes() -> None:
    """A page colour fills the page behind everything; a text box anchored on the page is drawn after the
    footnotes; and Word's notes are 10 points under a body of 10.5 (layout pool 16)."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_fill_color(253, 246, 227)
    pdf.rect(0, 0, 210, 297, style="F")
    _text(pdf, 10, "Task 1 (b) Developments", "B", 14)
    pdf.ln(4)
    for _ in range(6):
        _text(pdf, 10, LINE, size=10.5)
    pdf.line(10, 262, 70, 262)
    pdf.set_y(264)
    _text(pdf, 10, "1 Reading order: the parts follow the brief.", size=10)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(120, 40, 80, 20, style="FD")
    pdf.set_y(43)
    _text(pdf, 122.54, "Key points: prices", size=10)
    _text(pdf, 122.54, "matter most.", size=10)
    assert _kinds(pdf) == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.TEXT_BOX, "Key"),  # drawn last, read where it stands: beside the paragraph
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.FOOTNOTE, "1"),
    ]


def test_small_lines_at_a_page_foot_are_footnotes_only_from_a_note_number() -> None:
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 1 (b) Developments", "B")
    for _ in range(3):
        _text(pdf, 10, LINE)
    pdf.ln(4)
    # Pasted from another draft in a smaller type, opening with a year: no note's number.
    _text(pdf, 10, "2016, p. 112) found the same, in a paragraph that keeps its smaller type,", size=10)
    _text(pdf, 10, "and it is still part of the answer.", size=10)
    pdf.ln(20)
    _text(pdf, 10, "1 Office for National Statistics (2023).", size=9)
    assert _kinds(pdf)[-2:] == [
        (BlockKind.PARAGRAPH, "2016,"),
        (BlockKind.FOOTNOTE, "1"),
    ]


def test_a_notes_number_raised_onto_a_line_of_its_own_still_opens_the_note() -> None:
    # LibreOffice sets Word's 9-point note text with its number in 5-point type 4 points up: pdfium reads the
    # number as a line of its own above its note.
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 1 (b) Developments", "B")
    for _ in range(3):
        _text(pdf, 10, LINE)
    pdf.set_y(250)
    for number, note in ((4, "Based on the author's own experience as a customer."), (5, "Data from web analytics.")):
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.set_font("Helvetica", "", 5)
        pdf.cell(0, 2, str(number))
        pdf.set_xy(12, y + 1.5)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    assert [(b.kind, b.text) for b in blocks if b.kind is BlockKind.FOOTNOTE] == [
        (BlockKind.FOOTNOTE, "4 Based on the author's own experience as a customer."),
        (BlockKind.FOOTNOTE, "5 Data from web analytics."),
    ]
    assert all("author" not in b.text for b in blocks if b.kind is BlockKind.PARAGRAPH)


def test_a_paragraph_pasted_in_larger_type_is_text_and_a_larger_short_line_a_heading() -> None:
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 1 (b) Developments", size=16)
    pdf.ln(3)
    for _ in range(4):
        _text(pdf, 10, LINE, size=11)
    pdf.ln(3)
    for _ in range(3):
        _text(pdf, 10, "Pasted from a web page in a larger type than the", size=14)
    assert _kinds(pdf) == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.PARAGRAPH, "Pasted"),
    ]


def test_headers_that_differ_on_odd_and_even_pages_are_running_lines() -> None:
    pdf = _new_pdf()
    for number in range(1, 8):
        pdf.add_page()
        header = "Smith-Hartley: personalisation in digital channels" if number % 2 else "CIM 2206 | Candidate 6841107"
        _text(pdf, 10, header, size=9)
        pdf.ln(6)
        _text(pdf, 10, f"Page {number} begins with its own sentence about channel number {number * 7}.")
        _text(pdf, 10, LINE)
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    body = " ".join(block.text for block in blocks if block.kind is BlockKind.PARAGRAPH)
    assert "Candidate" not in body
    assert "Smith-Hartley" not in body
    assert "Page 3 begins" in body


def test_a_header_naming_each_task_on_its_own_pages_is_a_running_line() -> None:
    pdf = _new_pdf()
    for number in range(1, 10):
        pdf.add_page()
        task = (number - 1) // 3 + 1
        _text(pdf, 10, f"Smith, Wood and Norman: personalisation in digital channels | Task {task}", size=12)
        pdf.ln(6)
        _text(pdf, 10, f"Page {number} begins with its own sentence about channel number {number * 7}.")
        _text(pdf, 10, LINE)
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    body = " ".join(block.text for block in blocks if block.kind is BlockKind.PARAGRAPH)
    assert "Norman" not in body
    assert "Page 5 begins" in body


def test_a_note_running_over_a_page_break_stays_a_note_and_an_indented_quotation_stays_text() -> None:
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 1 (b) Developments", "B")
    for line in range(3):
        _text(pdf, 10, f"{LINE} {pdf.page}.{line}")
    pdf.ln(40)
    _text(pdf, 10, "1 Figures are taken from the firm's internal dashboard for the year", size=9)
    _text(pdf, 10, "to March and were shared with the author by the head of e-commerce", size=9)
    pdf.add_page()
    for line in range(3):
        _text(pdf, 10, f"{LINE} {pdf.page}.{line}")
    pdf.ln(40)
    _text(pdf, 10, "and the exact figure is commercially sensitive, so it has been rounded.", size=9)
    _text(pdf, 10, "2 A second note on the same page.", size=9)
    pdf.add_page()
    for line in range(3):
        _text(pdf, 10, f"{LINE} {pdf.page}.{line}")
    pdf.ln(4)
    # A quotation set smaller and indented at the foot of a page after a page of notes: the answer's.
    _text(pdf, 20, '"Consumers are willing to share data in exchange for value,', size=10)
    _text(pdf, 20, 'but the exchange must be explicit" (Kotler, 2017, p. 34).', size=10)
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    notes = [block.text for block in blocks if block.kind is BlockKind.FOOTNOTE]
    assert notes[1].startswith("and the exact figure")
    body = " ".join(block.text for block in blocks if block.kind is BlockKind.PARAGRAPH)
    assert "commercially sensitive" not in body
    assert "Consumers are willing" in body


def test_a_heading_drawn_in_a_shape_is_read_where_it_stands_and_a_title_beside_a_circle_is_text() -> None:
    """LibreOffice draws shapes after the page's text: a part's heading in a rounded box and a label in a
    circle come last in the file (layout pool 28)."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_y(20)
    _text(pdf, 10, "Task 1 (a) Organisation overview", "B", 14)
    pdf.ln(2)
    for _ in range(3):
        _text(pdf, 10, LINE)
    pdf.set_y(70)
    for _ in range(3):
        _text(pdf, 10, LINE)  # under the box: its part's answer
    pdf.set_y(110)
    _text(pdf, 24, "Current and future developments", "B", 14)  # beside the circle drawn below
    pdf.ln(2)
    for _ in range(3):
        _text(pdf, 10, LINE)
    pdf.set_fill_color(30, 90, 120)
    pdf.rect(10, 50, 150, 12, style="F")  # the rounded box, drawn last
    pdf.set_y(53)
    _text(pdf, 12.54, "Task 1 (b)", "B", 14)
    pdf.rect(10, 103, 12, 12, style="F")  # the circle, the title's baseline at its foot
    pdf.set_y(105)
    _text(pdf, 12.54, "1c", "B", 10)
    assert _kinds(pdf) == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.TEXT_BOX, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.TEXT_BOX, "1c"),
        (BlockKind.HEADING, "Current"),
        (BlockKind.PARAGRAPH, "Customers"),
    ]


def test_a_bordered_paragraph_is_text_and_a_one_cell_table_lined_up_with_it_is_a_table() -> None:
    """Word draws a paragraph's borders outside its text, on both sides (layout pool 28's boxed body
    paragraphs); a table whose cell's text lines up with the page's ends short of the right margin."""
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 1 (a) Organisation overview", "B", 14)
    pdf.ln(2)
    _text(pdf, 10, LINE)
    right = 10 + pdf.get_string_width(LINE)
    pdf.ln(6)
    top = pdf.get_y()
    _text(pdf, 10, "Boxed text is still the answer, set in a frame the border draws out beyond it.")
    _text(pdf, 10, "It goes on for a second line.")
    _framed(pdf, top - 2, top + 14, 8, right + 4)
    pdf.ln(10)
    top = pdf.get_y()
    _text(pdf, 10, "A table's cell whose text lines up with the page's text.")
    _framed(pdf, top - 2, top + 8, 8, right - 2)
    pdf.ln(8)
    _text(pdf, 10, LINE)
    assert _kinds(pdf) == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.PARAGRAPH, "Boxed"),
        (BlockKind.TABLE, "A"),
        (BlockKind.PARAGRAPH, "Customers"),
    ]


def test_a_heading_drawn_after_the_pages_text_with_no_box_found_goes_where_it_stands() -> None:
    """A ribbon or an arrow drawn as curves gives pdfium no box; LibreOffice draws its text after the page's
    (layout pool 30). On a page whose paragraphs run down it in order, a heading out of order goes before the
    first line under it; one drawn over a paragraph's lines goes before that paragraph."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_y(20)
    for _ in range(4):
        _text(pdf, 10, LINE)
    pdf.set_y(60)
    for _ in range(4):
        _text(pdf, 10, LINE)
    pdf.set_y(100)
    for _ in range(4):
        _text(pdf, 10, LINE)
    pdf.set_y(48)
    _text(pdf, 12, "Task 1 (b) Current and future developments", "B", 13)  # drawn last, between the paragraphs
    pdf.set_y(103)
    _text(pdf, 12, "1.3", "B", 12)  # drawn over the third paragraph's lines
    assert _kinds(pdf) == [
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.HEADING, "1.3"),
        (BlockKind.PARAGRAPH, "Customers"),
    ]


def test_line_numbers_in_the_margin_and_a_watermark_behind_the_text_are_no_words() -> None:
    """Word's line numbering, set in the margin level with each line, and a watermark drawn as a pale shape
    across the page behind the body's lines (layout pool 31)."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_fill_color(240, 240, 240)
    pdf.rect(8, 38, 194, 14, style="F")  # the watermark's shape, behind the lines it crosses
    pdf.set_y(20)
    for _ in range(8):
        _text(pdf, 20, LINE)
    pdf.set_font("Helvetica", "", 9)
    for number in range(1, 9):
        pdf.text(12, 20 + 6 * (number - 1) + 4.2, str(number))  # level with each line's baseline
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    assert [(block.kind, len(block.text.split())) for block in blocks] == [(BlockKind.PARAGRAPH, 8 * len(LINE.split()))]


def test_a_header_of_three_lines_is_running_and_a_stray_heading_over_the_footer_is_kept() -> None:
    """The third line of a header stands in place on every page without being at the page's edge (layout
    pool 31); a heading drawn out of order above nothing but the footer keeps its place."""
    pdf = _new_pdf()
    pdf.set_auto_page_break(False)
    for page in range(1, 5):
        pdf.add_page()
        pdf.set_y(8)
        for header in ("Candidate number: 831899", "Centre: Bennett College", "Mastering Digital Channels"):
            _text(pdf, 10, header, size=12)
        pdf.set_y(40)
        for line in range(5):
            _text(pdf, 10, f"{LINE} {page}.{line}")
        pdf.set_y(280)
        _text(pdf, 10, "Candidate 831899, Bennett College of Marketing, CIM 2206 Mastering Digital Channels")
        if page == 4:
            pdf.set_y(200)
            _text(pdf, 10, "Task 3 (b) Risks", "B", 14)
    texts = [block.text for block in read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks]
    assert sum(text.startswith("Mastering") for text in texts) == 1  # given once, as a running line
    assert texts[-5:-4] == ["Task 3 (b) Risks"]  # after the last page's text, before the four running lines


def test_a_charts_labels_are_a_figures_and_a_narrow_columns_lines_are_text() -> None:
    """A chart's ticks, legend and data labels come as short lines of their own (layout pool 32); a narrow
    column's lines are as short, but follow one another as text does (layout pool 25)."""
    pdf = _new_pdf()
    pdf.add_page()
    for _ in range(3):
        _text(pdf, 10, LINE)
    pdf.ln(4)
    for tick, y in (("60", 60), ("40", 70), ("20", 80), ("0", 90)):
        pdf.set_font("Helvetica", "", 9)
        pdf.text(40 - pdf.get_string_width(tick), y, tick)  # right-aligned on the axis
    pdf.text(60, 100, "Email")
    pdf.text(90, 100, "Paid search")
    pdf.text(130, 100, "Social")
    pdf.set_y(110)
    for _ in range(2):
        _text(pdf, 10, LINE)
    pdf.set_y(140)
    for words in ("rules-based segmentation to", "real-time, one-to-one", "experiences driven by", "customer data"):
        _text(pdf, 80, words, size=10)
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    assert [(block.kind, block.style == "figure", block.text.split()[0]) for block in blocks] == [
        (BlockKind.PARAGRAPH, False, "Customers"),
        (BlockKind.TEXT_BOX, True, "60"),
        (BlockKind.PARAGRAPH, False, "Customers"),
        (BlockKind.PARAGRAPH, False, "rules-based"),
    ]


def test_a_sections_number_alone_in_bold_heads_it_and_bold_data_labels_do_not() -> None:
    """ "1.2" in bold over its section's text, set double-spaced (layout pool 33), against a chart's data labels
    set in bold."""
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "1.2", "B", 12)
    pdf.ln(6)
    for _ in range(3):
        _text(pdf, 10, LINE)
        pdf.ln(6)
    for label, x, y in (("1.8", 60, 120), ("2.1", 80, 112), ("1.2", 100, 124), ("2.6", 120, 104)):
        pdf.set_font("Helvetica", "B", 9)
        pdf.text(x, y, label)
    pdf.set_y(140)
    _text(pdf, 10, LINE)
    assert _kinds(pdf) == [
        (BlockKind.HEADING, "1.2"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.TEXT_BOX, "1.8"),
        (BlockKind.PARAGRAPH, "Customers"),
    ]


def _row(pdf: FPDF, cells: list[tuple[float, str]], style: str = "", height: float = 7.0) -> None:
    """One line of cells, each starting at its column (mm), drawn as a table's cells are: apart."""
    top = pdf.get_y()
    pdf.set_font("Helvetica", style, 11)
    for x_mm, text in cells:
        pdf.set_xy(x_mm, top)
        pdf.cell(0, 5.5, text)
    pdf.set_xy(10, top + height)


def test_a_table_without_rules_is_a_table_with_its_wrapped_cells_over_a_page_break() -> None:
    """Word's "Plain Table" with no borders, or a grid whose borders were removed (layout pool 38): no rule or
    fill to find, only cells standing apart in columns. Its wrapped cells and its rows overleaf are the
    table's; the paragraphs around it, and a list whose numbers stand apart from their items, are text."""
    pdf = _new_pdf()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    _text(pdf, 10, "Task 2 (a) Action plan", "B")
    pdf.ln(4)
    _text(pdf, 10, LINE)
    _text(pdf, 10, "the same prices everywhere.")
    pdf.ln(4)
    columns = (10.0, 30.0, 90.0, 140.0)
    _row(pdf, list(zip(columns, ("No.", "Action", "Owner", "Budget"), strict=True)), "B")
    _row(pdf, list(zip(columns, ("1", "Audit the checkout", "Web team", "10,500"), strict=True)), height=5.0)
    _row(pdf, [(30.0, "journey")])
    _row(pdf, list(zip(columns, ("2", "Launch tests", "Analyst", "2,500"), strict=True)))
    pdf.ln(4)
    _text(pdf, 10, "After the table the answer carries on in plain text.")
    pdf.ln(4)
    for number, item in enumerate(("Audit the checkout first.", "Then test each change."), start=1):
        _row(pdf, [(10.0, f"{number}."), (18.0, item)])
    pdf.set_y(255)
    _row(pdf, list(zip(columns, ("No.", "Action", "Owner", "Budget"), strict=True)), "B")
    _row(pdf, list(zip(columns, ("3", "Add guest checkout", "Developer", "5,000"), strict=True)), height=5.0)
    _row(pdf, [(30.0, "and wallets")])
    pdf.add_page()
    _row(pdf, [(30.0, "on mobile")])
    _row(pdf, list(zip(columns, ("4", "Show reviews", "Analyst", "4,000"), strict=True)))
    pdf.ln(4)
    _text(pdf, 10, "Then the plan is reviewed each month against its targets.")
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    assert [(block.kind, block.text.split()[0]) for block in blocks] == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.TABLE, "No."),
        (BlockKind.PARAGRAPH, "After"),
        (BlockKind.LIST_ITEM, "1."),
        (BlockKind.LIST_ITEM, "2."),
        (BlockKind.TABLE, "No."),
        (BlockKind.TABLE, "on"),
        (BlockKind.PARAGRAPH, "Then"),
    ]
    assert "journey" in blocks[2].text and "2,500" in blocks[2].text


def test_a_header_row_over_a_banded_tables_top_rule_is_the_tables() -> None:
    """Word's "Medium List 1": the header row stands above the rule that starts the banded rows, where a
    caption would stand; its cells in the rows' columns make it the table's (layout pool 39's kind)."""
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, LINE)
    pdf.ln(4)
    pdf.set_fill_color(240, 215, 215)
    pdf.c_margin = 1.9
    rows = [("Channel", "KPI", "Target"), ("Email", "Open rate", "35%"), ("Search", "Conversion", "4.1%"),
            ("Social", "Reach", "2m"), ("App", "Sessions", "9")]  # fmt: skip
    for number, row in enumerate(rows):
        pdf.set_font("Helvetica", "B" if number == 0 else "", 11)
        for cell in row:
            pdf.cell(190 / 3, 6, cell, fill=number % 2 == 1)
        pdf.ln(6)
        if number == 0:
            pdf.line(10, pdf.get_y(), 200, pdf.get_y())
    pdf.line(10, pdf.get_y(), 200, pdf.get_y())
    pdf.ln(6)
    _text(pdf, 10, "After the table the answer carries on in plain text.")
    assert _kinds(pdf) == [
        (BlockKind.PARAGRAPH, "Customers"),
        (BlockKind.TABLE, "Channel"),
        (BlockKind.PARAGRAPH, "After"),
    ]


def test_a_heading_set_with_wide_letter_spacing_reads_as_its_words() -> None:
    """Small capitals with expanded spacing (layout pool 41): pdfium puts a space between every letter, and
    "T A S K 1 ( B )" is eight words and no heading; the spaces it made between letters go, the words' stay."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    x, y = 10.0, pdf.get_y() + 5
    for word in ("Task", "1", "(b)", "Current", "developments"):
        for letter in word:  # placed one by one, a tracking's width apart, as LibreOffice draws spaced letters
            pdf.text(x, y, letter)
            x += pdf.get_string_width(letter) + 1.2
        x += pdf.get_string_width(" ") + 1.2
    pdf.set_y(y + 6)
    _text(pdf, 10, LINE)
    _text(pdf, 10, "the same prices everywhere.")
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    assert [(block.kind, block.text) for block in blocks] == [
        (BlockKind.HEADING, "Task 1 (b) Current developments"),
        (BlockKind.PARAGRAPH, f"{LINE} the same prices everywhere."),
    ]


def test_a_paragraphs_first_line_set_larger_in_bold_is_no_heading() -> None:
    """A pull-out opening (layout pool 41): the first line of a paragraph in larger bold type runs to the right
    margin mid-sentence, and the next line carries the sentence on from a small letter."""
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, "Task 1 (a) Organisation overview", "B", 16)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 14)
    first = "James Partners is a boutique travel company founded in 1974 and"
    while pdf.get_string_width(first + " now") < 190:
        first += " now"
    _text(pdf, 10, first, "B", 14)
    _text(pdf, 10, "based in Leeds, where it employs around 140 people.")
    pdf.ln(6)
    _text(pdf, 10, "Organisation information", "B", 14)
    _text(pdf, 10, "its customers are mostly retired couples.")
    kinds = _kinds(pdf)
    assert kinds == [
        (BlockKind.HEADING, "Task"),
        (BlockKind.PARAGRAPH, "James"),
        (BlockKind.HEADING, "Organisation"),
        (BlockKind.PARAGRAPH, "its"),
    ]


def test_a_table_in_one_column_is_the_tables_and_the_text_beside_it_and_a_checklist_are_not() -> None:
    """A table in the right column of a two-column page (layout pool 25): the left column's lines stand level
    with its rows, drawn long before them, and stay text; so does a checklist whose boxes stand apart from
    their items ("✗<tab>Item", layout pool 24)."""
    pdf = _new_pdf()
    pdf.add_page()
    left = [
        "Most customers first find the firm",
        "through paid search or a friend, and",
        "the email list holds many names that",
        "have not opened a message this year.",
        "The website shows one homepage to",
        "every visitor, and nothing more.",
    ]
    top = pdf.get_y()
    for line in left:
        _text(pdf, 10, line, size=10)
    pdf.set_y(top)
    for row in (("Fact", "Detail"), ("Type", "Retailer"), ("Stores", "24"), ("Staff", "1,200")):
        _row(pdf, [(110.0, row[0]), (140.0, row[1])], height=10.0)
    pdf.set_y(top + 70)
    for item in ("Link store and online data", "Agree a single owner"):
        _row(pdf, [(10.0, "×"), (18.0, item)])
    blocks = read_pdf(bytes(pdf.output()), "r.pdf", DEFAULT_LIMITS).blocks
    kinds = [(block.kind, block.text.split()[0]) for block in blocks]
    assert kinds[0] == (BlockKind.PARAGRAPH, "Most")
    assert "nothing more." in blocks[0].text
    assert (BlockKind.TABLE, "Fact") in kinds
    assert {kind for kind, word in kinds if word == "×"} == {BlockKind.PARAGRAPH}


def test_a_glossary_set_with_tabs_to_a_hanging_indent_is_text() -> None:
    """Terms each with a definition beside it, set with a tab to a hanging indent (layout pool 42): the
    definitions are lines of prose running to the margin and wrapping under themselves, which reads as the same
    page as a two-column table would, and is taken as the text it usually is. A table of short facts beside it
    is still a table."""
    pdf = _new_pdf()
    pdf.add_page()
    _text(pdf, 10, LINE)
    pdf.ln(4)
    glossary = [
        ("Conversion rate", "The share of visitors who complete a desired action such as a", "purchase or a sign-up."),
        ("Single view", "One joined-up record of a customer across all channels and its", "systems, kept up to date."),
        ("Personalisation", "Tailoring content, offers and experiences to each customer by", "what is known of them."),
    ]
    for term, first, wrapped in glossary:
        _row(pdf, [(10.0, term), (50.0, first)], height=5.0)
        _row(pdf, [(50.0, wrapped)])
    pdf.ln(4)
    _text(pdf, 10, "The firm's key facts follow.")
    pdf.ln(4)
    for fact, figure in (("Founded", "2001"), ("Stores", "24"), ("Staff", "1,200")):
        _row(pdf, [(10.0, fact), (50.0, figure)])
    kinds = _kinds(pdf)
    assert kinds[0] == (BlockKind.PARAGRAPH, "Customers")
    assert [kind for kind, word in kinds if word in ("Conversion", "Single", "Personalisation")] == [
        BlockKind.PARAGRAPH
    ] * 3
    assert kinds[-1] == (BlockKind.TABLE, "Founded")
