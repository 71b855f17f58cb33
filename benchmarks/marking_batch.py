"""How long a tutor waits for a batch: unpacking a Moodle zip, checking each script, and the marking exports.

Run by hand: ``/work/venv/bin/python benchmarks/marking_batch.py [scripts]``. Prints seconds; asserts nothing.
"""

from __future__ import annotations

import io
import sys
import time
import zipfile

import docx

from marker.checks import check_document
from marker.marking import (
    MarkedScript,
    Score,
    build_feedback,
    feedback_docx,
    marks_csv,
    moodle_worksheet_csv,
    read_batch,
)
from marker.rubric import default_library

PARAGRAPH = (
    "Personalisation shapes how the organisation meets its customers across channels (Chaffey and Ellis-Chadwick, "
    "2019). Email, search and social media each offer a different depth of data and of control. "
) * 6


def script(words_per_part: int) -> bytes:
    document = docx.Document()
    for heading in ("Task 1 (a)", "Task 1 (b)", "Task 1 (c)", "Task 2 (a)", "Task 2 (b)", "Task 3 (a)", "Task 3 (b)"):
        document.add_heading(f"{heading} Answer", level=1)
        written = 0
        while written < words_per_part:
            document.add_paragraph(PARAGRAPH)
            written += len(PARAGRAPH.split())
    document.add_heading("References", level=1)
    document.add_paragraph("Chaffey, D. and Ellis-Chadwick, F. (2019) Digital marketing. 7th edn. Harlow: Pearson.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main(count: int) -> None:
    rubric = default_library().get("cim-2206")
    verbs = default_library().verbs_for(rubric)
    data = script(700)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(count):
            archive.writestr(f"Candidate {n}_{100000 + n}_assignsubmission_file_/report.docx", data)
    zipped = buffer.getvalue()
    print(f"{count} scripts, {len(data) // 1024} KB each, zip {len(zipped) // 1024} KB")

    start = time.perf_counter()
    items = read_batch(zipped)
    print(f"read_batch: {time.perf_counter() - start:.3f} s for {len(items)} files")

    for isolated in (False, True):
        start = time.perf_counter()
        reports = [
            check_document(item.data or b"", "report.docx", rubric, verbs, isolated=isolated, layout="never")
            for item in items
        ]
        elapsed = time.perf_counter() - start
        print(
            f"check_document (isolated={isolated}): {elapsed:.2f} s total, {elapsed / count * 1000:.0f} ms per script"
        )

    scores = {part.id: Score(part.id, mark=part.max_marks * 7 // 10, comment="Sound work.") for part in rubric.parts}
    start = time.perf_counter()
    sheets = [
        feedback_docx(build_feedback(rubric, scores, candidate_number=str(n), report=report.to_dict()))
        for n, report in enumerate(reports)
    ]
    print(f"feedback_docx: {(time.perf_counter() - start) / count * 1000:.0f} ms per sheet ({len(sheets)} sheets)")
    scripts = [MarkedScript(str(n), f"Candidate {n}", scores) for n in range(count)]
    start = time.perf_counter()
    marks_csv(rubric, scripts)
    moodle_worksheet_csv(rubric, scripts)
    print(f"marks and Moodle CSVs: {(time.perf_counter() - start) * 1000:.1f} ms for {count} scripts")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
