"""Plain-text views of rubrics for people: the one-line listing and the readable summary of ``rubrics show``."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from pathlib import Path

from marker.rubric.loader import validate_rubric_file
from marker.rubric.model import CommandVerbSet, Rubric
from marker.rubric.problems import RubricProblem
from marker.rubric.source import SourceFile
from marker.rubric.verbs import read_verb_set, validate_verb_set_file

WIDTH = 100


def one_line(rubric: Rubric) -> str:
    """A rubric as one line of ``rubrics list``: id, title, scheme, size, visibility and short hash."""
    if rubric.scheme == "points":
        size = f"{len(rubric.parts)} parts, {rubric.total_marks} marks"
    else:
        criteria = sum(len(part.achievement_criteria) for part in rubric.parts)
        size = f"{len(rubric.parts)} units, {criteria} criteria, achieved / not yet achieved"
    visibility = "public" if rubric.public else "tutors only"
    return f"{rubric.id}  {rubric.title}  ({size}; {visibility}; {rubric.content_hash[:12]})"


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent.rstrip()]


def describe(rubric: Rubric, verb_set: CommandVerbSet | None = None) -> list[str]:
    """The lines of a readable summary: header, grade bands, limits, word-count rule, then each part."""
    lines = [
        f"{rubric.title} [{rubric.id}]",
        f"{rubric.qualification}, level {rubric.level}, version {rubric.version}",
        f"Scheme: {rubric.scheme}"
        + (f", {rubric.total_marks} marks" if rubric.scheme == "points" else "")
        + f"; command verbs: {rubric.verb_set}; {'public' if rubric.public else 'tutors only'}",
        f"Content hash: {rubric.content_hash}",
    ]
    if rubric.grade_bands:
        bands = ", ".join(f"{band.name} {band.min_pct:g}-{band.max_pct:g}%" for band in rubric.grade_bands)
        lines.append(f"Grades: {bands}")
    for limit in rubric.limits:
        tolerance = f" (+{limit.tolerance_pct:g}% tolerance)" if limit.tolerance_pct else ""
        unit = limit.unit[:-1] if limit.max == 1 else limit.unit
        lines.append(f"Limit {limit.id}: {', '.join(limit.parts)} at most {limit.max} {unit}{tolerance}")
    if rubric.word_count_policy.statement:
        lines.extend(_wrap("Word count: " + rubric.word_count_policy.statement, ""))
    for task in rubric.tasks:
        marks = f" ({task.max_marks} marks)" if task.max_marks else ""
        lines.append("")
        lines.append(f"Task {task.id}: {task.title}{marks}")
        if task.criteria:
            lines.append(f"  Criteria: {', '.join(task.criteria)}")
        for part in task.parts:
            marks = f" [{part.max_marks} marks]" if rubric.scheme == "points" else ""
            lines.append(f"  {part.label} {part.title}{marks}")
            lines.extend(_wrap(part.requirement, "    "))
            for verb_id in part.verbs:
                verb = verb_set.verbs.get(verb_id) if verb_set else None
                meaning = f": {verb.interpretation}" if verb else ""
                lines.extend(_wrap(f"Verb {verb_id}{meaning}", "    "))
            for band in part.bands:
                span = f"{band.min_marks}" if band.min_marks == band.max_marks else f"{band.min_marks}-{band.max_marks}"
                lines.append(f"    {band.band} {span}")
            for criterion in part.achievement_criteria:
                lines.extend(_wrap(f"{criterion.code} {criterion.text}", "    "))
    return lines


def is_verb_file(path: Path) -> bool:
    """Whether a YAML file holds a command-verb set (it has ``verbs`` and no ``tasks``) rather than a rubric."""
    source = SourceFile.read(path)
    return isinstance(source.data, dict) and "verbs" in source.data and "tasks" not in source.data


def validate_paths(paths: list[Path], verb_sets: Mapping[str, CommandVerbSet]) -> dict[str, list[RubricProblem]]:
    """Every problem of each file (folders: each YAML file in them), rubrics checked against the verb sets.

    Verb-set files among the paths are loaded first, so a new rubric can be validated with its new verbs.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        else:
            files.append(path)
    known = dict(verb_sets)
    results: dict[str, list[RubricProblem]] = {}
    verb_files = [path for path in files if path.exists() and is_verb_file(path)]
    for path in verb_files:
        results[str(path)] = validate_verb_set_file(path)
        source = SourceFile.read(path)
        verb_set = read_verb_set(source)
        if verb_set is not None and not source.problems:
            known[verb_set.id] = verb_set
    for path in files:
        if path not in verb_files:
            results[str(path)] = validate_rubric_file(path, known)
    return results
