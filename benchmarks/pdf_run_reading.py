"""Whether reading PDF pages a run at a time still gives exactly what reading them a character at a time gives.

Run by hand from the repository root (after upgrading pypdfium2 especially: the run reading relies on how
pdfium builds its text page, see ``marker.documents.pdf_pdfium.lines_by_run``):

    PYTHONPATH=. python benchmarks/pdf_run_reading.py [PDF or folder ...]

Without arguments it reads the cached PDFs of the layout corpus and of the reference-file corpus (built by
``layout_accuracy.py`` and ``reference_files_accuracy.py``). Every page is read both ways; it prints the files
and pages whose lines differ (first differing line), how many pages the run reading left to the character
reading, and both readings' times. Files pdfium cannot open, and pages it cannot load, are counted apart.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from marker.documents import pdf_pdfium

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "tests/corpus/layouts/.cache", ROOT / ".cache/reference-files")


def pdfs(arguments: list[str]) -> list[Path]:
    places = [Path(argument) for argument in arguments] or [place for place in CORPORA if place.exists()]
    found: list[Path] = []
    for place in places:
        found.extend(sorted(place.rglob("*.pdf")) if place.is_dir() else [place])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="PDFs or folders (default: the cached corpora)")
    args = parser.parse_args()
    files = same = differ = unopened = pages = unloaded = by_character = 0
    run_s = character_s = 0.0
    for path in pdfs(args.paths):
        files += 1
        try:
            document = pdfium.PdfDocument(path)
        except pdfium.PdfiumError:
            unopened += 1
            continue
        differs = False
        try:
            for index in range(len(document)):
                try:
                    page = document[index]
                except pdfium.PdfiumError:
                    unloaded += 1
                    continue
                textpage = page.get_textpage()
                count = pdfium_c.FPDFText_CountChars(textpage.raw)
                started = time.perf_counter()
                by_run = pdf_pdfium.lines_by_run(textpage.raw, count)
                run_s += time.perf_counter() - started
                started = time.perf_counter()
                expected = pdf_pdfium._lines_by_character(textpage.raw, count)
                character_s += time.perf_counter() - started
                pages += 1
                if by_run is None:
                    by_character += 1
                elif by_run != expected:
                    differs = True
                    pairs = enumerate(zip(by_run, expected, strict=False))
                    where = next((n for n, (got, want) in pairs if got != want), None)
                    print(f"{path} page {index + 1}: line {where} differs (lines {len(by_run)} / {len(expected)})")
                textpage.close()
                page.close()
        finally:
            document.close()
        differ += differs
        same += not differs
    print(
        f"files {files}: lines the same {same}, different {differ}, not opened {unopened}; pages {pages} "
        f"(not loaded {unloaded}), left to the character reading {by_character}; "
        f"run reading {run_s * 1000:.0f} ms, character reading {character_s * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
