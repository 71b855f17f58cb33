"""A script as the comparison sees it: its text, and the words that count, with legitimate sharing left out.

The check pipeline already knows a script's structure, so it is reused rather than repeated: ``segment`` labels
each block with its part, the cover page (front matter) or the reference list, and the reference checker finds
the in-text citations and the direct quotations they support. Left out of the comparison are the cover page,
headings, contents, headers and footers, the reference list, every in-text citation (a shared source is not a
shared sentence) and every quotation that carries a citation. The brief's own wording is not removed from the
text; its n-grams are simply never fingerprinted or used as seeds (``marker.similarity.brief``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from marker.checks.references import check_references
from marker.checks.references.model import Citation, ReferenceReport
from marker.checks.references.quotations import QUOTE_CHARACTERS, find_quotations
from marker.checks.regions import FRONT_MATTER, REFERENCE_LIST
from marker.checks.segmentation import Segmentation, segment
from marker.documents.model import BlockKind, Document
from marker.rubric.model import Rubric
from marker.similarity.fingerprints import Fingerprints, HashArray, Words, fingerprint, ngram_hashes, words_of
from marker.similarity.model import SimilaritySettings

BLOCK_SEPARATOR = "\n\n"
_NOT_COMPARED = frozenset({BlockKind.HEADING, BlockKind.HEADER_FOOTER, BlockKind.CONTENTS})


@dataclass(frozen=True, eq=False)
class ScriptText:
    """A script ready to compare. ``text`` is the whole document (blocks joined by blank lines), so a
    side-by-side view can show everything; ``words`` are only the compared words, with their spans in ``text``.
    """

    script_id: str
    cohort: str
    text: str
    words: Words
    fingerprints: Fingerprints
    brief_words: npt.NDArray[np.bool_]  # which words lie in the brief's wording (never seeds of a passage)


def ngram_mask(word_hashes: HashArray, hashes: npt.NDArray[np.uint64], n: int) -> npt.NDArray[np.bool_]:
    """Which words lie in an n-gram whose hash is among ``hashes``."""
    masked = np.zeros(len(word_hashes), dtype=np.bool_)
    grams = ngram_hashes(word_hashes, n)
    if len(grams) and len(hashes):
        hits = np.isin(grams, hashes)
        for offset in range(n):
            masked[offset : offset + len(grams)] |= hits
    return masked


def script_text(document: Document) -> str:
    """A document's text as passages' character spans refer to it: its blocks joined by blank lines."""
    return BLOCK_SEPARATOR.join(block.text for block in document.blocks)


def cited_quotations(text: str, citations: Sequence[Citation]) -> list[tuple[int, int]]:
    """Spans of the direct quotations in a block that a citation supports (in their sentence or just after).

    The same rule as the reference checker's test for a quotation's page number.
    """
    if not citations or not QUOTE_CHARACTERS.intersection(text):
        return []
    spans = []
    for quotation in find_quotations(text):
        if any(
            quotation.sentence_start <= c.start < quotation.sentence_end
            or quotation.end <= c.start <= quotation.end + 3
            for c in citations
        ):
            spans.append((quotation.start, quotation.end))
    return spans


def _subtract(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``[start, end)`` outside every hole (holes in block coordinates shifted already)."""
    pieces, at = [], start
    for hole_start, hole_end in sorted(holes):
        if hole_start > at:
            pieces.append((at, min(hole_start, end)))
        at = max(at, hole_end)
    if at < end:
        pieces.append((at, end))
    return [(a, b) for a, b in pieces if a < b]


def compared_spans(
    document: Document,
    rubric: Rubric,
    *,
    segmentation: Segmentation | None = None,
    references: ReferenceReport | None = None,
) -> list[tuple[int, int]]:
    """The character spans of ``script_text(document)`` whose words are compared.

    A check report's ``segmentation`` and ``references`` may be passed in so that a script just checked is not
    segmented and reference-checked a second time (they must be the check of this document and rubric).
    """
    segmentation = segmentation or segment(document, rubric)
    regions = segmentation.block_regions
    references = references or check_references(document, regions)
    by_block: dict[int, list[Citation]] = {}
    for citation in references.citations:
        by_block.setdefault(citation.block_index, []).append(citation)
    # A script whose parts were not found is all "front matter": compare all of it rather than nothing.
    skip_front = bool(segmentation.headings)
    spans: list[tuple[int, int]] = []
    offset = 0
    for index, block in enumerate(document.blocks):
        region = regions[index]
        compared = (
            block.kind not in _NOT_COMPARED
            and index not in segmentation.heading_blocks
            and region != REFERENCE_LIST
            and not (skip_front and region == FRONT_MATTER)
        )
        if compared:
            citations = by_block.get(index, [])
            holes = [(c.start, c.end) for c in citations] + cited_quotations(block.text, citations)
            spans.extend((offset + a, offset + b) for a, b in _subtract(0, len(block.text), holes))
        offset += len(block.text) + len(BLOCK_SEPARATOR)
    return spans


def prepare_script(
    document: Document,
    rubric: Rubric,
    *,
    script_id: str,
    cohort: str,
    brief: frozenset[int] = frozenset(),
    settings: SimilaritySettings | None = None,
) -> ScriptText:
    """A read document made ready to compare: its compared words and its fingerprints (brief wording left out)."""
    text = script_text(document)
    return prepare_text(
        text, compared_spans(document, rubric), script_id=script_id, cohort=cohort, brief=brief, settings=settings
    )


def prepare_text(
    text: str,
    spans: list[tuple[int, int]],
    *,
    script_id: str,
    cohort: str,
    brief: frozenset[int] = frozenset(),
    settings: SimilaritySettings | None = None,
) -> ScriptText:
    """A script's text made ready to compare, given which character spans of it are compared (``compared_spans``).

    The way back from what is stored: a stored script's text and spans give the same words and fingerprints as
    the document they were taken from did.
    """
    settings = settings or SimilaritySettings()
    words = words_of(text, spans)
    brief_words = ngram_mask(words.hashes, np.fromiter(brief, dtype=np.uint64, count=len(brief)), settings.ngram)
    return ScriptText(
        script_id=script_id,
        cohort=cohort,
        text=text,
        words=words,
        fingerprints=fingerprint(words, settings.ngram, settings.window, brief_words),
        brief_words=brief_words,
    )
