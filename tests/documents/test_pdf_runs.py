"""Reading a PDF page a run of letters at a time gives exactly the lines that reading it a character at a time gives.

``pdf_pdfium.lines_by_run`` takes pdfium's text in one call and asks about letters only where a run may change;
``_lines_by_character`` asks about every character. Each page below is read both ways and the lines compared
(text, letters per size and weight, start point, end), and the pages it must leave to the character reading
are checked to be left to it.
"""

from __future__ import annotations

import random

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from fpdf import FPDF

from marker.documents import BlockKind, pdf_pdfium
from marker.documents.limits import DEFAULT_LIMITS
from marker.documents.pdf import read_pdf
from tests.documents.builders import make_pdf
from tests.hardening.corpus import _pdf_raw, _stream

BODY = "Digital channels reach customers where they already spend their time online."


def both_readings(data: bytes) -> list[tuple[list[pdf_pdfium.RawLine] | None, list[pdf_pdfium.RawLine]]]:
    """Each page's lines read by run (None: left to the character reading) and read by character."""
    document = pdfium.PdfDocument(data)
    readings = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            count = pdfium_c.FPDFText_CountChars(textpage.raw)
            readings.append(
                (pdf_pdfium.lines_by_run(textpage.raw, count), pdf_pdfium._lines_by_character(textpage.raw, count))
            )
            textpage.close()
            page.close()
    finally:
        document.close()
    return readings


def assert_read_alike(data: bytes) -> list[list[pdf_pdfium.RawLine]]:
    readings = both_readings(data)
    for by_run, by_character in readings:
        assert by_run is not None, "the page was left to the character reading"
        assert by_run == by_character
    return [by_character for _, by_character in readings]


def one_page(content: bytes, fonts: bytes, *font_objects: bytes, catalog_extra: bytes = b"") -> bytes:
    """A one-page A4 PDF drawing ``content``, its fonts named in ``fonts`` (``/F1 5 0 R ...``)."""
    return _pdf_raw(
        [
            b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b">>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << " + fonts + b" >> >> >>",
            _stream(content),
            *font_objects,
        ]
    )


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
HELVETICA_BOLD = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>"


def test_headings_and_paragraphs_of_several_pages_are_read_alike() -> None:
    pages = [
        [("Task 1 (a) Organisation overview", 16, True), (BODY * 3, 11, False), ("Background", 11, True)],
        [(BODY, 11, False), ("Part (b) Risks", 14, False), (BODY * 2, 11, False)],
    ]
    lines = assert_read_alike(make_pdf(pages, header="Candidate 123456", footer_numbers=True))
    assert any(line.bold_chars and not line.plain_chars for line in lines[0])


def test_a_line_of_several_runs_in_several_fonts_and_sizes_is_read_alike() -> None:
    content = (
        b"BT /F1 11 Tf 72 700 Td (Plain words then ) Tj /F2 11 Tf (bold words) Tj /F1 14 Tf ( and larger) Tj "
        b"/F1 11 Tf ( and plain again to the end of the line.) Tj ET "
        b"BT /F2 11 Tf 72 680 Td (A) Tj /F1 11 Tf (B) Tj /F2 11 Tf (C) Tj /F1 11 Tf (D and more) Tj ET"
    )
    lines = assert_read_alike(one_page(content, b"/F1 5 0 R /F2 6 0 R", HELVETICA, HELVETICA_BOLD))
    mixed = next(line for line in lines[0] if "".join(line.text).startswith("Plain"))
    assert mixed.bold_chars == len("boldwords") and set(mixed.size_chars) == {11.0, 14.0}


def test_words_broken_at_line_ends_are_read_alike() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for line in ("The brand's omni-", "channel strategy is well-", "known to every cus\u00ad", "tomer today."):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    lines = assert_read_alike(bytes(pdf.output()))
    assert "".join(lines[0][0].text).endswith("-")


def test_glyphs_without_unicode_meaning_are_marked_alike() -> None:
    """/F1 is Helvetica whose codes 65-72 name glyphs without Unicode meaning; /F2 is Helvetica itself."""
    encoding = b"<< /Type /Encoding /Differences [65 /g1 /g2 /g3 /g4] >>"
    unmapped = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + encoding + b" >>"
    content = (
        b"BT 40 780 Td 14 TL /F2 11 Tf (ABCD EFGH plain letters) Tj T* /F1 11 Tf (ABCD EFGH ABEF mixed) Tj T* "
        b"/F2 11 Tf (ABCD again) Tj /F1 11 Tf ( DCBA) Tj ET"
    )
    lines = assert_read_alike(one_page(content, b"/F1 5 0 R /F2 6 0 R", unmapped, HELVETICA))
    texts = ["".join(line.text) for line in lines[0]]
    assert texts[0].startswith("ABCD EFGH") and "\ufffd\ufffd\ufffd\ufffd EFGH" in texts[1]


