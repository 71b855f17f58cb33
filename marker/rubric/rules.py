"""The rules a whole rubric must satisfy: marks that add up, unique ids, known verbs, bands without gaps or
overlaps, limits over real parts, descriptors present, heading patterns that find their own part.

Each rule records a located problem with a hint and carries on, so an author sees everything at once.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from marker.rubric.model import CommandVerbSet, GradeBand, Limit, MarkBand, Part, Rubric, Task
from marker.rubric.source import SourceFile, YamlPath


@dataclass
class Located:
    """Where each task, part, limit and grade band of a rubric came from, for located problems."""

    tasks: list[tuple[YamlPath, Task]] = field(default_factory=list)
    parts: list[tuple[YamlPath, Part]] = field(default_factory=list)
    limits: list[tuple[YamlPath, Limit]] = field(default_factory=list)
    grade_bands: list[tuple[YamlPath, GradeBand]] = field(default_factory=list)


def check_rubric(
    source: SourceFile, rubric: Rubric, located: Located, verb_sets: Mapping[str, CommandVerbSet] | None
) -> None:
    """Record in ``source`` every rule this rubric breaks."""
    _unique(source, "task", ((path, task.id) for path, task in located.tasks))
    _unique(source, "part", ((path, part.id) for path, part in located.parts))
    _unique(source, "limit", ((path, limit.id) for path, limit in located.limits))
    _unique(source, "grade band", ((path, band.name) for path, band in located.grade_bands), key="name")
    if rubric.scheme == "points":
        _check_marks(source, rubric, located)
        _check_grade_bands(source, located.grade_bands)
        names = {band.name for band in rubric.grade_bands}
        for path, part in located.parts:
            _check_part_bands(source, path, part, names)
    elif rubric.scheme == "achievement":
        _check_achievement(source, rubric, located)
    _check_limits(source, rubric, located)
    _check_verbs(source, rubric, located, verb_sets)
    _check_patterns(source, located)


def _unique(source: SourceFile, kind: str, items: Iterable[tuple[YamlPath, str]], key: str = "id") -> None:
    seen: dict[str, YamlPath] = {}
    for path, ident in items:
        if not ident:
            continue
        if ident in seen:
            first = source.line((*seen[ident], key))
            source.problem(
                (*path, key),
                f"duplicate {kind} id “{ident}” (first used on line {first})",
                f"give each {kind} its own id",
            )
        else:
            seen[ident] = path


def _check_marks(source: SourceFile, rubric: Rubric, located: Located) -> None:
    parts_sum = sum(part.max_marks for part in rubric.parts)
    if rubric.total_marks <= 0:
        source.problem(("total_marks",), "total_marks must be more than 0 for a points rubric")
    elif parts_sum != rubric.total_marks:
        detail = " + ".join(f"{part.id} {part.max_marks}" for part in rubric.parts)
        source.problem(
            ("total_marks",),
            f"the parts' marks add up to {parts_sum} ({detail}), but total_marks is {rubric.total_marks}",
            "correct a part's max_marks or the total",
        )
    for path, task in located.tasks:
        task_sum = sum(part.max_marks for part in task.parts)
        if task.max_marks and task_sum != task.max_marks:
            source.problem(
                (*path, "max_marks"),
                f"task {task.id}'s parts add up to {task_sum} marks, but the task says {task.max_marks}",
                "correct a part's max_marks or the task's",
            )
    for path, part in located.parts:
        if part.max_marks <= 0:
            source.problem((*path, "max_marks"), f"part {part.id} has max_marks {part.max_marks}", "use 1 or more")


def _check_grade_bands(source: SourceFile, bands: list[tuple[YamlPath, GradeBand]]) -> None:
    """Grade bands must cover 0–100 % once: integer bounds may leave a gap under 1 % (79 → 80)."""
    if not bands:
        return
    for path, band in bands:
        if band.min_pct > band.max_pct:
            source.problem(path, f"grade band {band.name} runs backwards ({band.min_pct}–{band.max_pct} %)")
    ordered = sorted(bands, key=lambda item: item[1].min_pct)
    if ordered[0][1].min_pct != 0:
        path, band = ordered[0]
        source.problem((*path, "min_pct"), f"no grade band starts at 0 % (lowest is {band.name})", "set 0")
    if max(band.max_pct for _, band in bands) < 100:
        source.problem(("grade_bands",), "no grade band reaches 100 %", "set the top band's max_pct to 100")
    for (_, lower), (path, upper) in itertools.pairwise(ordered):
        gap = upper.min_pct - lower.max_pct
        if gap <= 0:
            source.problem(
                (*path, "min_pct"),
                f"grade bands {lower.name} ({lower.min_pct}–{lower.max_pct} %) and {upper.name} "
                f"({upper.min_pct}–{upper.max_pct} %) overlap",
                f"start {upper.name} at {lower.max_pct + 1:g}",
            )
        elif gap > 1:
            source.problem(
                (*path, "min_pct"),
                f"gap between grade bands {lower.name} (to {lower.max_pct:g} %) and {upper.name} "
                f"(from {upper.min_pct:g} %)",
                f"start {upper.name} at {lower.max_pct + 1:g}",
            )


def _check_part_bands(source: SourceFile, path: YamlPath, part: Part, grade_names: set[str]) -> None:
    """A part's mark bands must cover 0..max_marks exactly once, each with a descriptor."""
    if not part.bands:
        source.problem((*path, "bands"), f"part {part.id} has no mark bands", "add bands with descriptors")
        return
    located: list[tuple[YamlPath, MarkBand]] = [((*path, "bands", i), band) for i, band in enumerate(part.bands)]
    for band_path, band in located:
        if not band.descriptor:
            source.problem(
                (*band_path, "descriptor"),
                f"part {part.id}: band {band.band} has no descriptor",
                "describe what an answer in this band looks like",
            )
        if band.min_marks > band.max_marks:
            source.problem(
                band_path,
                f"part {part.id}: band {band.band} runs backwards ({band.min_marks}–{band.max_marks})",
                "swap min and max",
            )
        if grade_names and band.band not in grade_names:
            source.problem(
                (*band_path, "band"),
                f"part {part.id}: band “{band.band}” is not one of the grade bands",
                f"use one of {', '.join(sorted(grade_names))}",
            )
    ordered = sorted(located, key=lambda item: item[1].min_marks)
    if ordered[0][1].min_marks != 0:
        source.problem((*ordered[0][0], "min"), f"part {part.id}: no band starts at 0 marks", "start the lowest at 0")
    top = max(band.max_marks for band in part.bands)
    if top != part.max_marks:
        source.problem(
            (*path, "bands"),
            f"part {part.id}: the bands reach {top} marks but the part is out of {part.max_marks}",
            f"end the top band at {part.max_marks}",
        )
    for (_, lower), (band_path, upper) in itertools.pairwise(ordered):
        if upper.min_marks <= lower.max_marks:
            source.problem(
                (*band_path, "min"),
                f"part {part.id}: bands {lower.band} ({lower.min_marks}–{lower.max_marks}) and {upper.band} "
                f"({upper.min_marks}–{upper.max_marks}) overlap",
                f"start {upper.band} at {lower.max_marks + 1}",
            )
        elif upper.min_marks > lower.max_marks + 1:
            source.problem(
                (*band_path, "min"),
                f"part {part.id}: no band covers marks {lower.max_marks + 1}–{upper.min_marks - 1}",
                f"start {upper.band} at {lower.max_marks + 1}",
            )


