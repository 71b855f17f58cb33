"""`marker similarity` end to end: DOCX files in a folder, compared against the 2206 brief."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from marker.cli import main
from tests.checks.builders import make_docx
from tests.similarity.builders import prose, rubric

COPIED = prose(900, 150)


def write(folder: Path, name: str, seed: int, extra: str = "") -> None:
    parts = [(f"{part.label} {part.title}", prose(seed * 10 + i, 60)) for i, part in enumerate(rubric().parts)]
    if extra:
        parts[3] = (parts[3][0], parts[3][1] + " " + extra)
    (folder / name).write_bytes(make_docx(parts))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["similarity", *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_tutor_compares_a_folder_and_sees_the_copied_pair(tmp_path: Path) -> None:
    write(tmp_path, "ann.docx", 1, COPIED)
    write(tmp_path, "bob.docx", 2, COPIED)
    write(tmp_path, "cat.docx", 3)
    code, out, err = run(str(tmp_path))
    assert (code, err) == (0, "")
    assert "1 pair(s) share 1% or more" in out
    assert "ann.docx" in out and "bob.docx" in out

    code, out, _ = run(str(tmp_path), "--format", "json")
    data = json.loads(out)
    assert data["schema"] == "marker.similarity-report/1"
    (pair,) = data["flagged"]
    assert {pair["a"], pair["b"]} == {"ann.docx", "bob.docx"}
    assert {s["script"]: s["best_with"] for s in data["scripts"]}["cat.docx"] is None

    code, out, _ = run(str(tmp_path), "--format", "csv", "--threshold", "90")
    assert list(csv.reader(io.StringIO(out)))[1:] == []


def test_an_earlier_cohort_is_compared_with_and_an_unreadable_file_is_skipped(tmp_path: Path) -> None:
    now, before = tmp_path / "now", tmp_path / "before"
    now.mkdir()
    before.mkdir()
    write(now, "ann.docx", 1, COPIED)
    write(now, "bob.docx", 2)
    write(before, "old.docx", 4, COPIED)
    (now / "broken.docx").write_bytes(b"not a zip")
    code, out, err = run(str(now), "--earlier", str(before), "--format", "csv")
    assert code == 0 and "broken.docx" in err and "skipped" in err
    rows = list(csv.reader(io.StringIO(out)))
    assert [sorted((row[0], row[2])) for row in rows[1:]] == [["ann.docx", "old.docx"]]


def test_fewer_than_two_scripts_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "ann.docx", 1)
    code, out, err = run(str(tmp_path / "ann.docx"))
    assert code == 2 and out == "" and "at least two" in err
