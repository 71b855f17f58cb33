"""Small builders for the check tests: a 2206-shaped rubric, documents from blocks, DOCX and PDF files."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from fpdf import FPDF

from marker.documents.model import Block, BlockKind, Document, PagesSource
from marker.rubric.model import (
    CommandVerb,
    CommandVerbSet,
    GradeBand,
    Limit,
    MarkBand,
    Rubric,
    WordCountPolicy,
)
from tests.rubric_builders import make_part, make_rubric

PARTS = (("1a", "Organisation overview"), ("1b", "Developments"), ("1c", "One segment"), ("2a", "Action plan"),
         ("2b", "Content"), ("3a", "Resourcing"), ("3b", "Risks"))  # fmt: skip
SENTENCE = "Personalised email campaigns help the retailer reach loyal families at the right moment."


def rubric_2206(policy: WordCountPolicy | None = None, limits: Sequence[Limit] | None = None) -> Rubric:
    """The shape of the 2206 brief: seven parts in three tasks, a one-page overview and three word limits."""
    return make_rubric(
        "test-2206",
        [make_part(pid, title=title, part_bands=(MarkBand("Pass", 0, 10, "Any"),)) for pid, title in PARTS],
        title="Mastering Digital Channels (test)",
        grade_bands=(GradeBand("Pass", 0, 100),),
        total_marks=100,
        limits=tuple(limits)
        if limits is not None
        else (
            Limit("task1-overview", ("1a",), "pages", 1, 0, "One side of A4."),
            Limit("task1-bc", ("1b", "1c"), "words", 100, 10, "Text beyond the limit is not marked."),
            Limit("task2-ab", ("2a", "2b"), "words", 100, 10, "Text beyond the limit is not marked."),
            Limit("task3-ab", ("3a", "3b"), "words", 100, 10, "Text beyond the limit is not marked."),
        ),
        policy=policy or WordCountPolicy(statement="Body text and lists count."),
    )


VERBS = CommandVerbSet(
    "cim-l6", "CIM Level 6", "6", {"appraise": CommandVerb("appraise", "Appraise", "Evaluate, judge.", "Critique.")}
)


def words(count: int, word: str = "word") -> str:
    return " ".join([word] * count)


def heading(text: str, page: int | None = 1, level: int = 1) -> Block:
    return Block(BlockKind.HEADING, text, page, level)


def para(text: str, page: int | None = 1, *, bold: bool = False) -> Block:
    return Block(BlockKind.PARAGRAPH, text, page, bold=bold)


def block(kind: BlockKind, text: str, page: int | None = 1) -> Block:
    return Block(kind, text, page)


def document(*blocks: Block, pages: int | None = 3, source: PagesSource | None = "pdf") -> Document:
    return Document("report.pdf", "pdf", tuple(blocks), pages, source)


def all_parts(body: int = 20) -> list[Block]:
    """Every part of the rubric with a heading and ``body`` words on its own page."""
    found: list[Block] = []
    for page, (part_id, title) in enumerate(PARTS, start=1):
        found += [heading(f"Task {part_id[0]} ({part_id[1]}) {title}", page), para(words(body), page)]
    return found


def make_docx(parts: Sequence[tuple[str, str]], *, bold_headings: bool = False) -> bytes:
    """A DOCX with one (heading, body) pair per part, in Heading 1 style or as bold paragraphs."""
    built = docx.Document()
    built.add_paragraph("Cover page: Candidate 123456")
    for title, body in parts:
        if bold_headings:
            built.add_paragraph().add_run(title).bold = True
        else:
            built.add_heading(title, 1)
        built.add_paragraph(body)
    built.add_heading("References", 1)
    built.add_paragraph("Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.")
    out = io.BytesIO()
    built.save(out)
    return out.getvalue()


def make_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF with one list of paragraphs per page; a paragraph starting "Task" is set as a bold heading."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for paragraphs in pages:
        pdf.add_page()
        for text in paragraphs:
            is_heading = text.startswith("Task") or text == "References"
            pdf.set_font("Helvetica", "B" if is_heading else "", 16 if is_heading else 11)
            pdf.multi_cell(0, 6, text)
            pdf.ln(3)
    return bytes(pdf.output())
