"""PDF pages whose text cannot be counted are reported, not silently under- or over-counted."""

from __future__ import annotations

from marker.checks import check_parsed
from marker.documents import read_document
from marker.documents.text_quality import page_warnings
from tests.checks.builders import rubric_2206
from tests.documents.builders import make_pdf

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
