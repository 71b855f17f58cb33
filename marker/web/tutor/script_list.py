"""The assessment's scripts list: filter by marking state, limit status and flags, sort by a column, and the
progress summary above it. Works on the rows ``submission_rows`` builds (what this person may see)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from marker.web.tutor.marking_page import SubmissionRow

STATES = {"unmarked": "Unmarked", "draft": "Draft", "final": "Final", "agreed": "Agreed"}
LIMITS = {"over": "Over a limit", "tolerance": "Within tolerance", "within": "Within every limit"}
FLAGS = {"missing": "Parts missing", "references": "Reference problems", "unchecked": "Not checked"}
SORTS = ("candidate", "name", "state", "total", "references")


def marking_state(row: SubmissionRow) -> str:
    """The row's place in the progress summary: unmarked, draft, final (by the marking shown) or agreed."""
    if row.agreed:
        return "agreed"
    if row.state in ("draft", "final"):
        return row.state
    return "unmarked"


def limit_state(row: SubmissionRow) -> str:
    statuses = {cell.status for cell in row.limits}
    if "over" in statuses:
        return "over"
    if "within_tolerance" in statuses:
        return "tolerance"
    return "within" if statuses and statuses <= {"within"} else ""


def _flags(row: SubmissionRow) -> set[str]:
    flags = set()
    if row.missing_parts:
        flags.add("missing")
    if row.reference_problems:
        flags.add("references")
    if row.submission.check_error:
        flags.add("unchecked")
    return flags


@dataclass(frozen=True)
class ScriptFilter:
    """What the list's filter form asked for (unknown values are ignored, not errors)."""

    state: str = ""
    limit: str = ""
    flag: str = ""
    sort: str = "candidate"
    descending: bool = False

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> ScriptFilter:
        def pick(name: str, allowed: Mapping[str, str] | tuple[str, ...], default: str = "") -> str:
            value = args.get(name, default)
            return value if value in allowed else default

        return cls(
            state=pick("state", STATES),
            limit=pick("limit", LIMITS),
            flag=pick("flag", FLAGS),
            sort=pick("sort", SORTS, "candidate"),
            descending=args.get("order") == "desc",
        )

    @property
    def active(self) -> bool:
        return bool(self.state or self.limit or self.flag)

    def keeps(self, row: SubmissionRow) -> bool:
        return (
            (not self.state or marking_state(row) == self.state)
            and (not self.limit or limit_state(row) == self.limit)
            and (not self.flag or self.flag in _flags(row))
        )

    def sort_link(self, column: str) -> dict[str, str]:
        """The query for sorting by ``column`` (pressing the sorted column again reverses it), filters kept."""
        order = "desc" if column == self.sort and not self.descending else "asc"
        query = {"sort": column, "order": order}
        for name in ("state", "limit", "flag"):
            if getattr(self, name):
                query[name] = getattr(self, name)
        return query

    def aria_sort(self, column: str) -> str | None:
        if column != self.sort:
            return None
        return "descending" if self.descending else "ascending"


_KEYS: dict[str, Callable[[SubmissionRow], Any]] = {
    "candidate": lambda row: row.submission.candidate_number,
    "name": lambda row: (row.submission.candidate_name or "").lower(),
    "state": lambda row: list(STATES).index(marking_state(row)),
    "total": lambda row: (row.total is None, row.total or 0),
    "references": lambda row: row.reference_problems,
}


def listed(rows: list[SubmissionRow], chosen: ScriptFilter) -> list[SubmissionRow]:
    """The rows the filter keeps, in the order asked for (candidate number breaks ties)."""
    kept = sorted((row for row in rows if chosen.keeps(row)), key=lambda row: row.submission.candidate_number)
    return sorted(kept, key=_KEYS[chosen.sort], reverse=chosen.descending)


def progress(rows: list[SubmissionRow]) -> dict[str, int]:
    """How many scripts are unmarked, draft, final and agreed (every script, whatever the filter)."""
    counts = dict.fromkeys(STATES, 0)
    for row in rows:
        counts[marking_state(row)] += 1
    return counts
