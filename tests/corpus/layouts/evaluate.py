"""Scoring marker's reading of the generated layout corpus against the truth recorded when it was written."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from marker.checks import check_parsed
from marker.documents import read_document
from marker.documents.limits import DEFAULT_LIMITS
from marker.documents.pdf import read_pdf
from marker.rubric import default_library
from tests.corpus.layouts.generate import LIMIT_GROUPS, Truth, corpus_dir


@dataclass(frozen=True)
class Score:
    """How one report in one format was read."""

    name: str
    layout: str
    format: str
    parts_found: int
    parts_total: int
    missing: tuple[str, ...]
    group_error_pct: dict[str, float]
    part_words: dict[str, int]
    pages: int | None
    pages_truth: int | None
    pages_source: str | None

    @property
    def pages_exact(self) -> bool:
        return self.pages is not None and self.pages == self.pages_truth


def score(
    truth: Truth, fmt: str, *, layout: str = "never", engine: str = "pdfium", folder: Path | None = None
) -> Score:
    """Read one report (``fmt`` "docx" or "pdf") from ``folder`` (the generated corpus's by default) and compare
    it with its truth; ``engine`` is the PDF text engine ("pdfium" or "pypdf")."""
    library = default_library()
    rubric = library.get("cim-2206")
    data = ((folder or corpus_dir()) / f"{truth.name}.{fmt}").read_bytes()
    if fmt == "pdf":
        document = read_pdf(data, f"{truth.name}.pdf", DEFAULT_LIMITS, engine=engine)
    else:
        document = read_document(data, f"{truth.name}.{fmt}", layout=layout)
    report = check_parsed(document, rubric, library.verbs_for(rubric))
    found = {part.part.id: part for part in report.parts}
    errors = {}
    for group in LIMIT_GROUPS:
        actual = report.limit(group).actual
        expected = truth.group_words[group]
        errors[group] = 100.0 * ((actual or 0) - expected) / expected
    return Score(
        name=truth.name,
        layout=truth.layout,
        format=fmt,
        parts_found=sum(1 for part in found.values() if part.found),
        parts_total=len(found),
        missing=tuple(part_id for part_id, part in found.items() if not part.found),
        group_error_pct=errors,
        part_words={part_id: part.words for part_id, part in found.items()},
        pages=document.pages,
        pages_truth=truth.pages,
        pages_source=document.pages_source,
    )


def table(scores: Iterable[Score]) -> list[str]:
    """One line per layout and format: parts found, mean and worst limit-group error, page count exact rate."""
    groups: dict[tuple[str, str], list[Score]] = {}
    for item in scores:
        groups.setdefault((item.layout, item.format), []).append(item)
    lines = [
        f"{'layout':32} {'fmt':4} {'n':>2} {'parts':>7} {'words err% mean':>15} {'worst':>7} {'pages exact':>11}",
    ]
    for (layout, fmt), items in sorted(groups.items()):
        found = sum(item.parts_found for item in items)
        total = sum(item.parts_total for item in items)
        errors = [abs(e) for item in items for e in item.group_error_pct.values()]
        worst = max((e for item in items for e in item.group_error_pct.values()), key=abs)
        exact = sum(item.pages_exact for item in items)
        lines.append(
            f"{layout:32} {fmt:4} {len(items):>2} {found:>3}/{total:<3} {mean(errors):>15.2f} {worst:>+7.2f} "
            f"{exact:>5}/{len(items):<5}"
        )
    return lines
