"""A check report read back from its stored form (the contract's JSON) into typed objects.

A report is kept as ``CheckReport.to_dict()`` (with a submission, or signed into a candidate's page so the
download needs no stored state). Everything that shows it again — the exports, the feedback sheet, the pages —
reads it through ``StoredReport.from_dict`` and uses attributes, so a renamed key fails in one place, here.
Reading is forgiving: a report stored by an earlier version, without the keys added since, still reads, with
those values empty.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from marker.checks.findings import Finding
from marker.checks.readability import Readability
from marker.checks.references.model import Citation, ReferenceEntry, ReferenceProblem

SCHEMA = "marker.check-report/1"


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _items(value: Any) -> Sequence[Mapping[str, Any]]:
    return [item for item in value if isinstance(item, Mapping)] if isinstance(value, list | tuple) else []


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class VerbNote:
    """A command verb of a part with what it asks for (definition and the level's interpretation)."""

    id: str
    name: str
    definition: str | None = None
    interpretation: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VerbNote:
        return cls(
            id=_text(data.get("id")),
            name=_text(data.get("name") or data.get("id")),
            definition=data.get("definition"),
            interpretation=data.get("interpretation"),
        )


@dataclass(frozen=True)
class PartSummary:
    """One rubric part as the report states it: found or not, its heading, words and pages."""

    id: str
    task: str = ""
    found: bool = False
    heading: str | None = None
    words: int | None = 0
    pages: int | None = None
    label: str = ""
    title: str = ""
    words_all_content: int | None = None
    suggested_heading: str | None = None
    readability: Readability | None = None
    verbs: tuple[VerbNote, ...] = ()

    @property
    def name(self) -> str:
        """How a candidate knows the part: its label ("Task 1 (a)"), else its id."""
        return self.label or self.id

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PartSummary:
        readability = _mapping(data.get("readability"))
        verbs = data.get("verbs") or ()
        if isinstance(verbs, Mapping):
            verbs = [verbs]
        return cls(
            id=_text(data.get("id")),
            task=_text(data.get("task")),
            found=bool(data.get("found")),
            heading=data.get("heading"),
            words=_int_or_none(data.get("words")),
            pages=_int_or_none(data.get("pages")),
            label=_text(data.get("label")),
            title=_text(data.get("title")),
            words_all_content=_int_or_none(data.get("words_all_content")),
            suggested_heading=data.get("suggested_heading"),
            readability=Readability.from_dict(readability)
            if readability.get("flesch_reading_ease") is not None
            else None,
            verbs=tuple(
                VerbNote.from_dict(verb) if isinstance(verb, Mapping) else VerbNote(_text(verb), _text(verb))
                for verb in verbs
            ),
        )


@dataclass(frozen=True)
class LimitSummary:
    """One limit group measured: its parts, unit, maximum, the count, tolerance and status."""

    id: str = ""
    parts: tuple[str, ...] = ()
    unit: str = "words"
    max: int | None = None
    actual: int | None = None
    status: str = "unknown"
    tolerance_pct: float | None = None
    words_all_content: int | None = None
    policy: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LimitSummary:
        tolerance = data.get("tolerance_pct")
        return cls(
            id=_text(data.get("id")),
            parts=tuple(_text(part) for part in data.get("parts") or ()),
            unit=_text(data.get("unit")) or "words",
            max=_int_or_none(data.get("max")),
            actual=_int_or_none(data.get("actual")),
            status=_text(data.get("status")) or "unknown",
            tolerance_pct=float(tolerance) if isinstance(tolerance, int | float) else None,
            words_all_content=_int_or_none(data.get("words_all_content")),
            policy=_text(data.get("policy")),
        )


@dataclass(frozen=True)
class StoredReferences:
    """The reference check as stored: citations, reference-list entries and problems."""

    citations: tuple[Citation, ...] = ()
    entries: tuple[ReferenceEntry, ...] = ()
    problems: tuple[ReferenceProblem, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoredReferences:
        return cls(
            citations=tuple(Citation.from_dict(item) for item in _items(data.get("citations"))),
            entries=tuple(ReferenceEntry.from_dict(item) for item in _items(data.get("entries"))),
            problems=tuple(ReferenceProblem.from_dict(item) for item in _items(data.get("problems"))),
        )


@dataclass(frozen=True)
class StoredReport:
    """A stored check report, typed."""

    schema: str
    file_name: str
    file_format: str
    pages: int | None
    pages_source: str | None
    rubric_id: str
    rubric_title: str
    parts: tuple[PartSummary, ...]
    limits: tuple[LimitSummary, ...]
    references: StoredReferences
    findings: tuple[Finding, ...]
    word_count_policy: str = ""

    @property
    def is_check_report(self) -> bool:
        return self.schema == SCHEMA

    def part_labels(self) -> dict[str, str]:
        """Each part's label ("Task 1 (a)") by id, for sentences a candidate reads."""
        return {part.id: part.name for part in self.parts}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoredReport:
        file = _mapping(data.get("file"))
        rubric = _mapping(data.get("rubric"))
        return cls(
            schema=_text(data.get("schema")),
            file_name=_text(file.get("name")),
            file_format=_text(file.get("format")),
            pages=_int_or_none(file.get("pages")),
            pages_source=file.get("pages_source"),
            rubric_id=_text(rubric.get("id")),
            rubric_title=_text(rubric.get("title")),
            parts=tuple(PartSummary.from_dict(part) for part in _items(data.get("parts"))),
            limits=tuple(LimitSummary.from_dict(limit) for limit in _items(data.get("limits"))),
            references=StoredReferences.from_dict(_mapping(data.get("references"))),
            findings=tuple(Finding.from_dict(item) for item in _items(data.get("findings"))),
            word_count_policy=_text(data.get("word_count_policy")),
        )
