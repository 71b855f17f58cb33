"""Speed of the reference check against reading the document (run by hand, prints numbers; not a test).

    /work/venv/bin/python -m tests.checks.references.speed_script

Builds a 5,000-word DOCX report with 60 citations (some with quotations) and a 60-entry reference list, then
times reading it and checking its references. The issue asks the check to add no more than 50 % to reading.
"""

from __future__ import annotations

import io
import random
import statistics
import time

import docx

from marker.checks.references import check_references, label_regions
from marker.checks.references.quotations import language
from marker.documents import read_document

_FILLER_TEXT = (
    "Customers move between channels before they buy and the brand must be present where they look for "
    "reassurance so the plan sets out what each channel is for and how success will be measured over time"
)
FILLER = _FILLER_TEXT.split(" ")


def build_report(words: int = 5000, citations: int = 60) -> bytes:
    rng = random.Random(5)
    authors = [f"Author{chr(65 + i // 26)}{chr(97 + i % 26)}" for i in range(citations)]
    document = docx.Document()
    document.add_paragraph("Task 1 (a) Overview", style="Heading 1")
    written, cited = 0, 0
    while written < words:
        sentences = []
        for _ in range(5):
            sentence = " ".join(rng.choice(FILLER) for _ in range(16)).capitalize()
            if cited < citations and rng.random() < 0.4:
                name = authors[cited]
                if cited % 5 == 0:
                    sentence += f" and “{' '.join(FILLER[:8])}” ({name}, 2019, p. 4)"
                elif cited % 2:
                    sentence = f"{name} (2019) argues that " + sentence.lower()
                else:
                    sentence += f" ({name}, 2019; {authors[(cited + 1) % citations]}, 2019)"
                cited += 1
            sentences.append(sentence + ".")
        paragraph = " ".join(sentences)
        written += len(paragraph.split())
        document.add_paragraph(paragraph)
    document.add_paragraph("References", style="Heading 1")
    for name in sorted(authors):
        document.add_paragraph(f"{name}, A. (2019) A book about channels. London: Kogan Page.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main() -> None:
    data = build_report()
    started = time.perf_counter()
    language()
    print(f"spaCy load (once per process): {1000 * (time.perf_counter() - started):.0f} ms")
    reads, checks = [], []
    for _ in range(21):
        started = time.perf_counter()
        document = read_document(data, "speed.docx", layout="never")
        reads.append(time.perf_counter() - started)
        started = time.perf_counter()
        report = check_references(document, label_regions(document))
        checks.append(time.perf_counter() - started)
    words = sum(len(block.text.split()) for block in document.blocks)
    read, check = statistics.median(reads), statistics.median(checks)
    print(f"{words} words, {len(report.citations)} citations, {len(report.entries)} entries, "
          f"{len(report.problems)} problems")  # fmt: skip
    print(f"read_document median {1000 * read:.1f} ms; check_references median {1000 * check:.1f} ms; "
          f"the check adds {100 * check / read:.0f} % to reading")  # fmt: skip


if __name__ == "__main__":
    main()
