"""The check report: parts found, words and pages counted, limits, references and readability.

``check_document`` is the one function that builds a report from an uploaded file; the CLI, the web pages and
the exports all call it (or ``check_parsed`` for a document already read), so they always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from marker.checks.counting import count_words, is_counted, policy_summary
from marker.checks.findings import Finding
from marker.checks.limits import (
    LimitResult,
    allowed_maximum,
    find_limit_reached,
    limit_findings,
    status_for,
)
from marker.checks.readability import Readability, readability
from marker.checks.segmentation import Segmentation, part_heading_text, segment
from marker.documents.model import BlockKind, Document
from marker.rubric.model import CommandVerbSet, Part, Rubric

if TYPE_CHECKING:
    from marker.checks.references.model import ReferenceReport
    from marker.documents.limits import ReadLimits

SCHEMA = "marker.check-report/1"
# The contract's page sources; the reader's finer "docx-breaks" (page breaks typed by the author) is a guess
# at the layout, which the contract calls an estimate.
_CONTRACT_PAGE_SOURCES = {"pdf", "docx-rendered", "docx-metadata", "libreoffice", "estimate"}


@dataclass(frozen=True)
class SegmentBlock:
    """One block of a part as the marking view shows it: ``counted`` says whether its words count."""

    index: int
    kind: str
    text: str
    counted: bool
    words: int


@dataclass(frozen=True)
class PartSegment:
    """A part's text: its heading and blocks, and where its word limit was reached (block, word offset).

    ``limit_reached`` is where the words allowed run out, the maximum plus its tolerance (1,650 for
    1,500 + 10 %): the rubrics say markers stop reading there, so everything after it lies beyond the limit
    and the marking view greys it out. ``max_reached`` is where the maximum itself was passed. A part wholly
    beyond the point has its first counted block at offset 0.
    """

    part_id: str
    heading: str | None
    heading_index: int | None
    blocks: tuple[SegmentBlock, ...]
    limit_reached: tuple[int, int] | None = None
    max_reached: tuple[int, int] | None = None


@dataclass(frozen=True)
class PartResult:
    """What the check found for one part of the rubric."""

    part: Part
    found: bool
    heading: str | None
    words: int
    words_all_content: int
    pages: int | None
    readability: Readability | None
    verbs: tuple[dict[str, str | None], ...]

    def suggested_heading(self) -> str:
        """The heading a candidate should add when the part was not found: "Task 1 (b) <title>"."""
        return " ".join(piece for piece in (self.part.label or self.part.id, self.part.title) if piece)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.part.id,
            "task": self.part.task,
            "found": self.found,
            "heading": self.heading,
            "words": self.words,
            "pages": self.pages,
            "label": self.part.label,
            "title": self.part.title,
            "words_all_content": self.words_all_content,
            "suggested_heading": None if self.found else self.suggested_heading(),
            "readability": None if self.readability is None else self.readability.to_dict(),
            "verbs": [dict(verb) for verb in self.verbs],
        }


@dataclass(frozen=True)
class CheckReport:
    """A document checked against a rubric: the contract's JSON via ``to_dict()``, segments for the views."""

    document: Document
    rubric: Rubric
    parts: tuple[PartResult, ...]
    limits: tuple[LimitResult, ...]
    findings: tuple[Finding, ...]
    segments: dict[str, PartSegment]
    segmentation: Segmentation
    references: ReferenceReport | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def part(self, part_id: str) -> PartResult:
        """The result for one part; KeyError when the rubric has no such part."""
        for result in self.parts:
            if result.part.id == part_id:
                return result
        raise KeyError(part_id)

    def limit(self, limit_id: str) -> LimitResult:
        """The result for one limit group; KeyError when the rubric has no such limit."""
        for result in self.limits:
            if result.limit.id == limit_id:
                return result
        raise KeyError(limit_id)

    def document_summary(self) -> dict[str, Any]:
        """The contract's ``document`` object: the whole document's words and pages, and its text quality."""
        source = self.document.pages_source
        return {
            "words_counted": self.extra.get("words_counted"),
            "words_all": self.extra.get("words_all"),
            "pages": self.document.pages,
            "pages_source": (source if source in _CONTRACT_PAGE_SOURCES else "estimate") if source else None,
            "pages_source_detail": source,
            "pages_note": self.document.pages_note,
            "text_quality": [warning.to_dict() for warning in self.document.text_quality],
        }

    def to_dict(self) -> dict[str, Any]:
        """The report as ``marker.check-report/1`` (see check-report-contract.md), with the added keys."""
        source = self.document.pages_source
        policy = policy_summary(self.rubric.word_count_policy)
        references = (
            self.references.to_dict()
            if self.references is not None
            else {"citations": [], "entries": [], "problems": []}
        )
        return {
            "schema": SCHEMA,
            "file": {
                "name": self.document.name,
                "format": self.document.format,
                "pages": self.document.pages,
                "pages_source": (source if source in _CONTRACT_PAGE_SOURCES else "estimate") if source else None,
                "pages_source_detail": source,
            },
            "rubric": {"id": self.rubric.id, "title": self.rubric.title, "content_hash": self.rubric.content_hash},
            "document": self.document_summary(),
            "parts": [result.to_dict() for result in self.parts],
            "limits": [result.to_dict() for result in self.limits],
            "references": references,
            "findings": [finding.to_dict() for finding in self.findings],
            "word_count_policy": policy["statement"],
            "word_count_policy_detail": {"includes": policy["includes"], "excludes": policy["excludes"]},
        }


