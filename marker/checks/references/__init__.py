"""The Harvard reference checker: in-text citations, reference lists and the problems between them.

``check_references(document, block_regions)`` is the one entry point; ``label_regions(document)`` gives the
region labels for a document checked without a rubric.
"""

from __future__ import annotations

from marker.checks.references.checker import RegionsMismatch, check_references, label_regions
from marker.checks.references.citations import find_citations
from marker.checks.references.entries import parse_entry, split_entries
from marker.checks.references.model import (
    Citation,
    ReferenceEntry,
    ReferenceProblem,
    ReferenceReport,
)

__all__ = [
    "Citation",
    "ReferenceEntry",
    "ReferenceProblem",
    "ReferenceReport",
    "RegionsMismatch",
    "check_references",
    "find_citations",
    "label_regions",
    "parse_entry",
    "split_entries",
]
