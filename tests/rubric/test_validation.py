"""Each validation rule fires on a broken copy of a real rubric, at the right line, with a useful message."""

from __future__ import annotations

from pathlib import Path

import pytest

from marker.rubric import RubricError, RubricLibrary, RubricProblem, load_rubric, validate_rubric_file
from marker.rubric.model import CommandVerbSet
from tests.rubric.helpers import CIM_2206, NCFE, RUBRICS, VERBS, broken_copy, line_of


@pytest.fixture(scope="module")
def verb_sets() -> dict[str, CommandVerbSet]:
    return RubricLibrary.load(RUBRICS, VERBS).verb_sets


def only(problems: list[RubricProblem]) -> RubricProblem:
    assert len(problems) == 1, [str(problem) for problem in problems]
    return problems[0]


def test_the_real_rubrics_have_no_problems(verb_sets: dict[str, CommandVerbSet]) -> None:
    assert validate_rubric_file(CIM_2206, verb_sets) == []
    assert validate_rubric_file(NCFE, verb_sets) == []


def test_marks_that_do_not_add_up_to_the_total(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "total_marks: 100", "total_marks: 105")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.line == line_of(path, "total_marks: 105")
    assert "add up to 100" in problem.message and "total_marks is 105" in problem.message
    assert "1a 5 + 1b 15" in problem.message
    assert str(problem).startswith(f"{path}:{problem.line}: ")


def test_a_part_mark_that_breaks_its_task_and_the_total(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "max_marks: 20", "max_marks: 25")
    problems = validate_rubric_file(path, verb_sets)
    messages = " | ".join(problem.message for problem in problems)
    assert "task 2's parts add up to 40 marks, but the task says 35" in messages
    assert "add up to 105" in messages
    # The 2a bands now stop at 20 of 25 marks.
    assert "part 2a: the bands reach 20 marks but the part is out of 25" in messages


def test_duplicate_part_ids(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "- id: 1c\n", "- id: 1b\n")
    problems = [p for p in validate_rubric_file(path, verb_sets) if "duplicate" in p.message]
    problem = only(problems)
    assert problem.line == line_of(path, "- id: 1b", occurrence=2)
    assert f"first used on line {line_of(path, '- id: 1b')}" in problem.message
    assert problem.hint == "give each part its own id"


def test_duplicate_limit_ids(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "id: task2-ab", "id: task1-bc")
    problem = only(validate_rubric_file(path, verb_sets))
    assert "duplicate limit id “task1-bc”" in problem.message
    assert problem.line == line_of(path, "id: task1-bc", occurrence=2)


def test_unknown_verb(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "verbs: [appraise]", "verbs: [apraise]")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "part 1b: “apraise” is not a verb of cim-level-6"
    assert problem.line == line_of(path, "verbs: [apraise]")
    assert "appraise" in problem.hint


def test_unknown_verb_set(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "verb_set: cim-level-6", "verb_set: cim-level-9")
    problem = only(validate_rubric_file(path, verb_sets))
    assert "no command-verb set “cim-level-9”" in problem.message
    assert "cim-level-6" in problem.hint


def test_a_gap_between_part_bands(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "min: 9\n            max: 10", "min: 10\n            max: 10")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "part 1b: no band covers marks 9–9"
    assert problem.line == line_of(path, "min: 10")
    assert problem.hint == "start Pass at 9"


def test_overlapping_part_bands(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "min: 14\n            max: 15", "min: 13\n            max: 15")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "part 2a: bands Pass (12–13) and Merit (13–15) overlap"
    assert problem.line == line_of(path, "min: 13")


def test_overlapping_grade_bands(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "{name: Merit, min_pct: 70, max_pct: 79}", "{name: Merit, min_pct: 70, max_pct: 85}")
    problem = only(validate_rubric_file(path, verb_sets))
    assert "grade bands Merit (70.0–85.0 %) and Distinction (80.0–100.0 %) overlap" in problem.message
    assert problem.line == line_of(path, "name: Distinction")


def test_a_gap_between_grade_bands(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "{name: Pass, min_pct: 60, max_pct: 69}", "{name: Pass, min_pct: 60, max_pct: 65}")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "gap between grade bands Pass (to 65 %) and Merit (from 70 %)"
    assert problem.hint == "start Merit at 66"