def test_a_glyph_of_code_zero_is_left_to_the_character_reading() -> None:
    """pdfium leaves a glyph of code 0 without Unicode meaning out of its text, which then no longer has a
    character for each index."""
    content = b"BT /F1 11 Tf 72 700 Td (Before \\000 after the empty glyph.) Tj ET"
    [(by_run, by_character)] = both_readings(one_page(content, b"/F1 5 0 R", HELVETICA))
    assert by_run is None
    assert "\ufffd" in "".join(by_character[0].text)


def test_letters_drawn_after_their_line_inside_a_word_are_read_alike() -> None:
    """As LibreOffice draws letters its font lacks ("ư", "ơ" in "Dương"): the line is one text object with a gap,
    the letters a later object inside the gap, which pdfium gives at the line's end."""
    content = (
        b"BT /F1 12 Tf 72 700 Td [(D) -1300 (ng and Lynchehaun argue that brands gain.)] TJ ET "
        b"BT /F2 12 Tf 80.7 700 Td (uo) Tj ET"
    )
    lines = assert_read_alike(one_page(content, b"/F1 5 0 R /F2 6 0 R", HELVETICA, HELVETICA_BOLD))
    assert "".join(lines[0][0].text).startswith("Duo")  # put back in reading order


def test_an_empty_page_and_a_page_of_spaces_are_read_alike() -> None:
    assert_read_alike(one_page(b"", b"/F1 5 0 R", HELVETICA))
    assert_read_alike(one_page(b"BT /F1 11 Tf 72 700 Td (   ) Tj 0 -14 Td (   ) Tj ET", b"/F1 5 0 R", HELVETICA))


def test_right_to_left_text_is_left_to_the_character_reading() -> None:
    """pdfium reverses right-to-left stretches of a line: a text object's letters may then not lie together."""
    encoding = b"<< /Type /Encoding /Differences [65 /afii57664 /afii57665 /afii57666] >>"
    hebrew = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + encoding + b" >>"
    content = b"BT /F1 11 Tf 72 700 Td (ABC) Tj /F2 11 Tf ( and more words) Tj ET"
    [(by_run, by_character)] = both_readings(one_page(content, b"/F1 5 0 R /F2 6 0 R", hebrew, HELVETICA))
    assert by_run is None
    assert "\u05d0" in "".join("".join(line.text) for line in by_character)


def test_a_document_read_right_to_left_is_read_a_character_at_a_time() -> None:
    """Viewer preferences asking for right-to-left reading make pdfium reorder every line's neutral characters."""
    content = b"BT /F1 11 Tf 72 700 Td (" + BODY.encode() + b") Tj ET"
    direction = b"/ViewerPreferences << /Direction /R2L >> "
    for extra, right_to_left in ((b"", False), (direction, True)):
        document = pdfium.PdfDocument(one_page(content, b"/F1 5 0 R", HELVETICA, catalog_extra=extra))
        try:
            assert pdf_pdfium._right_to_left(document) is right_to_left
        finally:
            document.close()


def test_a_report_reads_to_the_same_blocks_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [
        [("Task 1 (a) Organisation overview", 16, True), (BODY * 4, 11, False), ("Background", 11, True)],
        [(BODY * 2, 11, False), ("Task 2 (a) Action plan", 16, True), (BODY * 5, 11, False)],
    ]
    data = make_pdf(pages, header="Candidate 123456", footer_numbers=True)
    by_run = read_pdf(data, "r.pdf", DEFAULT_LIMITS)
    monkeypatch.setattr(pdf_pdfium, "lines_by_run", lambda *reading: None)
    by_character = read_pdf(data, "r.pdf", DEFAULT_LIMITS)
    assert by_run == by_character
    assert [block.kind for block in by_run.blocks][:2] == [BlockKind.HEADING, BlockKind.PARAGRAPH]


