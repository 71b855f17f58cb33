"""Speed of `marker check`'s core against the bare libraries (run by hand; prints numbers, asserts nothing).

    /work/venv/bin/python benchmarks/check_speed.py [--runs N]

On the same files in one run it times:
  * a 5,000-word DOCX: python-docx alone (load, read every paragraph's text) against ``check_document``
    (read, segment, count, limits, references, readability) in this process; target ≤ 1.5×;
  * a 15-page PDF: pypdf alone (``extract_text`` on every page) against ``check_document``; target ≤ 1.3×;
  * a 5,000-word report with 60 citations: reading it against the reference check; target ≤ +50 %.
Each figure is the median of several runs after one warm-up run. The isolated reading the CLI and the web use
(a child process with time and memory limits) is printed too: it adds the cost of starting a process.
"""

from __future__ import annotations

import argparse
import io
import time
from collections.abc import Callable

import docx
from fpdf import FPDF
from pypdf import PdfReader

from marker.checks import check_document, check_parsed
from marker.checks.segmentation import segment
from marker.documents import read_document
from marker.documents.layout import soffice_path
from marker.rubric import default_library

SENTENCES = [
    "Personalisation lets the retailer speak to each family about the rooms they are furnishing.",
    "Email remains the channel with the strongest return, provided the content is relevant.",
    "Mobile visitors abandon baskets more often, so the journey must be shorter on small screens.",
    "Data from the loyalty scheme shows which segments respond to timely, useful reminders.",
    "Senior managers need clear metrics before they invest in a personalisation platform.",
]
PARTS = [
    ("Task 1 (a) Organisation overview", 300),
    ("Task 1 (b) Current and future developments", 750),
    ("Task 1 (c) Personalising digital channels", 750),
    ("Task 2 (a) Action plan", 850),
    ("Task 2 (b) Personalised content", 850),
    ("Task 3 (a) Managing personalisation", 750),
    ("Task 3 (b) Risks", 750),
]
AUTHORS = [f"Author{chr(65 + i // 26)}{chr(97 + i % 26)}" for i in range(60)]


def paragraphs(words: int, cite_from: int = 0, citations: int = 0) -> list[str]:
    """About ``words`` words in paragraphs of five sentences, with ``citations`` citations spread through."""
    out: list[str] = []
    written, index, cited = 0, 0, 0
    while written < words:
        sentences = []
        for _ in range(5):
            sentence = SENTENCES[index % len(SENTENCES)]
            index += 1
            if cited < citations and index % 3 == 0:
                sentence = sentence[:-1] + f" ({AUTHORS[(cite_from + cited) % len(AUTHORS)]}, 2019)."
                cited += 1
            sentences.append(sentence)
        text = " ".join(sentences)
        written += len(text.split())
        out.append(text)
    return out


def report_docx(citations_per_part: int = 0) -> bytes:
    document = docx.Document()
    document.add_paragraph("Candidate 123456 – Mastering Digital Channels")
    used = 0
    for title, words in PARTS:
        document.add_heading(title, 1)
        for text in paragraphs(words, used, citations_per_part):
            document.add_paragraph(text)
        used += citations_per_part
    document.add_heading("References", 1)
    for name in sorted(AUTHORS[:used]) or ["Chaffey"]:
        document.add_paragraph(f"{name}, A. (2019) A book about channels. London: Kogan Page.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def report_pdf(pages: int = 15) -> bytes:
    """The same 5,000-word report as a PDF, laid out to about ``pages`` pages (padded with short pages)."""
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    used = 0
    for title, words in PARTS:
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        for text in paragraphs(words, used):
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "References", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6.5, "Chaffey, D. (2019) Digital marketing. Harlow: Pearson.", new_x="LMARGIN", new_y="NEXT")
    while pdf.page < pages:
        pdf.add_page()
        pdf.multi_cell(0, 6.5, "Appendix page.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def timed(actions: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """The fastest wall time of each action in seconds, after a warm-up.

    The actions take turns within each run, and the minimum is kept, so that other work on a shared machine
    slows every action alike or not at all rather than skewing the ratios.
    """
    for action in actions.values():
        action()
    best = dict.fromkeys(actions, float("inf"))
    for _ in range(runs):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def bare_docx(data: bytes) -> None:
    document = docx.Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        _ = paragraph.text


def bare_pdf(data: bytes) -> None:
    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    library = default_library()
    rubric = library.get("cim-2206")
    verbs = library.verb_sets.get(rubric.verb_set)

    docx_data = report_docx()
    pdf_data = report_pdf()
    docx_words = sum(len(b.text.split()) for b in read_document(docx_data, "r.docx", layout="never").blocks)
    pdf_document = read_document(pdf_data, "r.pdf", layout="never")
    print(f"files: DOCX {len(docx_data):,} bytes, {docx_words:,} words; PDF {pdf_document.pages} pages")

    def check(data: bytes, name: str) -> Callable[[], object]:
        return lambda: check_document(data, name, rubric, verbs, isolated=False, layout="never")

    for label, data, name, bare, target in (
        ("DOCX", docx_data, "r.docx", bare_docx, 1.5),
        ("PDF", pdf_data, "r.pdf", bare_pdf, 1.3),
    ):
        document = read_document(data, name, layout="never")
        best = timed(
            {
                "bare": lambda data=data, bare=bare: bare(data),
                "read": lambda data=data, name=name: read_document(data, name, layout="never"),
                "core": check(data, name),
                "after_read": lambda document=document: check_parsed(document, rubric, verbs),
            },
            runs,
        )
        isolated_s = timed(
            {"isolated": lambda data=data, name=name: check_document(data, name, rubric, verbs, layout="never")}, 3
        )
        ratio = best["core"] / best["bare"]
        verdict = "meets" if ratio <= target else "MISSES"
        print(
            f"{label}: bare library {best['bare'] * 1000:.1f} ms; check core {best['core'] * 1000:.1f} ms = "
            f"{ratio:.2f}× (target ≤ {target}×: {verdict}); of which marker's reading {best['read'] * 1000:.1f} ms "
            f"({best['read'] / best['bare']:.2f}×) and the checks {best['after_read'] * 1000:.1f} ms; "
            f"isolated (CLI/web) {isolated_s['isolated'] * 1000:.1f} ms"
        )

    # LibreOffice page layout is optional and outside the targets (it runs a whole office suite): shown apart.
    if soffice_path() is not None:
        layout_s = timed({"layout": lambda: read_document(docx_data, "r.docx", layout="auto")}, 3)["layout"]
        print(f"DOCX with LibreOffice page layout (optional, installed here): {layout_s * 1000:.0f} ms")

    # Issue 5: the reference check on a 5,000-word report with 60 citations, against reading it.
    cited_data = report_docx(citations_per_part=9)  # 63 citations over the seven parts
    document = read_document(cited_data, "cited.docx", layout="never")
    regions = segment(document, rubric).block_regions
    from marker.checks.references import check_references

    best = timed(
        {
            "read": lambda: read_document(cited_data, "cited.docx", layout="never"),
            "references": lambda: check_references(document, regions),
            "checks": lambda: check_parsed(document, rubric, verbs),
        },
        runs,
    )
    found = len(check_references(document, regions).citations)
    read_s, references_s, rest_s = best["read"], best["references"], best["checks"] - best["references"]
    added = references_s / read_s
    verdict = "meets" if added <= 0.5 else "MISSES"
    print(
        f"references: {found} citations; reading {read_s * 1000:.1f} ms; reference check {references_s * 1000:.1f} ms "
        f"= +{added:.0%} of reading (target ≤ +50 %: {verdict}); the rest of the check {rest_s * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
