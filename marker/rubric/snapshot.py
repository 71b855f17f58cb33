"""Rubric snapshots: the exact rubric a marking was made with, as JSON-ready data, and its content hash.

A marking stores the snapshot (or its hash, pointing at a stored snapshot), never the YAML file's name, so
editing the file later never changes old marks. The hash is the sha256 of the snapshot's canonical JSON
(sorted keys, no spaces, UTF-8), leaving out the ``content_hash`` key itself.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any, cast

from marker.rubric.model import (
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

SNAPSHOT_SCHEMA = "marker.rubric-snapshot/1"


def _plain(value: Any) -> Any:
    """Tuples become lists so that the snapshot is what JSON gives back."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def rubric_to_snapshot(rubric: Rubric) -> dict[str, Any]:
    """Everything needed to rebuild this rubric, as JSON-serialisable data."""
    data = cast(dict[str, Any], _plain(dataclasses.asdict(rubric)))
    data["schema"] = SNAPSHOT_SCHEMA
    return data


def canonical_json(snapshot: dict[str, Any]) -> str:
    """The one JSON text of a snapshot that its hash is computed over."""
    body = {key: value for key, value in snapshot.items() if key != "content_hash"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(rubric: Rubric) -> str:
    """The sha256 (hex) identifying this exact rubric's content."""
    return hashlib.sha256(canonical_json(rubric_to_snapshot(rubric)).encode("utf-8")).hexdigest()


def _part(data: dict[str, Any]) -> Part:
    return Part(
        id=data["id"],
        task=data["task"],
        label=data["label"],
        title=data["title"],
        requirement=data["requirement"],
        verbs=tuple(data["verbs"]),
        max_marks=data["max_marks"],
        criteria=tuple(data["criteria"]),
        guidance_markers=data["guidance_markers"],
        guidance_candidates=data["guidance_candidates"],
        bands=tuple(
            MarkBand(band["band"], band["min_marks"], band["max_marks"], band["descriptor"]) for band in data["bands"]
        ),
        heading_patterns=tuple(data["heading_patterns"]),
        achievement_criteria=tuple(Criterion(c["code"], c["text"]) for c in data.get("achievement_criteria", [])),
    )


def rubric_from_snapshot(snapshot: dict[str, Any]) -> Rubric:
    """The rubric a snapshot was made from, exactly; RubricError when the snapshot is not one."""
    schema = snapshot.get("schema")
    if schema != SNAPSHOT_SCHEMA:
        problem = RubricProblem("snapshot", None, f"unknown rubric snapshot schema {schema!r}", SNAPSHOT_SCHEMA)
        raise RubricError([problem])
    try:
        return Rubric(
            id=snapshot["id"],
            title=snapshot["title"],
            qualification=snapshot["qualification"],
            level=snapshot["level"],
            version=snapshot["version"],
            scheme=cast(Scheme, snapshot["scheme"]),
            total_marks=snapshot["total_marks"],
            grade_bands=tuple(
                GradeBand(band["name"], band["min_pct"], band["max_pct"]) for band in snapshot["grade_bands"]
            ),
            verb_set=snapshot["verb_set"],
            tasks=tuple(
                Task(
                    id=task["id"],
                    title=task["title"],
                    criteria=tuple(task["criteria"]),
                    parts=tuple(_part(part) for part in task["parts"]),
                    guidance=task.get("guidance", ""),
                    max_marks=task.get("max_marks", 0),
                )
                for task in snapshot["tasks"]
            ),
            limits=tuple(
                Limit(
                    id=limit["id"],
                    parts=tuple(limit["parts"]),
                    unit=cast(LimitUnit, limit["unit"]),
                    max=limit["max"],
                    tolerance_pct=limit["tolerance_pct"],
                    policy=limit["policy"],
                )
                for limit in snapshot["limits"]
            ),
            word_count_policy=WordCountPolicy(**snapshot["word_count_policy"]),
            public=snapshot.get("public", False),
            content_hash=snapshot.get("content_hash", ""),
            source=snapshot.get("source", ""),
            reference_style=snapshot.get("reference_style", "harvard"),
            notes=tuple(snapshot.get("notes", ())),
        )
    except (KeyError, TypeError) as error:
        problem = RubricProblem("snapshot", None, f"the rubric snapshot is incomplete: {error}", "")
        raise RubricError([problem]) from error