def _check_achievement(source: SourceFile, rubric: Rubric, located: Located) -> None:
    if rubric.total_marks:
        source.problem(("total_marks",), "an achievement rubric has no marks", "set total_marks: 0 or remove it")
    for path, part in located.parts:
        if part.max_marks:
            source.problem((*path, "max_marks"), f"part {part.id} of an achievement rubric has marks", "remove it")
        if not part.achievement_criteria:
            source.problem(
                (*path, "achievement_criteria"),
                f"part {part.id} has no achievement_criteria",
                "list the assessment criteria that must all be achieved",
            )
        seen: set[str] = set()
        for index, criterion in enumerate(part.achievement_criteria):
            criterion_path = (*path, "achievement_criteria", index)
            if criterion.code in seen:
                source.problem((*criterion_path, "code"), f"part {part.id}: criterion {criterion.code} is listed twice")
            seen.add(criterion.code)


def _check_limits(source: SourceFile, rubric: Rubric, located: Located) -> None:
    known = [part.id for part in rubric.parts]
    claimed: dict[tuple[str, str], str] = {}
    for path, limit in located.limits:
        for index, part_id in enumerate(limit.parts):
            if part_id not in known:
                source.problem(
                    (*path, "parts", index),
                    f"limit {limit.id} names part “{part_id}”, which does not exist",
                    f"use one of {', '.join(known)}",
                )
            elif (limit.unit, part_id) in claimed:
                source.problem(
                    (*path, "parts", index),
                    f"part {part_id} is in two {limit.unit} limits ({claimed[(limit.unit, part_id)]} and {limit.id})",
                    "a part belongs to one word limit and one page limit at most",
                )
            else:
                claimed[(limit.unit, part_id)] = limit.id
        if limit.max <= 0:
            source.problem((*path, "max"), f"limit {limit.id} has max {limit.max}", "use 1 or more")
        if not 0 <= limit.tolerance_pct <= 100:
            source.problem(
                (*path, "tolerance_pct"),
                f"limit {limit.id}: tolerance {limit.tolerance_pct:g} % is not a percentage",
                "use 0 to 100",
            )


