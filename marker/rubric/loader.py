"""Rubric YAML → a validated ``Rubric``: the only way a rubric is made from a file.

Reading (this module) turns the YAML into model objects, recording every structural problem (missing keys,
wrong types, unknown keys). The rules (``marker.rubric.rules``) then judge the rubric as a whole. Both
collect problems; a file is loaded only when it has none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import cast

from marker.rubric.model import (
    CommandVerbSet,
    Criterion,
    GradeBand,
    Limit,
    LimitUnit,
    MarkBand,
    Part,
    Rubric,
    Scheme,
    Task,
    WordCountPolicy,
)
from marker.rubric.problems import RubricError, RubricProblem
from marker.rubric.rules import Located, check_rubric
from marker.rubric.snapshot import content_hash
from marker.rubric.source import Reader, SourceFile, YamlPath

RUBRIC_KEYS = (
    "id",
    "title",
    "qualification",
    "level",
    "version",
    "scheme",
    "total_marks",
    "public",
    "source",
    "reference_style",
    "verb_set",
    "notes",
    "grade_bands",
    "word_count_policy",
    "limits",
    "tasks",
)
TASK_KEYS = ("id", "title", "max_marks", "criteria", "guidance", "parts")
PART_KEYS = (
    "id",
    "label",
    "title",
    "requirement",
    "verbs",
    "max_marks",
    "criteria",
    "guidance_markers",
    "guidance_candidates",
    "heading_patterns",
    "bands",
    "achievement_criteria",
)
BAND_KEYS = ("band", "min", "max", "descriptor")
GRADE_BAND_KEYS = ("name", "min_pct", "max_pct")
LIMIT_KEYS = ("id", "parts", "unit", "max", "tolerance_pct", "policy")
CRITERION_KEYS = ("code", "text")
POLICY_FLAGS = tuple(field.name for field in dataclasses.fields(WordCountPolicy) if field.name != "statement")


def _grade_band(source: SourceFile, path: YamlPath, item: object) -> GradeBand:
    entry = Reader(source, item, path, GRADE_BAND_KEYS)
    return GradeBand(entry.text("name"), entry.number("min_pct"), entry.number("max_pct"))


def _mark_band(source: SourceFile, path: YamlPath, item: object) -> MarkBand:
    entry = Reader(source, item, path, BAND_KEYS)
    return MarkBand(entry.text("band"), entry.integer("min"), entry.integer("max"), entry.text("descriptor"))


def _policy(source: SourceFile, item: object) -> WordCountPolicy:
    entry = Reader(source, item, ("word_count_policy",), (*POLICY_FLAGS, "statement"))
    defaults = WordCountPolicy()
    flags = {name: entry.boolean(name, default=getattr(defaults, name)) for name in POLICY_FLAGS}
    return WordCountPolicy(**flags, statement=entry.text("statement"))


def _limit(source: SourceFile, path: YamlPath, item: object) -> Limit:
    entry = Reader(source, item, path, LIMIT_KEYS)
    unit = entry.text("unit")
    if unit and unit not in ("words", "pages"):
        source.problem((*path, "unit"), f"unit “{unit}” is not known", "use words or pages")
    return Limit(
        id=entry.text("id"),
        parts=entry.texts("parts"),
        unit=cast(LimitUnit, unit),
        max=entry.integer("max"),
        tolerance_pct=entry.number("tolerance_pct", required=False),
        policy=entry.text("policy"),
    )


def _part(source: SourceFile, path: YamlPath, item: object, task_id: str, scheme: str) -> Part:
    entry = Reader(source, item, path, PART_KEYS)
    achievement = scheme == "achievement"
    # Missing bands are the rules' to report ("part 3b has no mark bands"), once.
    criteria = []
    for criterion_path, criterion in entry.items("achievement_criteria", required=False):
        reader = Reader(source, criterion, criterion_path, CRITERION_KEYS)
        criteria.append(Criterion(reader.text("code"), reader.text("text")))
    codes = entry.texts("criteria", required=not achievement)
    if achievement and not codes:
        # An achievement part's codes are its criteria's; writing them twice would invite a mismatch.
        codes = tuple(criterion.code for criterion in criteria)
    return Part(
        id=entry.text("id"),
        task=task_id,
        label=entry.text("label"),
        title=entry.text("title"),
        requirement=entry.text("requirement"),
        verbs=entry.texts("verbs"),
        max_marks=entry.integer("max_marks", required=not achievement),
        criteria=codes,
        guidance_markers=entry.text("guidance_markers", required=not achievement),
        guidance_candidates=entry.text("guidance_candidates", required=not achievement),
        bands=tuple(_mark_band(source, p, band) for p, band in entry.items("bands", required=False)),
        heading_patterns=entry.texts("heading_patterns"),
        achievement_criteria=tuple(criteria),
    )


def read_rubric(source: SourceFile) -> tuple[Rubric, Located] | None:
    """The rubric in a parsed file and where each of its pieces is, recording structural problems."""
    if source.data is None:
        return None
    top = Reader(source, source.data, (), RUBRIC_KEYS)
    if not top.ok:
        return None
    located = Located()
    scheme = top.text("scheme")
    if scheme and scheme not in ("points", "achievement"):
        source.problem(("scheme",), f"scheme “{scheme}” is not known", "use points or achievement")
    tasks = []
    for task_path, item in top.items("tasks"):
        entry = Reader(source, item, task_path, TASK_KEYS)
        task_id = entry.text("id")
        parts = []
        for part_path, part_item in entry.items("parts"):
            part = _part(source, part_path, part_item, task_id, scheme)
            located.parts.append((part_path, part))
            parts.append(part)
        task = Task(
            id=task_id,
            title=entry.text("title"),
            criteria=entry.texts("criteria", required=False),
            parts=tuple(parts),
            guidance=entry.text("guidance", required=False),
            max_marks=entry.integer("max_marks", required=False),
        )
        located.tasks.append((task_path, task))
        tasks.append(task)
    grade_bands = []
    for band_path, item in top.items("grade_bands", required=scheme == "points"):
        band = _grade_band(source, band_path, item)
        located.grade_bands.append((band_path, band))
        grade_bands.append(band)
    limits = []
    for limit_path, item in top.items("limits", required=False):
        limit = _limit(source, limit_path, item)
        located.limits.append((limit_path, limit))
        limits.append(limit)
    rubric = Rubric(
        id=top.text("id"),
        title=top.text("title"),
        qualification=top.text("qualification"),
        level=top.text("level"),
        version=top.text("version"),
        scheme=cast(Scheme, scheme),
        total_marks=top.integer("total_marks", required=scheme != "achievement"),
        grade_bands=tuple(grade_bands),
        verb_set=top.text("verb_set"),
        tasks=tuple(tasks),
        limits=tuple(limits),
        word_count_policy=_policy(source, top.value.get("word_count_policy", {})),
        public=top.boolean("public", default=False),
        source=top.text("source", required=False),
        reference_style=top.text("reference_style", required=False, default="harvard"),
        notes=top.texts("notes", required=False),
    )
    return rubric, located


def _check(
    path: str | Path, verb_sets: Mapping[str, CommandVerbSet] | None
) -> tuple[Rubric | None, list[RubricProblem]]:
    source = SourceFile.read(path)
    read = read_rubric(source)
    if read is None:
        return None, sorted(source.problems, key=lambda problem: problem.line or 0)
    rubric, located = read
    check_rubric(source, rubric, located, verb_sets)
    # File order reads best: an author works down the file fixing each line in turn.
    return rubric, sorted(source.problems, key=lambda problem: problem.line or 0)


def validate_rubric_file(
    path: str | Path, verb_sets: Mapping[str, CommandVerbSet] | None = None
) -> list[RubricProblem]:
    """Every problem in a rubric file, in file order (empty when valid).

    Without ``verb_sets`` the verbs cannot be resolved and are not checked; the library and the CLI always
    pass the loaded sets.
    """
    return _check(path, verb_sets)[1]


def load_rubric(path: str | Path, verb_sets: Mapping[str, CommandVerbSet] | None = None) -> Rubric:
    """A validated rubric with its ``content_hash`` set; RubricError listing every problem otherwise."""
    rubric, problems = _check(path, verb_sets)
    if problems or rubric is None:
        raise RubricError(problems)
    return dataclasses.replace(rubric, content_hash=content_hash(rubric))
