"""PDF pages whose text cannot be counted are reported, not silently under- or over-counted."""

from __future__ import annotations

import io
import re

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject

from marker.checks import check_parsed, count_words
from marker.documents import UnreadableDocument, read_document
from marker.documents.limits import DEFAULT_LIMITS
from marker.documents.pdf import read_pdf
from marker.documents.text_quality import page_warnings, unswap_utf16
from tests.checks.builders import rubric_2206
from tests.documents.builders import make_pdf
from tests.hardening.corpus import _pdf_raw, _stream, pdf_with_content

PROSE = (
    "Personalised email campaigns help the retailer reach loyal families at the right moment and keep them coming "
    "back to the online store for the products they need. "
)


def codes(texts: list[str]) -> dict[str, tuple[int, ...]]:
    return {warning.code: warning.pages for warning in page_warnings(texts)}


def test_ordinary_pages_raise_no_warning() -> None:
    assert codes([PROSE * 3, PROSE * 2 + "Task 2 (a) Action plan"]) == {}


def test_words_run_together_are_reported_as_no_spaces() -> None:
    joined = ("Task two covers the action plan. " + PROSE).replace(" ", "") * 3
    assert codes([PROSE * 3, joined]) == {"no_spaces": (2,)}


def test_letters_placed_one_by_one_are_reported_as_letter_spaced() -> None:
    spaced = " ".join(PROSE * 2)
    assert codes([spaced]) == {"letter_spaced": (1,)}


def test_glyphs_without_unicode_are_reported() -> None:
    garbled = "".join("\ufffd" if index % 3 == 0 else ch for index, ch in enumerate(PROSE * 3))
    assert "unmapped_glyphs" in codes([garbled])


def test_a_bullet_glyph_is_not_an_unmapped_glyph() -> None:
    assert codes(["\uf0b7 " + PROSE * 3]) == {}


def test_the_same_text_on_two_pages_is_reported_and_the_candidate_warned() -> None:
    page = [(PROSE * 3, 11, False)]
    data = make_pdf([[("Task 1 (a) Organisation overview", 16, True), *page], page, page])
    document = read_document(data, "report.pdf")
    assert [(w.code, w.pages) for w in document.text_quality] == [("duplicated_page_text", (2, 3))]
    report = check_parsed(document, rubric_2206()).to_dict()
    assert report["document"]["text_quality"] == [{"code": "duplicated_page_text", "pages": [2, 3]}]
    assert any(finding["code"] == "text_quality_duplicated_page_text" for finding in report["findings"])


def test_the_report_gives_the_whole_document_words_and_pages() -> None:
    data = make_pdf([[("Task 1 (a) Organisation overview", 16, True), (PROSE, 11, False)]])
    report = check_parsed(read_document(data, "report.pdf"), rubric_2206()).to_dict()
    document = report["document"]
    assert document["words_counted"] == len(PROSE.split())
    assert document["words_all"] == len(PROSE.split()) + 5  # the heading counts in the whole
    assert (document["pages"], document["pages_source"], document["text_quality"]) == (1, "pdf", [])


