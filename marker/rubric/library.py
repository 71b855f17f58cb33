"""The rubrics and command-verb sets on disk, loaded together: the CLI and the web look rubrics up here."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from marker.rubric.loader import load_rubric
from marker.rubric.model import CommandVerbSet, Rubric
from marker.rubric.problems import RubricError, RubricProblem
from marker.rubric.verbs import load_verb_set

REPO_ROOT = Path(__file__).resolve().parents[2]
RUBRICS_DIR = REPO_ROOT / "rubrics"
VERBS_DIR = REPO_ROOT / "command_verbs"


def yaml_files(directory: Path) -> list[Path]:
    """The YAML files of a folder, in name order (none when the folder does not exist)."""
    if not directory.is_dir():
        return []
    return sorted(path for path in directory.iterdir() if path.suffix in (".yaml", ".yml") and path.is_file())


@dataclass
class RubricLibrary:
    """Every valid rubric and verb set of two folders; a broken file is listed in ``problems``, not fatal."""

    rubrics: dict[str, Rubric] = field(default_factory=dict)
    verb_sets: dict[str, CommandVerbSet] = field(default_factory=dict)
    problems: dict[str, list[RubricProblem]] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)

    @classmethod
    def load(cls, rubrics_dir: str | Path, verbs_dir: str | Path) -> RubricLibrary:
        """Load the verb sets first (rubrics name them), then every rubric, checking each against them."""
        library = cls()
        for path in yaml_files(Path(verbs_dir)):
            try:
                verb_set = load_verb_set(path)
            except RubricError as error:
                library.problems[str(path)] = error.problems
                continue
            if verb_set.id in library.verb_sets:
                library.problems[str(path)] = [
                    RubricProblem(
                        str(path),
                        None,
                        f"a verb set with id “{verb_set.id}” is already loaded",
                        "give each verb set its own id",
                    )
                ]
                continue
            library.verb_sets[verb_set.id] = verb_set
        for path in yaml_files(Path(rubrics_dir)):
            try:
                rubric = load_rubric(path, library.verb_sets)
            except RubricError as error:
                library.problems[str(path)] = error.problems
                continue
            if rubric.id in library.rubrics:
                library.problems[str(path)] = [
                    RubricProblem(
                        str(path),
                        None,
                        f"a rubric with id “{rubric.id}” is already loaded from {library.files[rubric.id].name}",
                        "give each rubric its own id",
                    )
                ]
                continue
            library.rubrics[rubric.id] = rubric
            library.files[rubric.id] = path
        return library

    def get(self, rubric_id: str) -> Rubric:
        """The rubric with this id; RubricError naming the ones that exist otherwise."""
        try:
            return self.rubrics[rubric_id]
        except KeyError:
            known = ", ".join(sorted(self.rubrics)) or "none"
            message = f"no rubric “{rubric_id}” (known rubrics: {known})"
            raise RubricError([RubricProblem("rubrics", None, message)], message) from None

    def verbs_for(self, rubric: Rubric) -> CommandVerbSet:
        """The command-verb set a rubric uses; RubricError when it is not loaded."""
        try:
            return self.verb_sets[rubric.verb_set]
        except KeyError:
            message = f"no command-verb set “{rubric.verb_set}” for rubric {rubric.id}"
            raise RubricError([RubricProblem("command_verbs", None, message)], message) from None


@functools.lru_cache(maxsize=8)
def default_library(rubrics_dir: str | Path | None = None, verbs_dir: str | Path | None = None) -> RubricLibrary:
    """The repository's rubrics and verb sets (or those of the given folders), loaded once per process."""
    return RubricLibrary.load(rubrics_dir or RUBRICS_DIR, verbs_dir or VERBS_DIR)