def _check_verbs(
    source: SourceFile, rubric: Rubric, located: Located, verb_sets: Mapping[str, CommandVerbSet] | None
) -> None:
    if verb_sets is None or not rubric.verb_set:
        return
    verb_set = verb_sets.get(rubric.verb_set)
    if verb_set is None:
        source.problem(
            ("verb_set",),
            f"there is no command-verb set “{rubric.verb_set}”",
            f"use one of {', '.join(sorted(verb_sets)) or '(none loaded)'} or add it to command_verbs/",
        )
        return
    for path, part in located.parts:
        for index, verb in enumerate(part.verbs):
            if verb not in verb_set.verbs:
                source.problem(
                    (*path, "verbs", index),
                    f"part {part.id}: “{verb}” is not a verb of {verb_set.id}",
                    f"use a verb id from command_verbs/ ({', '.join(sorted(verb_set.verbs)[:8])}, ...)",
                )


def _check_patterns(source: SourceFile, located: Located) -> None:
    """Patterns must compile, find their own part's label, and never another part's."""
    compiled: list[tuple[YamlPath, Part, list[re.Pattern[str]]]] = []
    for path, part in located.parts:
        patterns: list[re.Pattern[str]] = []
        for index, pattern in enumerate(part.heading_patterns):
            try:
                patterns.append(re.compile(pattern, re.IGNORECASE))
            except re.error as error:
                source.problem(
                    (*path, "heading_patterns", index),
                    f"part {part.id}: heading pattern {pattern!r} is not a valid regular expression ({error})",
                    "see the pattern dialect in rubrics/README.md",
                )
        compiled.append((path, part, patterns))
    for path, part, patterns in compiled:
        if part.heading_patterns and part.label and not any(p.search(part.label) for p in patterns):
            source.problem(
                (*path, "heading_patterns"),
                f"part {part.id}: no heading pattern matches its own label “{part.label}”",
                "add a pattern that matches the label",
            )
        for _, other, _ in compiled:
            if other.id == part.id or not other.label:
                continue
            for regex in patterns:
                if regex.search(other.label):
                    source.problem(
                        (*path, "heading_patterns"),
                        f"part {part.id}: heading pattern {regex.pattern!r} also matches {other.label}",
                        "anchor it (^) or make the letter exact",
                    )
