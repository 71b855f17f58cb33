"""The rubric as data: a brief's tasks, marked parts, limits, bands and command verbs.

These frozen classes are what every other package reads. The loader (``marker.rubric.loader``) builds
them from YAML after validation; nothing else constructs them from files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Scheme = Literal["points", "achievement"]
LimitUnit = Literal["words", "pages"]


@dataclass(frozen=True)
class CommandVerb:
    """A command verb ("appraise") with its short definition and its interpretation at a level."""

    id: str
    name: str
    definition: str
    interpretation: str
    # Where the source is unclear (a table cell lost in extraction), what the author decided and why.
    note: str = ""


@dataclass(frozen=True)
class CommandVerbSet:
    """The command verbs of one awarding body at one level, keyed by verb id."""

    id: str
    title: str
    level: str
    verbs: dict[str, CommandVerb]
    source: str = ""


@dataclass(frozen=True)
class GradeBand:
    """A grade for a whole script, by percentage of the total marks (inclusive bounds)."""

    name: str
    min_pct: float
    max_pct: float


@dataclass(frozen=True)
class MarkBand:
    """What an answer to one part looks like in a band, over a range of that part's marks (inclusive)."""

    band: str
    min_marks: int
    max_marks: int
    descriptor: str


@dataclass(frozen=True)
class Criterion:
    """An assessment criterion (AC1.1) as the specification words it; used by achievement rubrics."""

    code: str
    text: str


@dataclass(frozen=True)
class Part:
    """A marked part of a task: one criterion of the marking form."""

    id: str
    task: str
    label: str
    title: str
    requirement: str
    verbs: tuple[str, ...]
    max_marks: int
    criteria: tuple[str, ...]
    guidance_markers: str
    guidance_candidates: str
    bands: tuple[MarkBand, ...]
    heading_patterns: tuple[str, ...]
    # Achievement rubrics: the criteria that must all be achieved for the part (a unit) to be achieved.
    achievement_criteria: tuple[Criterion, ...] = ()


@dataclass(frozen=True)
class Task:
    """A task of the brief, grouping parts."""

    id: str
    title: str
    criteria: tuple[str, ...]
    parts: tuple[Part, ...]
    guidance: str = ""
    # The marks the brief states for the task; 0 when it states none. Validated against its parts' sum.
    max_marks: int = 0


@dataclass(frozen=True)
class Limit:
    """A word or page limit over a group of parts, with its tolerance and the policy for going over."""

    id: str
    parts: tuple[str, ...]
    unit: LimitUnit
    max: int
    tolerance_pct: float
    policy: str


@dataclass(frozen=True)
class WordCountPolicy:
    """What a word count includes. True means the words of that kind of content are counted."""

    body: bool = True
    list_items: bool = True
    citations: bool = True
    quotations: bool = True
    headings: bool = False
    tables: bool = False
    captions: bool = False
    contents: bool = False
    cover_page: bool = False
    headers_footers: bool = False
    footnotes: bool = False
    text_boxes: bool = False
    reference_list: bool = False
    appendices: bool = False
    word_count_lines: bool = False  # a paragraph only declaring a count ("Word count: 1,482")
    statement: str = ""


@dataclass(frozen=True)
class Rubric:
    """An assignment brief as marker uses it. ``content_hash`` identifies this exact version."""

    id: str
    title: str
    qualification: str
    level: str
    version: str
    scheme: Scheme
    total_marks: int
    grade_bands: tuple[GradeBand, ...]
    verb_set: str
    tasks: tuple[Task, ...]
    limits: tuple[Limit, ...]
    word_count_policy: WordCountPolicy
    public: bool = False
    content_hash: str = ""
    source: str = ""
    reference_style: str = "harvard"
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def parts(self) -> tuple[Part, ...]:
        """Every marked part, in rubric order."""
        return tuple(part for task in self.tasks for part in task.parts)

    def part(self, part_id: str) -> Part:
        """The part with this id; KeyError when there is none."""
        for part in self.parts:
            if part.id == part_id:
                return part
        raise KeyError(part_id)

    def grade_for(self, total: float) -> str:
        """The grade band a total falls in."""
        pct = 100.0 * total / self.total_marks if self.total_marks else 0.0
        for band in self.grade_bands:
            if band.min_pct <= pct <= band.max_pct:
                return band.name
        # Between two bands' integer bounds (79.5 %): take the highest band whose floor it has reached.
        reached = [band for band in self.grade_bands if pct >= band.min_pct]
        return max(reached, key=lambda band: band.min_pct).name if reached else self.grade_bands[-1].name
