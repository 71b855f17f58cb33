"""The reference corpus through real files: each CorpusDocument written as a DOCX in a layout, and as a PDF.

The layout corpus's builder (tests/corpus/layouts/generate.py) writes the DOCX, so a report here looks like the
layout corpus's reports: its fonts, spacing, heading styles, cover page, running header and "Page N" footer,
tables, text boxes and footnotes. LibreOffice converts the DOCX to PDF. The text the reference check reads
(headings, paragraphs, reference-list entries) is the CorpusDocument's own; the extras (tables, text boxes,
footnotes) hold plain sentences that cite nothing.

A file loses the truth's character offsets, so ``file_scores`` compares per document multisets:
citations and entries as (first author, year), problems as ``scoring`` matches them.
Files are cached under ``.cache/reference-files/<hash>/`` (ignored by git); ``ensure_files`` converts only
what is missing.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from marker.checks.references import ReferenceReport
from marker.checks.regions import REFERENCE_LIST
from marker.documents.model import BlockKind
from tests.corpus.layouts import generate
from tests.corpus.layouts.generate import LAYOUTS, Layout, ReportBuilder, Writer
from tests.corpus.references.documents import CorpusDocument
from tests.corpus.references.scoring import _KIND_ONLY, Tally, key, lead_keys

ROOT = Path(__file__).resolve().parents[3]
CACHE = ROOT / ".cache" / "reference-files"
_BY_NAME = {layout.name: layout for layout in LAYOUTS}
# Four layouts by default (the first four), each with a running header and page-number footer or without, hanging
# indents and justified text in some, as candidates' reports come; the last two hyphenate words at line ends.
REFERENCE_LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        replace(_BY_NAME["styles-11-single"], name="styles-11-single-hanging", hanging_references=True),
        replace(_BY_NAME["bold-13-1.5"], name="bold-13-1.5-justified", justified=True),
        replace(
            _BY_NAME["numbered-12-double"],
            name="numbered-12-double-hanging-justified",
            hanging_references=True,
            justified=True,
        ),
        replace(_BY_NAME["manual-12-double"], name="manual-12-double-footnotes"),
        replace(
            _BY_NAME["contents-footnotes-12-1.15"],
            name="contents-footnotes-12-1.15-hanging",
            hanging_references=True,
            header_footer=True,
        ),
        replace(_BY_NAME["textboxes-11-1.5"], name="textboxes-11-1.5", hanging_references=True),
        # Word's automatic hyphenation: names, titles and words broken at line ends in the PDF.
        _BY_NAME["hyphenated-justified-11-single"],
        replace(_BY_NAME["hyphenated-12-1.5"], hanging_references=True),
    )
}
DEFAULT_LAYOUTS = tuple(REFERENCE_LAYOUTS)[:4]
_CITES = re.compile(r"\(\d{4}|\d{4}\)|\b(?:Smith|Kotler|Chaffey|Ryan|Jobber|Hanlon|Sharp)\b")


class PlainWriter(Writer):
    """The layout corpus's sentences without those that cite, for text that is not under test."""

    def sentence(self) -> str:
        while True:
            text = super().sentence()
            if not _CITES.search(text):
                return text


def build_docx(doc: CorpusDocument, layout: Layout) -> bytes:
    """The report as a DOCX in a layout: cover, parts with their headings, extras, the reference list."""
    seed = int(hashlib.sha256(doc.name.encode()).hexdigest()[:8], 16)
    writer = PlainWriter(seed)
    builder = ReportBuilder(layout, writer)
    builder.front_matter()
    if layout.contents:
        builder.document.add_paragraph("Contents")
        headings = [b.text for b in doc.document.blocks if b.kind == BlockKind.HEADING]
        for page, text in enumerate(headings, start=2):
            builder.document.add_paragraph(f"{text}\t{page}")
        builder.page_break()
    extras_left = 2
    blocks = doc.document.blocks
    for index, (block, region) in enumerate(zip(blocks, doc.regions, strict=True)):
        if block.kind == BlockKind.HEADING:
            builder.heading(block.text, block.level or 1)
        elif region == REFERENCE_LIST:
            builder.reference_entry(block.text)
        else:
            builder.body(block.text)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                extras_left
                and following is not None
                and following.kind != BlockKind.HEADING
                and writer.random.random() < 0.3
            ):
                extras_left -= 1
                if layout.tables:
                    builder.table()
                if layout.text_boxes:
                    builder.text_box()
    return builder.save()


def corpus_hash() -> str:
    """Identifies the files: how this module builds them, the layout builder and the reference corpus's sources."""
    import citeproc
    import faker

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for source in (Path(generate.__file__), *sorted(p for p in here.glob("*.py") if p.name != "files.py")):
        digest.update(source.read_bytes())
    for built_by in (build_docx, PlainWriter):
        digest.update(inspect.getsource(built_by).encode())
    digest.update(repr(sorted(REFERENCE_LAYOUTS.items())).encode() + _CITES.pattern.encode())
    digest.update(faker.VERSION.encode())
    digest.update(getattr(citeproc, "__version__", "").encode())
    return digest.hexdigest()[:16]


