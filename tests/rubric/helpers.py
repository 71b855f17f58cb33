"""Builders for rubric tests: paths of the real data and seeds, and broken copies of a rubric."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUBRICS = ROOT / "rubrics"
VERBS = ROOT / "command_verbs"
SEEDS = ROOT / "tests" / "fixtures" / "seeds"  # copies of ../shared/seeds, so the tests run from any clone
CIM_2206 = RUBRICS / "cim-2206.yaml"
NCFE = RUBRICS / "ncfe-l2-digital-crm.yaml"


def seed(name: str) -> str:
    """The text of a seed document (``003`` finds ``003_....txt``)."""
    matches = sorted(SEEDS.glob(f"{name}*.txt"))
    assert matches, f"seed {name} not found in {SEEDS}"
    return matches[0].read_text(encoding="utf-8")


def normal(text: str) -> str:
    """Text with markup, bold markers and runs of whitespace removed, for comparing with seed text."""
    text = re.sub(r"<[^>]+>", " ", text).replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


def broken_copy(tmp_path: Path, old: str, new: str, *, source: Path = CIM_2206, count: int = 1) -> Path:
    """A copy of a rubric with ``old`` replaced by ``new`` (which must be there), written under tmp_path."""
    text = source.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {source.name}"
    path = tmp_path / source.name
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def line_of(path: Path, fragment: str, occurrence: int = 1) -> int:
    """The 1-based line where ``fragment`` occurs (the n-th time) in a file."""
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{fragment!r} not found in {path}")