def _pages_cropped_from_one_stream() -> bytes:
    """Three pages sharing one content stream, each cropped to a third of it (as some tools split scans)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for index, y in enumerate((40, 140, 240)):
        pdf.set_xy(20, y)
        words = PROSE.split()
        rotated = " ".join(words[index * 9 :] + words[: index * 9])  # different lines on each page
        pdf.multi_cell(170, 6, f"Section {index + 1} text. {rotated} {rotated}")
    base = PdfReader(io.BytesIO(bytes(pdf.output())))
    writer = PdfWriter()
    for index in range(3):
        writer.add_page(base.pages[0])
        top = 842 - index * 280
        writer.pages[index].cropbox = RectangleObject((0, top - 280, 595, top))
        writer.pages[index].mediabox = RectangleObject((0, top - 280, 595, top))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pages_cropped_from_one_shared_stream_count_each_part_once() -> None:
    document = read_pdf(_pages_cropped_from_one_stream(), "r.pdf", DEFAULT_LIMITS, engine="pdfium")
    assert sum(count_words(block.text) for block in document.blocks) == 3 * (3 + 2 * len(PROSE.split()))
    assert [next(b.text.split(".")[0] for b in document.blocks if b.page == page) for page in (1, 2, 3)] == [
        "Section 1 text",
        "Section 2 text",
        "Section 3 text",
    ]
    assert document.text_quality == ()


def test_words_spaced_by_position_not_by_space_characters_stay_apart() -> None:
    words = PROSE.split()
    runs = b" ".join(
        b"[" + b" -280 ".join(b"(" + word.encode() + b")" for word in words) + b"] TJ T*" for _ in range(6)
    )
    data = pdf_with_content(b"BT /F1 11 Tf 72 700 Td 14 TL " + runs + b" ET")
    document = read_pdf(data, "r.pdf", DEFAULT_LIMITS, engine="pdfium")
    assert sum(count_words(block.text) for block in document.blocks) == 6 * len(words)


def _pdf_with_unmapped_font(plain_lines: int, unmapped_lines: int) -> bytes:
    """A page with lines in Helvetica (/F2) and lines in a font whose glyphs have no Unicode meaning (/F1)."""
    plain = b" ".join(b"/F2 11 Tf (" + PROSE.strip().encode() + b") Tj T*" for _ in range(plain_lines))
    odd = b" ".join(b"/F1 11 Tf (ABCD EFGH ABCD EFGH) Tj T*" for _ in range(unmapped_lines))
    encoding = b"<< /Type /Encoding /Differences [65 /g1 /g2 /g3 /g4 /g5 /g6 /g7 /g8] >>"
    return _pdf_raw(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
            _stream(b"BT 40 780 Td 14 TL " + plain + b" " + odd + b" ET"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding " + encoding + b" >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_text_in_a_font_without_unicode_meaning_is_reported_not_counted_as_words() -> None:
    """Glyph codes with no Unicode mapping would read as letters ("ABCD"); the page is flagged instead."""
    document = read_pdf(_pdf_with_unmapped_font(4, 20), "r.pdf", DEFAULT_LIMITS, engine="pdfium")
    assert [(warning.code, warning.pages) for warning in document.text_quality] == [("unmapped_glyphs", (1,))]
    assert "ABCD" not in " ".join(block.text for block in document.blocks)


def test_a_page_entirely_without_unicode_meaning_has_no_text_layer() -> None:
    with pytest.raises(UnreadableDocument) as refused:
        read_pdf(_pdf_with_unmapped_font(0, 20), "r.pdf", DEFAULT_LIMITS, engine="pdfium")
    assert refused.value.code == "no_text_layer"


def test_a_contents_page_with_dot_leaders_is_not_words_run_together() -> None:
    entries = [f"{title}{'.' * 90}{page}" for page, title in enumerate(["Overview", "Workup", "Carcinoma"] * 12, 2)]
    contents = "Contents " + " ".join(entries) + " " + "Dot leaders join each entry to its page number. " * 3
    assert codes([contents, PROSE * 3]) == {}
    # Words that really run together on the same page are still reported.
    joined = ("Task two covers the action plan. " + PROSE).replace(" ", "") * 3
    assert codes([contents + joined]) == {"no_spaces": (1,)}


def test_text_with_its_utf16_bytes_swapped_is_read_as_the_letters_it_stands_for() -> None:
    def swapped(text: str) -> str:
        return "".join(ch if ch in " \n" else chr(ord(ch) << 8) for ch in text)

    assert unswap_utf16(swapped("Pure Black (K=100)")) == "Pure Black (K=100)"
    line = swapped("Multicolor Black")
    assert count_words(line) == 15  # each swapped letter reads as a CJK character: one word each
    assert count_words(unswap_utf16(line)) == 2


def test_chinese_and_japanese_text_is_left_as_it_is() -> None:
    for text in ("一开最稀", "商品编码 数量 商品名称", "みんなのおのおの", "一", "Hello 一开最"):
        assert unswap_utf16(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Plain ASCII words, digits 2019 and under_scores.",
        "Café Dương ﬁnal \u212a (Kelvin sign lowercases to k) \u0130stanbul ½ ² ٣ 三 \ufffd \ue000",
        "ÀÉÎÕÜ straße ǅ \u00a0non-breaking\u2009thin",
    ],
)
def test_a_pages_key_and_letter_count_are_those_of_the_definitions(text: str) -> None:
    """The key that spots duplicated pages is the page lowercased with all but 0-9 and a-z left out; the letter
    count is of the characters that are letters or digits (both computed in one pass, see text_quality)."""
    from marker.documents.text_quality import _letters, _page_key

    assert _page_key(text) == re.sub(r"[^0-9a-z]+", "", text.lower())
    assert _letters(text) == sum(1 for ch in text if ch.isalnum())
