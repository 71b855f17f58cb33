"""Small reports built by the tests: a DOCX answering the CIM 2206 brief, part by part."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence

from docx import Document as new_document
from docx.enum.text import WD_BREAK

HEADINGS = {
    "1a": "Task 1 (a) Organisation overview",
    "1b": "Task 1 (b) Current and future developments in personalisation",
    "1c": "Task 1 (c) Personalising digital channels for one target segment",
    "2a": "Task 2 (a) Action plan to maximise conversion rates",
    "2b": "Task 2 (b) Personalised content and re-marketing",
    "3a": "Task 3 (a) Managing and implementing personalisation",
    "3b": "Task 3 (b) Three risks of implementing personalisation",
}

SENTENCE = "The retailer uses email and social media to reach loyal customers with timely offers"  # 14 words

REFERENCES = (
    "Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.",
    "Kotler, P. and Keller, K. L. (2016) Marketing management. 15th edn. Harlow: Pearson.",
)


def words(count: int) -> str:
    """Plain prose of exactly ``count`` words, in sentences of 14."""
    pool = SENTENCE.split()
    chosen = [pool[i % len(pool)] for i in range(count)]
    sentences = [" ".join(chosen[i : i + len(pool)]) + "." for i in range(0, count, len(pool))]
    return " ".join(sentences)


def make_docx(
    parts: Mapping[str, int] | None = None,
    *,
    citations: Mapping[str, str] | None = None,
    references: Sequence[str] = REFERENCES,
    page_break_after: Sequence[str] = ("1a",),
) -> bytes:
    """A report with one heading and ``n`` words of body per part; ``citations`` adds a sentence to a part."""
    parts = dict.fromkeys(HEADINGS, 200) if parts is None else parts
    citations = citations or {}
    doc = new_document()
    for part_id, count in parts.items():
        doc.add_heading(HEADINGS[part_id], level=1)
        doc.add_paragraph(words(count))
        if part_id in citations:
            doc.add_paragraph(citations[part_id])
        if part_id in page_break_after:
            doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    if references:
        doc.add_heading("References", level=1)
        for entry in references:
            doc.add_paragraph(entry)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
