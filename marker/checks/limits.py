"""Word and page limits: each limit group's figure and status, and where a word limit was reached."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from marker.checks.findings import Finding
from marker.rubric.model import Limit, Rubric

LimitStatus = Literal["within", "within_tolerance", "over", "missing", "unknown"]


@dataclass(frozen=True)
class LimitReached:
    """Where a word limit ran out: the part, the block and the index of the first word beyond the limit."""

    part: str
    block_index: int
    word_offset: int

    def to_dict(self) -> dict[str, object]:
        return {"part": self.part, "block_index": self.block_index, "word_offset": self.word_offset}


@dataclass(frozen=True)
class LimitResult:
    """One limit group measured against a document. ``actual`` is None when it could not be determined."""

    limit: Limit
    actual: int | None
    status: LimitStatus
    words_all_content: int | None = None
    reached: LimitReached | None = None
    marking_stops: LimitReached | None = None

    def to_dict(self) -> dict[str, object]:
        """The contract's limit object, with the added keys."""
        data: dict[str, object] = {
            "id": self.limit.id,
            "parts": list(self.limit.parts),
            "unit": self.limit.unit,
            "max": self.limit.max,
            "actual": self.actual,
            "status": self.status,
        }
        if self.limit.unit == "words":
            data["tolerance_pct"] = _number(self.limit.tolerance_pct)
            data["words_all_content"] = self.words_all_content
            data["limit_reached"] = None if self.reached is None else self.reached.to_dict()
            data["marking_stops"] = None if self.marking_stops is None else self.marking_stops.to_dict()
        data["policy"] = self.limit.policy
        return data


def _number(value: float) -> int | float:
    """10.0 → 10, so the JSON shows whole percentages as integers."""
    return int(value) if float(value).is_integer() else value


def allowed_maximum(limit: Limit) -> int:
    """The most a limit accepts with its tolerance (1,500 words + 10 % → 1,650): beyond it is not marked."""
    # The small epsilon keeps 1750 × 1.1 = 1924.9999… from losing a word to floating point.
    return math.floor(limit.max * (100 + limit.tolerance_pct) / 100 + 1e-9)


def status_for(limit: Limit, actual: int | None, any_found: bool) -> LimitStatus:
    """A limit's status from its figure: within, within the tolerance, over, missing or unknown."""
    if not any_found:
        return "missing"
    if actual is None:
        return "unknown"
    if actual <= limit.max:
        return "within"
    if actual <= allowed_maximum(limit):
        return "within_tolerance"
    return "over"


def find_limit_reached(
    maximum: int, ordered_blocks: Sequence[tuple[int, str, int]]
) -> tuple[LimitReached, dict[str, tuple[int, int]]] | None:
    """Where ``maximum`` words are reached, walking the counted blocks of a limit's parts in document order.

    ``ordered_blocks`` holds (block index, part id, counted words). Returns the first point beyond the
    limit and, for each part with text beyond it, the (block, word offset) where that part's excess starts:
    a part wholly beyond the limit starts at its first counted block, offset 0.
    """
    used = 0
    reached: LimitReached | None = None
    per_part: dict[str, tuple[int, int]] = {}
    for index, part_id, words in ordered_blocks:
        if words == 0:
            continue
        if reached is None and used + words > maximum:
            reached = LimitReached(part_id, index, maximum - used)
            per_part[part_id] = (index, maximum - used)
        elif reached is not None and part_id not in per_part:
            per_part[part_id] = (index, 0)
        used += words
    return None if reached is None else (reached, per_part)


def part_names(rubric: Rubric, part_ids: Sequence[str]) -> str:
    """The parts of a limit as a candidate reads them: "Task 1 (b) and Task 1 (c)"."""
    labels = [_label(rubric, part_id) for part_id in part_ids]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def _label(rubric: Rubric, part_id: str) -> str:
    try:
        return rubric.part(part_id).label or part_id
    except KeyError:
        return part_id


def limit_findings(rubric: Rubric, result: LimitResult, pages_note: str = "") -> list[Finding]:
    """What a candidate is told about one limit (nothing when it is within or its parts are missing)."""
    limit = result.limit
    names = part_names(rubric, limit.parts)
    has = "has" if len(limit.parts) == 1 else "together have"
    # A group's finding belongs to the part where its maximum was passed, so a marker sees it beside that part.
    part = limit.parts[0] if len(limit.parts) == 1 else (result.reached.part if result.reached else None)
    passed_in = (
        f" The limit is passed in {_label(rubric, result.reached.part)}."
        if result.reached is not None and len(limit.parts) > 1
        else ""
    )
    policy = f" {limit.policy.strip()}" if " " in limit.policy.strip() else ""
    if limit.unit == "pages":
        if result.status == "unknown":
            message = (
                f"The number of pages {names} takes could not be determined{pages_note}, so its "
                f"{_pages(limit.max)} limit was not checked. Check it in Word's print preview."
            )
            return [Finding("warning", "limit_unknown", message, part)]
        if result.status in ("over", "within_tolerance"):
            message = f"{names} spans {_pages(result.actual or 0)}; the limit is {_pages(limit.max)}.{policy}"
            return [Finding("error", "page_limit_exceeded", message, part)]
        return []
    actual = result.actual or 0
    if result.status == "over":
        message = (
            f"{names} {has} {actual:,} words, {actual - limit.max:,} over the {limit.max:,}-word limit"
            f" (beyond the {_number(limit.tolerance_pct)}% tolerance).{passed_in}{policy}"
        )
        return [Finding("error", "word_limit_exceeded", message, part)]
    if result.status == "within_tolerance":
        message = (
            f"{names} {has} {actual:,} words: over the {limit.max:,}-word limit by {actual - limit.max:,}, "
            f"but within the {_number(limit.tolerance_pct)}% tolerance. Consider trimming it."
        )
        return [Finding("warning", "word_limit_within_tolerance", message, part)]
    return []


def _pages(count: int) -> str:
    return "1 page" if count == 1 else f"{count} pages"
