"""YAML read with line numbers, and a typed reader that records located problems instead of raising.

PyYAML's ``safe_load`` forgets where a value came from. Composing the node tree first keeps each node's
line, so a problem can say ``rubrics/cim-2206.yaml:41: ...``. Values are kept as plain Python data; the
line of each value is looked up by its path (``("tasks", 0, "parts", 1, "max_marks")``).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from marker.rubric.problems import RubricProblem

YamlPath = tuple[str | int, ...]

# libyaml's composer is several times faster and keeps the same marks; fall back when PyYAML lacks it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Rubric files are small; refusing a huge file protects the web upload of rubrics from a memory blow-up.
MAX_FILE_BYTES = 2_000_000


class SourceFile:
    """A YAML file's data with the line of every value, and the problems found so far in it."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.lines: dict[YamlPath, int] = {}
        self.problems: list[RubricProblem] = []
        self.data: Any = None
        try:
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            reason = getattr(error, "problem", None) or str(error)
            self.problem(None, f"this is not valid YAML: {reason}", "check the indentation and quoting", line=line)
            return
        if node is None:
            self.problem(None, "the file is empty", "start from a copy of an existing file in the same folder")
            return
        self._constructor = yaml.constructor.SafeConstructor()
        self.data = self._convert(node, ())

    @classmethod
    def read(cls, path: str | Path) -> SourceFile:
        """Read a file from disk; an unreadable or oversized file becomes a problem, not an exception."""
        path = Path(path)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                source = cls(str(path), "")
                source.problems = [
                    RubricProblem(str(path), None, "the file is too large to be a rubric", "split it or trim it")
                ]
                return source
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            source = cls(str(path), "")
            source.problems = [RubricProblem(str(path), None, f"cannot read the file: {error}", "check the path")]
            return source
        return cls(str(path), text)

    def _convert(self, node: yaml.Node, path: YamlPath) -> Any:
        self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self._constructor.construct_object(key_node, deep=True)
                key = str(key)
                if key in result:
                    self.problem(
                        None,
                        f"the key “{key}” appears twice in the same block",
                        "keep one; YAML would silently use the last",
                        line=key_node.start_mark.line + 1,
                    )
                result[key] = self._convert(value_node, (*path, key))
                # A key's own line is more useful than its value's when the value is a long block.
                self.lines[(*path, key)] = key_node.start_mark.line + 1
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self._convert(item, (*path, index)) for index, item in enumerate(node.value)]
        return self._constructor.construct_object(node, deep=True)

    def line(self, path: YamlPath) -> int | None:
        """The line of the value at this path, or of its nearest ancestor that exists."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())

    def problem(self, path: YamlPath | None, message: str, hint: str = "", *, line: int | None = None) -> None:
        """Record a problem at the value found at ``path`` (or at an explicit line)."""
        if line is None and path is not None:
            line = self.line(path)
        self.problems.append(RubricProblem(self.name, line, message, hint))


def where(path: YamlPath) -> str:
    """A path as an author reads it: ``tasks[0].parts[1].max_marks``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text or "the top level"


class Reader:
    """Typed access to a mapping in a SourceFile; every wrong or missing value becomes a located problem."""

    def __init__(self, source: SourceFile, value: Any, path: YamlPath, allowed: Iterable[str]) -> None:
        self.source = source
        self.path = path
        self.ok = isinstance(value, dict)
        self.value: dict[str, Any] = value if isinstance(value, dict) else {}
        if not self.ok:
            source.problem(path, f"{where(path)} should be a mapping of keys to values", "see rubrics/README.md")
            return
        allowed = list(allowed)
        for key in self.value:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean “{close[0]}”?" if close else f"allowed keys: {', '.join(allowed)}"
                source.problem((*path, key), f"unknown key “{key}” in {where(path)}", hint)

    def _missing(self, key: str, kind: str) -> None:
        if self.ok:
            self.source.problem(self.path, f"{where(self.path)} has no “{key}”", f"add {key}: <{kind}>")

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        """A string (numbers are accepted and turned into text: ``level: 6``)."""
        if key not in self.value or self.value[key] is None:
            if required:
                self._missing(key, "text")
            return default
        value = self.value[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.source.problem((*self.path, key), f"{where((*self.path, key))} should be text", "quote it")
            return default
        text = str(value).strip()
        if required and not text:
            self.source.problem((*self.path, key), f"{where((*self.path, key))} is empty", "write the text")
        return text

    def integer(self, key: str, *, required: bool = True, default: int = 0) -> int:
        """A whole number."""
        if key not in self.value:
            if required:
                self._missing(key, "whole number")
            return default
        value = self.value[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.source.problem(
                (*self.path, key), f"{where((*self.path, key))} should be a whole number, not “{value}”"
            )
            return default
        return value

    def number(self, key: str, *, required: bool = True, default: float = 0.0) -> float:
        """A number (whole or decimal)."""
        if key not in self.value:
            if required:
                self._missing(key, "number")
            return default
        value = self.value[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.source.problem((*self.path, key), f"{where((*self.path, key))} should be a number, not “{value}”")
            return default
        return float(value)

    def boolean(self, key: str, *, default: bool) -> bool:
        """true or false."""
        if key not in self.value:
            return default
        value = self.value[key]
        if not isinstance(value, bool):
            self.source.problem((*self.path, key), f"{where((*self.path, key))} should be true or false, not “{value}”")
            return default
        return value

    def items(self, key: str, *, required: bool = True) -> list[tuple[YamlPath, Any]]:
        """The entries of a list, each with its path."""
        if key not in self.value or self.value[key] is None:
            if required:
                self._missing(key, "list")
            return []
        value = self.value[key]
        if not isinstance(value, list):
            self.source.problem((*self.path, key), f"{where((*self.path, key))} should be a list")
            return []
        if required and not value:
            self.source.problem((*self.path, key), f"{where((*self.path, key))} is an empty list")
        return [((*self.path, key, index), item) for index, item in enumerate(value)]

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        """A list of strings (a single string is accepted as a list of one)."""
        if isinstance(self.value.get(key), str | int) and not isinstance(self.value.get(key), bool):
            return (str(self.value[key]).strip(),)
        result: list[str] = []
        for path, item in self.items(key, required=required):
            if isinstance(item, bool) or not isinstance(item, str | int | float):
                self.source.problem(path, f"{where(path)} should be text")
                continue
            result.append(str(item).strip())
        return tuple(result)