def _verbs(part: Part, verbs: CommandVerbSet | None) -> tuple[dict[str, str | None], ...]:
    """The part's command verbs with their definitions from the verb set (None where the set lacks one)."""
    found = []
    for verb_id in part.verbs:
        verb = verbs.verbs.get(verb_id) if verbs is not None else None
        found.append(
            {
                "id": verb_id,
                "name": verb.name if verb else verb_id,
                "definition": verb.definition if verb else None,
                "interpretation": verb.interpretation if verb else None,
            }
        )
    return tuple(found)


def _check_references(document: Document, regions: Sequence[str | None]) -> ReferenceReport | None:
    """The reference check, or None while the reference checker is not installed alongside."""
    try:
        from marker.checks.references import check_references
    except ImportError as error:
        # Only the absence of the reference checker itself is tolerated; a fault inside it is not.
        if error.name != "marker.checks.references":
            raise
        return None
    return check_references(document, regions)


def _citation_words(references: ReferenceReport | None) -> dict[int, int]:
    """Words inside in-text citations per block, for policies that leave citations out of the count."""
    words: dict[int, int] = {}
    if references is None:
        return words
    for citation in references.citations:
        words[citation.block_index] = words.get(citation.block_index, 0) + count_words(citation.text)
    return words


def _pages_spanned(document: Document, indexes: Sequence[int]) -> int | None:
    """How many pages a run of blocks spans (first to last page), or None when pages are unknown."""
    pages = [
        page
        for index in indexes
        if (page := document.blocks[index].page) is not None and document.blocks[index].kind != BlockKind.HEADER_FOOTER
    ]
    if not pages:
        return None
    return max(pages) - min(pages) + 1


