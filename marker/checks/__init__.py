"""Checking a report against a rubric: parts, word and page limits, references and readability.

``check_document`` is the one function that builds a check report; the CLI, the web pages and the exports
all call it. Everything here is pure: no web framework and no database.
"""

from __future__ import annotations

from marker.checks.counting import count_words, word_spans
from marker.checks.findings import Finding
from marker.checks.limits import LimitReached, LimitResult, LimitStatus
from marker.checks.readability import Readability, readability
from marker.checks.report import (
    SCHEMA,
    CheckReport,
    PartResult,
    PartSegment,
    SegmentBlock,
    check_document,
    check_parsed,
)
from marker.checks.segmentation import Segmentation, segment
from marker.checks.text import render_text

__all__ = [
    "SCHEMA",
    "CheckReport",
    "Finding",
    "LimitReached",
    "LimitResult",
    "LimitStatus",
    "PartResult",
    "PartSegment",
    "Readability",
    "SegmentBlock",
    "Segmentation",
    "check_document",
    "check_parsed",
    "count_words",
    "readability",
    "render_text",
    "segment",
    "word_spans",
]
