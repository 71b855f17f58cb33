"""The script as the marking view's left side shows it: split into its parts, text beyond a limit greyed,
citations highlighted and reference problems beside the part they concern.

Everything comes from what the check job stored with the submission: the report (the contract JSON, with the
citations' positions ``block_index``, ``start``, ``end``) and the parts' segments. A page view never reads or
checks the file again.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from marker.checks.counting import word_spans
from marker.checks.stored import StoredReport
from marker.config import Settings
from marker.rubric.model import Rubric
from marker.service.checking import segments_of
from marker.store.models import CHECK_QUEUED, CHECK_RUNNING, Submission


@dataclass(frozen=True)
class Piece:
    """A run of a block's text: plain, a citation, or beyond the word limit (or both)."""

    text: str
    citation: bool = False
    beyond: bool = False
    noted: bool = False  # a passage the marker commented on (inline comments)


@dataclass(frozen=True)
class ScriptBlock:
    kind: str
    pieces: tuple[Piece, ...]
    counted: bool
    limit_starts: bool  # the limit is reached inside or at the start of this block: the page marks the spot
    index: int = -1  # the block's index in the document: inline comments are anchored to it


@dataclass
class ScriptSection:
    """One part of the script (or its front matter / references), as found by the check."""

    part_id: str
    label: str
    heading: str
    found: bool
    blocks: list[ScriptBlock] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    words: int | None = None


def script_sections(
    settings: Settings,
    submission: Submission,
    rubric: Rubric,
    noted: Mapping[int, list[tuple[int, int, str]]] | None = None,
) -> tuple[list[ScriptSection], str | None]:
    """The script's parts for display, or a message saying why the text cannot be shown.

    ``noted`` are the passages with inline comments, by block index: (start, end, quote), highlighted on the page.
    """
    if submission.check_state in (CHECK_QUEUED, CHECK_RUNNING):
        return [], "The script is still being checked; its text shows here once the check has finished."
    if submission.check_error:
        return [], f"The script could not be read: {submission.check_error}"
    data = submission.check_report
    if data is None or submission.check_segments is None:
        # Checked before results were kept (an older version): its text needs a re-check.
        return [], "The script's text is not available for this check."
    segments = segments_of(submission.check_segments)
    report = StoredReport.from_dict(data)
    citations = _citations_by_block(report)
    problems = _problems_by_part(report)
    parts = {item.id: item for item in report.parts}
    sections = []
    for part in rubric.parts:
        found = parts.get(part.id)
        segment = segments.get(part.id)
        sections.append(
            ScriptSection(
                part_id=part.id,
                label=part.label,
                heading=(found.heading or "") if found is not None else "",
                found=found.found if found is not None else segment is not None,
                blocks=_blocks(segment, citations, noted or {}) if segment is not None else [],
                problems=problems.get(part.id, []),
                words=found.words if found is not None else None,
            )
        )
    return sections, None


def _segment_items(segment: Any) -> Sequence[Any]:
    items = getattr(segment, "blocks", segment)
    return list(items) if items is not None else []


def _blocks(
    segment: Any, citations: Mapping[int, list[tuple[int, int]]], noted: Mapping[int, list[tuple[int, int, str]]]
) -> list[ScriptBlock]:
    limit = getattr(segment, "limit_reached", None)
    result = []
    for position, item in enumerate(_segment_items(segment)):
        block = getattr(item, "block", item)
        index = getattr(item, "index", getattr(item, "block_index", position))
        counted = bool(getattr(item, "counted", True))
        text = str(getattr(block, "text", ""))
        kind = str(getattr(block, "kind", "paragraph"))
        cut: int | None = None  # the character where the text beyond the limit starts
        if limit is not None:
            limit_block, word_offset = limit
            if index > limit_block:
                cut = 0
            elif index == limit_block:
                spans = word_spans(text)
                cut = spans[word_offset][0] if word_offset < len(spans) else len(text)
        result.append(
            ScriptBlock(
                kind=kind,
                pieces=_pieces(text, citations.get(index, []), cut, _passages(text, noted.get(index, []))),
                counted=counted,
                limit_starts=limit is not None and index == limit[0],
                index=index,
            )
        )
    return result


def _passages(text: str, noted: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Where the commented passages are in the block: at their offsets, else (after a re-check) where the quote is."""
    found = []
    for start, end, quote in noted:
        if text[start:end] != quote:
            start = text.find(quote)
            end = start + len(quote)
        if start >= 0 and quote:
            found.append((start, end))
    return found


def _pieces(
    text: str, spans: list[tuple[int, int]], cut: int | None, noted: Sequence[tuple[int, int]] = ()
) -> tuple[Piece, ...]:
    """Split a block's text at citation edges, at the limit and at commented passages, marking each run."""
    points = {0, len(text)}
    for start, end in [*spans, *noted]:
        points.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    if cut is not None:
        points.add(cut)
    edges = sorted(points)
    pieces = []
    for start, end in itertools.pairwise(edges):
        if start == end:
            continue
        in_citation = any(s <= start and end <= e for s, e in spans)
        beyond = cut is not None and start >= cut
        in_note = any(s <= start and end <= e for s, e in noted)
        pieces.append(Piece(text[start:end], citation=in_citation, beyond=beyond, noted=in_note))
    return tuple(pieces)


def _citations_by_block(report: StoredReport) -> dict[int, list[tuple[int, int]]]:
    found: dict[int, list[tuple[int, int]]] = {}
    for citation in report.references.citations:
        if citation.end > citation.start:
            found.setdefault(citation.block_index, []).append((citation.start, citation.end))
    return found


def _problems_by_part(report: StoredReport) -> dict[str | None, list[str]]:
    found: dict[str | None, list[str]] = {}
    for problem in report.references.problems:
        found.setdefault(problem.part, []).append(problem.message)
    return found
