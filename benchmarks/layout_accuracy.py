"""How well marker reads the generated layout corpus (tests/corpus/layouts): parts, words, pages.

Run by hand from the repository root: ``python benchmarks/layout_accuracy.py [--split test|dev|all]
[--layout never|auto] [--engine pdfium|pypdf]``. It builds the corpus first if the cache lacks it
(LibreOffice converts the PDFs), then prints, per layout and format, the parts found, the word-count error of
(mean of absolute errors and the worst) and how often the page count is exact, with the median read time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.corpus.layouts.evaluate import score, table
from tests.corpus.layouts.generate import ensure_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--layout", choices=("never", "auto"), default="never", help="LibreOffice layout of DOCX")
    parser.add_argument("--engine", choices=("pdfium", "pypdf"), default="pdfium", help="PDF text engine")
    parser.add_argument("--verbose", action="store_true", help="one line per report")
    args = parser.parse_args()
    truths = [t for t in ensure_corpus() if args.split == "all" or t.split == args.split]
    scores = []
    times: dict[str, list[float]] = {"docx": [], "pdf": []}
    for truth in truths:
        for fmt in ("docx", "pdf"):
            started = time.perf_counter()
            result = score(truth, fmt, layout=args.layout, engine=args.engine)
            times[fmt].append(time.perf_counter() - started)
            scores.append(result)
            if args.verbose:
                errors = " ".join(f"{g}={e:+.1f}" for g, e in result.group_error_pct.items())
                print(
                    f"{result.name:34} {fmt:4} parts {result.parts_found}/7 missing={','.join(result.missing) or '-'}"
                    f" {errors} pages {result.pages}/{result.pages_truth} ({result.pages_source})"
                )
    print(f"split={args.split} reports={len(truths)} docx layout={args.layout} pdf engine={args.engine}")
    print("\n".join(table(scores)))
    for fmt, values in times.items():
        print(f"median read+check {fmt}: {median(values) * 1000:.0f} ms")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
