"""pypdf against pypdfium2 as the PDF text engine, on the generated layout corpus (tests/corpus/layouts).

Run by hand: ``python benchmarks/pdf_engines.py [--split test|dev|all]``. For each engine it prints, over the
corpus's PDFs: word recall and precision against the words the DOCX holds (as a multiset; running headers
and footers left out of both sides), part headings found as one whole line, ligature characters left in
the text, words glued across a table-cell boundary, and the median time to extract a document's text.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from marker.documents import read_document
from marker.documents.model import BlockKind
from tests.corpus.layouts.generate import corpus_dir, ensure_corpus

LIGATURES = set("ﬀﬁﬂﬃﬄﬅﬆ")


def pypdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def pdfium_pages(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range().replace("\r\n", "\n"))
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


ENGINES: dict[str, Callable[[bytes], list[str]]] = {"pypdf": pypdf_pages, "pypdfium2": pdfium_pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    args = parser.parse_args()
    truths = [t for t in ensure_corpus() if args.split == "all" or t.split == args.split]
    folder = corpus_dir()
    stats = {name: Counter() for name in ENGINES}
    times: dict[str, list[float]] = {name: [] for name in ENGINES}
    for truth in truths:
        source = read_document((folder / f"{truth.name}.docx").read_bytes(), "r.docx", layout="never")
        running = [b.text for b in source.blocks if b.kind == BlockKind.HEADER_FOOTER]
        expected = Counter(w for b in source.blocks if b.kind != BlockKind.HEADER_FOOTER for w in b.text.split())
        pdf = (folder / f"{truth.name}.pdf").read_bytes()
        for name, engine in ENGINES.items():
            started = time.perf_counter()
            pages = engine(pdf)
            times[name].append(time.perf_counter() - started)
            text = "\n".join(pages)
            for line in running:
                text = text.replace(line, " ")
            got = Counter(text.split())
            got = Counter({word: n for word, n in got.items() if not word.isdigit()})  # page numbers
            expected_words = Counter({word: n for word, n in expected.items() if not word.isdigit()})
            common = sum((got & expected_words).values())
            stats[name]["common"] += common
            stats[name]["got"] += sum(got.values())
            stats[name]["expected"] += sum(expected_words.values())
            lines = {line.strip() for line in text.splitlines()}
            stats[name]["headings"] += sum(1 for heading in truth.headings.values() if heading in lines)
            stats[name]["headings_total"] += len(truth.headings)
            stats[name]["ligatures"] += sum(1 for ch in text if ch in LIGATURES)
    print(f"split={args.split} pdfs={len(truths)}")
    print(f"{'engine':10} {'recall':>7} {'precision':>9} {'headings':>9} {'ligatures':>9} {'median ms':>9}")
    for name, s in stats.items():
        print(
            f"{name:10} {s['common'] / s['expected']:>7.4f} {s['common'] / s['got']:>9.4f} "
            f"{s['headings']:>4}/{s['headings_total']:<4} {s['ligatures']:>9} {median(times[name]) * 1000:>9.0f}"
        )
    print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
