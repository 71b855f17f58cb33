"""How fast marker reads documents, against the plain libraries (run by hand; prints numbers).

    /work/venv/bin/python benchmarks/read_speed.py

DOCX: ``read_document`` on a 5,000-word report against python-docx's ``Document(...)`` plus every
paragraph's text. PDF: ``read_document`` on a 15-page report against pypdf's ``extract_text`` on each page.
Also the cost of ``read_document_isolated`` (a fresh child process per file).
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

import docx
from fpdf import FPDF
from pypdf import PdfReader

from marker.documents import read_document, read_document_isolated

SENTENCE = "Digital channels let the organisation reach customers where they already spend their time online"


def make_docx(words: int = 5000) -> bytes:
    document = docx.Document()
    written = 0
    task = 0
    while written < words:
        if written % 800 == 0:
            task += 1
            document.add_heading(f"Task {task} (a) Section heading", 1)
        document.add_paragraph(" ".join([SENTENCE] * 4) + ".")
        written += 4 * len(SENTENCE.split())
    table = document.add_table(rows=5, cols=3)
    for row in table.rows:
        for cell in row.cells:
            cell.text = "cell text"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(pages: int = 15) -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    for number in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 16)
        pdf.cell(0, 10, f"Task {number + 1} heading", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for _ in range(6):
            pdf.multi_cell(0, 5, " ".join([SENTENCE] * 3) + ".", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    return bytes(pdf.output())


def best_of(function: Callable[[], object], runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    docx_data = make_docx()
    pdf_data = make_pdf()

    def plain_docx() -> object:
        return [p.text for p in docx.Document(io.BytesIO(docx_data)).paragraphs]

    def plain_pdf() -> object:
        return [page.extract_text() for page in PdfReader(io.BytesIO(pdf_data)).pages]

    words = sum(len(b.text.split()) for b in read_document(docx_data, "b.docx", layout="never").blocks)
    base_docx = best_of(plain_docx)
    ours_docx = best_of(lambda: read_document(docx_data, "b.docx", layout="never"))
    print(
        f"DOCX {words} words: python-docx {base_docx:.1f} ms, marker {ours_docx:.1f} ms, "
        f"ratio {ours_docx / base_docx:.2f}"
    )
    pages = read_document(pdf_data, "b.pdf").pages
    base_pdf = best_of(plain_pdf)
    ours_pdf = best_of(lambda: read_document(pdf_data, "b.pdf"))
    print(f"PDF {pages} pages: pypdf {base_pdf:.1f} ms, marker {ours_pdf:.1f} ms, ratio {ours_pdf / base_pdf:.2f}")
    isolated = best_of(lambda: read_document_isolated(docx_data, "b.docx", layout="never"), runs=5)
    print(f"DOCX isolated in a child process: {isolated:.1f} ms")


if __name__ == "__main__":
    main()
