"""Real page layout of DOCX files by LibreOffice, when it is installed (CI installs it and requires it)."""

from __future__ import annotations

import os

import docx
import pytest

from marker.checks import check_document
from marker.documents import read_document
from marker.documents.layout import soffice_path
from marker.rubric import default_library
from tests.documents.builders import save

if soffice_path() is None:
    if os.environ.get("MARKER_REQUIRE_LIBREOFFICE") == "1":
        raise RuntimeError("LibreOffice (soffice) is required here but not installed")
    pytest.skip("LibreOffice is not installed (optional; .ci/run installs it)", allow_module_level=True)

SENTENCE = "Acme sells garden tools to consumers online and in forty stores across the country. "


def overview_over_one_page() -> bytes:
    document = docx.Document()
    document.add_heading("Task 1 (a) Organisation overview", 1)
    for _ in range(12):
        document.add_paragraph(SENTENCE * 4)
    document.add_heading("Task 1 (b) Developments in personalisation", 1)
    document.add_paragraph(SENTENCE * 10)
    return save(document)


def test_pages_come_from_libreoffice_and_follow_reading_order() -> None:
    document = read_document(overview_over_one_page(), "report.docx", layout="auto")
    assert document.pages_source == "libreoffice"
    assert document.pages is not None and document.pages >= 2
    pages = [block.page for block in document.blocks if block.page is not None]
    assert pages[0] == 1
    assert pages == sorted(pages), "blocks must be located in reading order"
    assert pages[-1] == document.pages


def test_an_overview_longer_than_one_side_of_a4_is_over_its_page_limit() -> None:
    library = default_library()
    rubric = library.get("cim-2206")
    report = check_document(overview_over_one_page(), "report.docx", rubric, library.verbs_for(rubric), layout="auto")
    data = report.to_dict()
    assert data["file"]["pages_source"] == "libreoffice"
    overview = next(limit for limit in data["limits"] if limit["id"] == "task1-overview")
    assert overview["actual"] >= 2
    assert overview["status"] == "over"


def test_letters_from_a_fallback_font_are_read_in_their_word_in_libreoffice_pdfs() -> None:
    """LibreOffice draws letters Cambria lacks ("ư", "ơ" in "Dương") from a fallback font after the rest of the
    line; pdfium then gives them at the line's end ("D ng and ... ươ")."""
    from docx.shared import Pt

    from marker.documents.limits import DEFAULT_LIMITS
    from marker.documents.pdf import read_pdf

    document = docx.Document()
    document.styles["Normal"].font.name = "Cambria"
    document.styles["Normal"].font.size = Pt(12)
    text = "Some sources (e.g. Dương and Lynchehaun, 2001, para. 5) argue that brands gain more from it than others."
    document.add_paragraph(text)
    pdf = read_document(save(document), "r.docx", layout="cold").layout_pdf
    assert pdf is not None
    assert [b.text for b in read_pdf(pdf, "r.pdf", DEFAULT_LIMITS).blocks] == [text]
