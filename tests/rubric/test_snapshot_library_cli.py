"""Snapshots keep the exact rubric a marking was made with; the library and the CLI serve the rubric files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from marker.cli import main
from marker.rubric import (
    RubricError,
    RubricLibrary,
    default_library,
    load_rubric,
    rubric_from_snapshot,
    rubric_to_snapshot,
)
from marker.rubric.snapshot import canonical_json
from tests.rubric.helpers import CIM_2206, NCFE, RUBRICS, VERBS, broken_copy


@pytest.mark.parametrize("path", [CIM_2206, NCFE])
def test_a_snapshot_round_trips_through_json_exactly(path: Path) -> None:
    rubric = load_rubric(path)
    snapshot = json.loads(json.dumps(rubric_to_snapshot(rubric)))
    assert rubric_from_snapshot(snapshot) == rubric
    assert len(rubric.content_hash) == 64
    assert snapshot["content_hash"] == rubric.content_hash


def test_the_hash_is_of_the_canonical_json_whatever_the_key_order() -> None:
    rubric = load_rubric(CIM_2206)
    snapshot = rubric_to_snapshot(rubric)
    reordered = dict(reversed(list(snapshot.items())))
    assert canonical_json(reordered) == canonical_json(snapshot)
    assert load_rubric(CIM_2206).content_hash == rubric.content_hash


def test_editing_the_yaml_later_never_changes_an_old_marking(tmp_path: Path) -> None:
    original = load_rubric(CIM_2206)
    stored = json.dumps(rubric_to_snapshot(original))
    edited_path = broken_copy(tmp_path, "Five marks are awarded for the overview.", "Five marks for the overview.")
    edited = load_rubric(edited_path)
    assert edited.content_hash != original.content_hash
    kept = rubric_from_snapshot(json.loads(stored))
    assert kept.part("1a").guidance_markers.startswith("Five marks are awarded")
    assert kept.content_hash == original.content_hash


def test_a_snapshot_of_something_else_is_refused() -> None:
    with pytest.raises(RubricError, match="snapshot"):
        rubric_from_snapshot({"id": "x"})


def test_a_broken_file_never_stops_the_others_loading(tmp_path: Path) -> None:
    rubrics = tmp_path / "rubrics"
    rubrics.mkdir()
    shutil.copy(NCFE, rubrics)
    (rubrics / "broken.yaml").write_text(CIM_2206.read_text(encoding="utf-8").replace("max_marks: 20", "max_marks: 2"))
    library = RubricLibrary.load(rubrics, VERBS)
    assert list(library.rubrics) == ["ncfe-l2-digital-crm"]
    assert list(library.problems) == [str(rubrics / "broken.yaml")]
    assert len(library.problems[str(rubrics / "broken.yaml")]) >= 2


def test_asking_for_an_unknown_rubric_names_the_known_ones() -> None:
    library = RubricLibrary.load(RUBRICS, VERBS)
    with pytest.raises(RubricError, match="no rubric “cim-9999” \\(known rubrics: cim-2206, ncfe-l2-digital-crm\\)"):
        library.get("cim-9999")
    assert library.verbs_for(library.get("ncfe-l2-digital-crm")).id == "ncfe-level-2"


def test_the_default_library_is_the_repositorys_and_is_cached() -> None:
    library = default_library()
    assert library is default_library()
    assert library.get("cim-2206").title == "Mastering Digital Channels (2206)"


def test_cli_lists_and_shows_rubrics() -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["rubrics", "list"])
    assert listed.exit_code == 0, listed.output
    assert "cim-2206  Mastering Digital Channels (2206)  (7 parts, 100 marks; public;" in listed.stdout
    assert "ncfe-l2-digital-crm" in listed.stdout
    shown = runner.invoke(main, ["rubrics", "show", "cim-2206"])
    assert shown.exit_code == 0
    assert "Limit task2-ab: 2a, 2b at most 1750 words (+10% tolerance)" in shown.stdout
    assert "Task 3 (b) Three risks of implementing personalisation [15 marks]" in shown.stdout
    missing = runner.invoke(main, ["rubrics", "show", "nope"])
    assert missing.exit_code == 2
    assert missing.stderr.strip().startswith("marker: no rubric “nope”")


def test_cli_validate_prints_one_line_per_problem_and_exits_2(tmp_path: Path) -> None:
    runner = CliRunner()
    good = runner.invoke(main, ["rubrics", "validate", str(RUBRICS), str(VERBS)])
    assert good.exit_code == 0, good.output
    assert good.stdout.count(": ok") == 4
    path = broken_copy(tmp_path, "parts: [2a, 2b]", "parts: [2a, 2c]")
    path.write_text(path.read_text(encoding="utf-8").replace("verbs: [appraise]", "verbs: [apraise]"))
    bad = runner.invoke(main, ["rubrics", "validate", str(path)])
    assert bad.exit_code == 2
    lines = bad.stderr.strip().splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{path}:") for line in lines)
    assert "“apraise” is not a verb of cim-level-6" in lines[1] or "“apraise” is not a verb of cim-level-6" in lines[0]


def test_cli_validates_a_new_verb_set_alongside_its_rubric(tmp_path: Path) -> None:
    verbs = tmp_path / "new-verbs.yaml"
    verbs.write_text(
        (VERBS / "cim-level-6.yaml").read_text(encoding="utf-8").replace("id: cim-level-6", "id: cim-level-6-new")
    )
    rubric = broken_copy(tmp_path, "verb_set: cim-level-6", "verb_set: cim-level-6-new")
    result = CliRunner().invoke(main, ["rubrics", "validate", str(verbs), str(rubric)])
    assert result.exit_code == 0, result.output