def file_stem(doc: CorpusDocument, layout: str) -> str:
    return f"{Path(doc.name).stem}-{layout}"


def ensure_files(docs: Sequence[CorpusDocument], layouts: Iterable[str], *, pdf: bool = True) -> Path:
    """Writes the DOCX of each document in each layout and converts the missing PDFs; returns the folder."""
    folder = CACHE / corpus_hash()
    folder.mkdir(parents=True, exist_ok=True)
    to_convert: list[Path] = []
    for name in layouts:
        layout = REFERENCE_LAYOUTS[name]
        for doc in docs:
            docx_file = folder / f"{file_stem(doc, name)}.docx"
            if not docx_file.exists():
                docx_file.write_bytes(build_docx(doc, layout))
            if pdf and not docx_file.with_suffix(".pdf").exists():
                to_convert.append(docx_file)
    for start in range(0, len(to_convert), 40):  # one LibreOffice start per batch, under its time limit
        generate.convert_to_pdf(to_convert[start : start + 40], folder)
    return folder


# --- scoring ---------------------------------------------------------------------------------------------------
@dataclass
class FileScores:
    """Tallies over documents: citations and entries as (first author, year) multisets, problems by kind."""

    citations: Tally = field(default_factory=Tally)
    entries: Tally = field(default_factory=Tally)
    problems: Tally = field(default_factory=Tally)
    certain_false: int = 0
    documents: int = 0


@dataclass(frozen=True)
class Found:
    """What one reading of a document gave, as scored: citations, entries, problems (with certainty)."""

    citations: tuple[tuple[str, str], ...]
    entries: tuple[tuple[str, str], ...]
    problems: tuple[tuple[str, str, str, bool], ...]


def found_of(report: ReferenceReport | None) -> Found:
    """The scored view of a reference report (an absent report finds nothing)."""
    if report is None:
        return Found((), (), ())
    return Found(
        tuple((c.authors[0] if c.authors else "", c.year) for c in report.citations),
        tuple((e.authors[0] if e.authors else "", e.year or "") for e in report.entries),
        tuple((p.kind, p.author or "", p.year or "", bool(getattr(p, "certain", True))) for p in report.problems),
    )


def _match(found: Sequence[tuple[str, str]], truth: Sequence[tuple[str, str]], tally: Tally) -> list[str]:
    """Greedy multiset matching by first-author key and year; returns the differences, described."""
    left = list(truth)
    extra = []
    for author, year in found:
        hit = next((t for t in left if t[1].casefold() == year.casefold() and key(author) in lead_keys(t[0])), None)
        if hit is None:
            tally.fp += 1
            extra.append(f"extra {author} {year}")
        else:
            left.remove(hit)
            tally.tp += 1
    tally.fn += len(left)
    return extra + [f"missed {lead} {year}" for lead, year in left]


def score_found(doc: CorpusDocument, found: Found, scores: FileScores) -> list[str]:
    """Adds one document's reading to the tallies; returns its differences from the truth."""
    scores.documents += 1
    misses = [f"citation {m}" for m in _match(found.citations, [(t.lead, t.year) for t in doc.citations],
                                              scores.citations)]  # fmt: skip
    misses += [f"entry {m}" for m in _match(found.entries, [(t.lead, t.year) for t in doc.entries], scores.entries)]
    truth = list(doc.problems)
    for kind, author, year, certain in found.problems:
        hit = next(
            (t for t in truth if t.kind == kind and (kind in _KIND_ONLY or (
                key(author) in lead_keys(t.lead or "") and year == (t.year or "")))),
            None,
        )  # fmt: skip
        if hit is None:
            scores.problems.fp += 1
            scores.certain_false += certain
            misses.append(f"problem extra {'certain ' if certain else ''}{kind} {author} {year}")
        else:
            truth.remove(hit)
            scores.problems.tp += 1
    scores.problems.fn += len(truth)
    misses += [f"problem missed {t.kind} {t.lead} {t.year}" for t in truth]
    return misses


def row(label: str, scores: FileScores) -> str:
    cp, cr, cf = scores.citations.scores()
    ef = scores.entries.scores()[2]
    pp, pr, _ = scores.problems.scores()
    return (f"{label:48} {scores.documents:>4} {cp:6.3f} {cr:6.3f} {cf:6.3f} {ef:7.3f} {pp:6.3f} {pr:6.3f} "
            f"{scores.certain_false:>7}")  # fmt: skip


HEADER = (f"{'layout / path':48} {'docs':>4} {'cit P':>6} {'cit R':>6} {'cit F1':>6} {'ent F1':>7} {'prb P':>6} "
          f"{'prb R':>6} {'certFP':>7}")  # fmt: skip
