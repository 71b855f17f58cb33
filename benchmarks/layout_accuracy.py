"""How well marker reads the generated layout corpus (tests/corpus/layouts): parts, words, pages.

Run by hand from the repository root: ``python benchmarks/layout_accuracy.py [--split test|dev|all]
[--layout never|auto] [--engine pdfium|pypdf] [--pool NAME,NAME]``. It builds the corpus first if the cache lacks
it (LibreOffice converts the PDFs), then prints, per layout and format, the parts found, the word-count error of
(mean of absolute errors and the worst) and how often the page count is exact, with the median read time.
``--pool`` scores layout pools written by other hands (``tests/corpus/layouts/pools/``) instead of the generated
corpus; ``--pool all`` takes every pool.
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
from tests.corpus.layouts.generate import corpus_dir, ensure_corpus
from tests.corpus.layouts.pools import ensure_pool, pool_names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument("--layout", choices=("never", "auto"), default="never", help="LibreOffice layout of DOCX")
    parser.add_argument("--engine", choices=("pdfium", "pypdf"), default="pdfium", help="PDF text engine")
    parser.add_argument("--pool", help="layout pools to score, comma-separated, or 'all' (not the generated corpus)")
    parser.add_argument("--verbose", action="store_true", help="one line per report")
    args = parser.parse_args()
    reports = []
    if args.pool:
        for name in pool_names() if args.pool == "all" else args.pool.split(","):
            folder, pool_truths = ensure_pool(name)
            reports += [(truth, folder) for truth in pool_truths]
    else:
        reports = [(t, corpus_dir()) for t in ensure_corpus() if args.split == "all" or t.split == args.split]
    scores = []
    times: dict[str, list[float]] = {"docx": [], "pdf": []}
    for truth, folder in reports:
        for fmt in ("docx", "pdf"):
            started = time.perf_counter()
            result = score(truth, fmt, layout=args.layout, engine=args.engine, folder=folder)
            times[fmt].append(time.perf_counter() - started)
            scores.append(result)
            if args.verbose:
                errors = " ".join(f"{g}={e:+.1f}" for g, e in result.group_error_pct.items())
                print(
                    f"{result.name:34} {fmt:4} parts {result.parts_found}/7 missing={','.join(result.missing) or '-'}"
                    f" {errors} pages {result.pages}/{result.pages_truth} ({result.pages_source})"
                )
    source = f"pool={args.pool}" if args.pool else f"split={args.split}"
    print(f"{source} reports={len(reports)} docx layout={args.layout} pdf engine={args.engine}")
    print("\n".join(table(scores)))
    for fmt, values in times.items():
        print(f"median read+check {fmt}: {median(values) * 1000:.0f} ms")
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