def test_a_limit_naming_a_part_that_does_not_exist(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "parts: [2a, 2b]", "parts: [2a, 2c]")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "limit task2-ab names part “2c”, which does not exist"
    assert problem.line == line_of(path, "parts: [2a, 2c]")
    assert "2b" in problem.hint


def test_a_missing_descriptor(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    old = "            min: 11\n            max: 11\n            descriptor: >-\n"
    path = broken_copy(
        tmp_path, old, "            min: 11\n            max: 11\n            descriptor: ''\n            old: >-\n"
    )
    problems = validate_rubric_file(path, verb_sets)
    messages = [p.message for p in problems]
    assert "part 1b: band Merit has no descriptor" in messages
    assert any(p.message.startswith("unknown key “old”") for p in problems)


def test_a_part_without_bands(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    text = CIM_2206.read_text(encoding="utf-8")
    start = text.index("        bands:", text.index("- id: 3b"))
    path = tmp_path / "cim-2206.yaml"
    path.write_text(text[:start], encoding="utf-8")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "part 3b has no mark bands"
    assert problem.line == line_of(path, "- id: 3b")


def test_a_heading_pattern_that_matches_another_part(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    old = r"- '^\W*(task\s*)?3\s*[-–—:.]?\s*(part\s*)?\(?b\)?(?![a-z0-9])'"
    path = broken_copy(tmp_path, old, r"- 'task\s*3'")
    problem = only(validate_rubric_file(path, verb_sets))
    assert "part 3b: heading pattern 'task\\\\s*3' also matches Task 3 (a)" in problem.message


def test_an_invalid_heading_pattern(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    old = r"- '^\W*(task\s*)?3\s*[-–—:.]?\s*(part\s*)?\(?b\)?(?![a-z0-9])'"
    path = broken_copy(tmp_path, old, r"- '^task 3 (b'")
    problems = validate_rubric_file(path, verb_sets)
    assert any("is not a valid regular expression" in p.message for p in problems)
    assert any("no heading pattern matches its own label “Task 3 (b)”" in p.message for p in problems)


def test_an_unknown_key_suggests_the_right_one(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "        max_marks: 5\n", "        max_mark: 5\n")
    problems = validate_rubric_file(path, verb_sets)
    unknown = [p for p in problems if "unknown key" in p.message]
    assert only(unknown).hint == "did you mean “max_marks”?"
    assert unknown[0].line == line_of(path, "max_mark: 5")
    assert any(p.message == "tasks[0].parts[0] has no “max_marks”" for p in problems)


def test_a_key_written_twice(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "scheme: points\n", "scheme: points\nscheme: points\n")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "the key “scheme” appears twice in the same block"
    assert problem.line == line_of(path, "scheme: points", occurrence=2)


def test_wrong_types_are_reported_not_raised(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "max_marks: 5\n", "max_marks: five\n")
    problems = validate_rubric_file(path, verb_sets)
    assert any(p.message == "tasks[0].parts[0].max_marks should be a whole number, not “five”" for p in problems)


def test_broken_yaml_is_located(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "scheme: points", "scheme: [points")
    problem = only(validate_rubric_file(path))
    assert problem.message.startswith("this is not valid YAML")
    assert problem.line is not None


def test_every_problem_is_collected_in_file_order(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "total_marks: 100", "total_marks: 99")
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("parts: [2a, 2b]", "parts: [2a, 9z]")
        .replace("verbs: [evaluate]", "verbs: [evalute]"),
        encoding="utf-8",
    )
    problems = validate_rubric_file(path, verb_sets)
    assert len(problems) == 3
    assert [p.line for p in problems] == sorted(p.line or 0 for p in problems)
    with pytest.raises(RubricError) as raised:
        load_rubric(path, verb_sets)
    assert raised.value.problems == problems
    assert "and 2 more problem(s)" in raised.value.message


def test_an_achievement_unit_without_criteria(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    text = NCFE.read_text(encoding="utf-8")
    start = text.index("        achievement_criteria:", text.index("- id: u05"))
    path = tmp_path / "ncfe.yaml"
    path.write_text(text[:start], encoding="utf-8")
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "part u05 has no achievement_criteria"


def test_marks_on_an_achievement_rubric(tmp_path: Path, verb_sets: dict[str, CommandVerbSet]) -> None:
    path = broken_copy(tmp_path, "total_marks: 0", "total_marks: 100", source=NCFE)
    problem = only(validate_rubric_file(path, verb_sets))
    assert problem.message == "an achievement rubric has no marks"