def check_parsed(document: Document, rubric: Rubric, verbs: CommandVerbSet | None = None) -> CheckReport:
    """Check a document already read: find the parts, count, measure the limits, check references."""
    block_words = [count_words(block.text) for block in document.blocks]  # counted once, used throughout
    segmentation = segment(document, rubric, word_counts=block_words)
    regions = segmentation.block_regions
    references = _check_references(document, regions)
    policy = rubric.word_count_policy
    excluded_citations = {} if policy.citations else _citation_words(references)

    counted_words: dict[int, int] = {}
    all_words: dict[int, int] = {}
    counted_flags: dict[int, bool] = {}
    for index, (block, region) in enumerate(zip(document.blocks, regions, strict=True)):
        words = block_words[index]
        all_words[index] = words
        counted = region is not None and is_counted(
            block, region, policy, as_heading=index in segmentation.heading_blocks
        )
        counted_flags[index] = counted
        if counted and not policy.headings:  # a run-in heading's words are a heading's, the rest the answer's
            words -= segmentation.run_in_words.get(index, 0)
        counted_words[index] = max(0, words - excluded_citations.get(index, 0)) if counted else 0

    parts: list[PartResult] = []
    blocks_of: dict[str, list[int]] = {part.id: [] for part in rubric.parts}
    for index, region in enumerate(regions):
        if region in blocks_of:
            blocks_of[region].append(index)
    for part in rubric.parts:
        indexes = blocks_of[part.id]
        found = part.id in segmentation.headings
        counted_text = " ".join(document.blocks[i].text for i in indexes if counted_flags[i])
        parts.append(
            PartResult(
                part=part,
                found=found,
                heading=part_heading_text(document, segmentation, part.id),
                words=sum(counted_words[i] for i in indexes) if found else 0,
                words_all_content=sum(all_words[i] for i in indexes) if found else 0,
                pages=(_pages_spanned(document, indexes) if found else 0),
                readability=readability(counted_text) if found else None,
                verbs=_verbs(part, verbs),
            )
        )
    found_ids = {result.part.id for result in parts if result.found}

    limits: list[LimitResult] = []
    max_in: dict[str, tuple[int, int]] = {}  # where each part passes the maximum
    stops_in: dict[str, tuple[int, int]] = {}  # where each part passes the maximum plus the tolerance
    for limit in rubric.limits:
        group = sorted(i for part_id in limit.parts for i in blocks_of.get(part_id, []) if part_id in found_ids)
        any_found = any(part_id in found_ids for part_id in limit.parts)
        if limit.unit == "pages":
            actual = _pages_spanned(document, group) if any_found else 0
            limits.append(LimitResult(limit, actual, status_for(limit, actual, any_found)))
            continue
        words = sum(counted_words[i] for i in group)
        result = LimitResult(limit, words, status_for(limit, words, any_found), sum(all_words[i] for i in group))
        ordered = [(i, regions[i] or "", counted_words[i]) for i in group]
        at_max = find_limit_reached(limit.max, ordered)
        stops = find_limit_reached(allowed_maximum(limit), ordered)
        if at_max is not None:
            result = LimitResult(
                limit, words, result.status, result.words_all_content, at_max[0], stops[0] if stops else None
            )
            max_in.update(at_max[1])
        if stops is not None:
            stops_in.update(stops[1])
        limits.append(result)

    findings: list[Finding] = []
    for part_result in parts:
        if not part_result.found:
            message = (
                f"{part_result.part.label or part_result.part.id} could not be found. Add the heading "
                f"“{part_result.suggested_heading()}” (in a Heading style or in bold) where this part starts, "
                "so it can be counted and marked."
            )
            findings.append(Finding("error", "part_missing", message, part_result.part.id))
    pages_note = "" if document.pages_source else " from this file"
    for limit_result in limits:
        findings.extend(limit_findings(rubric, limit_result, pages_note))
    if references is not None:
        findings.extend(references.findings())
    findings.extend(_text_quality_findings(document))
    if document.pages_note:
        findings.append(Finding("info", "pages_source", document.pages_note))

    segments = {
        part.id: PartSegment(
            part_id=part.id,
            heading=part_heading_text(document, segmentation, part.id),
            heading_index=segmentation.headings.get(part.id),
            blocks=tuple(
                SegmentBlock(i, str(document.blocks[i].kind), document.blocks[i].text, counted_flags[i], all_words[i])
                for i in blocks_of[part.id]
            ),
            limit_reached=stops_in.get(part.id),
            max_reached=max_in.get(part.id),
        )
        for part in rubric.parts
        if part.id in found_ids
    }
    return CheckReport(
        document=document,
        rubric=rubric,
        parts=tuple(parts),
        limits=tuple(limits),
        findings=tuple(findings),
        segments=segments,
        segmentation=segmentation,
        references=references,
        extra={
            "words_counted": sum(counted_words.values()),
            "words_all": sum(
                words for index, words in all_words.items() if document.blocks[index].kind != BlockKind.HEADER_FOOTER
            ),
        },
    )


_TEXT_QUALITY_MESSAGES = {
    "no_spaces": "the words run together with no spaces between them",
    "letter_spaced": "the letters are placed one by one, so words come apart",
    "unmapped_glyphs": "the fonts give no readable text for some characters",
    "duplicated_page_text": "the same text is found on more than one page",
}


def _text_quality_findings(document: Document) -> list[Finding]:
    """A warning per text-quality problem: the word counts of those pages cannot be trusted."""
    findings = []
    for warning in document.text_quality:
        pages = ", ".join(str(page) for page in warning.pages[:10]) + ("…" if len(warning.pages) > 10 else "")
        label = "page" if len(warning.pages) == 1 else "pages"
        message = (
            f"The text of {label} {pages} could not be read reliably ({_TEXT_QUALITY_MESSAGES[warning.code]}), "
            "so the word counts may be wrong. Save the report again as PDF from your word processor, or "
            "upload the DOCX."
        )
        findings.append(Finding("warning", f"text_quality_{warning.code}", message))
    return findings


def check_document(
    data: bytes,
    name: str,
    rubric: Rubric,
    verbs: CommandVerbSet | None = None,
    *,
    limits: ReadLimits | None = None,
    isolated: bool = True,
    layout: str = "auto",
) -> CheckReport:
    """Read an uploaded file and check it against a rubric. Raises UnreadableDocument when it cannot be read."""
    from marker.documents import ReadLimits, read_document_isolated

    if isolated:
        document = read_document_isolated(data, name, limits=limits or ReadLimits(), layout=layout)
    else:
        from marker.documents.reader import read_document

        document = read_document(data, name, limits=limits or ReadLimits(), layout=layout)
    return check_parsed(document, rubric, verbs)