def test_hyphens_drawn_apart_from_their_word_are_read_alike() -> None:
    """LibreOffice draws the hyphens automatic hyphenation adds as text objects of their own; a typed hyphen
    shares its word's object."""
    content = (
        b"BT /F1 11 Tf 72 700 Td (Automatic hyphenation breaks the word integ) Tj ET "
        b"BT /F1 11 Tf 300.5 700 Td (-) Tj ET "
        b"BT /F1 11 Tf 72 686 Td (ration here, while a typed hyphen stays with its well-) Tj ET "
        b"BT /F1 11 Tf 72 672 Td (known word, and a justified line ends with a gap  -) Tj ET "
        b"BT /F1 11 Tf 72 658 Td (before its last hyphen.) Tj ET"
    )
    lines = assert_read_alike(one_page(content, b"/F1 5 0 R", HELVETICA))
    assert [line.hyphen_apart for line in lines[0][:2]] == [True, False]


def several_pages(contents: list[bytes], fonts: bytes, *font_objects: bytes) -> bytes:
    """An A4 PDF of one page per content stream, all with the fonts named in ``fonts`` (objects from 3)."""
    count = len(contents)
    first_font = 3 + 2 * count
    kids = b" ".join(b"%d 0 R" % (3 + 2 * index) for index in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count]
    for index, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R " % (4 + 2 * index)
            + b"/Resources << /Font << "
            + fonts % tuple(range(first_font, first_font + len(font_objects)))
            + b" >> >> >>"
        )
        objects.append(_stream(content))
    return _pdf_raw([*objects, *font_objects])


def test_pages_in_alternating_fonts_read_to_the_same_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """A font whose glyphs have no Unicode meaning and one whose have, one page after another and on one page."""
    encoding = b"<< /Type /Encoding /Differences [65 /g1 /g2 /g3 /g4 /g5 /g6 /g7 /g8] >>"
    unmapped = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + encoding + b" >>"
    plain = b"BT 40 780 Td 14 TL " + b" ".join([b"/F2 11 Tf (" + BODY.encode() + b" ABCD EFGH) Tj T*"] * 25) + b" ET"
    odd = b"BT 40 780 Td 14 TL " + b" ".join([b"/F1 11 Tf (ABCD EFGH and words) Tj T*"] * 3) + b" ET"
    mixed = b"BT 40 780 Td 14 TL /F2 11 Tf (" + BODY.encode() + b" ABCD) Tj T* /F1 11 Tf (ABCD EFGH) Tj ET"
    data = several_pages([plain, odd, plain, mixed, odd, plain], b"/F1 %d 0 R /F2 %d 0 R", unmapped, HELVETICA)
    by_run = read_pdf(data, "r.pdf", DEFAULT_LIMITS)
    monkeypatch.setattr(pdf_pdfium, "lines_by_run", lambda *reading: None)
    assert by_run == read_pdf(data, "r.pdf", DEFAULT_LIMITS)
    texts = " ".join(block.text for block in by_run.blocks)
    assert "ABCD EFGH" in texts and "\ufffd\ufffd\ufffd\ufffd \ufffd\ufffd\ufffd\ufffd" in texts


def lines_between(text: str, breaks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The lines ``_RunReader.lines`` makes of a page's text from its breaks: each line's text and whether a
    hyphen mark ended it (a break right after another, or at the top, starts no line)."""
    lines, start = [], 0
    for end, after in breaks:
        hyphen = text[end] == "\ufffe"
        if hyphen or end > start:
            lines.append((text[start:end], hyphen))
        start = after
    return [*lines, (text[start:], False)]


@pytest.mark.parametrize("seed", range(4))
def test_line_breaks_found_by_plain_search_make_the_lines_the_pattern_makes(seed: int) -> None:
    """``_line_breaks`` searches for pdfium's "\\r\\n" where a page has no other break, else uses the pattern:
    the lines are the same on texts mixing letters, spaces, lone and repeated breaks and hyphen marks."""
    generator = random.Random(seed)
    pieces = ["a", "b ", " ", "\r", "\n", "\r\n", "\r\n\r\n", "\ufffe", "\ufffe\r\n"]
    plain = 0
    for _ in range(20_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randrange(14)))
        by_pattern = [(match.start(), match.end()) for match in pdf_pdfium._LINE_BREAK.finditer(text)]
        assert lines_between(text, pdf_pdfium._line_breaks(text)) == lines_between(text, by_pattern), repr(text)
        plain += "\ufffe" not in text and "\r" not in text.replace("\r\n", "") and "\n" not in text.replace("\r\n", "")
    assert plain > 1_000  # the plain search was tried, not only the pattern
