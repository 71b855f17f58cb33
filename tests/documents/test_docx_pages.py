"""Pages of a DOCX: Word's rendered breaks, then hard breaks, then the saved count; LibreOffice when present."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import time
from pathlib import Path

import docx
import pytest

from marker.documents import read_document, read_document_isolated
from marker.documents.limits import ReadLimits
from tests.documents.builders import docx_with_body, p, save

RENDERED = (
    p("Cover page")
    + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>Task 1 starts on page two.</w:t></w:r></w:p>"
    + '<w:p><w:r><w:t xml:space="preserve">Long paragraph running over </w:t></w:r>'
    + "<w:r><w:lastRenderedPageBreak/><w:t>onto page three.</w:t></w:r></w:p>"
    + p("Still page three.")
)


def test_rendered_page_breaks_give_pages() -> None:
    document = read_document(docx_with_body(RENDERED, app_pages=7), "r.docx", layout="never")
    assert (document.pages, document.pages_source) == (3, "docx-rendered")
    assert [(b.text, b.page) for b in document.blocks] == [
        ("Cover page", 1),
        ("Task 1 starts on page two.", 2),
        ("Long paragraph running over onto page three.", 2),
        ("Still page three.", 3),
    ]


def test_hard_page_breaks_when_word_recorded_no_layout() -> None:
    document = docx.Document()
    document.add_paragraph("Cover")
    document.add_page_break()
    document.add_paragraph("Task 1")
    document.add_paragraph("Task 2").paragraph_format.page_break_before = True
    document.add_section()
    document.add_paragraph("Appendix")
    read = read_document(save(document), "r.docx", layout="never")
    assert (read.pages, read.pages_source) == (4, "docx-breaks")
    assert [(b.text, b.page) for b in read.blocks] == [("Cover", 1), ("Task 1", 2), ("Task 2", 3), ("Appendix", 4)]


def test_saved_page_count_when_there_are_no_breaks() -> None:
    document = read_document(docx_with_body(p("One.") + p("Two."), app_pages=5), "r.docx", layout="never")
    assert (document.pages, document.pages_source) == (5, "docx-metadata")
    assert [b.page for b in document.blocks] == [None, None]


def test_no_usable_page_information_at_all() -> None:
    document = read_document(docx_with_body(p("One."), app_pages=0), "r.docx", layout="never")
    assert (document.pages, document.pages_source) == (None, None)


FAKE_SOFFICE = """#!{python}
# A stand-in for LibreOffice: lays each paragraph of the DOCX out on its own PDF page.
import sys, pathlib, docx
from fpdf import FPDF
args = sys.argv[1:]
outdir = pathlib.Path(args[args.index("--outdir") + 1])
source = pathlib.Path(args[-1])
assert any(a.startswith("-env:UserInstallation=file://") for a in args)
pdf = FPDF()
pdf.set_font("Helvetica", "", 11)
for paragraph in docx.Document(str(source)).paragraphs:
    pdf.add_page()
    pdf.multi_cell(0, 6, paragraph.text)
pdf.output(str(outdir / (source.stem + ".pdf")))
"""


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    program = tmp_path / "bin" / "soffice"
    program.parent.mkdir()
    program.write_text(FAKE_SOFFICE.format(python=sys.executable))
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{program.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    return program


def test_libreoffice_layout_is_used_when_installed(fake_soffice: Path) -> None:
    data = docx_with_body(p("Cover page") + p("Task 1 text here.") + p("Task 2 text here."), app_pages=1)
    document = read_document(data, "r.docx")
    assert (document.pages, document.pages_source) == (3, "libreoffice")
    assert [b.page for b in document.blocks] == [1, 2, 3]


def test_layout_never_keeps_word_own_pages(fake_soffice: Path) -> None:
    data = docx_with_body(p("Cover page") + p("Task 1 text here."), app_pages=1)
    document = read_document(data, "r.docx", layout="never")
    assert (document.pages, document.pages_source) == (1, "docx-metadata")


def test_failing_libreoffice_falls_back_to_word_pages(fake_soffice: Path) -> None:
    fake_soffice.write_text("#!/bin/sh\nexit 1\n")
    document = read_document(docx_with_body(p("Text."), app_pages=2), "r.docx")
    assert (document.pages, document.pages_source) == (2, "docx-metadata")


def test_failing_libreoffice_says_where_the_pages_came_from_instead(fake_soffice: Path) -> None:
    fake_soffice.write_text("#!/bin/sh\nexit 1\n")
    document = read_document(docx_with_body(p("Text."), app_pages=2), "r.docx")
    assert (
        document.pages_note
        == "Page layout could not lay the document out; pages come from the page count saved in the file."
    )


def test_a_saved_page_count_beats_typed_page_breaks_it_agrees_with() -> None:
    body = p("Cover") + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + p("Task 1")
    document = read_document(docx_with_body(body, app_pages=6), "r.docx", layout="never")
    assert (document.pages, document.pages_source) == (6, "docx-metadata")


def test_word_page_breaks_that_agree_with_the_saved_count_need_no_layout(fake_soffice: Path) -> None:
    fake_soffice.write_text('#!/bin/sh\necho called > "$(dirname "$0")/called"\nexit 1\n')
    document = read_document(docx_with_body(RENDERED, app_pages=3), "r.docx")
    assert (document.pages, document.pages_source, document.pages_note) == (3, "docx-rendered", None)
    assert not (fake_soffice.parent / "called").exists()


def test_slow_layout_times_out_on_its_own_budget_and_leaves_nothing_behind(
    fake_soffice: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A layout slower than its budget: the read still succeeds with Word's own pages, LibreOffice and its
    helpers are killed, and its temporary folder is gone."""
    pids = tmp_path / "pids"
    fake_soffice.write_text(f"#!/bin/sh\nsleep 60 &\necho $! > {pids}\nsleep 60\n")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    limits = ReadLimits(timeout_s=20, layout_timeout_s=1.0)
    document = read_document_isolated(docx_with_body(RENDERED, app_pages=7), "r.docx", limits=limits)
    assert (document.pages, document.pages_source) == (3, "docx-rendered")
    assert document.pages_note is not None and "ran out of time" in document.pages_note
    helper = int(pids.read_text())
    with pytest.raises(ProcessLookupError):
        for _ in range(50):  # the kill is sent; give the kernel a moment to reap it
            os.kill(helper, 0)
            time.sleep(0.05)
    assert list(scratch.iterdir()) == []
