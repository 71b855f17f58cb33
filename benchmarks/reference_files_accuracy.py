"""Accuracy of the Harvard reference check through real files: the reference corpus as DOCX and PDF.

Run by hand from the repository root: ``python benchmarks/reference_files_accuracy.py [--halves dev,dev-more]
[--layouts a,b] [--formats docx,pdf] [--misses]``. Each report of the reference corpus (tests/corpus/references)
is written as a DOCX in each layout by the layout corpus's builder and converted to PDF by LibreOffice (cached
under .cache/reference-files/), then read and checked as ``marker check`` does (``check_document`` with the
cim-2206 rubric; DOCX not laid out by LibreOffice, which changes pages only). The same reports are checked in
memory too: "memory" with the corpus's own region labels (as benchmarks/reference_accuracy.py does),
"memory-seg" with the regions segmentation finds. Scores are per document multisets (see
tests/corpus/references/files.py): citation precision, recall and F1, entries F1, problems precision and
recall, and the false problems marked certain. ``--misses`` prints, per document and file, what the file
reading got wrong that the in-memory reading did not (and the reverse, marked "memory only").

Halves as in reference_accuracy.py; never use blind2* here, and read no misses of "test".
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marker.checks import check_document, check_parsed
from marker.checks.references import check_references
from marker.rubric import default_library
from tests.corpus.references.documents import corpus
from tests.corpus.references.files import (
    DEFAULT_LAYOUTS,
    HEADER,
    REFERENCE_LAYOUTS,
    FileScores,
    ensure_files,
    file_stem,
    found_of,
    row,
    score_found,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--halves", default="dev,dev-more")
    parser.add_argument("--layouts", default=",".join(DEFAULT_LAYOUTS), help=f"of {', '.join(REFERENCE_LAYOUTS)}")
    parser.add_argument("--formats", default="docx,pdf")
    parser.add_argument("--limit", type=int, default=0, help="only the first N reports of each half")
    parser.add_argument("--misses", action="store_true", help="differences between in-memory and file readings")
    args = parser.parse_args()
    halves = args.halves.split(",")
    if any(half.startswith(("blind2", "blind3")) for half in halves):
        parser.error("the blind2 and blind3 halves are not to be used here")
    layouts = args.layouts.split(",")
    formats = args.formats.split(",")
    library = default_library()
    rubric = library.get("cim-2206")
    verbs = library.verbs_for(rubric)
    for half in halves:
        started = time.perf_counter()
        docs = corpus(half)
        if args.limit:
            docs = docs[: args.limit]
        folder = ensure_files(docs, layouts, pdf="pdf" in formats)
        built = time.perf_counter() - started
        memory, memory_seg = FileScores(), FileScores()
        per_file: dict[tuple[str, str], FileScores] = {(lay, fmt): FileScores() for lay in layouts for fmt in formats}
        lines: list[str] = []
        for doc in docs:
            memory_misses = set(score_found(doc, found_of(check_references(doc.document, doc.regions)), memory))
            seg = check_parsed(doc.document, rubric, verbs).references
            seg_misses = score_found(doc, found_of(seg), memory_seg)
            if args.misses:
                lines += [f"{doc.name} memory-seg: {m}" for m in seg_misses if m not in memory_misses]
            for layout in layouts:
                for fmt in formats:
                    path = folder / f"{file_stem(doc, layout)}.{fmt}"
                    report = check_document(path.read_bytes(), path.name, rubric, verbs, isolated=False,
                                            layout="never")  # fmt: skip
                    misses = score_found(doc, found_of(report.references), per_file[(layout, fmt)])
                    if args.misses:
                        lines += [f"{path.name}: {m}" for m in misses if m not in memory_misses]
                        lines += [f"{path.name}: memory only: {m}" for m in memory_misses if m not in misses]
        print(f"\n== {half} half: {len(docs)} reports, files built in {built:.1f} s ({folder})")
        print(HEADER)
        print(row("memory (corpus regions)", memory))
        print(row("memory (segmentation)", memory_seg))
        for (layout, fmt), scores in per_file.items():
            print(row(f"{layout} {fmt}", scores))
        if args.misses:
            if half == "test":
                print("(misses of the test half are not printed)")
            else:
                print("\n".join(lines))
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
