"""The NCFE rubric and both verb sets hold every unit, criterion and verb of their specifications."""

from __future__ import annotations

import re

import pytest

from marker.rubric import load_rubric, load_verb_set
from marker.rubric.model import CommandVerbSet, Rubric
from tests.rubric.helpers import NCFE, VERBS, normal, seed


@pytest.fixture(scope="module")
def ncfe() -> Rubric:
    return load_rubric(NCFE, {"ncfe-level-2": load_verb_set(VERBS / "ncfe-level-2.yaml")})


def _units_in_spec() -> dict[str, tuple[str, dict[str, str]]]:
    """Unit number → (regulated number, {criterion code: text}) read from the specification's tables."""
    text = seed("004")
    body = text[text.index("Section 2: unit content and assessment guidance\n\nThis section") :]
    body = body[: body.index("Assessment strategies and principles relevant")]
    heads = list(re.finditer(r"^Unit (0\d) .*\(([A-Z]/650/\d{4})\)$", body, re.M))
    units = {}
    for index, head in enumerate(heads):
        end = heads[index + 1].start() if index + 1 < len(heads) else len(body)
        section = body[head.end() : end]
        table = section[section.index("Learning outcomes") : section.index("\nRange")]
        criteria = {
            match.group(1): normal(match.group(2))
            for match in re.finditer(r"(?:^|\t)(\d\.\d)\s+([A-Z][^\t\n]*)", table, re.M)
        }
        units[head.group(1)] = (head.group(2), criteria)
    return units


def test_the_specification_has_five_units_and_89_criteria() -> None:
    units = _units_in_spec()
    assert sorted(units) == ["01", "02", "03", "04", "05"]
    assert [len(criteria) for _, criteria in units.values()] == [26, 25, 19, 10, 9]


def test_every_unit_and_criterion_of_the_spec_is_in_the_rubric(ncfe: Rubric) -> None:
    units = _units_in_spec()
    assert [part.id for part in ncfe.parts] == [f"u{number}" for number in units]
    for number, (regulated, criteria) in units.items():
        part = ncfe.part(f"u{number}")
        assert part.label == f"Unit {number}"
        assert regulated in part.title
        assert [c.code for c in part.achievement_criteria] == list(criteria)
        for criterion in part.achievement_criteria:
            # Bulleted sub-items are written inline in the YAML, so compare up to the colon.
            spec_text = criteria[criterion.code]
            assert criterion.text.split(":")[0] == spec_text.split(":")[0], (number, criterion.code)


def test_ncfe_is_an_achievement_rubric_without_marks(ncfe: Rubric) -> None:
    assert ncfe.scheme == "achievement"
    assert ncfe.total_marks == 0
    assert ncfe.grade_bands == ()
    assert all(part.max_marks == 0 and not part.bands for part in ncfe.parts)
    assert ncfe.part("u01").criteria[:2] == ("1.1", "1.2")


def _ncfe_terms() -> dict[str, str]:
    text = seed("004")
    section = text[
        text.index("Section 3: explanation of terms\n\nThis table") : text.index("Section 4: support\n\nSupport")
    ]
    return dict(re.findall(r"^([A-Z][^\t\n]*)\t(.+)$", section, re.M))


def test_ncfe_verbs_are_every_explanation_of_terms() -> None:
    verbs = load_verb_set(VERBS / "ncfe-level-2.yaml")
    terms = _ncfe_terms()
    assert len(terms) == 24
    assert {verb.name: verb.definition for verb in verbs.verbs.values()} == terms
    assert all(verb.interpretation == verb.definition for verb in verbs.verbs.values())


CIM_VERBS = [
    "Analyse",
    "Appraise",
    "Argue",
    "Assess",
    "Collect",
    "Compare and contrast",
    "Create",
    "Critically Evaluate",
    "Define",
    "Demonstrate",
    "Describe",
    "Determine",
    "Develop",
    "Discuss",
    "Evaluate",
    "Explain",
    "Identify",
    "Illustrate",
    "Justify",
    "Outline",
    "Plan",
    "Present",
    "Prioritise",
    "Provide",
    "Recommend",
    "Reflect",
    "State",
    "Summarise",
]


@pytest.fixture(scope="module")
def cim_verbs() -> CommandVerbSet:
    return load_verb_set(VERBS / "cim-level-6.yaml")


def test_cim_verbs_are_every_verb_of_the_table(cim_verbs: CommandVerbSet) -> None:
    table = seed("000").split("Command word\tInterpretation of command word", 1)[1]
    starts = re.findall(r"^(?:<b>)?(Compare and contrast|Critically Evaluate|[A-Z][a-z]+)(?:</b>)?[ \t]", table, re.M)
    assert sorted(starts) == sorted(CIM_VERBS)
    assert sorted(verb.name.lower() for verb in cim_verbs.verbs.values()) == sorted(v.lower() for v in CIM_VERBS)


def test_cim_verbs_keep_both_columns_word_for_word(cim_verbs: CommandVerbSet) -> None:
    table = normal(seed("000").split("Command word\tInterpretation of command word", 1)[1]).lower()
    for verb in cim_verbs.verbs.values():
        # The seed sometimes drops the final full stop; compare without it.
        assert verb.definition.lower().rstrip(".") in table, verb.id
        assert verb.interpretation.lower().rstrip(".") in table, verb.id
    assert cim_verbs.verbs["provide"].note
