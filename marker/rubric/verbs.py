"""Command-verb sets from YAML (``command_verbs/*.yaml``): each verb's definition and level interpretation."""

from __future__ import annotations

from pathlib import Path

from marker.rubric.model import CommandVerb, CommandVerbSet
from marker.rubric.problems import RubricError, RubricProblem
from marker.rubric.source import Reader, SourceFile

VERB_SET_KEYS = ("id", "title", "level", "source", "notes", "verbs")
VERB_KEYS = ("id", "name", "definition", "interpretation", "note")


def read_verb_set(source: SourceFile) -> CommandVerbSet | None:
    """The verb set in a parsed file, recording every problem in ``source``; None when it cannot be built."""
    if source.data is None:
        return None
    top = Reader(source, source.data, (), VERB_SET_KEYS)
    set_id = top.text("id")
    title = top.text("title")
    level = top.text("level")
    origin = top.text("source", required=False)
    top.texts("notes", required=False)
    verbs: dict[str, CommandVerb] = {}
    for path, item in top.items("verbs"):
        entry = Reader(source, item, path, VERB_KEYS)
        verb_id = entry.text("id")
        verb = CommandVerb(
            id=verb_id,
            name=entry.text("name"),
            definition=entry.text("definition"),
            interpretation=entry.text("interpretation"),
            note=entry.text("note", required=False),
        )
        if verb_id and verb_id != verb_id.lower():
            source.problem((*path, "id"), f"verb id “{verb_id}” should be lower case", f"write {verb_id.lower()}")
        if verb_id in verbs:
            source.problem((*path, "id"), f"the verb “{verb_id}” is defined twice", "keep one definition")
        verbs[verb_id] = verb
    return CommandVerbSet(id=set_id, title=title, level=level, verbs=verbs, source=origin)


def validate_verb_set_file(path: str | Path) -> list[RubricProblem]:
    """Every problem in a command-verb file (an empty list when it is valid)."""
    source = SourceFile.read(path)
    read_verb_set(source)
    return source.problems


def load_verb_set(path: str | Path) -> CommandVerbSet:
    """A validated verb set from a YAML file; RubricError listing every problem otherwise."""
    source = SourceFile.read(path)
    verb_set = read_verb_set(source)
    if source.problems or verb_set is None:
        raise RubricError(source.problems)
    return verb_set
