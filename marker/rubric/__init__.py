"""The rubric engine: rubrics and command verbs as YAML data, loaded, validated and snapshotted.

This is the public API other packages use; the modules behind it may change.
"""

from __future__ import annotations

from marker.rubric.library import RubricLibrary, default_library
from marker.rubric.loader import load_rubric, validate_rubric_file
from marker.rubric.problems import RubricError, RubricProblem
from marker.rubric.snapshot import content_hash, rubric_from_snapshot, rubric_to_snapshot
from marker.rubric.verbs import load_verb_set, validate_verb_set_file

__all__ = [
    "RubricError",
    "RubricLibrary",
    "RubricProblem",
    "content_hash",
    "default_library",
    "load_rubric",
    "load_verb_set",
    "rubric_from_snapshot",
    "rubric_to_snapshot",
    "validate_rubric_file",
    "validate_verb_set_file",
]
